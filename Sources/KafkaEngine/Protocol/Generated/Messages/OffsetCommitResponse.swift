// Generated from message/OffsetCommitResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// OffsetCommitResponse (API key 8), versions 0-9, flexible 8+.
package struct OffsetCommitResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .offsetCommit
    package static let validVersions: ClosedRange<Int16> = 0...9
    package static let firstFlexibleVersion: Int16? = 8

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The responses for each topic.
    package var topics: [OffsetCommitResponseTopic] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetCommitResponse", version: version)
        }
        let flexible = version >= 8
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [OffsetCommitResponseTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try OffsetCommitResponseTopic(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "OffsetCommitResponse", version: version)
        }
        let flexible = version >= 8
        if version >= 3 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("OffsetCommitResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-9.
    package struct OffsetCommitResponseTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The responses for each partition in the topic.
        package var partitions: [OffsetCommitResponsePartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 8
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [OffsetCommitResponsePartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetCommitResponsePartition(from: &buffer, version: version))
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
            let flexible = version >= 8
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("OffsetCommitResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-9.
    package struct OffsetCommitResponsePartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 8
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 8
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("OffsetCommitResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
