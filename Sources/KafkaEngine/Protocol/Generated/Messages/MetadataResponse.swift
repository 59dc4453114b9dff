// Generated from message/MetadataResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// MetadataResponse (API key 3), versions 0-12, flexible 9+.
package struct MetadataResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .metadata
    package static let validVersions: ClosedRange<Int16> = 0...12
    package static let firstFlexibleVersion: Int16? = 9

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// A list of brokers present in the cluster.
    package var brokers: [MetadataResponseBroker] = []
    /// The cluster ID that responding broker belongs to.
    package var clusterId: String? = nil
    /// The ID of the controller broker.
    package var controllerId: Int32 = -1
    /// Each topic in the response.
    package var topics: [MetadataResponseTopic] = []
    /// 32-bit bitfield to represent authorized operations for this cluster.
    package var clusterAuthorizedOperations: Int32 = -2147483648
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "MetadataResponse", version: version)
        }
        let flexible = version >= 9
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [MetadataResponseBroker] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try MetadataResponseBroker(from: &buffer, version: version))
            }
            self.brokers = items
        } else {
            throw .unexpectedNull(field: "brokers")
        }
        if version >= 2 {
            self.clusterId = try buffer.readKafkaNullableString(compact: flexible)
        }
        if version >= 1 {
            self.controllerId = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [MetadataResponseTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try MetadataResponseTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 8 && version <= 10 {
            self.clusterAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "MetadataResponse", version: version)
        }
        let flexible = version >= 9
        if version >= 3 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.brokers.count, compact: flexible)
        for element in self.brokers {
            try element.write(to: &buffer, version: version)
        }
        if version >= 2 {
            try buffer.writeKafkaString(self.clusterId, compact: flexible)
        }
        if version >= 1 {
            buffer.writeInteger(self.controllerId, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if version >= 8 && version <= 10 {
            buffer.writeInteger(self.clusterAuthorizedOperations, as: Int32.self)
        } else if self.clusterAuthorizedOperations != -2147483648 {
            throw .fieldNotSupported(field: "clusterAuthorizedOperations", message: "MetadataResponse", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("MetadataResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-12.
    package struct MetadataResponseBroker: Equatable, Sendable {
        /// The broker ID.
        package var nodeId: Int32 = 0
        /// The broker hostname.
        package var host: String = ""
        /// The broker port.
        package var port: Int32 = 0
        /// The rack of the broker, or null if it has not been assigned to a rack.
        package var rack: String? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self)
            self.host = try buffer.readKafkaString(compact: flexible, field: "host")
            self.port = try buffer.readKafkaInteger(as: Int32.self)
            if version >= 1 {
                self.rack = try buffer.readKafkaNullableString(compact: flexible)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            buffer.writeInteger(self.nodeId, as: Int32.self)
            try buffer.writeKafkaString(self.host, compact: flexible)
            buffer.writeInteger(self.port, as: Int32.self)
            if version >= 1 {
                try buffer.writeKafkaString(self.rack, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("MetadataResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-12.
    package struct MetadataResponseTopic: Equatable, Sendable {
        /// The topic error, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated.
        package var name: String? = ""
        /// The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated.
        package var topicId: KafkaUUID = .zero
        /// True if the topic is internal.
        package var isInternal: Bool = false
        /// Each partition in the topic.
        package var partitions: [MetadataResponsePartition] = []
        /// 32-bit bitfield to represent authorized operations for this topic.
        package var topicAuthorizedOperations: Int32 = -2147483648
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.name = try buffer.readKafkaNullableString(compact: flexible)
            if self.name == nil && !(version >= 12) { throw .unexpectedNull(field: "name") }
            if version >= 10 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if version >= 1 {
                self.isInternal = try buffer.readKafkaBool()
            }
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [MetadataResponsePartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try MetadataResponsePartition(from: &buffer, version: version))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if version >= 8 {
                self.topicAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if self.name == nil && !(version >= 12) { throw .unexpectedNull(field: "name") }
            try buffer.writeKafkaString(self.name, compact: flexible)
            if version >= 10 {
                buffer.writeKafkaUUID(self.topicId)
            }
            if version >= 1 {
                buffer.writeKafkaBool(self.isInternal)
            }
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            if version >= 8 {
                buffer.writeInteger(self.topicAuthorizedOperations, as: Int32.self)
            } else if self.topicAuthorizedOperations != -2147483648 {
                throw .fieldNotSupported(field: "topicAuthorizedOperations", message: "MetadataResponse", version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("MetadataResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-12.
    package struct MetadataResponsePartition: Equatable, Sendable {
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
        /// The set of offline replicas of this partition.
        package var offlineReplicas: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
            if version >= 7 {
                self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            }
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.replicaNodes = items
            } else {
                throw .unexpectedNull(field: "replicaNodes")
            }
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.isrNodes = items
            } else {
                throw .unexpectedNull(field: "isrNodes")
            }
            if version >= 5 {
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
            let flexible = version >= 9
            buffer.writeInteger(self.errorCode, as: Int16.self)
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.leaderId, as: Int32.self)
            if version >= 7 {
                buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            }
            try buffer.writeKafkaArrayCount(self.replicaNodes.count, compact: flexible)
            for element in self.replicaNodes {
                buffer.writeInteger(element, as: Int32.self)
            }
            try buffer.writeKafkaArrayCount(self.isrNodes.count, compact: flexible)
            for element in self.isrNodes {
                buffer.writeInteger(element, as: Int32.self)
            }
            if version >= 5 {
                try buffer.writeKafkaArrayCount(self.offlineReplicas.count, compact: flexible)
                for element in self.offlineReplicas {
                    buffer.writeInteger(element, as: Int32.self)
                }
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("MetadataResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
