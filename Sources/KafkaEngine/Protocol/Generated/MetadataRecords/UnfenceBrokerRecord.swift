// Generated from metadata/UnfenceBrokerRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record UnfenceBrokerRecord (type 8), versions 0, flexible 0+.
package struct UnfenceBrokerRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 8
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The broker ID to unfence.
    package var id: Int32 = 0
    /// The epoch of the broker to unfence.
    package var epoch: Int64 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UnfenceBrokerRecord", version: version)
        }
        self.id = try buffer.readKafkaInteger(as: Int32.self)
        self.epoch = try buffer.readKafkaInteger(as: Int64.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UnfenceBrokerRecord", version: version)
        }
        buffer.writeInteger(self.id, as: Int32.self)
        buffer.writeInteger(self.epoch, as: Int64.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
