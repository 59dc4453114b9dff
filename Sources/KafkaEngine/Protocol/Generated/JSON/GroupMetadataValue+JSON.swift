// Generated from group/GroupMetadataValue.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension GroupMetadataValue: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("protocolType")
        json.string(self.protocolType)
        json.key("generation")
        json.integer(self.generation)
        json.key("protocol")
        if let value = self.`protocol` {
            json.string(value)
        } else {
            json.null()
        }
        json.key("leader")
        if let value = self.leader {
            json.string(value)
        } else {
            json.null()
        }
        if version >= 2 {
            json.key("currentStateTimestamp")
            json.integer(self.currentStateTimestamp)
        }
        json.key("members")
        json.beginArray()
        for element in self.members {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.endObject()
    }
}

extension GroupMetadataValue.MemberMetadata: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("memberId")
        json.string(self.memberId)
        if version >= 3 {
            json.key("groupInstanceId")
            if let value = self.groupInstanceId {
                json.string(value)
            } else {
                json.null()
            }
        }
        json.key("clientId")
        json.string(self.clientId)
        json.key("clientHost")
        json.string(self.clientHost)
        if version >= 1 {
            json.key("rebalanceTimeout")
            json.integer(self.rebalanceTimeout)
        }
        json.key("sessionTimeout")
        json.integer(self.sessionTimeout)
        json.key("subscription")
        json.base64(self.subscription)
        json.key("assignment")
        json.base64(self.assignment)
        json.endObject()
    }
}
