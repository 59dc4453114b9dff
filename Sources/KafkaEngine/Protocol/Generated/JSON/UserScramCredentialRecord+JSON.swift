// Generated from metadata/UserScramCredentialRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension UserScramCredentialRecord: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("name")
        json.string(self.name)
        json.key("mechanism")
        json.integer(self.mechanism)
        json.key("salt")
        json.base64(self.salt)
        json.key("storedKey")
        json.base64(self.storedKey)
        json.key("serverKey")
        json.base64(self.serverKey)
        json.key("iterations")
        json.integer(self.iterations)
        json.endObject()
    }
}
