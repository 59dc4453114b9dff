// Generated from message/LeaveGroupResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// LeaveGroupResponse (API key 13), versions 0-5, flexible 4+.
package struct LeaveGroupResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .leaveGroup
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// List of leaving member responses.
    package var members: [MemberResponse] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "LeaveGroupResponse", version: version)
        }
        let flexible = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if version >= 3 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [MemberResponse] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try MemberResponse(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "LeaveGroupResponse", version: version)
        }
        let flexible = version >= 4
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        buffer.writeInteger(self.errorCode, as: Int16.self)
        if version >= 3 {
            try buffer.writeKafkaArrayCount(self.members.count, compact: flexible)
            for element in self.members {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.members.isEmpty {
            throw .fieldNotSupported(field: "members", message: "LeaveGroupResponse", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("LeaveGroupResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 3-5.
    package struct MemberResponse: Equatable, Sendable {
        /// The member ID to remove from the group.
        package var memberId: String = ""
        /// The group instance ID to remove from the group.
        package var groupInstanceId: String? = ""
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
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
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("LeaveGroupResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
