// Generated from message/DescribeGroupsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeGroupsResponse (API key 15), versions 0-5, flexible 5+.
package struct DescribeGroupsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeGroups
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 5

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Each described group.
    package var groups: [DescribedGroup] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeGroupsResponse", version: version)
        }
        let flexible = version >= 5
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DescribedGroup] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribedGroup(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "DescribeGroupsResponse", version: version)
        }
        let flexible = version >= 5
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.groups.count, compact: flexible)
        for element in self.groups {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeGroupsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-5.
    package struct DescribedGroup: Equatable, Sendable {
        /// The describe error, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The group ID string.
        package var groupId: String = ""
        /// The group state string, or the empty string.
        package var groupState: String = ""
        /// The group protocol type, or the empty string.
        package var protocolType: String = ""
        /// The group protocol data, or the empty string.
        package var protocolData: String = ""
        /// The group members.
        package var members: [DescribedGroupMember] = []
        /// 32-bit bitfield to represent authorized operations for this group.
        package var authorizedOperations: Int32 = -2147483648
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
            self.groupState = try buffer.readKafkaString(compact: flexible, field: "groupState")
            self.protocolType = try buffer.readKafkaString(compact: flexible, field: "protocolType")
            self.protocolData = try buffer.readKafkaString(compact: flexible, field: "protocolData")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [DescribedGroupMember] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try DescribedGroupMember(from: &buffer, version: version))
                }
                self.members = items
            } else {
                throw .unexpectedNull(field: "members")
            }
            if version >= 3 {
                self.authorizedOperations = try buffer.readKafkaInteger(as: Int32.self)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.groupId, compact: flexible)
            try buffer.writeKafkaString(self.groupState, compact: flexible)
            try buffer.writeKafkaString(self.protocolType, compact: flexible)
            try buffer.writeKafkaString(self.protocolData, compact: flexible)
            try buffer.writeKafkaArrayCount(self.members.count, compact: flexible)
            for element in self.members {
                try element.write(to: &buffer, version: version)
            }
            if version >= 3 {
                buffer.writeInteger(self.authorizedOperations, as: Int32.self)
            } else if self.authorizedOperations != -2147483648 {
                throw .fieldNotSupported(field: "authorizedOperations", message: "DescribeGroupsResponse", version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeGroupsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-5.
    package struct DescribedGroupMember: Equatable, Sendable {
        /// The member ID assigned by the group coordinator.
        package var memberId: String = ""
        /// The unique identifier of the consumer instance provided by end user.
        package var groupInstanceId: String? = nil
        /// The client ID used in the member's latest join group request.
        package var clientId: String = ""
        /// The client host.
        package var clientHost: String = ""
        /// The metadata corresponding to the current group protocol in use.
        package var memberMetadata: ByteBuffer = ByteBuffer()
        /// The current assignment provided by the group leader.
        package var memberAssignment: ByteBuffer = ByteBuffer()
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
            if version >= 4 {
                self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible)
            }
            self.clientId = try buffer.readKafkaString(compact: flexible, field: "clientId")
            self.clientHost = try buffer.readKafkaString(compact: flexible, field: "clientHost")
            self.memberMetadata = try buffer.readKafkaBytes(compact: flexible, field: "memberMetadata")
            self.memberAssignment = try buffer.readKafkaBytes(compact: flexible, field: "memberAssignment")
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            try buffer.writeKafkaString(self.memberId, compact: flexible)
            if version >= 4 {
                try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
            }
            try buffer.writeKafkaString(self.clientId, compact: flexible)
            try buffer.writeKafkaString(self.clientHost, compact: flexible)
            try buffer.writeKafkaBytes(self.memberMetadata, compact: flexible)
            try buffer.writeKafkaBytes(self.memberAssignment, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeGroupsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
