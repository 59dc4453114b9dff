// Generated from message/SaslHandshakeResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// SaslHandshakeResponse (API key 17), versions 0-1, flexible none.
package struct SaslHandshakeResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .saslHandshake
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = nil

    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The mechanisms enabled in the server.
    package var mechanisms: [String] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SaslHandshakeResponse", version: version)
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if let count = try buffer.readKafkaArrayCount(compact: false) {
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaString(compact: false, field: "mechanisms"))
            }
            self.mechanisms = items
        } else {
            throw .unexpectedNull(field: "mechanisms")
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SaslHandshakeResponse", version: version)
        }
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.mechanisms.count, compact: false)
        for element in self.mechanisms {
            try buffer.writeKafkaString(element, compact: false)
        }
    }
}
