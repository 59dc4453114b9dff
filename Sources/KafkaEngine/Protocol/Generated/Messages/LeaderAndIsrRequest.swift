// Generated from message/LeaderAndIsrRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// LeaderAndIsrRequest (API key 4), versions 0-7, flexible 4+.
package struct LeaderAndIsrRequest: KafkaRequestMessage {
    package typealias Response = LeaderAndIsrResponse
    package static let apiKey: ApiKey = .leaderAndIsr
    package static let validVersions: ClosedRange<Int16> = 0...7
    package static let firstFlexibleVersion: Int16? = 4

    /// The current controller ID.
    package var controllerId: Int32 = 0
    /// If KRaft controller id is used during migration. See KIP-866
    package var isKRaftController: Bool = false
    /// The current controller epoch.
    package var controllerEpoch: Int32 = 0
    /// The current broker epoch.
    package var brokerEpoch: Int64 = -1
    /// The type that indicates whether all topics are included in the request
    package var type: Int8 = 0
    /// The state of each partition, in a v0 or v1 message.
    package var ungroupedPartitionStates: [LeaderAndIsrPartitionState] = []
    /// Each topic.
    package var topicStates: [LeaderAndIsrTopicState] = []
    /// The current live leaders.
    package var liveLeaders: [LeaderAndIsrLiveLeader] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "LeaderAndIsrRequest", version: version)
        }
        let flexible = version >= 4
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 7 {
            self.isKRaftController = try buffer.readKafkaBool()
        }
        self.controllerEpoch = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 2 {
            self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
        }
        if version >= 5 {
            self.type = try buffer.readKafkaInteger(as: Int8.self)
        }
        if version <= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [LeaderAndIsrPartitionState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try LeaderAndIsrPartitionState(from: &buffer, version: version))
                }
                self.ungroupedPartitionStates = items
            } else {
                throw .unexpectedNull(field: "ungroupedPartitionStates")
            }
        }
        if version >= 2 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [LeaderAndIsrTopicState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try LeaderAndIsrTopicState(from: &buffer, version: version))
                }
                self.topicStates = items
            } else {
                throw .unexpectedNull(field: "topicStates")
            }
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [LeaderAndIsrLiveLeader] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try LeaderAndIsrLiveLeader(from: &buffer, version: version))
            }
            self.liveLeaders = items
        } else {
            throw .unexpectedNull(field: "liveLeaders")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "LeaderAndIsrRequest", version: version)
        }
        let flexible = version >= 4
        buffer.writeInteger(self.controllerId, as: Int32.self)
        if version >= 7 {
            buffer.writeKafkaBool(self.isKRaftController)
        } else if self.isKRaftController != false {
            throw .fieldNotSupported(field: "isKRaftController", message: "LeaderAndIsrRequest", version: version)
        }
        buffer.writeInteger(self.controllerEpoch, as: Int32.self)
        if version >= 2 {
            buffer.writeInteger(self.brokerEpoch, as: Int64.self)
        }
        if version >= 5 {
            buffer.writeInteger(self.type, as: Int8.self)
        } else if self.type != 0 {
            throw .fieldNotSupported(field: "type", message: "LeaderAndIsrRequest", version: version)
        }
        if version <= 1 {
            try buffer.writeKafkaArrayCount(self.ungroupedPartitionStates.count, compact: flexible)
            for element in self.ungroupedPartitionStates {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.ungroupedPartitionStates.isEmpty {
            throw .fieldNotSupported(field: "ungroupedPartitionStates", message: "LeaderAndIsrRequest", version: version)
        }
        if version >= 2 {
            try buffer.writeKafkaArrayCount(self.topicStates.count, compact: flexible)
            for element in self.topicStates {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.topicStates.isEmpty {
            throw .fieldNotSupported(field: "topicStates", message: "LeaderAndIsrRequest", version: version)
        }
        try buffer.writeKafkaArrayCount(self.liveLeaders.count, compact: flexible)
        for element in self.liveLeaders {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("LeaderAndIsrRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 2-7.
    package struct LeaderAndIsrTopicState: Equatable, Sendable {
        /// The topic name.
        package var topicName: String = ""
        /// The unique topic ID.
        package var topicId: KafkaUUID = .zero
        /// The state of each partition
        package var partitionStates: [LeaderAndIsrPartitionState] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.topicName = try buffer.readKafkaString(compact: flexible, field: "topicName")
            if version >= 5 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [LeaderAndIsrPartitionState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try LeaderAndIsrPartitionState(from: &buffer, version: version))
                }
                self.partitionStates = items
            } else {
                throw .unexpectedNull(field: "partitionStates")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            try buffer.writeKafkaString(self.topicName, compact: flexible)
            if version >= 5 {
                buffer.writeKafkaUUID(self.topicId)
            }
            try buffer.writeKafkaArrayCount(self.partitionStates.count, compact: flexible)
            for element in self.partitionStates {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("LeaderAndIsrRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-7.
    package struct LeaderAndIsrLiveLeader: Equatable, Sendable {
        /// The leader's broker ID.
        package var brokerId: Int32 = 0
        /// The leader's hostname.
        package var hostName: String = ""
        /// The leader's port.
        package var port: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
            self.hostName = try buffer.readKafkaString(compact: flexible, field: "hostName")
            self.port = try buffer.readKafkaInteger(as: Int32.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            buffer.writeInteger(self.brokerId, as: Int32.self)
            try buffer.writeKafkaString(self.hostName, compact: flexible)
            buffer.writeInteger(self.port, as: Int32.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("LeaderAndIsrRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-7.
    package struct LeaderAndIsrPartitionState: Equatable, Sendable {
        /// The topic name.  This is only present in v0 or v1.
        package var topicName: String = ""
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The controller epoch.
        package var controllerEpoch: Int32 = 0
        /// The broker ID of the leader.
        package var leader: Int32 = 0
        /// The leader epoch.
        package var leaderEpoch: Int32 = 0
        /// The in-sync replica IDs.
        package var isr: [Int32] = []
        /// The current epoch for the partition. The epoch is a monotonically increasing value which is incremented after every partition change. (Since the LeaderAndIsr request is only used by the legacy controller, this corresponds to the zkVersion)
        package var partitionEpoch: Int32 = 0
        /// The replica IDs.
        package var replicas: [Int32] = []
        /// The replica IDs that we are adding this partition to, or null if no replicas are being added.
        package var addingReplicas: [Int32] = []
        /// The replica IDs that we are removing this partition from, or null if no replicas are being removed.
        package var removingReplicas: [Int32] = []
        /// Whether the replica should have existed on the broker or not.
        package var isNew: Bool = false
        /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
        package var leaderRecoveryState: Int8 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            if version <= 1 {
                self.topicName = try buffer.readKafkaString(compact: flexible, field: "topicName")
            }
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.controllerEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.leader = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.isr = items
            } else {
                throw .unexpectedNull(field: "isr")
            }
            self.partitionEpoch = try buffer.readKafkaInteger(as: Int32.self)
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.replicas = items
            } else {
                throw .unexpectedNull(field: "replicas")
            }
            if version >= 3 {
                if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                    var items: [Int32] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try buffer.readKafkaInteger(as: Int32.self))
                    }
                    self.addingReplicas = items
                } else {
                    throw .unexpectedNull(field: "addingReplicas")
                }
            }
            if version >= 3 {
                if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                    var items: [Int32] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try buffer.readKafkaInteger(as: Int32.self))
                    }
                    self.removingReplicas = items
                } else {
                    throw .unexpectedNull(field: "removingReplicas")
                }
            }
            if version >= 1 {
                self.isNew = try buffer.readKafkaBool()
            }
            if version >= 6 {
                self.leaderRecoveryState = try buffer.readKafkaInteger(as: Int8.self)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            if version <= 1 {
                try buffer.writeKafkaString(self.topicName, compact: flexible)
            }
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.controllerEpoch, as: Int32.self)
            buffer.writeInteger(self.leader, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            try buffer.writeKafkaArrayCount(self.isr.count, compact: flexible)
            for element in self.isr {
                buffer.writeInteger(element, as: Int32.self)
            }
            buffer.writeInteger(self.partitionEpoch, as: Int32.self)
            try buffer.writeKafkaArrayCount(self.replicas.count, compact: flexible)
            for element in self.replicas {
                buffer.writeInteger(element, as: Int32.self)
            }
            if version >= 3 {
                try buffer.writeKafkaArrayCount(self.addingReplicas.count, compact: flexible)
                for element in self.addingReplicas {
                    buffer.writeInteger(element, as: Int32.self)
                }
            }
            if version >= 3 {
                try buffer.writeKafkaArrayCount(self.removingReplicas.count, compact: flexible)
                for element in self.removingReplicas {
                    buffer.writeInteger(element, as: Int32.self)
                }
            }
            if version >= 1 {
                buffer.writeKafkaBool(self.isNew)
            }
            if version >= 6 {
                buffer.writeInteger(self.leaderRecoveryState, as: Int8.self)
            } else if self.leaderRecoveryState != 0 {
                throw .fieldNotSupported(field: "leaderRecoveryState", message: "LeaderAndIsrRequest", version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("LeaderAndIsrRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
