// Generated from group/OffsetCommitKey.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension OffsetCommitKey: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("group")
        json.string(self.group)
        json.key("topic")
        json.string(self.topic)
        json.key("partition")
        json.integer(self.partition)
        json.endObject()
    }
}
