// Generated from message/OffsetForLeaderEpochRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// OffsetForLeaderEpochRequest (API key 23), versions 0-4, flexible 4+.
package struct OffsetForLeaderEpochRequest: KafkaRequestMessage {
    package typealias Response = OffsetForLeaderEpochResponse
    package static let apiKey: ApiKey = .offsetForLeaderEpoch
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 4

    /// The broker ID of the follower, of -1 if this request is from a consumer.
    package var replicaId: Int32 = -2
    /// Each topic to get offsets for.
    package var topics: [OffsetForLeaderTopic] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetForLeaderEpochRequest", version: version)
        }
        let flexible = version >= 4
        if version >= 3 {
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [OffsetForLeaderTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try OffsetForLeaderTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetForLeaderEpochRequest", version: version)
        }
        let flexible = version >= 4
        if version >= 3 {
            buffer.writeInteger(self.replicaId, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("OffsetForLeaderEpochRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct OffsetForLeaderTopic: Equatable, Sendable {
        /// The topic name.
        package var topic: String = ""
        /// Each partition to get offsets for.
        package var partitions: [OffsetForLeaderPartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.topic = try buffer.readKafkaString(compact: flexible, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [OffsetForLeaderPartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetForLeaderPartition(from: &buffer, version: version))
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
            let flexible = version >= 4
            try buffer.writeKafkaString(self.topic, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("OffsetForLeaderEpochRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-4.
    package struct OffsetForLeaderPartition: Equatable, Sendable {
        /// The partition index.
        package var partition: Int32 = 0
        /// An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned.
        package var currentLeaderEpoch: Int32 = -1
        /// The epoch to look up an offset for.
        package var leaderEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.partition = try buffer.readKafkaInteger(as: Int32.self)
            if version >= 2 {
                self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            }
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            buffer.writeInteger(self.partition, as: Int32.self)
            if version >= 2 {
                buffer.writeInteger(self.currentLeaderEpoch, as: Int32.self)
            }
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("OffsetForLeaderEpochRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
