// Generated from metadata/ZkMigrationRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension ZkMigrationStateRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("zkMigrationState")
        json.integer(self.zkMigrationState)
        json.endObject()
    }
}
