// Generated from metadata/RemoveDelegationTokenRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record RemoveDelegationTokenRecord (type 26), versions 0, flexible 0+.
package struct RemoveDelegationTokenRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 26
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The tokenID to remove.
    package var tokenId: String = ""
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RemoveDelegationTokenRecord", version: version)
        }
        self.tokenId = try buffer.readKafkaString(compact: true, field: "tokenId")
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RemoveDelegationTokenRecord", version: version)
        }
        try buffer.writeKafkaString(self.tokenId, compact: true)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
