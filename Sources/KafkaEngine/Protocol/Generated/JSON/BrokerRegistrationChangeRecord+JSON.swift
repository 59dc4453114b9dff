// Generated from metadata/BrokerRegistrationChangeRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension BrokerRegistrationChangeRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("brokerId")
        json.integer(self.brokerId)
        json.key("brokerEpoch")
        json.integer(self.brokerEpoch)
        if self.fenced != 0 {
            json.key("fenced")
            json.integer(self.fenced)
        }
        if version >= 1 {
            if self.inControlledShutdown != 0 {
                json.key("inControlledShutdown")
                json.integer(self.inControlledShutdown)
            }
        }
        if version >= 2 {
            json.key("logDirs")
            json.beginArray()
            for element in self.logDirs {
                json.string(element.description)
            }
            json.endArray()
        }
        json.endObject()
    }
}
