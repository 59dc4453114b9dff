// Generated from message/EndTxnRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// EndTxnRequest (API key 26), versions 0-5, flexible 3+.
package struct EndTxnRequest: KafkaRequestMessage {
    package typealias Response = EndTxnResponse
    package static let apiKey: ApiKey = .endTxn
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 3

    /// The ID of the transaction to end.
    package var transactionalId: String = ""
    /// The producer ID.
    package var producerId: Int64 = 0
    /// The current epoch associated with the producer.
    package var producerEpoch: Int16 = 0
    /// True if the transaction was committed, false if it was aborted.
    package var committed: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "EndTxnRequest", version: version)
        }
        let flexible = version >= 3
        self.transactionalId = try buffer.readKafkaString(compact: flexible, field: "transactionalId")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self)
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self)
        self.committed = try buffer.readKafkaBool()
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "EndTxnRequest", version: version)
        }
        let flexible = version >= 3
        try buffer.writeKafkaString(self.transactionalId, compact: flexible)
        buffer.writeInteger(self.producerId, as: Int64.self)
        buffer.writeInteger(self.producerEpoch, as: Int16.self)
        buffer.writeKafkaBool(self.committed)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("EndTxnRequest v\(version) cannot carry tagged fields")
        }
    }
}
