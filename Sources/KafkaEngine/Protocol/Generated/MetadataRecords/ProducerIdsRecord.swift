// Generated from metadata/ProducerIdsRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record ProducerIdsRecord (type 15), versions 0, flexible 0+.
package struct ProducerIdsRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 15
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The ID of the requesting broker
    package var brokerId: Int32 = 0
    /// The epoch of the requesting broker
    package var brokerEpoch: Int64 = -1
    /// The next producerId that will be assigned (i.e. the first producerId in the next assigned block)
    package var nextProducerId: Int64 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ProducerIdsRecord", version: version)
        }
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
        self.nextProducerId = try buffer.readKafkaInteger(as: Int64.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ProducerIdsRecord", version: version)
        }
        buffer.writeInteger(self.brokerId, as: Int32.self)
        buffer.writeInteger(self.brokerEpoch, as: Int64.self)
        buffer.writeInteger(self.nextProducerId, as: Int64.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
