// Generated from metadata/TopicRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension TopicRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("name")
        json.string(self.name)
        json.key("topicId")
        json.string(self.topicId.description)
        json.endObject()
    }
}
