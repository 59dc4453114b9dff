// Generated from message/AlterPartitionResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AlterPartitionResponse (API key 56), versions 0-3, flexible 0+.
package struct AlterPartitionResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .alterPartition
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The top level response error code
    package var errorCode: Int16 = 0
    package var topics: [TopicData] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterPartitionResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
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
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterPartitionResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-3.
    package struct TopicData: Equatable, Sendable {
        /// The name of the topic
        package var topicName: String = ""
        /// The ID of the topic
        package var topicId: KafkaUUID = .zero
        package var partitions: [PartitionData] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            if version <= 1 {
                self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            }
            if version >= 2 {
                self.topicId = try buffer.readKafkaUUID()
            }
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
            if version <= 1 {
                try buffer.writeKafkaString(self.topicName, compact: true)
            }
            if version >= 2 {
                buffer.writeKafkaUUID(self.topicId)
            }
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0-3.
    package struct PartitionData: Equatable, Sendable {
        /// The partition index
        package var partitionIndex: Int32 = 0
        /// The partition level error code
        package var errorCode: Int16 = 0
        /// The broker ID of the leader.
        package var leaderId: Int32 = 0
        /// The leader epoch.
        package var leaderEpoch: Int32 = 0
        /// The in-sync replica IDs.
        package var isr: [Int32] = []
        /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
        package var leaderRecoveryState: Int8 = 0
        /// The current epoch for the partition for KRaft controllers. The current ZK version for the legacy controllers.
        package var partitionEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.isr = items
            } else {
                throw .unexpectedNull(field: "isr")
            }
            if version >= 1 {
                self.leaderRecoveryState = try buffer.readKafkaInteger(as: Int8.self)
            }
            self.partitionEpoch = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            buffer.writeInteger(self.leaderId, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            try buffer.writeKafkaArrayCount(self.isr.count, compact: true)
            for element in self.isr {
                buffer.writeInteger(element, as: Int32.self)
            }
            if version >= 1 {
                buffer.writeInteger(self.leaderRecoveryState, as: Int8.self)
            }
            buffer.writeInteger(self.partitionEpoch, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
