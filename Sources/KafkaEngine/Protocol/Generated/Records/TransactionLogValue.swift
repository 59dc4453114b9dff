// Generated from transaction/TransactionLogValue.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// TransactionLogValue, a record schema, versions 0-1, flexible 1+.
package struct TransactionLogValue: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    /// Producer id in use by the transactional id
    package var producerId: Int64 = 0
    /// Producer id used by the last committed transaction
    package var previousProducerId: Int64 = -1
    /// Latest producer ID sent to the producer for the given transactional ID
    package var nextProducerId: Int64 = -1
    /// Epoch associated with the producer id
    package var producerEpoch: Int16 = 0
    /// Transaction timeout in milliseconds
    package var transactionTimeoutMs: Int32 = 0
    /// TransactionState the transaction is in
    package var transactionStatus: Int8 = 0
    /// Set of partitions involved in the transaction
    package var transactionPartitions: [PartitionsSchema]? = []
    /// Time the transaction was last updated
    package var transactionLastUpdateTimestampMs: Int64 = 0
    /// Time the transaction was started
    package var transactionStartTimestampMs: Int64 = 0
    /// The transaction version used by the client
    package var clientTransactionVersion: Int16 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "TransactionLogValue", version: version)
        }
        let flexible = version >= 1
        self.producerId = try buffer.readKafkaInteger(as: Int64.self)
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self)
        self.transactionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        self.transactionStatus = try buffer.readKafkaInteger(as: Int8.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [PartitionsSchema] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try PartitionsSchema(from: &buffer, version: version))
            }
            self.transactionPartitions = items
        } else {
            self.transactionPartitions = nil
        }
        self.transactionLastUpdateTimestampMs = try buffer.readKafkaInteger(as: Int64.self)
        self.transactionStartTimestampMs = try buffer.readKafkaInteger(as: Int64.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                switch tag {
                case 0 where version >= 1:
                    self.previousProducerId = try field.readKafkaInteger(as: Int64.self)
                case 1 where version >= 1:
                    self.nextProducerId = try field.readKafkaInteger(as: Int64.self)
                case 2 where version >= 1:
                    self.clientTransactionVersion = try field.readKafkaInteger(as: Int16.self)
                default:
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "TransactionLogValue", version: version)
        }
        let flexible = version >= 1
        buffer.writeInteger(self.producerId, as: Int64.self)
        if !(version >= 1) && self.previousProducerId != -1 {
            throw .fieldNotSupported(field: "previousProducerId", message: "TransactionLogValue", version: version)
        }
        if !(version >= 1) && self.nextProducerId != -1 {
            throw .fieldNotSupported(field: "nextProducerId", message: "TransactionLogValue", version: version)
        }
        buffer.writeInteger(self.producerEpoch, as: Int16.self)
        buffer.writeInteger(self.transactionTimeoutMs, as: Int32.self)
        buffer.writeInteger(self.transactionStatus, as: Int8.self)
        if let array = self.transactionPartitions {
            try buffer.writeKafkaArrayCount(array.count, compact: flexible)
            for element in array {
                try element.write(to: &buffer, version: version)
            }
        } else {
            try buffer.writeKafkaArrayCount(nil, compact: flexible)
        }
        buffer.writeInteger(self.transactionLastUpdateTimestampMs, as: Int64.self)
        buffer.writeInteger(self.transactionStartTimestampMs, as: Int64.self)
        if !(version >= 1) && self.clientTransactionVersion != 0 {
            throw .fieldNotSupported(field: "clientTransactionVersion", message: "TransactionLogValue", version: version)
        }
        if flexible {
            var taggedFields: [RawTaggedField] = []
            if version >= 1 && self.previousProducerId != -1 {
                var field = ByteBuffer()
                field.writeInteger(self.previousProducerId, as: Int64.self)
                taggedFields.append(RawTaggedField(tag: 0, data: field))
            }
            if version >= 1 && self.nextProducerId != -1 {
                var field = ByteBuffer()
                field.writeInteger(self.nextProducerId, as: Int64.self)
                taggedFields.append(RawTaggedField(tag: 1, data: field))
            }
            if version >= 1 && self.clientTransactionVersion != 0 {
                var field = ByteBuffer()
                field.writeInteger(self.clientTransactionVersion, as: Int16.self)
                taggedFields.append(RawTaggedField(tag: 2, data: field))
            }
            buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("TransactionLogValue v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-1.
    package struct PartitionsSchema: Equatable, Sendable {
        package var topic: String = ""
        package var partitionIds: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.topic = try buffer.readKafkaString(compact: flexible, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.partitionIds = items
            } else {
                throw .unexpectedNull(field: "partitionIds")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            try buffer.writeKafkaString(self.topic, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitionIds.count, compact: flexible)
            for element in self.partitionIds {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("TransactionLogValue v\(version) cannot carry tagged fields")
            }
        }
    }
}
