// Generated from message/DescribeTransactionsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeTransactionsRequest (API key 65), versions 0, flexible 0+.
package struct DescribeTransactionsRequest: KafkaRequestMessage {
    package typealias Response = DescribeTransactionsResponse
    package static let apiKey: ApiKey = .describeTransactions
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// Array of transactionalIds to include in describe results. If empty, then no results will be returned.
    package var transactionalIds: [String] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeTransactionsRequest", version: version)
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaString(compact: true, field: "transactionalIds"))
            }
            self.transactionalIds = items
        } else {
            throw .unexpectedNull(field: "transactionalIds")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeTransactionsRequest", version: version)
        }
        try buffer.writeKafkaArrayCount(self.transactionalIds.count, compact: true)
        for element in self.transactionalIds {
            try buffer.writeKafkaString(element, compact: true)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
