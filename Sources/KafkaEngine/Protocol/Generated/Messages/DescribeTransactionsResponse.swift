// Generated from message/DescribeTransactionsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeTransactionsResponse (API key 65), versions 0, flexible 0+.
package struct DescribeTransactionsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeTransactions
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    package var transactionStates: [TransactionState] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeTransactionsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [TransactionState] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TransactionState(from: &buffer, version: version))
            }
            self.transactionStates = items
        } else {
            throw .unexpectedNull(field: "transactionStates")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeTransactionsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.transactionStates.count, compact: true)
        for element in self.transactionStates {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct TransactionState: Equatable, Sendable {
        package var errorCode: Int16 = 0
        package var transactionalId: String = ""
        package var transactionState: String = ""
        package var transactionTimeoutMs: Int32 = 0
        package var transactionStartTimeMs: Int64 = 0
        package var producerId: Int64 = 0
        package var producerEpoch: Int16 = 0
        /// The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers.
        package var topics: [TopicData] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.transactionalId = try buffer.readKafkaString(compact: true, field: "transactionalId")
            self.transactionState = try buffer.readKafkaString(compact: true, field: "transactionState")
            self.transactionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self)
            self.transactionStartTimeMs = try buffer.readKafkaInteger(as: Int64.self)
            self.producerId = try buffer.readKafkaInteger(as: Int64.self)
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [TopicData] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try TopicData(from: &buffer, version: version))
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
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.transactionalId, compact: true)
            try buffer.writeKafkaString(self.transactionState, compact: true)
            buffer.writeInteger(self.transactionTimeoutMs, as: Int32.self)
            buffer.writeInteger(self.transactionStartTimeMs, as: Int64.self)
            buffer.writeInteger(self.producerId, as: Int64.self)
            buffer.writeInteger(self.producerEpoch, as: Int16.self)
            try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct TopicData: Equatable, Sendable {
        package var topic: String = ""
        package var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topic = try buffer.readKafkaString(compact: true, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.topic, compact: true)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                buffer.writeInteger(element, as: Int32.self)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
