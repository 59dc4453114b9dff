// Generated from message/AlterPartitionReassignmentsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AlterPartitionReassignmentsRequest (API key 45), versions 0, flexible 0+.
package struct AlterPartitionReassignmentsRequest: KafkaRequestMessage {
    package typealias Response = AlterPartitionReassignmentsResponse
    package static let apiKey: ApiKey = .alterPartitionReassignments
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The time in ms to wait for the request to complete.
    package var timeoutMs: Int32 = 60000
    /// The topics to reassign.
    package var topics: [ReassignableTopic] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterPartitionReassignmentsRequest", version: version)
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [ReassignableTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ReassignableTopic(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "AlterPartitionReassignmentsRequest", version: version)
        }
        buffer.writeInteger(self.timeoutMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct ReassignableTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The partitions to reassign.
        package var partitions: [ReassignablePartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [ReassignablePartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try ReassignablePartition(from: &buffer, version: version))
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
    package struct ReassignablePartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The replicas to place the partitions on, or null to cancel a pending reassignment for this partition.
        package var replicas: [Int32]? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.replicas = items
            } else {
                self.replicas = nil
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            if let array = self.replicas {
                try buffer.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    buffer.writeInteger(element, as: Int32.self)
                }
            } else {
                try buffer.writeKafkaArrayCount(nil, compact: true)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
