// Generated from metadata/ClientQuotaRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension ClientQuotaRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("entity")
        json.beginArray()
        for element in self.entity {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.key("key")
        json.string(self.key)
        json.key("value")
        json.double(self.value)
        json.key("remove")
        json.bool(self.remove)
        json.endObject()
    }
}

extension ClientQuotaRecord.EntityData: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("entityType")
        json.string(self.entityType)
        json.key("entityName")
        if let value = self.entityName {
            json.string(value)
        } else {
            json.null()
        }
        json.endObject()
    }
}
