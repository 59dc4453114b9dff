// Generated from metadata/ConfigRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension ConfigRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("resourceType")
        json.integer(self.resourceType)
        json.key("resourceName")
        json.string(self.resourceName)
        json.key("name")
        json.string(self.name)
        json.key("value")
        if let value = self.value {
            json.string(value)
        } else {
            json.null()
        }
        json.endObject()
    }
}
