// Generated from message/DefaultPrincipalData.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension DefaultPrincipalData: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("type")
        json.string(self.type)
        json.key("name")
        json.string(self.name)
        json.key("tokenAuthenticated")
        json.bool(self.tokenAuthenticated)
        json.endObject()
    }
}
