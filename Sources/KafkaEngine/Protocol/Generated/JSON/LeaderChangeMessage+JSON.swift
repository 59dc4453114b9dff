// Generated from message/LeaderChangeMessage.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension LeaderChangeMessage: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("version")
        json.integer(self.version)
        json.key("leaderId")
        json.integer(self.leaderId)
        json.key("voters")
        json.beginArray()
        for element in self.voters {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.key("grantingVoters")
        json.beginArray()
        for element in self.grantingVoters {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.endObject()
    }
}

extension LeaderChangeMessage.Voter: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("voterId")
        json.integer(self.voterId)
        if version >= 1 {
            json.key("voterDirectoryId")
            json.string(self.voterDirectoryId.description)
        }
        json.endObject()
    }
}
