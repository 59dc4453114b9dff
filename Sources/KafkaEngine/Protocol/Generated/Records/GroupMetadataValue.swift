// Generated from group/GroupMetadataValue.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// GroupMetadataValue, a record schema, versions 0-4, flexible 4+.
package struct GroupMetadataValue: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 4

    package var protocolType: String = ""
    package var generation: Int32 = 0
    package var `protocol`: String? = ""
    package var leader: String? = ""
    package var currentStateTimestamp: Int64 = -1
    package var members: [MemberMetadata] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "GroupMetadataValue", version: version)
        }
        let flexible = version >= 4
        self.protocolType = try buffer.readKafkaString(compact: flexible, field: "protocolType")
        self.generation = try buffer.readKafkaInteger(as: Int32.self)
        self.`protocol` = try buffer.readKafkaNullableString(compact: flexible)
        self.leader = try buffer.readKafkaNullableString(compact: flexible)
        if version >= 2 {
            self.currentStateTimestamp = try buffer.readKafkaInteger(as: Int64.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [MemberMetadata] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try MemberMetadata(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "GroupMetadataValue", version: version)
        }
        let flexible = version >= 4
        try buffer.writeKafkaString(self.protocolType, compact: flexible)
        buffer.writeInteger(self.generation, as: Int32.self)
        try buffer.writeKafkaString(self.`protocol`, compact: flexible)
        try buffer.writeKafkaString(self.leader, compact: flexible)
        if version >= 2 {
            buffer.writeInteger(self.currentStateTimestamp, as: Int64.self)
        }
        try buffer.writeKafkaArrayCount(self.members.count, compact: flexible)
        for element in self.members {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("GroupMetadataValue v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct MemberMetadata: Equatable, Sendable {
        package var memberId: String = ""
        package var groupInstanceId: String? = nil
        package var clientId: String = ""
        package var clientHost: String = ""
        package var rebalanceTimeout: Int32 = -1
        package var sessionTimeout: Int32 = 0
        package var subscription: ByteBuffer = ByteBuffer()
        package var assignment: ByteBuffer = ByteBuffer()
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
            if version >= 3 {
                self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible)
            }
            self.clientId = try buffer.readKafkaString(compact: flexible, field: "clientId")
            self.clientHost = try buffer.readKafkaString(compact: flexible, field: "clientHost")
            if version >= 1 {
                self.rebalanceTimeout = try buffer.readKafkaInteger(as: Int32.self)
            }
            self.sessionTimeout = try buffer.readKafkaInteger(as: Int32.self)
            self.subscription = try buffer.readKafkaBytes(compact: flexible, field: "subscription")
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
            if version >= 3 {
                try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
            }
            try buffer.writeKafkaString(self.clientId, compact: flexible)
            try buffer.writeKafkaString(self.clientHost, compact: flexible)
            if version >= 1 {
                buffer.writeInteger(self.rebalanceTimeout, as: Int32.self)
            }
            buffer.writeInteger(self.sessionTimeout, as: Int32.self)
            try buffer.writeKafkaBytes(self.subscription, compact: flexible)
            try buffer.writeKafkaBytes(self.assignment, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("GroupMetadataValue v\(version) cannot carry tagged fields")
            }
        }
    }
}
