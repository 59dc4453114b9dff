// Generated from metadata/RemoveAccessControlEntryRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension RemoveAccessControlEntryRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("id")
        json.string(self.id.description)
        json.endObject()
    }
}
