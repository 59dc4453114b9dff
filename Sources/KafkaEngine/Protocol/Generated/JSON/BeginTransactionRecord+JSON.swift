// Generated from metadata/BeginTransactionRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension BeginTransactionRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        if self.name != nil {
            json.key("name")
            if let value = self.name {
                json.string(value)
            } else {
                json.null()
            }
        }
        json.endObject()
    }
}
