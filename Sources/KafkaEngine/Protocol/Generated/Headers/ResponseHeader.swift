// Generated from message/ResponseHeader.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// The ResponseHeader, versions 0-1, flexible 1+.
package struct ResponseHeader: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    /// The correlation ID of this response.
    package var correlationId: Int32 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ResponseHeader", version: version)
        }
        let flexible = version >= 1
        self.correlationId = try buffer.readKafkaInteger(as: Int32.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ResponseHeader", version: version)
        }
        let flexible = version >= 1
        buffer.writeInteger(self.correlationId, as: Int32.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ResponseHeader v\(version) cannot carry tagged fields")
        }
    }
}
