// Generated from group/GroupMetadataKey.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension GroupMetadataKey: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("group")
        json.string(self.group)
        json.endObject()
    }
}
