// Generated from message/AllocateProducerIdsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AllocateProducerIdsResponse (API key 67), versions 0, flexible 0+.
package struct AllocateProducerIdsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .allocateProducerIds
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The top level response error code
    package var errorCode: Int16 = 0
    /// The first producer ID in this range, inclusive
    package var producerIdStart: Int64 = 0
    /// The number of producer IDs in this range
    package var producerIdLen: Int32 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AllocateProducerIdsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.producerIdStart = try buffer.readKafkaInteger(as: Int64.self)
        self.producerIdLen = try buffer.readKafkaInteger(as: Int32.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AllocateProducerIdsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        buffer.writeInteger(self.producerIdStart, as: Int64.self)
        buffer.writeInteger(self.producerIdLen, as: Int32.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
