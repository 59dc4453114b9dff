// Generated from metadata/RegisterControllerRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension RegisterControllerRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("controllerId")
        json.integer(self.controllerId)
        json.key("incarnationId")
        json.string(self.incarnationId.description)
        json.key("zkMigrationReady")
        json.bool(self.zkMigrationReady)
        json.key("endPoints")
        json.beginArray()
        for element in self.endPoints {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.key("features")
        json.beginArray()
        for element in self.features {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.endObject()
    }
}

extension RegisterControllerRecord.ControllerEndpoint: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("name")
        json.string(self.name)
        json.key("host")
        json.string(self.host)
        json.key("port")
        json.integer(self.port)
        json.key("securityProtocol")
        json.integer(self.securityProtocol)
        json.endObject()
    }
}

extension RegisterControllerRecord.ControllerFeature: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("name")
        json.string(self.name)
        json.key("minSupportedVersion")
        json.integer(self.minSupportedVersion)
        json.key("maxSupportedVersion")
        json.integer(self.maxSupportedVersion)
        json.endObject()
    }
}
