// Generated from message/FetchResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// FetchResponse (API key 1), versions 0-17, flexible 12+.
package struct FetchResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .fetch
    package static let validVersions: ClosedRange<Int16> = 0...17
    package static let firstFlexibleVersion: Int16? = 12

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    package var errorCode: Int16 = 0
    /// The fetch session ID, or 0 if this is not part of a fetch session.
    package var sessionId: Int32 = 0
    /// The response topics.
    package var responses: [FetchableTopicResponse] = []
    /// Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH.
    package var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FetchResponse", version: version)
        }
        let flexible = version >= 12
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if version >= 7 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        }
        if version >= 7 {
            self.sessionId = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [FetchableTopicResponse] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try FetchableTopicResponse(from: &buffer, version: version))
            }
            self.responses = items
        } else {
            throw .unexpectedNull(field: "responses")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                switch tag {
                case 0 where version >= 16:
                    if let count = try field.readKafkaArrayCount(compact: flexible) {
                        var items: [NodeEndpoint] = []
                        items.reserveCapacity(count)
                        for _ in 0..<count {
                            items.append(try NodeEndpoint(from: &field, version: version))
                        }
                        self.nodeEndpoints = items
                    } else {
                        throw .unexpectedNull(field: "nodeEndpoints")
                    }
                default:
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FetchResponse", version: version)
        }
        let flexible = version >= 12
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        if version >= 7 {
            buffer.writeInteger(self.errorCode, as: Int16.self)
        }
        if version >= 7 {
            buffer.writeInteger(self.sessionId, as: Int32.self)
        } else if self.sessionId != 0 {
            throw .fieldNotSupported(field: "sessionId", message: "FetchResponse", version: version)
        }
        try buffer.writeKafkaArrayCount(self.responses.count, compact: flexible)
        for element in self.responses {
            try element.write(to: &buffer, version: version)
        }
        if !(version >= 16) && !self.nodeEndpoints.isEmpty {
            throw .fieldNotSupported(field: "nodeEndpoints", message: "FetchResponse", version: version)
        }
        if flexible {
            var taggedFields: [RawTaggedField] = []
            if version >= 16 && !self.nodeEndpoints.isEmpty {
                var field = ByteBuffer()
                try field.writeKafkaArrayCount(self.nodeEndpoints.count, compact: flexible)
                for element in self.nodeEndpoints {
                    try element.write(to: &field, version: version)
                }
                taggedFields.append(RawTaggedField(tag: 0, data: field))
            }
            buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("FetchResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-17.
    package struct FetchableTopicResponse: Equatable, Sendable {
        /// The topic name.
        package var topic: String = ""
        /// The unique topic ID
        package var topicId: KafkaUUID = .zero
        /// The topic partitions.
        package var partitions: [PartitionData] = []
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
                var items: [PartitionData] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try PartitionData(from: &buffer, version: version))
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
                throw .malformed("FetchResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-17.
    package struct PartitionData: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no fetch error.
        package var errorCode: Int16 = 0
        /// The current high water mark.
        package var highWatermark: Int64 = 0
        /// The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED)
        package var lastStableOffset: Int64 = -1
        /// The current log start offset.
        package var logStartOffset: Int64 = -1
        /// In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge
        package var divergingEpoch: EpochEndOffset = EpochEndOffset()
        package var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request.
        package var snapshotId: SnapshotId = SnapshotId()
        /// The aborted transactions.
        package var abortedTransactions: [AbortedTransaction]? = []
        /// The preferred read replica for the consumer to use on its next fetch request
        package var preferredReadReplica: Int32 = -1
        /// The record data.
        package var records: ByteBuffer? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 12
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.highWatermark = try buffer.readKafkaInteger(as: Int64.self)
            if version >= 4 {
                self.lastStableOffset = try buffer.readKafkaInteger(as: Int64.self)
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInteger(as: Int64.self)
            }
            if version >= 4 {
                if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                    var items: [AbortedTransaction] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try AbortedTransaction(from: &buffer, version: version))
                    }
                    self.abortedTransactions = items
                } else {
                    self.abortedTransactions = nil
                }
            }
            if version >= 11 {
                self.preferredReadReplica = try buffer.readKafkaInteger(as: Int32.self)
            }
            self.records = try buffer.readKafkaNullableBytes(compact: flexible)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    switch tag {
                    case 0 where version >= 12:
                        self.divergingEpoch = try EpochEndOffset(from: &field, version: version)
                    case 1 where version >= 12:
                        self.currentLeader = try LeaderIdAndEpoch(from: &field, version: version)
                    case 2 where version >= 12:
                        self.snapshotId = try SnapshotId(from: &field, version: version)
                    default:
                        self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                    }
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 12
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            buffer.writeInteger(self.highWatermark, as: Int64.self)
            if version >= 4 {
                buffer.writeInteger(self.lastStableOffset, as: Int64.self)
            }
            if version >= 5 {
                buffer.writeInteger(self.logStartOffset, as: Int64.self)
            }
            if !(version >= 12) && self.divergingEpoch != EpochEndOffset() {
                throw .fieldNotSupported(field: "divergingEpoch", message: "FetchResponse", version: version)
            }
            if !(version >= 12) && self.currentLeader != LeaderIdAndEpoch() {
                throw .fieldNotSupported(field: "currentLeader", message: "FetchResponse", version: version)
            }
            if !(version >= 12) && self.snapshotId != SnapshotId() {
                throw .fieldNotSupported(field: "snapshotId", message: "FetchResponse", version: version)
            }
            if version >= 4 {
                if let array = self.abortedTransactions {
                    try buffer.writeKafkaArrayCount(array.count, compact: flexible)
                    for element in array {
                        try element.write(to: &buffer, version: version)
                    }
                } else {
                    try buffer.writeKafkaArrayCount(nil, compact: flexible)
                }
            }
            if version >= 11 {
                buffer.writeInteger(self.preferredReadReplica, as: Int32.self)
            } else if self.preferredReadReplica != -1 {
                throw .fieldNotSupported(field: "preferredReadReplica", message: "FetchResponse", version: version)
            }
            try buffer.writeKafkaBytes(self.records, compact: flexible)
            if flexible {
                var taggedFields: [RawTaggedField] = []
                if version >= 12 && self.divergingEpoch != EpochEndOffset() {
                    var field = ByteBuffer()
                    try self.divergingEpoch.write(to: &field, version: version)
                    taggedFields.append(RawTaggedField(tag: 0, data: field))
                }
                if version >= 12 && self.currentLeader != LeaderIdAndEpoch() {
                    var field = ByteBuffer()
                    try self.currentLeader.write(to: &field, version: version)
                    taggedFields.append(RawTaggedField(tag: 1, data: field))
                }
                if version >= 12 && self.snapshotId != SnapshotId() {
                    var field = ByteBuffer()
                    try self.snapshotId.write(to: &field, version: version)
                    taggedFields.append(RawTaggedField(tag: 2, data: field))
                }
                buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("FetchResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 12-17.
    package struct EpochEndOffset: Equatable, Sendable {
        package var epoch: Int32 = -1
        package var endOffset: Int64 = -1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.epoch = try buffer.readKafkaInteger(as: Int32.self)
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.epoch, as: Int32.self)
            buffer.writeInteger(self.endOffset, as: Int64.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 12-17.
    package struct LeaderIdAndEpoch: Equatable, Sendable {
        /// The ID of the current leader or -1 if the leader is unknown.
        package var leaderId: Int32 = -1
        /// The latest known leader epoch
        package var leaderEpoch: Int32 = -1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.leaderId, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 12-17.
    package struct SnapshotId: Equatable, Sendable {
        package var endOffset: Int64 = -1
        package var epoch: Int32 = -1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.endOffset = try buffer.readKafkaInteger(as: Int64.self)
            self.epoch = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.endOffset, as: Int64.self)
            buffer.writeInteger(self.epoch, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 4-17.
    package struct AbortedTransaction: Equatable, Sendable {
        /// The producer id associated with the aborted transaction.
        package var producerId: Int64 = 0
        /// The first offset in the aborted transaction.
        package var firstOffset: Int64 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 12
            self.producerId = try buffer.readKafkaInteger(as: Int64.self)
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 12
            buffer.writeInteger(self.producerId, as: Int64.self)
            buffer.writeInteger(self.firstOffset, as: Int64.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("FetchResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 16-17.
    package struct NodeEndpoint: Equatable, Sendable {
        /// The ID of the associated node.
        package var nodeId: Int32 = 0
        /// The node's hostname.
        package var host: String = ""
        /// The node's port.
        package var port: Int32 = 0
        /// The rack of the node, or null if it has not been assigned to a rack.
        package var rack: String? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self)
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInteger(as: Int32.self)
            self.rack = try buffer.readKafkaNullableString(compact: true)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.nodeId, as: Int32.self)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, as: Int32.self)
            try buffer.writeKafkaString(self.rack, compact: true)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
