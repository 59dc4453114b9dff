// Generated from message/AlterPartitionRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AlterPartitionRequest (API key 56), versions 0-3, flexible 0+.
package struct AlterPartitionRequest: KafkaRequestMessage {
    package typealias Response = AlterPartitionResponse
    package static let apiKey: ApiKey = .alterPartition
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 0

    /// The ID of the requesting broker
    package var brokerId: Int32 = 0
    /// The epoch of the requesting broker
    package var brokerEpoch: Int64 = -1
    package var topics: [TopicData] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterPartitionRequest", version: version)
        }
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
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
            throw .unsupportedVersion(message: "AlterPartitionRequest", version: version)
        }
        buffer.writeInteger(self.brokerId, as: Int32.self)
        buffer.writeInteger(self.brokerEpoch, as: Int64.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-3.
    package struct TopicData: Equatable, Sendable {
        /// The name of the topic to alter ISRs for
        package var topicName: String = ""
        /// The ID of the topic to alter ISRs for
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
        /// The leader epoch of this partition
        package var leaderEpoch: Int32 = 0
        /// The ISR for this partition. Deprecated since version 3.
        package var newIsr: [Int32] = []
        package var newIsrWithEpochs: [BrokerState] = []
        /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
        package var leaderRecoveryState: Int8 = 0
        /// The expected epoch of the partition which is being updated. For legacy cluster this is the ZkVersion in the LeaderAndIsr request.
        package var partitionEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            if version <= 2 {
                if let count = try buffer.readKafkaArrayCount(compact: true) {
                    var items: [Int32] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try buffer.readKafkaInteger(as: Int32.self))
                    }
                    self.newIsr = items
                } else {
                    throw .unexpectedNull(field: "newIsr")
                }
            }
            if version >= 3 {
                if let count = try buffer.readKafkaArrayCount(compact: true) {
                    var items: [BrokerState] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try BrokerState(from: &buffer, version: version))
                    }
                    self.newIsrWithEpochs = items
                } else {
                    throw .unexpectedNull(field: "newIsrWithEpochs")
                }
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
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            if version <= 2 {
                try buffer.writeKafkaArrayCount(self.newIsr.count, compact: true)
                for element in self.newIsr {
                    buffer.writeInteger(element, as: Int32.self)
                }
            } else if !self.newIsr.isEmpty {
                throw .fieldNotSupported(field: "newIsr", message: "AlterPartitionRequest", version: version)
            }
            if version >= 3 {
                try buffer.writeKafkaArrayCount(self.newIsrWithEpochs.count, compact: true)
                for element in self.newIsrWithEpochs {
                    try element.write(to: &buffer, version: version)
                }
            } else if !self.newIsrWithEpochs.isEmpty {
                throw .fieldNotSupported(field: "newIsrWithEpochs", message: "AlterPartitionRequest", version: version)
            }
            if version >= 1 {
                buffer.writeInteger(self.leaderRecoveryState, as: Int8.self)
            } else if self.leaderRecoveryState != 0 {
                throw .fieldNotSupported(field: "leaderRecoveryState", message: "AlterPartitionRequest", version: version)
            }
            buffer.writeInteger(self.partitionEpoch, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 3.
    package struct BrokerState: Equatable, Sendable {
        /// The ID of the broker.
        package var brokerId: Int32 = 0
        /// The epoch of the broker. It will be -1 if the epoch check is not supported.
        package var brokerEpoch: Int64 = -1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
            self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.brokerId, as: Int32.self)
            buffer.writeInteger(self.brokerEpoch, as: Int64.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
