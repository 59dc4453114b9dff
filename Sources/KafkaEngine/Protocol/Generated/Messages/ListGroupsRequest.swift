// Generated from message/ListGroupsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ListGroupsRequest (API key 16), versions 0-5, flexible 3+.
package struct ListGroupsRequest: KafkaRequestMessage {
    package typealias Response = ListGroupsResponse
    package static let apiKey: ApiKey = .listGroups
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 3

    /// The states of the groups we want to list. If empty, all groups are returned with their state.
    package var statesFilter: [String] = []
    /// The types of the groups we want to list. If empty, all groups are returned with their type.
    package var typesFilter: [String] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListGroupsRequest", version: version)
        }
        let flexible = version >= 3
        if version >= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [String] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaString(compact: flexible, field: "statesFilter"))
                }
                self.statesFilter = items
            } else {
                throw .unexpectedNull(field: "statesFilter")
            }
        }
        if version >= 5 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [String] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaString(compact: flexible, field: "typesFilter"))
                }
                self.typesFilter = items
            } else {
                throw .unexpectedNull(field: "typesFilter")
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
            throw .unsupportedVersion(message: "ListGroupsRequest", version: version)
        }
        let flexible = version >= 3
        if version >= 4 {
            try buffer.writeKafkaArrayCount(self.statesFilter.count, compact: flexible)
            for element in self.statesFilter {
                try buffer.writeKafkaString(element, compact: flexible)
            }
        } else if !self.statesFilter.isEmpty {
            throw .fieldNotSupported(field: "statesFilter", message: "ListGroupsRequest", version: version)
        }
        if version >= 5 {
            try buffer.writeKafkaArrayCount(self.typesFilter.count, compact: flexible)
            for element in self.typesFilter {
                try buffer.writeKafkaString(element, compact: flexible)
            }
        } else if !self.typesFilter.isEmpty {
            throw .fieldNotSupported(field: "typesFilter", message: "ListGroupsRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ListGroupsRequest v\(version) cannot carry tagged fields")
        }
    }
}
