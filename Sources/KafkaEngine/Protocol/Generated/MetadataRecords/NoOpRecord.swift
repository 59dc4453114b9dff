// Generated from metadata/NoOpRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record NoOpRecord (type 20), versions 0, flexible 0+.
package struct NoOpRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 20
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "NoOpRecord", version: version)
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "NoOpRecord", version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
