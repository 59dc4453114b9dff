// Generated from message/SaslAuthenticateResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// SaslAuthenticateResponse (API key 36), versions 0-2, flexible 2+.
package struct SaslAuthenticateResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .saslAuthenticate
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    package var errorMessage: String? = ""
    /// The SASL authentication bytes from the server, as defined by the SASL mechanism.
    package var authBytes: ByteBuffer = ByteBuffer()
    /// Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur.
    package var sessionLifetimeMs: Int64 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SaslAuthenticateResponse", version: version)
        }
        let flexible = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
        self.authBytes = try buffer.readKafkaBytes(compact: flexible, field: "authBytes")
        if version >= 1 {
            self.sessionLifetimeMs = try buffer.readKafkaInteger(as: Int64.self)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SaslAuthenticateResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.errorMessage, compact: flexible)
        try buffer.writeKafkaBytes(self.authBytes, compact: flexible)
        if version >= 1 {
            buffer.writeInteger(self.sessionLifetimeMs, as: Int64.self)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("SaslAuthenticateResponse v\(version) cannot carry tagged fields")
        }
    }
}
