// Generated from message/EnvelopeResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// EnvelopeResponse (API key 58), versions 0, flexible 0+.
package struct EnvelopeResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .envelope
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The embedded response header and data.
    package var responseData: ByteBuffer? = nil
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "EnvelopeResponse", version: version)
        }
        self.responseData = try buffer.readKafkaNullableBytes(compact: true)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "EnvelopeResponse", version: version)
        }
        try buffer.writeKafkaBytes(self.responseData, compact: true)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
