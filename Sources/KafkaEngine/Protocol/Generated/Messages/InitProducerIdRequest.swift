// Generated from message/InitProducerIdRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// InitProducerIdRequest (API key 22), versions 0-5, flexible 2+.
package struct InitProducerIdRequest: KafkaRequestMessage {
    package typealias Response = InitProducerIdResponse
    package static let apiKey: ApiKey = .initProducerId
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 2

    /// The transactional id, or null if the producer is not transactional.
    package var transactionalId: String? = ""
    /// The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined.
    package var transactionTimeoutMs: Int32 = 0
    /// The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration.
    package var producerId: Int64 = -1
    /// The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match.
    package var producerEpoch: Int16 = -1
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "InitProducerIdRequest", version: version)
        }
        let flexible = version >= 2
        self.transactionalId = try buffer.readKafkaNullableString(compact: flexible)
        self.transactionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 3 {
            self.producerId = try buffer.readKafkaInteger(as: Int64.self)
        }
        if version >= 3 {
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "InitProducerIdRequest", version: version)
        }
        let flexible = version >= 2
        try buffer.writeKafkaString(self.transactionalId, compact: flexible)
        buffer.writeInteger(self.transactionTimeoutMs, as: Int32.self)
        if version >= 3 {
            buffer.writeInteger(self.producerId, as: Int64.self)
        } else if self.producerId != -1 {
            throw .fieldNotSupported(field: "producerId", message: "InitProducerIdRequest", version: version)
        }
        if version >= 3 {
            buffer.writeInteger(self.producerEpoch, as: Int16.self)
        } else if self.producerEpoch != -1 {
            throw .fieldNotSupported(field: "producerEpoch", message: "InitProducerIdRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("InitProducerIdRequest v\(version) cannot carry tagged fields")
        }
    }
}
