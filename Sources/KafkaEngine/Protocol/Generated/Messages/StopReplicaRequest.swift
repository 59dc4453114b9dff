// Generated from message/StopReplicaRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// StopReplicaRequest (API key 5), versions 0-4, flexible 2+.
package struct StopReplicaRequest: KafkaRequestMessage {
    package typealias Response = StopReplicaResponse
    package static let apiKey: ApiKey = .stopReplica
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 2

    /// The controller id.
    package var controllerId: Int32 = 0
    /// If KRaft controller id is used during migration. See KIP-866
    package var isKRaftController: Bool = false
    /// The controller epoch.
    package var controllerEpoch: Int32 = 0
    /// The broker epoch.
    package var brokerEpoch: Int64 = -1
    /// Whether these partitions should be deleted.
    package var deletePartitions: Bool = false
    /// The partitions to stop.
    package var ungroupedPartitions: [StopReplicaPartitionV0] = []
    /// The topics to stop.
    package var topics: [StopReplicaTopicV1] = []
    /// Each topic.
    package var topicStates: [StopReplicaTopicState] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "StopReplicaRequest", version: version)
        }
        let flexible = version >= 2
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 4 {
            self.isKRaftController = try buffer.readKafkaBool()
        }
        self.controllerEpoch = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 1 {
            self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
        }
        if version <= 2 {
            self.deletePartitions = try buffer.readKafkaBool()
        }
        if version <= 0 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [StopReplicaPartitionV0] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try StopReplicaPartitionV0(from: &buffer, version: version))
                }
                self.ungroupedPartitions = items
            } else {
                throw .unexpectedNull(field: "ungroupedPartitions")
            }
        }
        if version >= 1 && version <= 2 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [StopReplicaTopicV1] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try StopReplicaTopicV1(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                throw .unexpectedNull(field: "topics")
            }
        }
        if version >= 3 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [StopReplicaTopicState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try StopReplicaTopicState(from: &buffer, version: version))
                }
                self.topicStates = items
            } else {
                throw .unexpectedNull(field: "topicStates")
            }
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "StopReplicaRequest", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.controllerId, as: Int32.self)
        if version >= 4 {
            buffer.writeKafkaBool(self.isKRaftController)
        } else if self.isKRaftController != false {
            throw .fieldNotSupported(field: "isKRaftController", message: "StopReplicaRequest", version: version)
        }
        buffer.writeInteger(self.controllerEpoch, as: Int32.self)
        if version >= 1 {
            buffer.writeInteger(self.brokerEpoch, as: Int64.self)
        }
        if version <= 2 {
            buffer.writeKafkaBool(self.deletePartitions)
        } else if self.deletePartitions != false {
            throw .fieldNotSupported(field: "deletePartitions", message: "StopReplicaRequest", version: version)
        }
        if version <= 0 {
            try buffer.writeKafkaArrayCount(self.ungroupedPartitions.count, compact: flexible)
            for element in self.ungroupedPartitions {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.ungroupedPartitions.isEmpty {
            throw .fieldNotSupported(field: "ungroupedPartitions", message: "StopReplicaRequest", version: version)
        }
        if version >= 1 && version <= 2 {
            try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.topics.isEmpty {
            throw .fieldNotSupported(field: "topics", message: "StopReplicaRequest", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaArrayCount(self.topicStates.count, compact: flexible)
            for element in self.topicStates {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.topicStates.isEmpty {
            throw .fieldNotSupported(field: "topicStates", message: "StopReplicaRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("StopReplicaRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0.
    package struct StopReplicaPartitionV0: Equatable, Sendable {
        /// The topic name.
        package var topicName: String = ""
        /// The partition index.
        package var partitionIndex: Int32 = 0

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicName = try buffer.readKafkaString(compact: false, field: "topicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.topicName, compact: false)
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
        }
    }

    /// Versions 1-2.
    package struct StopReplicaTopicV1: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The partition indexes.
        package var partitionIndexes: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.partitionIndexes = items
            } else {
                throw .unexpectedNull(field: "partitionIndexes")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitionIndexes.count, compact: flexible)
            for element in self.partitionIndexes {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("StopReplicaRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 3-4.
    package struct StopReplicaTopicState: Equatable, Sendable {
        /// The topic name.
        package var topicName: String = ""
        /// The state of each partition
        package var partitionStates: [StopReplicaPartitionState] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [StopReplicaPartitionState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try StopReplicaPartitionState(from: &buffer, version: version))
                }
                self.partitionStates = items
            } else {
                throw .unexpectedNull(field: "partitionStates")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.topicName, compact: true)
            try buffer.writeKafkaArrayCount(self.partitionStates.count, compact: true)
            for element in self.partitionStates {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 3-4.
    package struct StopReplicaPartitionState: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The leader epoch.
        package var leaderEpoch: Int32 = -1
        /// Whether this partition should be deleted.
        package var deletePartition: Bool = false
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.deletePartition = try buffer.readKafkaBool()
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            buffer.writeKafkaBool(self.deletePartition)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
