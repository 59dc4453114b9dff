// Generated from message/AllocateProducerIdsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AllocateProducerIdsRequest (API key 67), versions 0, flexible 0+.
package struct AllocateProducerIdsRequest: KafkaRequestMessage {
    package typealias Response = AllocateProducerIdsResponse
    package static let apiKey: ApiKey = .allocateProducerIds
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The ID of the requesting broker
    package var brokerId: Int32 = 0
    /// The epoch of the requesting broker
    package var brokerEpoch: Int64 = -1
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AllocateProducerIdsRequest", version: version)
        }
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AllocateProducerIdsRequest", version: version)
        }
        buffer.writeInteger(self.brokerId, as: Int32.self)
        buffer.writeInteger(self.brokerEpoch, as: Int64.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
