// Generated from message/OffsetForLeaderEpochResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// OffsetForLeaderEpochResponse (API key 23), versions 0-4, flexible 4+.
package struct OffsetForLeaderEpochResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .offsetForLeaderEpoch
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Each topic we fetched offsets for.
    package var topics: [OffsetForLeaderTopicResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetForLeaderEpochResponse", version: version)
        }
        let flexible = version >= 4
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [OffsetForLeaderTopicResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try OffsetForLeaderTopicResult(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "OffsetForLeaderEpochResponse", version: version)
        }
        let flexible = version >= 4
        if version >= 2 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("OffsetForLeaderEpochResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct OffsetForLeaderTopicResult: Equatable, Sendable {
        /// The topic name.
        package var topic: String = ""
        /// Each partition in the topic we fetched offsets for.
        package var partitions: [EpochEndOffset] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.topic = try buffer.readKafkaString(compact: flexible, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [EpochEndOffset] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try EpochEndOffset(from: &buffer, version: version))
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
                throw .malformed("OffsetForLeaderEpochResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-4.
    package struct EpochEndOffset: Equatable, Sendable {
        /// The error code 0, or if there was no error.
        package var errorCode: Int16 = 0
        /// The partition index.
        package var partition: Int32 = 0
        /// The leader epoch of the partition.
        package var leaderEpoch: Int32 = -1
        /// The end offset of the epoch.
        package var endOffset: Int64 = -1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.partition = try buffer.readKafkaInteger(as: Int32.self)
            if version >= 1 {
                self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            }
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            buffer.writeInteger(self.errorCode, as: Int16.self)
            buffer.writeInteger(self.partition, as: Int32.self)
            if version >= 1 {
                buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            }
            buffer.writeInteger(self.endOffset, as: Int64.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("OffsetForLeaderEpochResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
