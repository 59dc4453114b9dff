// Generated from message/ShareAcknowledgeRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ShareAcknowledgeRequest (API key 79), versions 0, flexible 0+.
package struct ShareAcknowledgeRequest: KafkaRequestMessage {
    package typealias Response = ShareAcknowledgeResponse
    package static let apiKey: ApiKey = .shareAcknowledge
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The group identifier.
    package var groupId: String? = nil
    /// The member ID.
    package var memberId: String? = ""
    /// The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests.
    package var shareSessionEpoch: Int32 = 0
    /// The topics containing records to acknowledge.
    package var topics: [AcknowledgeTopic] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ShareAcknowledgeRequest", version: version)
        }
        self.groupId = try buffer.readKafkaNullableString(compact: true)
        self.memberId = try buffer.readKafkaNullableString(compact: true)
        self.shareSessionEpoch = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [AcknowledgeTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try AcknowledgeTopic(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "ShareAcknowledgeRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: true)
        try buffer.writeKafkaString(self.memberId, compact: true)
        buffer.writeInteger(self.shareSessionEpoch, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct AcknowledgeTopic: Equatable, Sendable {
        /// The unique topic ID.
        package var topicId: KafkaUUID = .zero
        /// The partitions containing records to acknowledge.
        package var partitions: [AcknowledgePartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [AcknowledgePartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AcknowledgePartition(from: &buffer, version: version))
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
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct AcknowledgePartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// Record batches to acknowledge.
        package var acknowledgementBatches: [AcknowledgementBatch] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [AcknowledgementBatch] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AcknowledgementBatch(from: &buffer, version: version))
                }
                self.acknowledgementBatches = items
            } else {
                throw .unexpectedNull(field: "acknowledgementBatches")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            try buffer.writeKafkaArrayCount(self.acknowledgementBatches.count, compact: true)
            for element in self.acknowledgementBatches {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct AcknowledgementBatch: Equatable, Sendable {
        /// First offset of batch of records to acknowledge.
        package var firstOffset: Int64 = 0
        /// Last offset (inclusive) of batch of records to acknowledge.
        package var lastOffset: Int64 = 0
        /// Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject.
        package var acknowledgeTypes: [Int8] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self)
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int8] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int8.self))
                }
                self.acknowledgeTypes = items
            } else {
                throw .unexpectedNull(field: "acknowledgeTypes")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.firstOffset, as: Int64.self)
            buffer.writeInteger(self.lastOffset, as: Int64.self)
            try buffer.writeKafkaArrayCount(self.acknowledgeTypes.count, compact: true)
            for element in self.acknowledgeTypes {
                buffer.writeInteger(element, as: Int8.self)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
