// Generated from message/SaslHandshakeRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// SaslHandshakeRequest (API key 17), versions 0-1, flexible none.
package struct SaslHandshakeRequest: KafkaRequestMessage {
    package typealias Response = SaslHandshakeResponse
    package static let apiKey: ApiKey = .saslHandshake
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = nil

    /// The SASL mechanism chosen by the client.
    package var mechanism: String = ""

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SaslHandshakeRequest", version: version)
        }
        self.mechanism = try buffer.readKafkaString(compact: false, field: "mechanism")
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SaslHandshakeRequest", version: version)
        }
        try buffer.writeKafkaString(self.mechanism, compact: false)
    }
}
