// Generated from message/VoteRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// VoteRequest (API key 52), versions 0-1, flexible 0+.
package struct VoteRequest: KafkaRequestMessage {
    package typealias Response = VoteResponse
    package static let apiKey: ApiKey = .vote
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    package var clusterId: String? = nil
    /// The replica id of the voter receiving the request
    package var voterId: Int32 = -1
    package var topics: [TopicData] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "VoteRequest", version: version)
        }
        self.clusterId = try buffer.readKafkaNullableString(compact: true)
        if version >= 1 {
            self.voterId = try buffer.readKafkaInteger(as: Int32.self)
        }
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
            throw .unsupportedVersion(message: "VoteRequest", version: version)
        }
        try buffer.writeKafkaString(self.clusterId, compact: true)
        if version >= 1 {
            buffer.writeInteger(self.voterId, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
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
        /// The bumped epoch of the candidate sending the request
        package var candidateEpoch: Int32 = 0
        /// The replica id of the voter sending the request
        package var candidateId: Int32 = 0
        /// The directory id of the voter sending the request
        package var candidateDirectoryId: KafkaUUID = .zero
        /// The ID of the voter sending the request
        package var voterDirectoryId: KafkaUUID = .zero
        /// The epoch of the last record written to the metadata log
        package var lastOffsetEpoch: Int32 = 0
        /// The offset of the last record written to the metadata log
        package var lastOffset: Int64 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.candidateEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.candidateId = try buffer.readKafkaInteger(as: Int32.self)
            if version >= 1 {
                self.candidateDirectoryId = try buffer.readKafkaUUID()
            }
            if version >= 1 {
                self.voterDirectoryId = try buffer.readKafkaUUID()
            }
            self.lastOffsetEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.candidateEpoch, as: Int32.self)
            buffer.writeInteger(self.candidateId, as: Int32.self)
            if version >= 1 {
                buffer.writeKafkaUUID(self.candidateDirectoryId)
            }
            if version >= 1 {
                buffer.writeKafkaUUID(self.voterDirectoryId)
            }
            buffer.writeInteger(self.lastOffsetEpoch, as: Int32.self)
            buffer.writeInteger(self.lastOffset, as: Int64.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
