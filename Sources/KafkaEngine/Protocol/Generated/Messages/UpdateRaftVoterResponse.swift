// Generated from message/UpdateRaftVoterResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// UpdateRaftVoterResponse (API key 82), versions 0, flexible 0+.
package struct UpdateRaftVoterResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .updateRaftVoter
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error
    package var errorCode: Int16 = 0
    package var currentLeader: CurrentLeader = CurrentLeader()
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateRaftVoterResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            switch tag {
            case 0:
                self.currentLeader = try CurrentLeader(from: &field, version: version)
            default:
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateRaftVoterResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        var taggedFields: [RawTaggedField] = []
        if self.currentLeader != CurrentLeader() {
            var field = ByteBuffer()
            try self.currentLeader.write(to: &field, version: version)
            taggedFields.append(RawTaggedField(tag: 0, data: field))
        }
        buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct CurrentLeader: Equatable, Sendable {
        /// The replica id of the current leader or -1 if the leader is unknown
        package var leaderId: Int32 = -1
        /// The latest known leader epoch
        package var leaderEpoch: Int32 = -1
        /// The node's hostname
        package var host: String = ""
        /// The node's port
        package var port: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.leaderId, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
