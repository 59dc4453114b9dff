// Generated from message/TxnOffsetCommitResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// TxnOffsetCommitResponse (API key 28), versions 0-4, flexible 3+.
package struct TxnOffsetCommitResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .txnOffsetCommit
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 3

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The responses for each topic.
    package var topics: [TxnOffsetCommitResponseTopic] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "TxnOffsetCommitResponse", version: version)
        }
        let flexible = version >= 3
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [TxnOffsetCommitResponseTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TxnOffsetCommitResponseTopic(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "TxnOffsetCommitResponse", version: version)
        }
        let flexible = version >= 3
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("TxnOffsetCommitResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct TxnOffsetCommitResponseTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The responses for each partition in the topic.
        package var partitions: [TxnOffsetCommitResponsePartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [TxnOffsetCommitResponsePartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try TxnOffsetCommitResponsePartition(from: &buffer, version: version))
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
            let flexible = version >= 3
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("TxnOffsetCommitResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-4.
    package struct TxnOffsetCommitResponsePartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("TxnOffsetCommitResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
