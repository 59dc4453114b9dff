// Generated from metadata/RemoveUserScramCredentialRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record RemoveUserScramCredentialRecord (type 22), versions 0, flexible 0+.
package struct RemoveUserScramCredentialRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 22
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The user name.
    package var name: String = ""
    /// The SCRAM mechanism.
    package var mechanism: Int8 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RemoveUserScramCredentialRecord", version: version)
        }
        self.name = try buffer.readKafkaString(compact: true, field: "name")
        self.mechanism = try buffer.readKafkaInteger(as: Int8.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RemoveUserScramCredentialRecord", version: version)
        }
        try buffer.writeKafkaString(self.name, compact: true)
        buffer.writeInteger(self.mechanism, as: Int8.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
