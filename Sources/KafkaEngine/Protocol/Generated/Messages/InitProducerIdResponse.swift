// Generated from message/InitProducerIdResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// InitProducerIdResponse (API key 22), versions 0-5, flexible 2+.
package struct InitProducerIdResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .initProducerId
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The current producer id.
    package var producerId: Int64 = -1
    /// The current epoch associated with the producer id.
    package var producerEpoch: Int16 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "InitProducerIdResponse", version: version)
        }
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.producerId = try buffer.readKafkaInteger(as: Int64.self)
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "InitProducerIdResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        buffer.writeInteger(self.producerId, as: Int64.self)
        buffer.writeInteger(self.producerEpoch, as: Int16.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("InitProducerIdResponse v\(version) cannot carry tagged fields")
        }
    }
}
