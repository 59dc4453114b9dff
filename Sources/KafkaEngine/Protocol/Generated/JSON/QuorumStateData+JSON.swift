// Generated from metadata/QuorumStateData.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension QuorumStateData: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        if version <= 0 {
            json.key("clusterId")
            json.string(self.clusterId)
        }
        json.key("leaderId")
        json.integer(self.leaderId)
        json.key("leaderEpoch")
        json.integer(self.leaderEpoch)
        json.key("votedId")
        json.integer(self.votedId)
        if version >= 1 {
            json.key("votedDirectoryId")
            json.string(self.votedDirectoryId.description)
        }
        if version <= 0 {
            json.key("appliedOffset")
            json.integer(self.appliedOffset)
        }
        if version <= 0 {
            json.key("currentVoters")
            if let value = self.currentVoters {
                json.beginArray()
                for element in value {
                    element.writeJSON(to: &json, version: version)
                }
                json.endArray()
            } else {
                json.null()
            }
        }
        json.endObject()
    }
}

extension QuorumStateData.Voter: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("voterId")
        json.integer(self.voterId)
        json.endObject()
    }
}
