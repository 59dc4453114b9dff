// Generated from message/ListTransactionsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ListTransactionsResponse (API key 66), versions 0-1, flexible 0+.
package struct ListTransactionsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .listTransactions
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    package var errorCode: Int16 = 0
    /// Set of state filters provided in the request which were unknown to the transaction coordinator
    package var unknownStateFilters: [String] = []
    package var transactionStates: [TransactionState] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListTransactionsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaString(compact: true, field: "unknownStateFilters"))
            }
            self.unknownStateFilters = items
        } else {
            throw .unexpectedNull(field: "unknownStateFilters")
        }
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
            throw .unsupportedVersion(message: "ListTransactionsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.unknownStateFilters.count, compact: true)
        for element in self.unknownStateFilters {
            try buffer.writeKafkaString(element, compact: true)
        }
        try buffer.writeKafkaArrayCount(self.transactionStates.count, compact: true)
        for element in self.transactionStates {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-1.
    package struct TransactionState: Equatable, Sendable {
        package var transactionalId: String = ""
        package var producerId: Int64 = 0
        /// The current transaction state of the producer
        package var transactionState: String = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.transactionalId = try buffer.readKafkaString(compact: true, field: "transactionalId")
            self.producerId = try buffer.readKafkaInteger(as: Int64.self)
            self.transactionState = try buffer.readKafkaString(compact: true, field: "transactionState")
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.transactionalId, compact: true)
            buffer.writeInteger(self.producerId, as: Int64.self)
            try buffer.writeKafkaString(self.transactionState, compact: true)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
