// Generated from message/SyncGroupRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// SyncGroupRequest (API key 14), versions 0-5, flexible 4+.
package struct SyncGroupRequest: KafkaRequestMessage {
    package typealias Response = SyncGroupResponse
    package static let apiKey: ApiKey = .syncGroup
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 4

    /// The unique group identifier.
    package var groupId: String = ""
    /// The generation of the group.
    package var generationId: Int32 = 0
    /// The member ID assigned by the group.
    package var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    package var groupInstanceId: String? = nil
    /// The group protocol type.
    package var protocolType: String? = nil
    /// The group protocol name.
    package var protocolName: String? = nil
    /// Each assignment.
    package var assignments: [SyncGroupRequestAssignment] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SyncGroupRequest", version: version)
        }
        let flexible = version >= 4
        self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
        self.generationId = try buffer.readKafkaInteger(as: Int32.self)
        self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible)
        }
        if version >= 5 {
            self.protocolType = try buffer.readKafkaNullableString(compact: flexible)
        }
        if version >= 5 {
            self.protocolName = try buffer.readKafkaNullableString(compact: flexible)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [SyncGroupRequestAssignment] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try SyncGroupRequestAssignment(from: &buffer, version: version))
            }
            self.assignments = items
        } else {
            throw .unexpectedNull(field: "assignments")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "SyncGroupRequest", version: version)
        }
        let flexible = version >= 4
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        buffer.writeInteger(self.generationId, as: Int32.self)
        try buffer.writeKafkaString(self.memberId, compact: flexible)
        if version >= 3 {
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
        } else if self.groupInstanceId != nil {
            throw .fieldNotSupported(field: "groupInstanceId", message: "SyncGroupRequest", version: version)
        }
        if version >= 5 {
            try buffer.writeKafkaString(self.protocolType, compact: flexible)
        }
        if version >= 5 {
            try buffer.writeKafkaString(self.protocolName, compact: flexible)
        }
        try buffer.writeKafkaArrayCount(self.assignments.count, compact: flexible)
        for element in self.assignments {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("SyncGroupRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-5.
    package struct SyncGroupRequestAssignment: Equatable, Sendable {
        /// The ID of the member to assign.
        package var memberId: String = ""
        /// The member assignment.
        package var assignment: ByteBuffer = ByteBuffer()
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
            self.assignment = try buffer.readKafkaBytes(compact: flexible, field: "assignment")
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            try buffer.writeKafkaString(self.memberId, compact: flexible)
            try buffer.writeKafkaBytes(self.assignment, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("SyncGroupRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
