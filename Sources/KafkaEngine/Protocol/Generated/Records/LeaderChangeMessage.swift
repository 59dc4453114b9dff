// Generated from message/LeaderChangeMessage.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// LeaderChangeMessage, a record schema, versions 0-1, flexible 0+.
package struct LeaderChangeMessage: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    /// The version of the leader change message
    package var version: Int16 = 0
    /// The ID of the newly elected leader
    package var leaderId: Int32 = 0
    /// The set of voters in the quorum for this epoch
    package var voters: [Voter] = []
    /// The voters who voted for the leader at the time of election
    package var grantingVoters: [Voter] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "LeaderChangeMessage", version: version)
        }
        self.version = try buffer.readKafkaInteger(as: Int16.self)
        self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Voter] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try Voter(from: &buffer, version: version))
            }
            self.voters = items
        } else {
            throw .unexpectedNull(field: "voters")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Voter] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try Voter(from: &buffer, version: version))
            }
            self.grantingVoters = items
        } else {
            throw .unexpectedNull(field: "grantingVoters")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "LeaderChangeMessage", version: version)
        }
        buffer.writeInteger(self.version, as: Int16.self)
        buffer.writeInteger(self.leaderId, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.voters.count, compact: true)
        for element in self.voters {
            try element.write(to: &buffer, version: version)
        }
        try buffer.writeKafkaArrayCount(self.grantingVoters.count, compact: true)
        for element in self.grantingVoters {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-1.
    package struct Voter: Equatable, Sendable {
        package var voterId: Int32 = 0
        /// The directory id of the voter
        package var voterDirectoryId: KafkaUUID = .zero
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.voterId = try buffer.readKafkaInteger(as: Int32.self)
            if version >= 1 {
                self.voterDirectoryId = try buffer.readKafkaUUID()
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.voterId, as: Int32.self)
            if version >= 1 {
                buffer.writeKafkaUUID(self.voterDirectoryId)
            } else if self.voterDirectoryId != .zero {
                throw .fieldNotSupported(field: "voterDirectoryId", message: "LeaderChangeMessage", version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
