// Generated from message/JoinGroupRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// JoinGroupRequest (API key 11), versions 0-9, flexible 6+.
package struct JoinGroupRequest: KafkaRequestMessage {
    package typealias Response = JoinGroupResponse
    package static let apiKey: ApiKey = .joinGroup
    package static let validVersions: ClosedRange<Int16> = 0...9
    package static let firstFlexibleVersion: Int16? = 6

    /// The group identifier.
    package var groupId: String = ""
    /// The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds.
    package var sessionTimeoutMs: Int32 = 0
    /// The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group.
    package var rebalanceTimeoutMs: Int32 = -1
    /// The member id assigned by the group coordinator.
    package var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    package var groupInstanceId: String? = nil
    /// The unique name the for class of protocols implemented by the group we want to join.
    package var protocolType: String = ""
    /// The list of protocols that the member supports.
    package var protocols: [JoinGroupRequestProtocol] = []
    /// The reason why the member (re-)joins the group.
    package var reason: String? = nil
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "JoinGroupRequest", version: version)
        }
        let flexible = version >= 6
        self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
        self.sessionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 1 {
            self.rebalanceTimeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
        if version >= 5 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible)
        }
        self.protocolType = try buffer.readKafkaString(compact: flexible, field: "protocolType")
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [JoinGroupRequestProtocol] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try JoinGroupRequestProtocol(from: &buffer, version: version))
            }
            self.protocols = items
        } else {
            throw .unexpectedNull(field: "protocols")
        }
        if version >= 8 {
            self.reason = try buffer.readKafkaNullableString(compact: flexible)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "JoinGroupRequest", version: version)
        }
        let flexible = version >= 6
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        buffer.writeInteger(self.sessionTimeoutMs, as: Int32.self)
        if version >= 1 {
            buffer.writeInteger(self.rebalanceTimeoutMs, as: Int32.self)
        }
        try buffer.writeKafkaString(self.memberId, compact: flexible)
        if version >= 5 {
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
        } else if self.groupInstanceId != nil {
            throw .fieldNotSupported(field: "groupInstanceId", message: "JoinGroupRequest", version: version)
        }
        try buffer.writeKafkaString(self.protocolType, compact: flexible)
        try buffer.writeKafkaArrayCount(self.protocols.count, compact: flexible)
        for element in self.protocols {
            try element.write(to: &buffer, version: version)
        }
        if version >= 8 {
            try buffer.writeKafkaString(self.reason, compact: flexible)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("JoinGroupRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-9.
    package struct JoinGroupRequestProtocol: Equatable, Sendable {
        /// The protocol name.
        package var name: String = ""
        /// The protocol metadata.
        package var metadata: ByteBuffer = ByteBuffer()
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            self.metadata = try buffer.readKafkaBytes(compact: flexible, field: "metadata")
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaBytes(self.metadata, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("JoinGroupRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
