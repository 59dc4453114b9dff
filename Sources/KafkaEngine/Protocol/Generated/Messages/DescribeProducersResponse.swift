// Generated from message/DescribeProducersResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeProducersResponse (API key 61), versions 0, flexible 0+.
package struct DescribeProducersResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeProducers
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Each topic in the response.
    package var topics: [TopicResponse] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeProducersResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [TopicResponse] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TopicResponse(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "DescribeProducersResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct TopicResponse: Equatable, Sendable {
        /// The topic name
        package var name: String = ""
        /// Each partition in the response.
        package var partitions: [PartitionResponse] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [PartitionResponse] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try PartitionResponse(from: &buffer, version: version))
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
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct PartitionResponse: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The partition error message, which may be null if no additional details are available
        package var errorMessage: String? = nil
        package var activeProducers: [ProducerState] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [ProducerState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try ProducerState(from: &buffer, version: version))
                }
                self.activeProducers = items
            } else {
                throw .unexpectedNull(field: "activeProducers")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            try buffer.writeKafkaArrayCount(self.activeProducers.count, compact: true)
            for element in self.activeProducers {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct ProducerState: Equatable, Sendable {
        package var producerId: Int64 = 0
        package var producerEpoch: Int32 = 0
        package var lastSequence: Int32 = -1
        package var lastTimestamp: Int64 = -1
        package var coordinatorEpoch: Int32 = 0
        package var currentTxnStartOffset: Int64 = -1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.producerId = try buffer.readKafkaInteger(as: Int64.self)
            self.producerEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.lastSequence = try buffer.readKafkaInteger(as: Int32.self)
            self.lastTimestamp = try buffer.readKafkaInteger(as: Int64.self)
            self.coordinatorEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.currentTxnStartOffset = try buffer.readKafkaInteger(as: Int64.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.producerId, as: Int64.self)
            buffer.writeInteger(self.producerEpoch, as: Int32.self)
            buffer.writeInteger(self.lastSequence, as: Int32.self)
            buffer.writeInteger(self.lastTimestamp, as: Int64.self)
            buffer.writeInteger(self.coordinatorEpoch, as: Int32.self)
            buffer.writeInteger(self.currentTxnStartOffset, as: Int64.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
