// Generated from message/SaslAuthenticateRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// SaslAuthenticateRequest (API key 36), versions 0-2, flexible 2+.
package struct SaslAuthenticateRequest: KafkaRequestMessage {
    package typealias Response = SaslAuthenticateResponse
    package static let apiKey: ApiKey = .saslAuthenticate
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// The SASL authentication bytes from the client, as defined by the SASL mechanism.
    package var authBytes: ByteBuffer = ByteBuffer()
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SaslAuthenticateRequest", version: version)
        }
        let flexible = version >= 2
        self.authBytes = try buffer.readKafkaBytes(compact: flexible, field: "authBytes")
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SaslAuthenticateRequest", version: version)
        }
        let flexible = version >= 2
        try buffer.writeKafkaBytes(self.authBytes, compact: flexible)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("SaslAuthenticateRequest v\(version) cannot carry tagged fields")
        }
    }
}
