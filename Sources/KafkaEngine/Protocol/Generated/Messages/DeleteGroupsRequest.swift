// Generated from message/DeleteGroupsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DeleteGroupsRequest (API key 42), versions 0-2, flexible 2+.
package struct DeleteGroupsRequest: KafkaRequestMessage {
    package typealias Response = DeleteGroupsResponse
    package static let apiKey: ApiKey = .deleteGroups
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// The group names to delete.
    package var groupsNames: [String] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteGroupsRequest", version: version)
        }
        let flexible = version >= 2
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaString(compact: flexible, field: "groupsNames"))
            }
            self.groupsNames = items
        } else {
            throw .unexpectedNull(field: "groupsNames")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteGroupsRequest", version: version)
        }
        let flexible = version >= 2
        try buffer.writeKafkaArrayCount(self.groupsNames.count, compact: flexible)
        for element in self.groupsNames {
            try buffer.writeKafkaString(element, compact: flexible)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DeleteGroupsRequest v\(version) cannot carry tagged fields")
        }
    }
}
