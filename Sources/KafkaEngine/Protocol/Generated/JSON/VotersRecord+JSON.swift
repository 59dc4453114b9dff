// Generated from message/VotersRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension VotersRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("version")
        json.integer(self.version)
        json.key("voters")
        json.beginArray()
        for element in self.voters {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.endObject()
    }
}

extension VotersRecord.Voter: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("voterId")
        json.integer(self.voterId)
        json.key("voterDirectoryId")
        json.string(self.voterDirectoryId.description)
        json.key("endpoints")
        json.beginArray()
        for element in self.endpoints {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.key("kRaftVersionFeature")
        self.kRaftVersionFeature.writeJSON(to: &json, version: version)
        json.endObject()
    }
}

extension VotersRecord.Endpoint: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("name")
        json.string(self.name)
        json.key("host")
        json.string(self.host)
        json.key("port")
        json.integer(self.port)
        json.endObject()
    }
}

extension VotersRecord.KRaftVersionFeature: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("minSupportedVersion")
        json.integer(self.minSupportedVersion)
        json.key("maxSupportedVersion")
        json.integer(self.maxSupportedVersion)
        json.endObject()
    }
}
