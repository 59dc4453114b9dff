// Generated from metadata/FenceBrokerRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension FenceBrokerRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("id")
        json.integer(self.id)
        json.key("epoch")
        json.integer(self.epoch)
        json.endObject()
    }
}
