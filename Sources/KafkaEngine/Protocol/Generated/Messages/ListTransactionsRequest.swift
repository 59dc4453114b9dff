// Generated from message/ListTransactionsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ListTransactionsRequest (API key 66), versions 0-1, flexible 0+.
package struct ListTransactionsRequest: KafkaRequestMessage {
    package typealias Response = ListTransactionsResponse
    package static let apiKey: ApiKey = .listTransactions
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    /// The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned
    package var stateFilters: [String] = []
    /// The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned
    package var producerIdFilters: [Int64] = []
    /// Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned
    package var durationFilter: Int64 = -1
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListTransactionsRequest", version: version)
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaString(compact: true, field: "stateFilters"))
            }
            self.stateFilters = items
        } else {
            throw .unexpectedNull(field: "stateFilters")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Int64] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaInteger(as: Int64.self))
            }
            self.producerIdFilters = items
        } else {
            throw .unexpectedNull(field: "producerIdFilters")
        }
        if version >= 1 {
            self.durationFilter = try buffer.readKafkaInteger(as: Int64.self)
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListTransactionsRequest", version: version)
        }
        try buffer.writeKafkaArrayCount(self.stateFilters.count, compact: true)
        for element in self.stateFilters {
            try buffer.writeKafkaString(element, compact: true)
        }
        try buffer.writeKafkaArrayCount(self.producerIdFilters.count, compact: true)
        for element in self.producerIdFilters {
            buffer.writeInteger(element, as: Int64.self)
        }
        if version >= 1 {
            buffer.writeInteger(self.durationFilter, as: Int64.self)
        } else if self.durationFilter != -1 {
            throw .fieldNotSupported(field: "durationFilter", message: "ListTransactionsRequest", version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
