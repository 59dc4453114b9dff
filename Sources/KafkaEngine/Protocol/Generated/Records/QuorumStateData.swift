// Generated from metadata/QuorumStateData.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// QuorumStateData, a record schema, versions 0-1, flexible 0+.
package struct QuorumStateData: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    package var clusterId: String = ""
    package var leaderId: Int32 = -1
    package var leaderEpoch: Int32 = -1
    package var votedId: Int32 = -1
    package var votedDirectoryId: KafkaUUID = .zero
    package var appliedOffset: Int64 = 0
    package var currentVoters: [Voter]? = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "QuorumStateData", version: version)
        }
        if version <= 0 {
            self.clusterId = try buffer.readKafkaString(compact: true, field: "clusterId")
        }
        self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
        self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
        self.votedId = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 1 {
            self.votedDirectoryId = try buffer.readKafkaUUID()
        }
        if version <= 0 {
            self.appliedOffset = try buffer.readKafkaInteger(as: Int64.self)
        }
        if version <= 0 {
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Voter] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try Voter(from: &buffer, version: version))
                }
                self.currentVoters = items
            } else {
                self.currentVoters = nil
            }
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "QuorumStateData", version: version)
        }
        if version <= 0 {
            try buffer.writeKafkaString(self.clusterId, compact: true)
        } else if self.clusterId != "" {
            throw .fieldNotSupported(field: "clusterId", message: "QuorumStateData", version: version)
        }
        buffer.writeInteger(self.leaderId, as: Int32.self)
        buffer.writeInteger(self.leaderEpoch, as: Int32.self)
        buffer.writeInteger(self.votedId, as: Int32.self)
        if version >= 1 {
            buffer.writeKafkaUUID(self.votedDirectoryId)
        } else if self.votedDirectoryId != .zero {
            throw .fieldNotSupported(field: "votedDirectoryId", message: "QuorumStateData", version: version)
        }
        if version <= 0 {
            buffer.writeInteger(self.appliedOffset, as: Int64.self)
        } else if self.appliedOffset != 0 {
            throw .fieldNotSupported(field: "appliedOffset", message: "QuorumStateData", version: version)
        }
        if version <= 0 {
            if let array = self.currentVoters {
                try buffer.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    try element.write(to: &buffer, version: version)
                }
            } else {
                try buffer.writeKafkaArrayCount(nil, compact: true)
            }
        } else if self.currentVoters != [] {
            throw .fieldNotSupported(field: "currentVoters", message: "QuorumStateData", version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct Voter: Equatable, Sendable {
        package var voterId: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.voterId = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.voterId, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
