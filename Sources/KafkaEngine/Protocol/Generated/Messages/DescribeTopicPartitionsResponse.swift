// Generated from message/DescribeTopicPartitionsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeTopicPartitionsResponse (API key 75), versions 0, flexible 0+.
package struct DescribeTopicPartitionsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeTopicPartitions
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Each topic in the response.
    package var topics: [DescribeTopicPartitionsResponseTopic] = []
    /// The next topic and partition index to fetch details for.
    package var nextCursor: Cursor? = nil
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeTopicPartitionsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [DescribeTopicPartitionsResponseTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribeTopicPartitionsResponseTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if try buffer.readKafkaInteger(as: Int8.self) < 0 {
            self.nextCursor = nil
        } else {
            self.nextCursor = try Cursor(from: &buffer, version: version)
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeTopicPartitionsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if let value = self.nextCursor {
            buffer.writeInteger(1, as: Int8.self)
            try value.write(to: &buffer, version: version)
        } else {
            buffer.writeInteger(-1, as: Int8.self)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct DescribeTopicPartitionsResponseTopic: Equatable, Sendable {
        /// The topic error, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The topic name.
        package var name: String? = ""
        /// The topic id.
        package var topicId: KafkaUUID = .zero
        /// True if the topic is internal.
        package var isInternal: Bool = false
        /// Each partition in the topic.
        package var partitions: [DescribeTopicPartitionsResponsePartition] = []
        /// 32-bit bitfield to represent authorized operations for this topic.
        package var topicAuthorizedOperations: Int32 = -2147483648
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.name = try buffer.readKafkaNullableString(compact: true)
            self.topicId = try buffer.readKafkaUUID()
            self.isInternal = try buffer.readKafkaBool()
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [DescribeTopicPartitionsResponsePartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try DescribeTopicPartitionsResponsePartition(from: &buffer, version: version))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            self.topicAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaUUID(self.topicId)
            buffer.writeKafkaBool(self.isInternal)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeInteger(self.topicAuthorizedOperations, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct DescribeTopicPartitionsResponsePartition: Equatable, Sendable {
        /// The partition error, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The ID of the leader broker.
        package var leaderId: Int32 = 0
        /// The leader epoch of this partition.
        package var leaderEpoch: Int32 = -1
        /// The set of all nodes that host this partition.
        package var replicaNodes: [Int32] = []
        /// The set of nodes that are in sync with the leader for this partition.
        package var isrNodes: [Int32] = []
        /// The new eligible leader replicas otherwise.
        package var eligibleLeaderReplicas: [Int32]? = nil
        /// The last known ELR.
        package var lastKnownElr: [Int32]? = nil
        /// The set of offline replicas of this partition.
        package var offlineReplicas: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.replicaNodes = items
            } else {
                throw .unexpectedNull(field: "replicaNodes")
            }
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.isrNodes = items
            } else {
                throw .unexpectedNull(field: "isrNodes")
            }
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.eligibleLeaderReplicas = items
            } else {
                self.eligibleLeaderReplicas = nil
            }
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.lastKnownElr = items
            } else {
                self.lastKnownElr = nil
            }
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.offlineReplicas = items
            } else {
                throw .unexpectedNull(field: "offlineReplicas")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.errorCode, as: Int16.self)
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.leaderId, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            try buffer.writeKafkaArrayCount(self.replicaNodes.count, compact: true)
            for element in self.replicaNodes {
                buffer.writeInteger(element, as: Int32.self)
            }
            try buffer.writeKafkaArrayCount(self.isrNodes.count, compact: true)
            for element in self.isrNodes {
                buffer.writeInteger(element, as: Int32.self)
            }
            if let array = self.eligibleLeaderReplicas {
                try buffer.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    buffer.writeInteger(element, as: Int32.self)
                }
            } else {
                try buffer.writeKafkaArrayCount(nil, compact: true)
            }
            if let array = self.lastKnownElr {
                try buffer.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    buffer.writeInteger(element, as: Int32.self)
                }
            } else {
                try buffer.writeKafkaArrayCount(nil, compact: true)
            }
            try buffer.writeKafkaArrayCount(self.offlineReplicas.count, compact: true)
            for element in self.offlineReplicas {
                buffer.writeInteger(element, as: Int32.self)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct Cursor: Equatable, Sendable {
        /// The name for the first topic to process
        package var topicName: String = ""
        /// The partition index to start with
        package var partitionIndex: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.topicName, compact: true)
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
