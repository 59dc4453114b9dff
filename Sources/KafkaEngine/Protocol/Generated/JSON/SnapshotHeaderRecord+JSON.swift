// Generated from message/SnapshotHeaderRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension SnapshotHeaderRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("version")
        json.integer(self.version)
        json.key("lastContainedLogTimestamp")
        json.integer(self.lastContainedLogTimestamp)
        json.endObject()
    }
}
