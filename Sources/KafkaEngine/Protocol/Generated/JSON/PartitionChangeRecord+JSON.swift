// Generated from metadata/PartitionChangeRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension PartitionChangeRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("partitionId")
        json.integer(self.partitionId)
        json.key("topicId")
        json.string(self.topicId.description)
        if self.isr != nil {
            json.key("isr")
            if let value = self.isr {
                json.beginArray()
                for element in value {
                    json.integer(element)
                }
                json.endArray()
            } else {
                json.null()
            }
        }
        if self.leader != -2 {
            json.key("leader")
            json.integer(self.leader)
        }
        if self.replicas != nil {
            json.key("replicas")
            if let value = self.replicas {
                json.beginArray()
                for element in value {
                    json.integer(element)
                }
                json.endArray()
            } else {
                json.null()
            }
        }
        if self.removingReplicas != nil {
            json.key("removingReplicas")
            if let value = self.removingReplicas {
                json.beginArray()
                for element in value {
                    json.integer(element)
                }
                json.endArray()
            } else {
                json.null()
            }
        }
        if self.addingReplicas != nil {
            json.key("addingReplicas")
            if let value = self.addingReplicas {
                json.beginArray()
                for element in value {
                    json.integer(element)
                }
                json.endArray()
            } else {
                json.null()
            }
        }
        if self.leaderRecoveryState != -1 {
            json.key("leaderRecoveryState")
            json.integer(self.leaderRecoveryState)
        }
        if version >= 1 {
            if self.directories != nil {
                json.key("directories")
                if let value = self.directories {
                    json.beginArray()
                    for element in value {
                        json.string(element.description)
                    }
                    json.endArray()
                } else {
                    json.null()
                }
            }
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
