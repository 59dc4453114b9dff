// Generated from message/DescribeTopicPartitionsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeTopicPartitionsRequest (API key 75), versions 0, flexible 0+.
package struct DescribeTopicPartitionsRequest: KafkaRequestMessage {
    package typealias Response = DescribeTopicPartitionsResponse
    package static let apiKey: ApiKey = .describeTopicPartitions
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The topics to fetch details for.
    package var topics: [TopicRequest] = []
    /// The maximum number of partitions included in the response.
    package var responsePartitionLimit: Int32 = 2000
    /// The first topic and partition index to fetch details for.
    package var cursor: Cursor? = nil
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeTopicPartitionsRequest", version: version)
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [TopicRequest] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TopicRequest(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        self.responsePartitionLimit = try buffer.readKafkaInteger(as: Int32.self)
        if try buffer.readKafkaInteger(as: Int8.self) < 0 {
            self.cursor = nil
        } else {
            self.cursor = try Cursor(from: &buffer, version: version)
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeTopicPartitionsRequest", version: version)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeInteger(self.responsePartitionLimit, as: Int32.self)
        if let value = self.cursor {
            buffer.writeInteger(1, as: Int8.self)
            try value.write(to: &buffer, version: version)
        } else {
            buffer.writeInteger(-1, as: Int8.self)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct TopicRequest: Equatable, Sendable {
        /// The topic name
        package var name: String = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct Cursor: Equatable, Sendable {
        /// The name for the first topic to process
        package var topicName: String = ""
        /// The partition index to start with
        package var partitionIndex: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.topicName, compact: true)
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
