// Generated from message/FetchRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// FetchRequest (API key 1), versions 0-17, flexible 12+.
package struct FetchRequest: KafkaRequestMessage {
    package typealias Response = FetchResponse
    package static let apiKey: ApiKey = .fetch
    package static let validVersions: ClosedRange<Int16> = 0...17
    package static let firstFlexibleVersion: Int16? = 12

    /// The clusterId if known. This is used to validate metadata fetches prior to broker registration.
    package var clusterId: String? = nil
    /// The broker ID of the follower, of -1 if this request is from a consumer.
    package var replicaId: Int32 = -1
    package var replicaState: ReplicaState = ReplicaState()
    /// The maximum time in milliseconds to wait for the response.
    package var maxWaitMs: Int32 = 0
    /// The minimum bytes to accumulate in the response.
    package var minBytes: Int32 = 0
    /// The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored.
    package var maxBytes: Int32 = 0x7fffffff
    /// This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records
    package var isolationLevel: Int8 = 0
    /// The fetch session ID.
    package var sessionId: Int32 = 0
    /// The fetch session epoch, which is used for ordering requests in a session.
    package var sessionEpoch: Int32 = -1
    /// The topics to fetch.
    package var topics: [FetchTopic] = []
    /// In an incremental fetch request, the partitions to remove.
    package var forgottenTopicsData: [ForgottenTopic] = []
    /// Rack ID of the consumer making this request
    package var rackId: String = ""
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FetchRequest", version: version)
        }
        let flexible = version >= 12
        if version <= 14 {
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self)
        }
        self.maxWaitMs = try buffer.readKafkaInteger(as: Int32.self)
        self.minBytes = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 3 {
            self.maxBytes = try buffer.readKafkaInteger(as: Int32.self)
        }
        if version >= 4 {
            self.isolationLevel = try buffer.readKafkaInteger(as: Int8.self)
        }
        if version >= 7 {
            self.sessionId = try buffer.readKafkaInteger(as: Int32.self)
        }
        if version >= 7 {
            self.sessionEpoch = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [FetchTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try FetchTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 7 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [ForgottenTopic] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try ForgottenTopic(from: &buffer, version: version))
                }
                self.forgottenTopicsData = items
            } else {
                throw .unexpectedNull(field: "forgottenTopicsData")
            }
        }
        if version >= 11 {
            self.rackId = try buffer.readKafkaString(compact: flexible, field: "rackId")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                switch tag {
                case 0 where version >= 12:
                    self.clusterId = try field.readKafkaNullableString(compact: flexible)
                case 1 where version >= 15:
                    self.replicaState = try ReplicaState(from: &field, version: version)
                default:
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FetchRequest", version: version)
        }
        let flexible = version >= 12
        if version <= 14 {
            buffer.writeInteger(self.replicaId, as: Int32.self)
        } else if self.replicaId != -1 {
            throw .fieldNotSupported(field: "replicaId", message: "FetchRequest", version: version)
        }
        if !(version >= 15) && self.replicaState != ReplicaState() {
            throw .fieldNotSupported(field: "replicaState", message: "FetchRequest", version: version)
        }
        buffer.writeInteger(self.maxWaitMs, as: Int32.self)
        buffer.writeInteger(self.minBytes, as: Int32.self)
        if version >= 3 {
            buffer.writeInteger(self.maxBytes, as: Int32.self)
        }
        if version >= 4 {
            buffer.writeInteger(self.isolationLevel, as: Int8.self)
        }
        if version >= 7 {
            buffer.writeInteger(self.sessionId, as: Int32.self)
        }
        if version >= 7 {
            buffer.writeInteger(self.sessionEpoch, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if version >= 7 {
            try buffer.writeKafkaArrayCount(self.forgottenTopicsData.count, compact: flexible)
            for element in self.forgottenTopicsData {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.forgottenTopicsData.isEmpty {
            throw .fieldNotSupported(field: "forgottenTopicsData", message: "FetchRequest", version: version)
        }
        if version >= 11 {
            try buffer.writeKafkaString(self.rackId, compact: flexible)
        }
        if flexible {
            var taggedFields: [RawTaggedField] = []
            if version >= 12 && self.clusterId != nil {
                var field = ByteBuffer()
                try field.writeKafkaString(self.clusterId, compact: flexible)
                taggedFields.append(RawTaggedField(tag: 0, data: field))
            }
            if version >= 15 && self.replicaState != ReplicaState() {
                var field = ByteBuffer()
                try self.replicaState.write(to: &field, version: version)
                taggedFields.append(RawTaggedField(tag: 1, data: field))
            }
            buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("FetchRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 15-17.
    package struct ReplicaState: Equatable, Sendable {
        /// The replica ID of the follower, or -1 if this request is from a consumer.
        package var replicaId: Int32 = -1
        /// The epoch of this follower, or -1 if not available.
        package var replicaEpoch: Int64 = -1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.replicaId = try buffer.readKafkaInteger(as: Int32.self)
            self.replicaEpoch = try buffer.readKafkaInteger(as: Int64.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.replicaId, as: Int32.self)
            buffer.writeInteger(self.replicaEpoch, as: Int64.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0-17.
    package struct FetchTopic: Equatable, Sendable {
        /// The name of the topic to fetch.
        package var topic: String = ""
        /// The unique topic ID
        package var topicId: KafkaUUID = .zero
        /// The partitions to fetch.
        package var partitions: [FetchPartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 12
            if version <= 12 {
                self.topic = try buffer.readKafkaString(compact: flexible, field: "topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [FetchPartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try FetchPartition(from: &buffer, version: version))
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
            let flexible = version >= 12
            if version <= 12 {
                try buffer.writeKafkaString(self.topic, compact: flexible)
            }
            if version >= 13 {
                buffer.writeKafkaUUID(self.topicId)
            }
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("FetchRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-17.
    package struct FetchPartition: Equatable, Sendable {
        /// The partition index.
        package var partition: Int32 = 0
        /// The current leader epoch of the partition.
        package var currentLeaderEpoch: Int32 = -1
        /// The message offset.
        package var fetchOffset: Int64 = 0
        /// The epoch of the last fetched record or -1 if there is none
        package var lastFetchedEpoch: Int32 = -1
        /// The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower.
        package var logStartOffset: Int64 = -1
        /// The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored.
        package var partitionMaxBytes: Int32 = 0
        /// The directory id of the follower fetching
        package var replicaDirectoryId: KafkaUUID = .zero
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 12
            self.partition = try buffer.readKafkaInteger(as: Int32.self)
            if version >= 9 {
                self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            }
            self.fetchOffset = try buffer.readKafkaInteger(as: Int64.self)
            if version >= 12 {
                self.lastFetchedEpoch = try buffer.readKafkaInteger(as: Int32.self)
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInteger(as: Int64.self)
            }
            self.partitionMaxBytes = try buffer.readKafkaInteger(as: Int32.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    switch tag {
                    case 0 where version >= 17:
                        self.replicaDirectoryId = try field.readKafkaUUID()
                    default:
                        self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                    }
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 12
            buffer.writeInteger(self.partition, as: Int32.self)
            if version >= 9 {
                buffer.writeInteger(self.currentLeaderEpoch, as: Int32.self)
            }
            buffer.writeInteger(self.fetchOffset, as: Int64.self)
            if version >= 12 {
                buffer.writeInteger(self.lastFetchedEpoch, as: Int32.self)
            } else if self.lastFetchedEpoch != -1 {
                throw .fieldNotSupported(field: "lastFetchedEpoch", message: "FetchRequest", version: version)
            }
            if version >= 5 {
                buffer.writeInteger(self.logStartOffset, as: Int64.self)
            }
            buffer.writeInteger(self.partitionMaxBytes, as: Int32.self)
            if flexible {
                var taggedFields: [RawTaggedField] = []
                if version >= 17 && self.replicaDirectoryId != .zero {
                    var field = ByteBuffer()
                    field.writeKafkaUUID(self.replicaDirectoryId)
                    taggedFields.append(RawTaggedField(tag: 0, data: field))
                }
                buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("FetchRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 7-17.
    package struct ForgottenTopic: Equatable, Sendable {
        /// The topic name.
        package var topic: String = ""
        /// The unique topic ID
        package var topicId: KafkaUUID = .zero
        /// The partitions indexes to forget.
        package var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 12
            if version <= 12 {
                self.topic = try buffer.readKafkaString(compact: flexible, field: "topic")
            }
            if version >= 13 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
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
            let flexible = version >= 12
            if version <= 12 {
                try buffer.writeKafkaString(self.topic, compact: flexible)
            }
            if version >= 13 {
                buffer.writeKafkaUUID(self.topicId)
            }
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("FetchRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
