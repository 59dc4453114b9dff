// Generated from message/LeaveGroupRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// LeaveGroupRequest (API key 13), versions 0-5, flexible 4+.
package struct LeaveGroupRequest: KafkaRequestMessage {
    package typealias Response = LeaveGroupResponse
    package static let apiKey: ApiKey = .leaveGroup
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 4

    /// The ID of the group to leave.
    package var groupId: String = ""
    /// The member ID to remove from the group.
    package var memberId: String = ""
    /// List of leaving member identities.
    package var members: [MemberIdentity] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "LeaveGroupRequest", version: version)
        }
        let flexible = version >= 4
        self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
        if version <= 2 {
            self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
        }
        if version >= 3 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [MemberIdentity] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try MemberIdentity(from: &buffer, version: version))
                }
                self.members = items
            } else {
                throw .unexpectedNull(field: "members")
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
            throw .unsupportedVersion(message: "LeaveGroupRequest", version: version)
        }
        let flexible = version >= 4
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        if version <= 2 {
            try buffer.writeKafkaString(self.memberId, compact: flexible)
        } else if self.memberId != "" {
            throw .fieldNotSupported(field: "memberId", message: "LeaveGroupRequest", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaArrayCount(self.members.count, compact: flexible)
            for element in self.members {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.members.isEmpty {
            throw .fieldNotSupported(field: "members", message: "LeaveGroupRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("LeaveGroupRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 3-5.
    package struct MemberIdentity: Equatable, Sendable {
        /// The member ID to remove from the group.
        package var memberId: String = ""
        /// The group instance ID to remove from the group.
        package var groupInstanceId: String? = nil
        /// The reason why the member left the group.
        package var reason: String? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible)
            if version >= 5 {
                self.reason = try buffer.readKafkaNullableString(compact: flexible)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            try buffer.writeKafkaString(self.memberId, compact: flexible)
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
            if version >= 5 {
                try buffer.writeKafkaString(self.reason, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("LeaveGroupRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
