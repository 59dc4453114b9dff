// Generated from message/HeartbeatRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// HeartbeatRequest (API key 12), versions 0-4, flexible 4+.
package struct HeartbeatRequest: KafkaRequestMessage {
    package typealias Response = HeartbeatResponse
    package static let apiKey: ApiKey = .heartbeat
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 4

    /// The group id.
    package var groupId: String = ""
    /// The generation of the group.
    package var generationId: Int32 = 0
    /// The member ID.
    package var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    package var groupInstanceId: String? = nil
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "HeartbeatRequest", version: version)
        }
        let flexible = version >= 4
        self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
        self.generationId = try buffer.readKafkaInteger(as: Int32.self)
        self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "HeartbeatRequest", version: version)
        }
        let flexible = version >= 4
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        buffer.writeInteger(self.generationId, as: Int32.self)
        try buffer.writeKafkaString(self.memberId, compact: flexible)
        if version >= 3 {
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
        } else if self.groupInstanceId != nil {
            throw .fieldNotSupported(field: "groupInstanceId", message: "HeartbeatRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("HeartbeatRequest v\(version) cannot carry tagged fields")
        }
    }
}
