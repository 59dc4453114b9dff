// Generated from message/ListGroupsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ListGroupsResponse (API key 16), versions 0-5, flexible 3+.
package struct ListGroupsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .listGroups
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 3

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// Each group in the response.
    package var groups: [ListedGroup] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListGroupsResponse", version: version)
        }
        let flexible = version >= 3
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [ListedGroup] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ListedGroup(from: &buffer, version: version))
            }
            self.groups = items
        } else {
            throw .unexpectedNull(field: "groups")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListGroupsResponse", version: version)
        }
        let flexible = version >= 3
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.groups.count, compact: flexible)
        for element in self.groups {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ListGroupsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-5.
    package struct ListedGroup: Equatable, Sendable {
        /// The group ID.
        package var groupId: String = ""
        /// The group protocol type.
        package var protocolType: String = ""
        /// The group state name.
        package var groupState: String = ""
        /// The group type name.
        package var groupType: String = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
            self.protocolType = try buffer.readKafkaString(compact: flexible, field: "protocolType")
            if version >= 4 {
                self.groupState = try buffer.readKafkaString(compact: flexible, field: "groupState")
            }
            if version >= 5 {
                self.groupType = try buffer.readKafkaString(compact: flexible, field: "groupType")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            try buffer.writeKafkaString(self.groupId, compact: flexible)
            try buffer.writeKafkaString(self.protocolType, compact: flexible)
            if version >= 4 {
                try buffer.writeKafkaString(self.groupState, compact: flexible)
            }
            if version >= 5 {
                try buffer.writeKafkaString(self.groupType, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ListGroupsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
