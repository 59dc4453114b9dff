// Generated from metadata/UnregisterBrokerRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension UnregisterBrokerRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("brokerId")
        json.integer(self.brokerId)
        json.key("brokerEpoch")
        json.integer(self.brokerEpoch)
        json.endObject()
    }
}
