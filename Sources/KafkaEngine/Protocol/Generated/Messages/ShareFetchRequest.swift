// Generated from message/ShareFetchRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ShareFetchRequest (API key 78), versions 0, flexible 0+.
package struct ShareFetchRequest: KafkaRequestMessage {
    package typealias Response = ShareFetchResponse
    package static let apiKey: ApiKey = .shareFetch
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The group identifier.
    package var groupId: String? = nil
    /// The member ID.
    package var memberId: String? = ""
    /// The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests.
    package var shareSessionEpoch: Int32 = 0
    /// The maximum time in milliseconds to wait for the response.
    package var maxWaitMs: Int32 = 0
    /// The minimum bytes to accumulate in the response.
    package var minBytes: Int32 = 0
    /// The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored.
    package var maxBytes: Int32 = 0x7fffffff
    /// The topics to fetch.
    package var topics: [FetchTopic] = []
    /// The partitions to remove from this share session.
    package var forgottenTopicsData: [ForgottenTopic] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ShareFetchRequest", version: version)
        }
        self.groupId = try buffer.readKafkaNullableString(compact: true)
        self.memberId = try buffer.readKafkaNullableString(compact: true)
        self.shareSessionEpoch = try buffer.readKafkaInteger(as: Int32.self)
        self.maxWaitMs = try buffer.readKafkaInteger(as: Int32.self)
        self.minBytes = try buffer.readKafkaInteger(as: Int32.self)
        self.maxBytes = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [FetchTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try FetchTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [ForgottenTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ForgottenTopic(from: &buffer, version: version))
            }
            self.forgottenTopicsData = items
        } else {
            throw .unexpectedNull(field: "forgottenTopicsData")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ShareFetchRequest", version: version)
        }
        try buffer.writeKafkaString(self.groupId, compact: true)
        try buffer.writeKafkaString(self.memberId, compact: true)
        buffer.writeInteger(self.shareSessionEpoch, as: Int32.self)
        buffer.writeInteger(self.maxWaitMs, as: Int32.self)
        buffer.writeInteger(self.minBytes, as: Int32.self)
        buffer.writeInteger(self.maxBytes, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        try buffer.writeKafkaArrayCount(self.forgottenTopicsData.count, compact: true)
        for element in self.forgottenTopicsData {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct FetchTopic: Equatable, Sendable {
        /// The unique topic ID.
        package var topicId: KafkaUUID = .zero
        /// The partitions to fetch.
        package var partitions: [FetchPartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [FetchPartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try FetchPartition(from: &buffer, version: version))
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
    package struct FetchPartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored.
        package var partitionMaxBytes: Int32 = 0
        /// Record batches to acknowledge.
        package var acknowledgementBatches: [AcknowledgementBatch] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.partitionMaxBytes = try buffer.readKafkaInteger(as: Int32.self)
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
            buffer.writeInteger(self.partitionMaxBytes, as: Int32.self)
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

    /// Versions 0.
    package struct ForgottenTopic: Equatable, Sendable {
        /// The unique topic ID.
        package var topicId: KafkaUUID = .zero
        /// The partitions indexes to forget.
        package var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
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
                buffer.writeInteger(element, as: Int32.self)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
