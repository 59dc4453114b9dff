// Generated from message/UpdateMetadataRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// UpdateMetadataRequest (API key 6), versions 0-8, flexible 6+.
package struct UpdateMetadataRequest: KafkaRequestMessage {
    package typealias Response = UpdateMetadataResponse
    package static let apiKey: ApiKey = .updateMetadata
    package static let validVersions: ClosedRange<Int16> = 0...8
    package static let firstFlexibleVersion: Int16? = 6

    /// The controller id.
    package var controllerId: Int32 = 0
    /// If KRaft controller id is used during migration. See KIP-866
    package var isKRaftController: Bool = false
    /// Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866
    package var type: Int8 = 0
    /// The controller epoch.
    package var controllerEpoch: Int32 = 0
    /// The broker epoch.
    package var brokerEpoch: Int64 = -1
    /// In older versions of this RPC, each partition that we would like to update.
    package var ungroupedPartitionStates: [UpdateMetadataPartitionState] = []
    /// In newer versions of this RPC, each topic that we would like to update.
    package var topicStates: [UpdateMetadataTopicState] = []
    package var liveBrokers: [UpdateMetadataBroker] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateMetadataRequest", version: version)
        }
        let flexible = version >= 6
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 8 {
            self.isKRaftController = try buffer.readKafkaBool()
        }
        self.controllerEpoch = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 5 {
            self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
        }
        if version <= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [UpdateMetadataPartitionState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try UpdateMetadataPartitionState(from: &buffer, version: version))
                }
                self.ungroupedPartitionStates = items
            } else {
                throw .unexpectedNull(field: "ungroupedPartitionStates")
            }
        }
        if version >= 5 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [UpdateMetadataTopicState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try UpdateMetadataTopicState(from: &buffer, version: version))
                }
                self.topicStates = items
            } else {
                throw .unexpectedNull(field: "topicStates")
            }
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [UpdateMetadataBroker] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try UpdateMetadataBroker(from: &buffer, version: version))
            }
            self.liveBrokers = items
        } else {
            throw .unexpectedNull(field: "liveBrokers")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                switch tag {
                case 0 where version >= 8:
                    self.type = try field.readKafkaInteger(as: Int8.self)
                default:
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateMetadataRequest", version: version)
        }
        let flexible = version >= 6
        buffer.writeInteger(self.controllerId, as: Int32.self)
        if version >= 8 {
            buffer.writeKafkaBool(self.isKRaftController)
        } else if self.isKRaftController != false {
            throw .fieldNotSupported(field: "isKRaftController", message: "UpdateMetadataRequest", version: version)
        }
        if !(version >= 8) && self.type != 0 {
            throw .fieldNotSupported(field: "type", message: "UpdateMetadataRequest", version: version)
        }
        buffer.writeInteger(self.controllerEpoch, as: Int32.self)
        if version >= 5 {
            buffer.writeInteger(self.brokerEpoch, as: Int64.self)
        }
        if version <= 4 {
            try buffer.writeKafkaArrayCount(self.ungroupedPartitionStates.count, compact: flexible)
            for element in self.ungroupedPartitionStates {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.ungroupedPartitionStates.isEmpty {
            throw .fieldNotSupported(field: "ungroupedPartitionStates", message: "UpdateMetadataRequest", version: version)
        }
        if version >= 5 {
            try buffer.writeKafkaArrayCount(self.topicStates.count, compact: flexible)
            for element in self.topicStates {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.topicStates.isEmpty {
            throw .fieldNotSupported(field: "topicStates", message: "UpdateMetadataRequest", version: version)
        }
        try buffer.writeKafkaArrayCount(self.liveBrokers.count, compact: flexible)
        for element in self.liveBrokers {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            var taggedFields: [RawTaggedField] = []
            if version >= 8 && self.type != 0 {
                var field = ByteBuffer()
                field.writeInteger(self.type, as: Int8.self)
                taggedFields.append(RawTaggedField(tag: 0, data: field))
            }
            buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("UpdateMetadataRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 5-8.
    package struct UpdateMetadataTopicState: Equatable, Sendable {
        /// The topic name.
        package var topicName: String = ""
        /// The topic id.
        package var topicId: KafkaUUID = .zero
        /// The partition that we would like to update.
        package var partitionStates: [UpdateMetadataPartitionState] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.topicName = try buffer.readKafkaString(compact: flexible, field: "topicName")
            if version >= 7 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [UpdateMetadataPartitionState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try UpdateMetadataPartitionState(from: &buffer, version: version))
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
            let flexible = version >= 6
            try buffer.writeKafkaString(self.topicName, compact: flexible)
            if version >= 7 {
                buffer.writeKafkaUUID(self.topicId)
            }
            try buffer.writeKafkaArrayCount(self.partitionStates.count, compact: flexible)
            for element in self.partitionStates {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("UpdateMetadataRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-8.
    package struct UpdateMetadataBroker: Equatable, Sendable {
        /// The broker id.
        package var id: Int32 = 0
        /// The broker hostname.
        package var v0Host: String = ""
        /// The broker port.
        package var v0Port: Int32 = 0
        /// The broker endpoints.
        package var endpoints: [UpdateMetadataEndpoint] = []
        /// The rack which this broker belongs to.
        package var rack: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.id = try buffer.readKafkaInteger(as: Int32.self)
            if version <= 0 {
                self.v0Host = try buffer.readKafkaString(compact: flexible, field: "v0Host")
            }
            if version <= 0 {
                self.v0Port = try buffer.readKafkaInteger(as: Int32.self)
            }
            if version >= 1 {
                if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                    var items: [UpdateMetadataEndpoint] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try UpdateMetadataEndpoint(from: &buffer, version: version))
                    }
                    self.endpoints = items
                } else {
                    throw .unexpectedNull(field: "endpoints")
                }
            }
            if version >= 2 {
                self.rack = try buffer.readKafkaNullableString(compact: flexible)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            buffer.writeInteger(self.id, as: Int32.self)
            if version <= 0 {
                try buffer.writeKafkaString(self.v0Host, compact: flexible)
            }
            if version <= 0 {
                buffer.writeInteger(self.v0Port, as: Int32.self)
            }
            if version >= 1 {
                try buffer.writeKafkaArrayCount(self.endpoints.count, compact: flexible)
                for element in self.endpoints {
                    try element.write(to: &buffer, version: version)
                }
            }
            if version >= 2 {
                try buffer.writeKafkaString(self.rack, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("UpdateMetadataRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 1-8.
    package struct UpdateMetadataEndpoint: Equatable, Sendable {
        /// The port of this endpoint
        package var port: Int32 = 0
        /// The hostname of this endpoint
        package var host: String = ""
        /// The listener name.
        package var listener: String = ""
        /// The security protocol type.
        package var securityProtocol: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.port = try buffer.readKafkaInteger(as: Int32.self)
            self.host = try buffer.readKafkaString(compact: flexible, field: "host")
            if version >= 3 {
                self.listener = try buffer.readKafkaString(compact: flexible, field: "listener")
            }
            self.securityProtocol = try buffer.readKafkaInteger(as: Int16.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            buffer.writeInteger(self.port, as: Int32.self)
            try buffer.writeKafkaString(self.host, compact: flexible)
            if version >= 3 {
                try buffer.writeKafkaString(self.listener, compact: flexible)
            }
            buffer.writeInteger(self.securityProtocol, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("UpdateMetadataRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-8.
    package struct UpdateMetadataPartitionState: Equatable, Sendable {
        /// In older versions of this RPC, the topic name.
        package var topicName: String = ""
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The controller epoch.
        package var controllerEpoch: Int32 = 0
        /// The ID of the broker which is the current partition leader.
        package var leader: Int32 = 0
        /// The leader epoch of this partition.
        package var leaderEpoch: Int32 = 0
        /// The brokers which are in the ISR for this partition.
        package var isr: [Int32] = []
        /// The Zookeeper version.
        package var zkVersion: Int32 = 0
        /// All the replicas of this partition.
        package var replicas: [Int32] = []
        /// The replicas of this partition which are offline.
        package var offlineReplicas: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            if version <= 4 {
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
            self.zkVersion = try buffer.readKafkaInteger(as: Int32.self)
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
            if version >= 4 {
                if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                    var items: [Int32] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try buffer.readKafkaInteger(as: Int32.self))
                    }
                    self.offlineReplicas = items
                } else {
                    throw .unexpectedNull(field: "offlineReplicas")
                }
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            if version <= 4 {
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
            buffer.writeInteger(self.zkVersion, as: Int32.self)
            try buffer.writeKafkaArrayCount(self.replicas.count, compact: flexible)
            for element in self.replicas {
                buffer.writeInteger(element, as: Int32.self)
            }
            if version >= 4 {
                try buffer.writeKafkaArrayCount(self.offlineReplicas.count, compact: flexible)
                for element in self.offlineReplicas {
                    buffer.writeInteger(element, as: Int32.self)
                }
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("UpdateMetadataRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
