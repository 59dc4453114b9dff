// Generated from message/FetchSnapshotResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// FetchSnapshotResponse (API key 59), versions 0-1, flexible 0+.
package struct FetchSnapshotResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .fetchSnapshot
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    package var errorCode: Int16 = 0
    /// The topics to fetch.
    package var topics: [TopicSnapshot] = []
    /// Endpoints for all current-leaders enumerated in PartitionSnapshot
    package var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FetchSnapshotResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
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
            case 0 where version >= 1:
                if let count = try field.readKafkaArrayCount(compact: true) {
                    var items: [NodeEndpoint] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try NodeEndpoint(from: &field, version: version))
                    }
                    self.nodeEndpoints = items
                } else {
                    throw .unexpectedNull(field: "nodeEndpoints")
                }
            default:
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FetchSnapshotResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if !(version >= 1) && !self.nodeEndpoints.isEmpty {
            throw .fieldNotSupported(field: "nodeEndpoints", message: "FetchSnapshotResponse", version: version)
        }
        var taggedFields: [RawTaggedField] = []
        if version >= 1 && !self.nodeEndpoints.isEmpty {
            var field = ByteBuffer()
            try field.writeKafkaArrayCount(self.nodeEndpoints.count, compact: true)
            for element in self.nodeEndpoints {
                try element.write(to: &field, version: version)
            }
            taggedFields.append(RawTaggedField(tag: 0, data: field))
        }
        buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
    }

    /// Versions 0-1.
    package struct TopicSnapshot: Equatable, Sendable {
        /// The name of the topic to fetch.
        package var name: String = ""
        /// The partitions to fetch.
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
        /// The partition index.
        package var index: Int32 = 0
        /// The error code, or 0 if there was no fetch error.
        package var errorCode: Int16 = 0
        /// The snapshot endOffset and epoch fetched
        package var snapshotId: SnapshotId = SnapshotId()
        package var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// The total size of the snapshot.
        package var size: Int64 = 0
        /// The starting byte position within the snapshot included in the Bytes field.
        package var position: Int64 = 0
        /// Snapshot data in records format which may not be aligned on an offset boundary
        package var unalignedRecords: ByteBuffer = ByteBuffer()
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.index = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.snapshotId = try SnapshotId(from: &buffer, version: version)
            self.size = try buffer.readKafkaInteger(as: Int64.self)
            self.position = try buffer.readKafkaInteger(as: Int64.self)
            self.unalignedRecords = try buffer.readKafkaBytes(compact: true, field: "unalignedRecords")
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                switch tag {
                case 0:
                    self.currentLeader = try LeaderIdAndEpoch(from: &field, version: version)
                default:
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.index, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try self.snapshotId.write(to: &buffer, version: version)
            buffer.writeInteger(self.size, as: Int64.self)
            buffer.writeInteger(self.position, as: Int64.self)
            try buffer.writeKafkaBytes(self.unalignedRecords, compact: true)
            var taggedFields: [RawTaggedField] = []
            if self.currentLeader != LeaderIdAndEpoch() {
                var field = ByteBuffer()
                try self.currentLeader.write(to: &field, version: version)
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

    /// Versions 0-1.
    package struct LeaderIdAndEpoch: Equatable, Sendable {
        /// The ID of the current leader or -1 if the leader is unknown.
        package var leaderId: Int32 = 0
        /// The latest known leader epoch
        package var leaderEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.leaderId, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 1.
    package struct NodeEndpoint: Equatable, Sendable {
        /// The ID of the associated node
        package var nodeId: Int32 = 0
        /// The node's hostname
        package var host: String = ""
        /// The node's port
        package var port: UInt16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self)
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.nodeId, as: Int32.self)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, as: UInt16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
