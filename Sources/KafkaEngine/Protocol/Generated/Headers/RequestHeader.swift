// Generated from message/RequestHeader.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// The RequestHeader, versions 0-2, flexible 2+.
package struct RequestHeader: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// The API key of this request.
    package var requestApiKey: Int16 = 0
    /// The API version of this request.
    package var requestApiVersion: Int16 = 0
    /// The correlation ID of this request.
    package var correlationId: Int32 = 0
    /// The client ID string.
    package var clientId: String? = ""
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RequestHeader", version: version)
        }
        let flexible = version >= 2
        self.requestApiKey = try buffer.readKafkaInteger(as: Int16.self)
        self.requestApiVersion = try buffer.readKafkaInteger(as: Int16.self)
        self.correlationId = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 1 {
            self.clientId = try buffer.readKafkaNullableString(compact: false)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RequestHeader", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.requestApiKey, as: Int16.self)
        buffer.writeInteger(self.requestApiVersion, as: Int16.self)
        buffer.writeInteger(self.correlationId, as: Int32.self)
        if version >= 1 {
            try buffer.writeKafkaString(self.clientId, compact: false)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("RequestHeader v\(version) cannot carry tagged fields")
        }
    }
}
