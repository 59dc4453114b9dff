// Generated from message/DescribeQuorumResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeQuorumResponse (API key 55), versions 0-2, flexible 0+.
package struct DescribeQuorumResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeQuorum
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 0

    /// The top level error code.
    package var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    package var errorMessage: String? = ""
    package var topics: [TopicData] = []
    package var nodes: [Node] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeQuorumResponse", version: version)
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if version >= 2 {
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [TopicData] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TopicData(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 2 {
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Node] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try Node(from: &buffer, version: version))
                }
                self.nodes = items
            } else {
                throw .unexpectedNull(field: "nodes")
            }
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeQuorumResponse", version: version)
        }
        buffer.writeInteger(self.errorCode, as: Int16.self)
        if version >= 2 {
            try buffer.writeKafkaString(self.errorMessage, compact: true)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if version >= 2 {
            try buffer.writeKafkaArrayCount(self.nodes.count, compact: true)
            for element in self.nodes {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.nodes.isEmpty {
            throw .fieldNotSupported(field: "nodes", message: "DescribeQuorumResponse", version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-2.
    package struct TopicData: Equatable, Sendable {
        /// The topic name.
        package var topicName: String = ""
        package var partitions: [PartitionData] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [PartitionData] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try PartitionData(from: &buffer, version: version))
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
            try buffer.writeKafkaString(self.topicName, compact: true)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0-2.
    package struct PartitionData: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        package var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        package var errorMessage: String? = ""
        /// The ID of the current leader or -1 if the leader is unknown.
        package var leaderId: Int32 = 0
        /// The latest known leader epoch
        package var leaderEpoch: Int32 = 0
        package var highWatermark: Int64 = 0
        package var currentVoters: [ReplicaState] = []
        package var observers: [ReplicaState] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if version >= 2 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            }
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.highWatermark = try buffer.readKafkaInteger(as: Int64.self)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [ReplicaState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try ReplicaState(from: &buffer, version: version))
                }
                self.currentVoters = items
            } else {
                throw .unexpectedNull(field: "currentVoters")
            }
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [ReplicaState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try ReplicaState(from: &buffer, version: version))
                }
                self.observers = items
            } else {
                throw .unexpectedNull(field: "observers")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if version >= 2 {
                try buffer.writeKafkaString(self.errorMessage, compact: true)
            }
            buffer.writeInteger(self.leaderId, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            buffer.writeInteger(self.highWatermark, as: Int64.self)
            try buffer.writeKafkaArrayCount(self.currentVoters.count, compact: true)
            for element in self.currentVoters {
                try element.write(to: &buffer, version: version)
            }
            try buffer.writeKafkaArrayCount(self.observers.count, compact: true)
            for element in self.observers {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 2.
    package struct Node: Equatable, Sendable {
        /// The ID of the associated node
        package var nodeId: Int32 = 0
        /// The listeners of this controller
        package var listeners: [Listener] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Listener] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try Listener(from: &buffer, version: version))
                }
                self.listeners = items
            } else {
                throw .unexpectedNull(field: "listeners")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.nodeId, as: Int32.self)
            try buffer.writeKafkaArrayCount(self.listeners.count, compact: true)
            for element in self.listeners {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 2.
    package struct Listener: Equatable, Sendable {
        /// The name of the endpoint
        package var name: String = ""
        /// The hostname
        package var host: String = ""
        /// The port
        package var port: UInt16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInteger(as: UInt16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, as: UInt16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0-2.
    package struct ReplicaState: Equatable, Sendable {
        package var replicaId: Int32 = 0
        package var replicaDirectoryId: KafkaUUID = .zero
        /// The last known log end offset of the follower or -1 if it is unknown
        package var logEndOffset: Int64 = 0
        /// The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter
        package var lastFetchTimestamp: Int64 = -1
        /// The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter
        package var lastCaughtUpTimestamp: Int64 = -1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self)
            if version >= 2 {
                self.replicaDirectoryId = try buffer.readKafkaUUID()
            }
            self.logEndOffset = try buffer.readKafkaInteger(as: Int64.self)
            if version >= 1 {
                self.lastFetchTimestamp = try buffer.readKafkaInteger(as: Int64.self)
            }
            if version >= 1 {
                self.lastCaughtUpTimestamp = try buffer.readKafkaInteger(as: Int64.self)
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.replicaId, as: Int32.self)
            if version >= 2 {
                buffer.writeKafkaUUID(self.replicaDirectoryId)
            } else if self.replicaDirectoryId != .zero {
                throw .fieldNotSupported(field: "replicaDirectoryId", message: "DescribeQuorumResponse", version: version)
            }
            buffer.writeInteger(self.logEndOffset, as: Int64.self)
            if version >= 1 {
                buffer.writeInteger(self.lastFetchTimestamp, as: Int64.self)
            }
            if version >= 1 {
                buffer.writeInteger(self.lastCaughtUpTimestamp, as: Int64.self)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
