// Generated from message/VoteResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// VoteResponse (API key 52), versions 0-1, flexible 0+.
package struct VoteResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .vote
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    /// The top level error code.
    package var errorCode: Int16 = 0
    package var topics: [TopicData] = []
    /// Endpoints for all current-leaders enumerated in PartitionData
    package var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "VoteResponse", version: version)
        }
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
            throw .unsupportedVersion(message: "VoteResponse", version: version)
        }
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if !(version >= 1) && !self.nodeEndpoints.isEmpty {
            throw .fieldNotSupported(field: "nodeEndpoints", message: "VoteResponse", version: version)
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

    /// Versions 0-1.
    package struct PartitionData: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        package var errorCode: Int16 = 0
        /// The ID of the current leader or -1 if the leader is unknown.
        package var leaderId: Int32 = 0
        /// The latest known leader epoch
        package var leaderEpoch: Int32 = 0
        /// True if the vote was granted and false otherwise
        package var voteGranted: Bool = false
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.voteGranted = try buffer.readKafkaBool()
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            buffer.writeInteger(self.leaderId, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            buffer.writeKafkaBool(self.voteGranted)
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
