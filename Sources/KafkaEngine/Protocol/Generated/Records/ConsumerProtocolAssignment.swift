// Generated from message/ConsumerProtocolAssignment.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ConsumerProtocolAssignment, a record schema, versions 0-3, flexible none.
package struct ConsumerProtocolAssignment: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = nil

    package var assignedPartitions: [TopicPartition] = []
    package var userData: ByteBuffer? = nil

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ConsumerProtocolAssignment", version: version)
        }
        if let count = try buffer.readKafkaArrayCount(compact: false) {
            var items: [TopicPartition] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TopicPartition(from: &buffer, version: version))
            }
            self.assignedPartitions = items
        } else {
            throw .unexpectedNull(field: "assignedPartitions")
        }
        self.userData = try buffer.readKafkaNullableBytes(compact: false)
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ConsumerProtocolAssignment", version: version)
        }
        try buffer.writeKafkaArrayCount(self.assignedPartitions.count, compact: false)
        for element in self.assignedPartitions {
            try element.write(to: &buffer, version: version)
        }
        try buffer.writeKafkaBytes(self.userData, compact: false)
    }

    /// Versions 0-3.
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
