// Generated from message/ShareGroupDescribeRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ShareGroupDescribeRequest (API key 77), versions 0, flexible 0+.
package struct ShareGroupDescribeRequest: KafkaRequestMessage {
    package typealias Response = ShareGroupDescribeResponse
    package static let apiKey: ApiKey = .shareGroupDescribe
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The ids of the groups to describe
    package var groupIds: [String] = []
    /// Whether to include authorized operations.
    package var includeAuthorizedOperations: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ShareGroupDescribeRequest", version: version)
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaString(compact: true, field: "groupIds"))
            }
            self.groupIds = items
        } else {
            throw .unexpectedNull(field: "groupIds")
        }
        self.includeAuthorizedOperations = try buffer.readKafkaBool()
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ShareGroupDescribeRequest", version: version)
        }
        try buffer.writeKafkaArrayCount(self.groupIds.count, compact: true)
        for element in self.groupIds {
            try buffer.writeKafkaString(element, compact: true)
        }
        buffer.writeKafkaBool(self.includeAuthorizedOperations)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
