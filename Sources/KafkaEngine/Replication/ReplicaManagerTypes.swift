import NIOCore

/// The answer for one partition of a produce (Kafka's `ProduceResponse.PartitionResponse`).
/// On error the offsets are -1.
package struct ProducePartitionResult: Sendable, Equatable {
    package var error: ErrorCode
    package var errorMessage: String?
    /// The offset of the first record written (for a duplicate, where it was first written).
    package var baseOffset: Int64
    /// The broker's append time on LogAppendTime topics, else -1.
    package var logAppendTimeMs: Int64
    package var logStartOffset: Int64
    package var recordErrors: [RecordError]

    package init(
        error: ErrorCode = .none, errorMessage: String? = nil, baseOffset: Int64 = -1, logAppendTimeMs: Int64 = -1,
        logStartOffset: Int64 = -1, recordErrors: [RecordError] = []
    ) {
        self.error = error
        self.errorMessage = errorMessage
        self.baseOffset = baseOffset
        self.logAppendTimeMs = logAppendTimeMs
        self.logStartOffset = logStartOffset
        self.recordErrors = recordErrors
    }

    package init(_ error: PartitionError) {
        self.init(error: error.code, errorMessage: error.message, recordErrors: error.recordErrors)
    }
}

/// The request-wide settings of a fetch (Kafka's `FetchParams`).
package struct FetchParams: Sendable, Equatable {
    /// A follower's broker id (≥ 0), or -1 for a consumer.
    package var replicaId: Int32
    package var replicaEpoch: Int64
    package var maxWaitMs: Int32
    package var minBytes: Int32
    package var maxBytes: Int32
    /// 0: read_uncommitted, 1: read_committed.
    package var isolationLevel: Int8
    /// Fetch v0–v2: `maxBytes` is never exceeded, even by a first batch larger than it.
    package var hardMaxBytesLimit: Bool

    package init(
        replicaId: Int32 = -1, replicaEpoch: Int64 = -1, maxWaitMs: Int32 = 0, minBytes: Int32 = 0,
        maxBytes: Int32 = Int32.max, isolationLevel: Int8 = 0, hardMaxBytesLimit: Bool = false
    ) {
        self.replicaId = replicaId
        self.replicaEpoch = replicaEpoch
        self.maxWaitMs = maxWaitMs
        self.minBytes = minBytes
        self.maxBytes = maxBytes
        self.isolationLevel = isolationLevel
        self.hardMaxBytesLimit = hardMaxBytesLimit
    }

    package var isFromFollower: Bool { replicaId >= 0 }

    /// How far the fetch may read (Kafka's `FetchIsolation.of`).
    package var isolation: FetchIsolation {
        if isFromFollower { return .logEnd }
        return isolationLevel == 1 ? .committed : .highWatermark
    }
}

/// One partition of a fetch. `topicPartition.topic` is empty when the request named a topic id this
/// broker does not know (the answer is UNKNOWN_TOPIC_ID).
package struct FetchPartitionRequest: Sendable, Equatable {
    package var topicPartition: TopicPartition
    /// The topic id the request used (zero before Fetch v13).
    package var topicId: KafkaUUID
    package var fetchOffset: Int64
    /// A follower's log start offset; -1 for consumers.
    package var logStartOffset: Int64
    package var partitionMaxBytes: Int32
    package var currentLeaderEpoch: Int32
    package var lastFetchedEpoch: Int32

    package init(
        topicPartition: TopicPartition, topicId: KafkaUUID = .zero, fetchOffset: Int64, logStartOffset: Int64 = -1,
        partitionMaxBytes: Int32, currentLeaderEpoch: Int32 = -1, lastFetchedEpoch: Int32 = -1
    ) {
        self.topicPartition = topicPartition
        self.topicId = topicId
        self.fetchOffset = fetchOffset
        self.logStartOffset = logStartOffset
        self.partitionMaxBytes = partitionMaxBytes
        self.currentLeaderEpoch = currentLeaderEpoch
        self.lastFetchedEpoch = lastFetchedEpoch
    }
}

/// What a fetch found for one partition (Kafka's `FetchPartitionData`). On error the offsets are -1
/// and there are no records.
package struct FetchPartitionResult: Sendable, Equatable {
    package var topicPartition: TopicPartition
    package var topicId: KafkaUUID
    package var error: ErrorCode
    package var highWatermark: Int64
    package var lastStableOffset: Int64
    package var logStartOffset: Int64
    /// The records as a slice of a segment file (sent with sendfile); nil when there are none.
    package var records: FileSlice?
    /// For read_committed fetches: the aborted transactions overlapping the records; else nil.
    package var abortedTransactions: [AbortedTxn]?
    package var divergingEpoch: LeaderEpochEndOffset?
    package var preferredReadReplica: Int32
    /// The leader and its epoch, for NOT_LEADER_OR_FOLLOWER and FENCED_LEADER_EPOCH answers.
    package var currentLeader: (leaderId: Int32, leaderEpoch: Int32)?

    package init(
        topicPartition: TopicPartition, topicId: KafkaUUID, error: ErrorCode = .none, highWatermark: Int64 = -1,
        lastStableOffset: Int64 = -1, logStartOffset: Int64 = -1, records: FileSlice? = nil,
        abortedTransactions: [AbortedTxn]? = nil, divergingEpoch: LeaderEpochEndOffset? = nil,
        preferredReadReplica: Int32 = -1, currentLeader: (leaderId: Int32, leaderEpoch: Int32)? = nil
    ) {
        self.topicPartition = topicPartition
        self.topicId = topicId
        self.error = error
        self.highWatermark = highWatermark
        self.lastStableOffset = lastStableOffset
        self.logStartOffset = logStartOffset
        self.records = records
        self.abortedTransactions = abortedTransactions
        self.divergingEpoch = divergingEpoch
        self.preferredReadReplica = preferredReadReplica
        self.currentLeader = currentLeader
    }

    /// Bytes of records returned.
    package var recordsSize: Int { records?.length ?? 0 }

    package static func == (lhs: FetchPartitionResult, rhs: FetchPartitionResult) -> Bool {
        lhs.topicPartition == rhs.topicPartition && lhs.topicId == rhs.topicId && lhs.error == rhs.error
            && lhs.highWatermark == rhs.highWatermark && lhs.lastStableOffset == rhs.lastStableOffset
            && lhs.logStartOffset == rhs.logStartOffset && lhs.records == rhs.records
            && lhs.abortedTransactions == rhs.abortedTransactions && lhs.divergingEpoch == rhs.divergingEpoch
            && lhs.preferredReadReplica == rhs.preferredReadReplica
            && lhs.currentLeader?.leaderId == rhs.currentLeader?.leaderId
            && lhs.currentLeader?.leaderEpoch == rhs.currentLeader?.leaderEpoch
    }
}

/// The answer for one partition of DeleteRecords.
package struct LogDeleteRecordsResult: Sendable, Equatable {
    package var lowWatermark: Int64
    package var error: ErrorCode
    package var errorMessage: String?

    package init(lowWatermark: Int64 = -1, error: ErrorCode = .none, errorMessage: String? = nil) {
        self.lowWatermark = lowWatermark
        self.error = error
        self.errorMessage = errorMessage
    }
}

/// One log dir as DescribeLogDirs shows it.
package struct DescribedLogDir: Sendable, Equatable {
    package struct PartitionInfo: Sendable, Equatable {
        package var topicPartition: TopicPartition
        package var size: Int64
        package var offsetLag: Int64
        package var isFuture: Bool
    }

    package var path: String
    package var error: ErrorCode
    package var partitions: [PartitionInfo]
    package var totalBytes: Int64
    package var usableBytes: Int64
}

/// Kafka's `Topic.isInternal`.
package enum InternalTopics {
    package static let groupMetadataTopic = "__consumer_offsets"
    package static let transactionStateTopic = "__transaction_state"

    package static func isInternal(_ topic: String) -> Bool {
        topic == groupMetadataTopic || topic == transactionStateTopic
    }
}
