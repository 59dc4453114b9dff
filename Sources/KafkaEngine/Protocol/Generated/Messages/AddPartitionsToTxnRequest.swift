// Generated from message/AddPartitionsToTxnRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AddPartitionsToTxnRequest (API key 24), versions 0-5, flexible 3+.
package struct AddPartitionsToTxnRequest: KafkaRequestMessage {
    package typealias Response = AddPartitionsToTxnResponse
    package static let apiKey: ApiKey = .addPartitionsToTxn
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 3

    /// List of transactions to add partitions to.
    package var transactions: [AddPartitionsToTxnTransaction] = []
    /// The transactional id corresponding to the transaction.
    package var v3AndBelowTransactionalId: String = ""
    /// Current producer id in use by the transactional id.
    package var v3AndBelowProducerId: Int64 = 0
    /// Current epoch associated with the producer id.
    package var v3AndBelowProducerEpoch: Int16 = 0
    /// The partitions to add to the transaction.
    package var v3AndBelowTopics: [AddPartitionsToTxnTopic] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AddPartitionsToTxnRequest", version: version)
        }
        let flexible = version >= 3
        if version >= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [AddPartitionsToTxnTransaction] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AddPartitionsToTxnTransaction(from: &buffer, version: version))
                }
                self.transactions = items
            } else {
                throw .unexpectedNull(field: "transactions")
            }
        }
        if version <= 3 {
            self.v3AndBelowTransactionalId = try buffer.readKafkaString(compact: flexible, field: "v3AndBelowTransactionalId")
        }
        if version <= 3 {
            self.v3AndBelowProducerId = try buffer.readKafkaInteger(as: Int64.self)
        }
        if version <= 3 {
            self.v3AndBelowProducerEpoch = try buffer.readKafkaInteger(as: Int16.self)
        }
        if version <= 3 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [AddPartitionsToTxnTopic] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AddPartitionsToTxnTopic(from: &buffer, version: version))
                }
                self.v3AndBelowTopics = items
            } else {
                throw .unexpectedNull(field: "v3AndBelowTopics")
            }
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AddPartitionsToTxnRequest", version: version)
        }
        let flexible = version >= 3
        if version >= 4 {
            try buffer.writeKafkaArrayCount(self.transactions.count, compact: flexible)
            for element in self.transactions {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.transactions.isEmpty {
            throw .fieldNotSupported(field: "transactions", message: "AddPartitionsToTxnRequest", version: version)
        }
        if version <= 3 {
            try buffer.writeKafkaString(self.v3AndBelowTransactionalId, compact: flexible)
        } else if self.v3AndBelowTransactionalId != "" {
            throw .fieldNotSupported(field: "v3AndBelowTransactionalId", message: "AddPartitionsToTxnRequest", version: version)
        }
        if version <= 3 {
            buffer.writeInteger(self.v3AndBelowProducerId, as: Int64.self)
        } else if self.v3AndBelowProducerId != 0 {
            throw .fieldNotSupported(field: "v3AndBelowProducerId", message: "AddPartitionsToTxnRequest", version: version)
        }
        if version <= 3 {
            buffer.writeInteger(self.v3AndBelowProducerEpoch, as: Int16.self)
        } else if self.v3AndBelowProducerEpoch != 0 {
            throw .fieldNotSupported(field: "v3AndBelowProducerEpoch", message: "AddPartitionsToTxnRequest", version: version)
        }
        if version <= 3 {
            try buffer.writeKafkaArrayCount(self.v3AndBelowTopics.count, compact: flexible)
            for element in self.v3AndBelowTopics {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.v3AndBelowTopics.isEmpty {
            throw .fieldNotSupported(field: "v3AndBelowTopics", message: "AddPartitionsToTxnRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("AddPartitionsToTxnRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 4-5.
    package struct AddPartitionsToTxnTransaction: Equatable, Sendable {
        /// The transactional id corresponding to the transaction.
        package var transactionalId: String = ""
        /// Current producer id in use by the transactional id.
        package var producerId: Int64 = 0
        /// Current epoch associated with the producer id.
        package var producerEpoch: Int16 = 0
        /// Boolean to signify if we want to check if the partition is in the transaction rather than add it.
        package var verifyOnly: Bool = false
        /// The partitions to add to the transaction.
        package var topics: [AddPartitionsToTxnTopic] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.transactionalId = try buffer.readKafkaString(compact: true, field: "transactionalId")
            self.producerId = try buffer.readKafkaInteger(as: Int64.self)
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self)
            self.verifyOnly = try buffer.readKafkaBool()
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [AddPartitionsToTxnTopic] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AddPartitionsToTxnTopic(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                throw .unexpectedNull(field: "topics")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.transactionalId, compact: true)
            buffer.writeInteger(self.producerId, as: Int64.self)
            buffer.writeInteger(self.producerEpoch, as: Int16.self)
            buffer.writeKafkaBool(self.verifyOnly)
            try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0-5.
    package struct AddPartitionsToTxnTopic: Equatable, Sendable {
        /// The name of the topic.
        package var name: String = ""
        /// The partition indexes to add to the transaction
        package var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AddPartitionsToTxnRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
