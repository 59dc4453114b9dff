// Generated from group/OffsetCommitValue.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension OffsetCommitValue: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("offset")
        json.integer(self.offset)
        if version >= 3 {
            json.key("leaderEpoch")
            json.integer(self.leaderEpoch)
        }
        json.key("metadata")
        json.string(self.metadata)
        json.key("commitTimestamp")
        json.integer(self.commitTimestamp)
        if version == 1 {
            json.key("expireTimestamp")
            json.integer(self.expireTimestamp)
        }
        json.endObject()
    }
}
