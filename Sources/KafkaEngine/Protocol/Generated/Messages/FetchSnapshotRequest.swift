// Generated from message/FetchSnapshotRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// FetchSnapshotRequest (API key 59), versions 0-1, flexible 0+.
package struct FetchSnapshotRequest: KafkaRequestMessage {
    package typealias Response = FetchSnapshotResponse
    package static let apiKey: ApiKey = .fetchSnapshot
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    /// The clusterId if known, this is used to validate metadata fetches prior to broker registration
    package var clusterId: String? = nil
    /// The broker ID of the follower
    package var replicaId: Int32 = -1
    /// The maximum bytes to fetch from all of the snapshots
    package var maxBytes: Int32 = 0x7fffffff
    /// The topics to fetch
    package var topics: [TopicSnapshot] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FetchSnapshotRequest", version: version)
        }
        self.replicaId = try buffer.readKafkaInteger(as: Int32.self)
        self.maxBytes = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [TopicSnapshot] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TopicSnapshot(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            switch tag {
            case 0:
                self.clusterId = try field.readKafkaNullableString(compact: true)
            default:
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FetchSnapshotRequest", version: version)
        }
        buffer.writeInteger(self.replicaId, as: Int32.self)
        buffer.writeInteger(self.maxBytes, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        var taggedFields: [RawTaggedField] = []
        if self.clusterId != nil {
            var field = ByteBuffer()
            try field.writeKafkaString(self.clusterId, compact: true)
            taggedFields.append(RawTaggedField(tag: 0, data: field))
        }
        buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
    }

    /// Versions 0-1.
    package struct TopicSnapshot: Equatable, Sendable {
        /// The name of the topic to fetch
        package var name: String = ""
        /// The partitions to fetch
        package var partitions: [PartitionSnapshot] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [PartitionSnapshot] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try PartitionSnapshot(from: &buffer, version: version))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0-1.
    package struct PartitionSnapshot: Equatable, Sendable {
        /// The partition index
        package var partition: Int32 = 0
        /// The current leader epoch of the partition, -1 for unknown leader epoch
        package var currentLeaderEpoch: Int32 = 0
        /// The snapshot endOffset and epoch to fetch
        package var snapshotId: SnapshotId = SnapshotId()
        /// The byte position within the snapshot to start fetching from
        package var position: Int64 = 0
        /// The directory id of the follower fetching
        package var replicaDirectoryId: KafkaUUID = .zero
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partition = try buffer.readKafkaInteger(as: Int32.self)
            self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.snapshotId = try SnapshotId(from: &buffer, version: version)
            self.position = try buffer.readKafkaInteger(as: Int64.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                switch tag {
                case 0 where version >= 1:
                    self.replicaDirectoryId = try field.readKafkaUUID()
                default:
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partition, as: Int32.self)
            buffer.writeInteger(self.currentLeaderEpoch, as: Int32.self)
            try self.snapshotId.write(to: &buffer, version: version)
            buffer.writeInteger(self.position, as: Int64.self)
            var taggedFields: [RawTaggedField] = []
            if version >= 1 && self.replicaDirectoryId != .zero {
                var field = ByteBuffer()
                field.writeKafkaUUID(self.replicaDirectoryId)
                taggedFields.append(RawTaggedField(tag: 0, data: field))
            }
            buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0-1.
    package struct SnapshotId: Equatable, Sendable {
        package var endOffset: Int64 = 0
        package var epoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self)
            self.epoch = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.endOffset, as: Int64.self)
            buffer.writeInteger(self.epoch, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
