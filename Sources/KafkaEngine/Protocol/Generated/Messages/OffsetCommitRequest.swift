// Generated from message/OffsetCommitRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// OffsetCommitRequest (API key 8), versions 0-9, flexible 8+.
package struct OffsetCommitRequest: KafkaRequestMessage {
    package typealias Response = OffsetCommitResponse
    package static let apiKey: ApiKey = .offsetCommit
    package static let validVersions: ClosedRange<Int16> = 0...9
    package static let firstFlexibleVersion: Int16? = 8

    /// The unique group identifier.
    package var groupId: String = ""
    /// The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol.
    package var generationIdOrMemberEpoch: Int32 = -1
    /// The member ID assigned by the group coordinator.
    package var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    package var groupInstanceId: String? = nil
    /// The time period in ms to retain the offset.
    package var retentionTimeMs: Int64 = -1
    /// The topics to commit offsets for.
    package var topics: [OffsetCommitRequestTopic] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetCommitRequest", version: version)
        }
        let flexible = version >= 8
        self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
        if version >= 1 {
            self.generationIdOrMemberEpoch = try buffer.readKafkaInteger(as: Int32.self)
        }
        if version >= 1 {
            self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
        }
        if version >= 7 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible)
        }
        if version >= 2 && version <= 4 {
            self.retentionTimeMs = try buffer.readKafkaInteger(as: Int64.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [OffsetCommitRequestTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try OffsetCommitRequestTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetCommitRequest", version: version)
        }
        let flexible = version >= 8
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        if version >= 1 {
            buffer.writeInteger(self.generationIdOrMemberEpoch, as: Int32.self)
        }
        if version >= 1 {
            try buffer.writeKafkaString(self.memberId, compact: flexible)
        }
        if version >= 7 {
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
        } else if self.groupInstanceId != nil {
            throw .fieldNotSupported(field: "groupInstanceId", message: "OffsetCommitRequest", version: version)
        }
        if version >= 2 && version <= 4 {
            buffer.writeInteger(self.retentionTimeMs, as: Int64.self)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("OffsetCommitRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-9.
    package struct OffsetCommitRequestTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// Each partition to commit offsets for.
        package var partitions: [OffsetCommitRequestPartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 8
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [OffsetCommitRequestPartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetCommitRequestPartition(from: &buffer, version: version))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 8
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("OffsetCommitRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-9.
    package struct OffsetCommitRequestPartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The message offset to be committed.
        package var committedOffset: Int64 = 0
        /// The leader epoch of this partition.
        package var committedLeaderEpoch: Int32 = -1
        /// The timestamp of the commit.
        package var commitTimestamp: Int64 = -1
        /// Any associated metadata the client wants to keep.
        package var committedMetadata: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 8
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self)
            if version >= 6 {
                self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            }
            if version == 1 {
                self.commitTimestamp = try buffer.readKafkaInteger(as: Int64.self)
            }
            self.committedMetadata = try buffer.readKafkaNullableString(compact: flexible)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 8
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.committedOffset, as: Int64.self)
            if version >= 6 {
                buffer.writeInteger(self.committedLeaderEpoch, as: Int32.self)
            }
            if version == 1 {
                buffer.writeInteger(self.commitTimestamp, as: Int64.self)
            } else if self.commitTimestamp != -1 {
                throw .fieldNotSupported(field: "commitTimestamp", message: "OffsetCommitRequest", version: version)
            }
            try buffer.writeKafkaString(self.committedMetadata, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("OffsetCommitRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
