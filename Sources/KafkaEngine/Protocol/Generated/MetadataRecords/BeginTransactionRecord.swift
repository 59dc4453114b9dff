// Generated from metadata/BeginTransactionRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record BeginTransactionRecord (type 23), versions 0, flexible 0+.
package struct BeginTransactionRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 23
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// An optional textual description of this transaction.
    package var name: String? = nil
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BeginTransactionRecord", version: version)
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            switch tag {
            case 0:
                self.name = try field.readKafkaNullableString(compact: true)
            default:
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BeginTransactionRecord", version: version)
        }
        var taggedFields: [RawTaggedField] = []
        if self.name != nil {
            var field = ByteBuffer()
            try field.writeKafkaString(self.name, compact: true)
            taggedFields.append(RawTaggedField(tag: 0, data: field))
        }
        buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
    }
}
