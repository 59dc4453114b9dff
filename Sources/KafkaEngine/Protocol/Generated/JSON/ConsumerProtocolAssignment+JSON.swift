// Generated from message/ConsumerProtocolAssignment.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension ConsumerProtocolAssignment: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("assignedPartitions")
        json.beginArray()
        for element in self.assignedPartitions {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.key("userData")
        if let value = self.userData {
            json.base64(value)
        } else {
            json.null()
        }
        json.endObject()
    }
}

extension ConsumerProtocolAssignment.TopicPartition: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("topic")
        json.string(self.topic)
        json.key("partitions")
        json.beginArray()
        for element in self.partitions {
            json.integer(element)
        }
        json.endArray()
        json.endObject()
    }
}
