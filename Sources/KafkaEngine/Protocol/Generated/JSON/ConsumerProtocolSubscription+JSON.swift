// Generated from message/ConsumerProtocolSubscription.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension ConsumerProtocolSubscription: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("topics")
        json.beginArray()
        for element in self.topics {
            json.string(element)
        }
        json.endArray()
        json.key("userData")
        if let value = self.userData {
            json.base64(value)
        } else {
            json.null()
        }
        if version >= 1 {
            json.key("ownedPartitions")
            json.beginArray()
            for element in self.ownedPartitions {
                element.writeJSON(to: &json, version: version)
            }
            json.endArray()
        }
        if version >= 2 {
            json.key("generationId")
            json.integer(self.generationId)
        }
        if version >= 3 {
            json.key("rackId")
            if let value = self.rackId {
                json.string(value)
            } else {
                json.null()
            }
        }
        json.endObject()
    }
}

extension ConsumerProtocolSubscription.TopicPartition: KafkaJSONConvertible {
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
