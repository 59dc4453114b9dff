// Generated from metadata/AbortTransactionRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension AbortTransactionRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        if self.reason != nil {
            json.key("reason")
            if let value = self.reason {
                json.string(value)
            } else {
                json.null()
            }
        }
        json.endObject()
    }
}
