// Generated from message/DescribeGroupsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeGroupsRequest (API key 15), versions 0-5, flexible 5+.
package struct DescribeGroupsRequest: KafkaRequestMessage {
    package typealias Response = DescribeGroupsResponse
    package static let apiKey: ApiKey = .describeGroups
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 5

    /// The names of the groups to describe
    package var groups: [String] = []
    /// Whether to include authorized operations.
    package var includeAuthorizedOperations: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeGroupsRequest", version: version)
        }
        let flexible = version >= 5
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaString(compact: flexible, field: "groups"))
            }
            self.groups = items
        } else {
            throw .unexpectedNull(field: "groups")
        }
        if version >= 3 {
            self.includeAuthorizedOperations = try buffer.readKafkaBool()
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeGroupsRequest", version: version)
        }
        let flexible = version >= 5
        try buffer.writeKafkaArrayCount(self.groups.count, compact: flexible)
        for element in self.groups {
            try buffer.writeKafkaString(element, compact: flexible)
        }
        if version >= 3 {
            buffer.writeKafkaBool(self.includeAuthorizedOperations)
        } else if self.includeAuthorizedOperations != false {
            throw .fieldNotSupported(field: "includeAuthorizedOperations", message: "DescribeGroupsRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeGroupsRequest v\(version) cannot carry tagged fields")
        }
    }
}
