// Generated from message/EnvelopeRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// EnvelopeRequest (API key 58), versions 0, flexible 0+.
package struct EnvelopeRequest: KafkaRequestMessage {
    package typealias Response = EnvelopeResponse
    package static let apiKey: ApiKey = .envelope
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The embedded request header and data.
    package var requestData: ByteBuffer = ByteBuffer()
    /// Value of the initial client principal when the request is redirected by a broker.
    package var requestPrincipal: ByteBuffer? = ByteBuffer()
    /// The original client's address in bytes.
    package var clientHostAddress: ByteBuffer = ByteBuffer()
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "EnvelopeRequest", version: version)
        }
        self.requestData = try buffer.readKafkaBytes(compact: true, field: "requestData")
        self.requestPrincipal = try buffer.readKafkaNullableBytes(compact: true)
        self.clientHostAddress = try buffer.readKafkaBytes(compact: true, field: "clientHostAddress")
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "EnvelopeRequest", version: version)
        }
        try buffer.writeKafkaBytes(self.requestData, compact: true)
        try buffer.writeKafkaBytes(self.requestPrincipal, compact: true)
        try buffer.writeKafkaBytes(self.clientHostAddress, compact: true)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
