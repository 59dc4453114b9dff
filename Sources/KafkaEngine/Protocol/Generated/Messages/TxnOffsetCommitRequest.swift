// Generated from message/TxnOffsetCommitRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// TxnOffsetCommitRequest (API key 28), versions 0-4, flexible 3+.
package struct TxnOffsetCommitRequest: KafkaRequestMessage {
    package typealias Response = TxnOffsetCommitResponse
    package static let apiKey: ApiKey = .txnOffsetCommit
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 3

    /// The ID of the transaction.
    package var transactionalId: String = ""
    /// The ID of the group.
    package var groupId: String = ""
    /// The current producer ID in use by the transactional ID.
    package var producerId: Int64 = 0
    /// The current epoch associated with the producer ID.
    package var producerEpoch: Int16 = 0
    /// The generation of the consumer.
    package var generationId: Int32 = -1
    /// The member ID assigned by the group coordinator.
    package var memberId: String = ""
    /// The unique identifier of the consumer instance provided by end user.
    package var groupInstanceId: String? = nil
    /// Each topic that we want to commit offsets for.
    package var topics: [TxnOffsetCommitRequestTopic] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "TxnOffsetCommitRequest", version: version)
        }
        let flexible = version >= 3
        self.transactionalId = try buffer.readKafkaString(compact: flexible, field: "transactionalId")
        self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
        self.producerId = try buffer.readKafkaInteger(as: Int64.self)
        self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self)
        if version >= 3 {
            self.generationId = try buffer.readKafkaInteger(as: Int32.self)
        }
        if version >= 3 {
            self.memberId = try buffer.readKafkaString(compact: flexible, field: "memberId")
        }
        if version >= 3 {
            self.groupInstanceId = try buffer.readKafkaNullableString(compact: flexible)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [TxnOffsetCommitRequestTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TxnOffsetCommitRequestTopic(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "TxnOffsetCommitRequest", version: version)
        }
        let flexible = version >= 3
        try buffer.writeKafkaString(self.transactionalId, compact: flexible)
        try buffer.writeKafkaString(self.groupId, compact: flexible)
        buffer.writeInteger(self.producerId, as: Int64.self)
        buffer.writeInteger(self.producerEpoch, as: Int16.self)
        if version >= 3 {
            buffer.writeInteger(self.generationId, as: Int32.self)
        } else if self.generationId != -1 {
            throw .fieldNotSupported(field: "generationId", message: "TxnOffsetCommitRequest", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.memberId, compact: flexible)
        } else if self.memberId != "" {
            throw .fieldNotSupported(field: "memberId", message: "TxnOffsetCommitRequest", version: version)
        }
        if version >= 3 {
            try buffer.writeKafkaString(self.groupInstanceId, compact: flexible)
        } else if self.groupInstanceId != nil {
            throw .fieldNotSupported(field: "groupInstanceId", message: "TxnOffsetCommitRequest", version: version)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("TxnOffsetCommitRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct TxnOffsetCommitRequestTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The partitions inside the topic that we want to commit offsets for.
        package var partitions: [TxnOffsetCommitRequestPartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [TxnOffsetCommitRequestPartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try TxnOffsetCommitRequestPartition(from: &buffer, version: version))
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
                throw .malformed("TxnOffsetCommitRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-4.
    package struct TxnOffsetCommitRequestPartition: Equatable, Sendable {
        /// The index of the partition within the topic.
        package var partitionIndex: Int32 = 0
        /// The message offset to be committed.
        package var committedOffset: Int64 = 0
        /// The leader epoch of the last consumed record.
        package var committedLeaderEpoch: Int32 = -1
        /// Any associated metadata the client wants to keep.
        package var committedMetadata: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self)
            if version >= 2 {
                self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            }
            self.committedMetadata = try buffer.readKafkaNullableString(compact: flexible)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.committedOffset, as: Int64.self)
            if version >= 2 {
                buffer.writeInteger(self.committedLeaderEpoch, as: Int32.self)
            }
            try buffer.writeKafkaString(self.committedMetadata, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("TxnOffsetCommitRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
