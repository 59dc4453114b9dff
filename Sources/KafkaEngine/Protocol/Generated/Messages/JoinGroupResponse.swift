// Generated from message/JoinGroupResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// JoinGroupResponse (API key 11), versions 0-9, flexible 6+.
package struct JoinGroupResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .joinGroup
    package static let validVersions: ClosedRange<Int16> = 0...9
    package static let firstFlexibleVersion: Int16? = 6

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The generation ID of the group.
    package var generationId: Int32 = -1
    /// The group protocol name.
    package var protocolType: String? = nil
    /// The group protocol selected by the coordinator.
    package var protocolName: String? = ""
    /// The leader of the group.
    package var leader: String = ""
    /// True if the leader must skip running the assignment.
    package var skipAssignment: Bool = false
    /// The member ID assigned by the group coordinator.
    package var memberId: String = ""
    package var members: [JoinGroupResponseMember] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "JoinGroupResponse", version: version)
        }
        let flexible = version >= 6
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.generationId = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 7 {
            self.protocolType = try buffer.readKafkaNullableString(compact: flexible)
        }
        self.protocolName = try buffer.readKafkaNullableString(compact: flexible)
        if self.protocolName == nil && !(version >= 7) { throw .unexpectedNull(field: "protocolName") }
        self.leader = try buffer.readKafkaString(compact: flexible, field: "leader")
        if version >= 9 {
            self.skipAssignment = try buffer.readKafkaBool()
        }
        self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [JoinGroupResponseMember] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try JoinGroupResponseMember(from: &buffer, version: version))
            }
            self.members = items
        } else {
            throw .unexpectedNull(field: "members")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "JoinGroupResponse", version: version)
        }
        let flexible = version >= 6
        if version >= 2 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        buffer.writeInteger(self.errorCode, as: Int16.self)
        buffer.writeInteger(self.generationId, as: Int32.self)
        if version >= 7 {
            try buffer.writeKafkaString(self.protocolType, compact: flexible)
        }
        if self.protocolName == nil && !(version >= 7) { throw .unexpectedNull(field: "protocolName") }
        try buffer.writeKafkaString(self.protocolName, compact: flexible)
        try buffer.writeKafkaString(self.leader, compact: flexible)
        if version >= 9 {
            buffer.writeKafkaBool(self.skipAssignment)
        } else if self.skipAssignment != false {
            throw .fieldNotSupported(field: "skipAssignment", message: "JoinGroupResponse", version: version)
        }
        try buffer.writeKafkaString(self.memberId, compact: flexible)
        try buffer.writeKafkaArrayCount(self.members.count, compact: flexible)
        for element in self.members {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("JoinGroupResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-9.
    package struct JoinGroupResponseMember: Equatable, Sendable {
        /// The group member ID.
        package var memberId: String = ""
        /// The unique identifier of the consumer instance provided by end user.
        package var groupInstanceId: String? = nil
        /// The group member metadata.
        package var metadata: ByteBuffer = ByteBuffer()
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
            if version >= 5 {
                self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible)
            }
            self.metadata = try buffer.readKafkaBytes(compact: flexible, field: "metadata")
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            try buffer.writeKafkaString(self.memberId, compact: flexible)
            if version >= 5 {
                try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
            }
            try buffer.writeKafkaBytes(self.metadata, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("JoinGroupResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
