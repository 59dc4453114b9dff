// Generated from metadata/NoOpRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension NoOpRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.endObject()
    }
}
