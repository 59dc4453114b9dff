// Generated from message/BeginQuorumEpochRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// BeginQuorumEpochRequest (API key 53), versions 0-1, flexible 1+.
package struct BeginQuorumEpochRequest: KafkaRequestMessage {
    package typealias Response = BeginQuorumEpochResponse
    package static let apiKey: ApiKey = .beginQuorumEpoch
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    package var clusterId: String? = nil
    /// The replica id of the voter receiving the request
    package var voterId: Int32 = -1
    package var topics: [TopicData] = []
    /// Endpoints for the leader
    package var leaderEndpoints: [LeaderEndpoint] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BeginQuorumEpochRequest", version: version)
        }
        let flexible = version >= 1
        self.clusterId = try buffer.readKafkaNullableString(compact: flexible)
        if version >= 1 {
            self.voterId = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [TopicData] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TopicData(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [LeaderEndpoint] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try LeaderEndpoint(from: &buffer, version: version))
                }
                self.leaderEndpoints = items
            } else {
                throw .unexpectedNull(field: "leaderEndpoints")
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
            throw .unsupportedVersion(message: "BeginQuorumEpochRequest", version: version)
        }
        let flexible = version >= 1
        try buffer.writeKafkaString(self.clusterId, compact: flexible)
        if version >= 1 {
            buffer.writeInteger(self.voterId, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if version >= 1 {
            try buffer.writeKafkaArrayCount(self.leaderEndpoints.count, compact: flexible)
            for element in self.leaderEndpoints {
                try element.write(to: &buffer, version: version)
            }
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("BeginQuorumEpochRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-1.
    package struct TopicData: Equatable, Sendable {
        /// The topic name
        package var topicName: String = ""
        package var partitions: [PartitionData] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.topicName = try buffer.readKafkaString(compact: flexible, field: "topicName")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [PartitionData] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try PartitionData(from: &buffer, version: version))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            try buffer.writeKafkaString(self.topicName, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("BeginQuorumEpochRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-1.
    package struct PartitionData: Equatable, Sendable {
        /// The partition index
        package var partitionIndex: Int32 = 0
        /// The directory id of the receiving replica
        package var voterDirectoryId: KafkaUUID = .zero
        /// The ID of the newly elected leader
        package var leaderId: Int32 = 0
        /// The epoch of the newly elected leader
        package var leaderEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            if version >= 1 {
                self.voterDirectoryId = try buffer.readKafkaUUID()
            }
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            if version >= 1 {
                buffer.writeKafkaUUID(self.voterDirectoryId)
            }
            buffer.writeInteger(self.leaderId, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("BeginQuorumEpochRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 1.
    package struct LeaderEndpoint: Equatable, Sendable {
        /// The name of the endpoint
        package var name: String = ""
        /// The node's hostname
        package var host: String = ""
        /// The node's port
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
}
