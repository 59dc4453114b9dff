// Generated from metadata/DelegationTokenRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension DelegationTokenRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("owner")
        json.string(self.owner)
        json.key("requester")
        json.string(self.requester)
        json.key("renewers")
        json.beginArray()
        for element in self.renewers {
            json.string(element)
        }
        json.endArray()
        json.key("issueTimestamp")
        json.integer(self.issueTimestamp)
        json.key("maxTimestamp")
        json.integer(self.maxTimestamp)
        json.key("expirationTimestamp")
        json.integer(self.expirationTimestamp)
        json.key("tokenId")
        json.string(self.tokenId)
        json.endObject()
    }
}
