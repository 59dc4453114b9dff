// Generated from message/OffsetDeleteResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// OffsetDeleteResponse (API key 47), versions 0, flexible none.
package struct OffsetDeleteResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .offsetDelete
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = nil

    /// The top-level error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The responses for each topic.
    package var topics: [OffsetDeleteResponseTopic] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetDeleteResponse", version: version)
        }
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: false) {
            var items: [OffsetDeleteResponseTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try OffsetDeleteResponseTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetDeleteResponse", version: version)
        }
        buffer.writeInteger(self.errorCode, as: Int16.self)
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: false)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
    }

    /// Versions 0.
    package struct OffsetDeleteResponseTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The responses for each partition in the topic.
        package var partitions: [OffsetDeleteResponsePartition] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: false, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: false) {
                var items: [OffsetDeleteResponsePartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetDeleteResponsePartition(from: &buffer, version: version))
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
    package struct OffsetDeleteResponsePartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
        }
    }
}
