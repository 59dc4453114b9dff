// Generated from message/OffsetDeleteRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// OffsetDeleteRequest (API key 47), versions 0, flexible none.
package struct OffsetDeleteRequest: KafkaRequestMessage {
    package typealias Response = OffsetDeleteResponse
    package static let apiKey: ApiKey = .offsetDelete
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = nil

    /// The unique group identifier.
    package var groupId: String = ""
    /// The topics to delete offsets for
    package var topics: [OffsetDeleteRequestTopic] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetDeleteRequest", version: version)
        }
        self.groupId = try buffer.readKafkaString(compact: false, field: "groupId")
        if let count = try buffer.readKafkaArrayCount(compact: false) {
            var items: [OffsetDeleteRequestTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try OffsetDeleteRequestTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetDeleteRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: false)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: false)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
    }

    /// Versions 0.
    package struct OffsetDeleteRequestTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// Each partition to delete offsets for.
        package var partitions: [OffsetDeleteRequestPartition] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: false, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: false) {
                var items: [OffsetDeleteRequestPartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetDeleteRequestPartition(from: &buffer, version: version))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: false)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: false)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
        }
    }

    /// Versions 0.
    package struct OffsetDeleteRequestPartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
        }
    }
}
