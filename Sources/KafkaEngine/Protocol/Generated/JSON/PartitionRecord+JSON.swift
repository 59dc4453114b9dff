// Generated from metadata/PartitionRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension PartitionRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("partitionId")
        json.integer(self.partitionId)
        json.key("topicId")
        json.string(self.topicId.description)
        json.key("replicas")
        json.beginArray()
        for element in self.replicas {
            json.integer(element)
        }
        json.endArray()
        json.key("isr")
        json.beginArray()
        for element in self.isr {
            json.integer(element)
        }
        json.endArray()
        json.key("removingReplicas")
        json.beginArray()
        for element in self.removingReplicas {
            json.integer(element)
        }
        json.endArray()
        json.key("addingReplicas")
        json.beginArray()
        for element in self.addingReplicas {
            json.integer(element)
        }
        json.endArray()
        json.key("leader")
        json.integer(self.leader)
        if self.leaderRecoveryState != 0 {
            json.key("leaderRecoveryState")
            json.integer(self.leaderRecoveryState)
        }
        json.key("leaderEpoch")
        json.integer(self.leaderEpoch)
        json.key("partitionEpoch")
        json.integer(self.partitionEpoch)
        if version >= 1 {
            json.key("directories")
            json.beginArray()
            for element in self.directories {
                json.string(element.description)
            }
            json.endArray()
        }
        if version >= 2 {
            if self.eligibleLeaderReplicas != nil {
                json.key("eligibleLeaderReplicas")
                if let value = self.eligibleLeaderReplicas {
                    json.beginArray()
                    for element in value {
                        json.integer(element)
                    }
                    json.endArray()
                } else {
                    json.null()
                }
            }
        }
        if version >= 2 {
            if self.lastKnownElr != nil {
                json.key("lastKnownElr")
                if let value = self.lastKnownElr {
                    json.beginArray()
                    for element in value {
                        json.integer(element)
                    }
                    json.endArray()
                } else {
                    json.null()
                }
            }
        }
        json.endObject()
    }
}
