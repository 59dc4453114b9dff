// Generated from message/DescribeQuorumRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeQuorumRequest (API key 55), versions 0-2, flexible 0+.
package struct DescribeQuorumRequest: KafkaRequestMessage {
    package typealias Response = DescribeQuorumResponse
    package static let apiKey: ApiKey = .describeQuorum
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 0

    package var topics: [TopicData] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeQuorumRequest", version: version)
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
            throw .unsupportedVersion(message: "DescribeQuorumRequest", version: version)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-2.
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

    /// Versions 0-2.
    package struct PartitionData: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
