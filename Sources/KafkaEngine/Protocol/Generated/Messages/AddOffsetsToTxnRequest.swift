// Generated from message/AddOffsetsToTxnRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AddOffsetsToTxnRequest (API key 25), versions 0-4, flexible 3+.
package struct AddOffsetsToTxnRequest: KafkaRequestMessage {
    package typealias Response = AddOffsetsToTxnResponse
    package static let apiKey: ApiKey = .addOffsetsToTxn
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 3

    /// The transactional id corresponding to the transaction.
    package var transactionalId: String = ""
    /// Current producer id in use by the transactional id.
    package var producerId: Int64 = 0
    /// Current epoch associated with the producer id.
    package var producerEpoch: Int16 = 0
    /// The unique group identifier.
    package var groupId: String = ""
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AddOffsetsToTxnRequest", version: version)
        }
        let flexible = version >= 3
        self.transactionalId = try buffer.readKafkaString(compact: flexible, field: "transactionalId")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self)
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self)
        self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AddOffsetsToTxnRequest", version: version)
        }
        let flexible = version >= 3
        try buffer.writeKafkaString(self.transactionalId, compact: flexible)
        buffer.writeInteger(self.producerId, as: Int64.self)
        buffer.writeInteger(self.producerEpoch, as: Int16.self)
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("AddOffsetsToTxnRequest v\(version) cannot carry tagged fields")
        }
    }
}
