// Generated from metadata/AccessControlEntryRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension AccessControlEntryRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("id")
        json.string(self.id.description)
        json.key("resourceType")
        json.integer(self.resourceType)
        json.key("resourceName")
        json.string(self.resourceName)
        json.key("patternType")
        json.integer(self.patternType)
        json.key("principal")
        json.string(self.principal)
        json.key("host")
        json.string(self.host)
        json.key("operation")
        json.integer(self.operation)
        json.key("permissionType")
        json.integer(self.permissionType)
        json.endObject()
    }
}
