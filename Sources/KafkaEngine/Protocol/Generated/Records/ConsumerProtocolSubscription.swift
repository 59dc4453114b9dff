// Generated from message/ConsumerProtocolSubscription.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ConsumerProtocolSubscription, a record schema, versions 0-3, flexible none.
package struct ConsumerProtocolSubscription: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = nil

    package var topics: [String] = []
    package var userData: ByteBuffer? = nil
    package var ownedPartitions: [TopicPartition] = []
    package var generationId: Int32 = -1
    package var rackId: String? = nil

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ConsumerProtocolSubscription", version: version)
        }
        if let count = try buffer.readKafkaArrayCount(compact: false) {
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaString(compact: false, field: "topics"))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        self.userData = try buffer.readKafkaNullableBytes(compact: false)
        if version >= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: false) {
                var items: [TopicPartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try TopicPartition(from: &buffer, version: version))
                }
                self.ownedPartitions = items
            } else {
                throw .unexpectedNull(field: "ownedPartitions")
            }
        }
        if version >= 2 {
            self.generationId = try buffer.readKafkaInteger(as: Int32.self)
        }
        if version >= 3 {
            self.rackId = try buffer.readKafkaNullableString(compact: false)
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ConsumerProtocolSubscription", version: version)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: false)
        for element in self.topics {
            try buffer.writeKafkaString(element, compact: false)
        }
        try buffer.writeKafkaBytes(self.userData, compact: false)
        if version >= 1 {
            try buffer.writeKafkaArrayCount(self.ownedPartitions.count, compact: false)
            for element in self.ownedPartitions {
                try element.write(to: &buffer, version: version)
            }
        }
        if version >= 2 {
            buffer.writeInteger(self.generationId, as: Int32.self)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.rackId, compact: false)
        }
    }

    /// Versions 1-3.
    package struct TopicPartition: Equatable, Sendable {
        package var topic: String = ""
        package var partitions: [Int32] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topic = try buffer.readKafkaString(compact: false, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: false) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.topic, compact: false)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: false)
            for element in self.partitions {
                buffer.writeInteger(element, as: Int32.self)
            }
        }
    }
}
