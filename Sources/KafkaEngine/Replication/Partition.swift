import NIOCore
import Synchronization

/// An epoch and the offset where it ends (OffsetForLeaderEpoch answers, a fetch's diverging epoch).
package struct LeaderEpochEndOffset: Sendable, Equatable, CustomStringConvertible {
    /// Kafka's `UNDEFINED_EPOCH` / `UNDEFINED_EPOCH_OFFSET`.
    package static let undefined = LeaderEpochEndOffset(epoch: -1, endOffset: -1)

    package var epoch: Int32
    package var endOffset: Int64

    package init(epoch: Int32, endOffset: Int64) {
        self.epoch = epoch
        self.endOffset = endOffset
    }

    package var description: String { "LeaderEpochEndOffset(epoch=\(epoch), endOffset=\(endOffset))" }
}

/// What one read of a partition found (Kafka's `LogReadInfo`): the records, or a diverging epoch
/// for a follower whose log went another way, and the partition's offsets as they were before the
/// read (so appends racing the read never make a follower look further behind than it is).
package struct LogReadInfo: Sendable, Equatable {
    package var fetchedData: FetchDataInfo
    package var divergingEpoch: LeaderEpochEndOffset?
    package var highWatermark: Int64
    package var logStartOffset: Int64
    package var logEndOffset: Int64
    package var lastStableOffset: Int64
}

/// One partition as this node hosts it (Kafka's `Partition`): its log, its role (leader or
/// follower) and, as leader, the replicas, the in-sync replica set, what is known of each
/// follower's progress, and the high watermark.
///
/// Invariants: the high watermark of a leader is the smallest log end offset over the ISR (this
/// node's own included) and never moves back while it leads; appends are refused unless this node
/// leads; a request naming a leader epoch other than the current one is refused (older: fenced,
/// newer: unknown yet). The state behind `state` changes only through `makeLeader`,
/// `makeFollower`, `stop` and follower fetches; a read takes a copy and then works on the log,
/// which has its own locks.
package final class Partition: Sendable, CustomStringConvertible {
    package enum Role: Sendable, Equatable {
        case leader
        case follower
    }

    /// The leader's view of one follower (Kafka's `ReplicaState`), moved by its fetches.
    package struct FollowerState: Sendable, Equatable {
        package var replicaId: Int32
        /// The offset the follower fetched from last: its log end offset; -1 until it fetched.
        package var logEndOffset: Int64 = -1
        package var logStartOffset: Int64 = -1
        /// The last time it had fetched up to the leader's log end offset of its previous fetch.
        package var lastCaughtUpTimeMs: Int64 = 0
        package var lastFetchTimeMs: Int64 = 0
        /// The leader's log end offset when the follower last fetched.
        package var lastFetchLeaderLogEndOffset: Int64 = -1
        package var brokerEpoch: Int64 = -1

        package init(replicaId: Int32) {
            self.replicaId = replicaId
        }
    }

    struct State {
        var topicId: KafkaUUID
        var role: Role = .follower
        var leaderId: Int32 = -1
        var leaderEpoch: Int32 = -1
        var partitionEpoch: Int32 = -1
        var replicas: [Int32] = []
        var isr: [Int32] = []
        /// The log end offset when this node became leader in the current epoch.
        var leaderEpochStartOffset: Int64?
        var followerStates: [Int32: FollowerState] = [:]
        var stopped = false
    }

    package let topicPartition: TopicPartition
    package let localBrokerId: Int32
    package let log: Log
    private let clock: any KafkaClock
    private let state: Mutex<State>

    package init(
        topicPartition: TopicPartition, topicId: KafkaUUID, log: Log, localBrokerId: Int32, clock: any KafkaClock
    ) {
        self.topicPartition = topicPartition
        self.localBrokerId = localBrokerId
        self.log = log
        self.clock = clock
        self.state = Mutex(State(topicId: topicId))
    }

    // MARK: State

    package var topicId: KafkaUUID { state.withLock { $0.topicId } }
    package var role: Role { state.withLock { $0.role } }
    package var isLeader: Bool { state.withLock { $0.role == .leader && !$0.stopped } }
    package var leaderId: Int32 { state.withLock { $0.leaderId } }
    package var leaderEpoch: Int32 { state.withLock { $0.leaderEpoch } }
    package var partitionEpoch: Int32 { state.withLock { $0.partitionEpoch } }
    package var replicas: [Int32] { state.withLock { $0.replicas } }
    package var inSyncReplicas: [Int32] { state.withLock { $0.isr } }
    package var followerStates: [Int32: FollowerState] { state.withLock { $0.followerStates } }
    package var highWatermark: Int64 { log.highWatermark }
    package var logEndOffset: Int64 { log.logEndOffset }
    package var logStartOffset: Int64 { log.logStartOffset }
    package var lastStableOffset: Int64 { log.lastStableOffset }
    package var isStopped: Bool { state.withLock { $0.stopped } }

    package var description: String {
        state.withLock { state in
            "Partition(topicPartition=\(topicPartition), role=\(state.role), leader=\(state.leaderId),"
                + " leaderEpoch=\(state.leaderEpoch), partitionEpoch=\(state.partitionEpoch), replicas=\(state.replicas),"
                + " isr=\(state.isr))"
        }
    }

    // MARK: Role changes

    /// Makes this node the partition's leader as `registration` says (Kafka's `makeLeader`): the
    /// replicas and ISR are taken from it, each other replica gets a fresh follower state, a new
    /// leader epoch is recorded in the epoch cache at the current log end offset, and the high
    /// watermark is moved up if the ISR allows it. Returns whether this node was not leader before.
    /// A registration older than the one applied (lower partition epoch) is ignored. With
    /// `syncEpochCheckpoint` false the epoch checkpoint is written without fsync, and the caller
    /// syncs the file system before this node serves requests in the new epoch.
    @discardableResult
    package func makeLeader(
        registration: PartitionRegistration, topicId: KafkaUUID, syncEpochCheckpoint: Bool = true
    ) throws(PartitionError) -> Bool {
        let logEndOffset = log.logEndOffset
        let (isNewLeader, isNewEpoch) = state.withLock { state -> (Bool, Bool) in
            if registration.partitionEpoch < state.partitionEpoch && state.role == .leader && !state.stopped {
                return (false, false)
            }
            let isNewLeader = state.role != .leader || state.stopped
            let isNewEpoch = isNewLeader || registration.leaderEpoch > state.leaderEpoch
            state.topicId = topicId
            state.role = .leader
            state.stopped = false
            state.leaderId = localBrokerId
            state.leaderEpoch = registration.leaderEpoch
            state.partitionEpoch = registration.partitionEpoch
            state.replicas = registration.replicas
            state.isr = registration.isr
            if isNewEpoch {
                state.leaderEpochStartOffset = logEndOffset
                // Followers start unknown in every new epoch, as in Kafka.
                var followers: [Int32: FollowerState] = [:]
                for replica in registration.replicas where replica != localBrokerId {
                    followers[replica] = FollowerState(replicaId: replica)
                }
                state.followerStates = followers
            } else {
                state.followerStates = state.followerStates.filter { registration.replicas.contains($0.key) }
                for replica in registration.replicas
                where replica != localBrokerId && state.followerStates[replica] == nil {
                    state.followerStates[replica] = FollowerState(replicaId: replica)
                }
            }
            return (isNewLeader, isNewEpoch)
        }
        if isNewEpoch && registration.leaderEpoch >= 0 {
            do {
                try log.leaderEpochCache.assign(
                    epoch: registration.leaderEpoch, startOffset: logEndOffset, sync: syncEpochCheckpoint)
            } catch {
                throw PartitionError(.kafkaStorageError, error.description)
            }
        }
        maybeIncrementLeaderHighWatermark()
        return isNewLeader
    }

    /// Makes this node a follower of `registration.leader` (Kafka's `makeFollower`): the role and
    /// epochs are recorded and follower states dropped. Fetching from the leader is the replica
    /// fetcher's work. Returns whether the leader or its epoch changed.
    @discardableResult
    package func makeFollower(registration: PartitionRegistration, topicId: KafkaUUID) -> Bool {
        state.withLock { state in
            let changed =
                state.role != .follower || state.stopped || state.leaderId != registration.leader
                || state.leaderEpoch != registration.leaderEpoch
            state.topicId = topicId
            state.role = .follower
            state.stopped = false
            state.leaderId = registration.leader
            state.leaderEpoch = registration.leaderEpoch
            state.partitionEpoch = registration.partitionEpoch
            state.replicas = registration.replicas
            state.isr = registration.isr
            state.leaderEpochStartOffset = nil
            state.followerStates = [:]
            return changed
        }
    }

    /// The partition leaves this node (its topic was deleted or it was reassigned away): every
    /// later operation is refused with NOT_LEADER_OR_FOLLOWER.
    package func stop() {
        state.withLock { $0.stopped = true }
    }

    // MARK: Leader epochs

    /// Kafka's `checkCurrentLeaderEpoch`: -1 (the client does not know it) passes; an older epoch is
    /// FENCED_LEADER_EPOCH, a newer one UNKNOWN_LEADER_EPOCH.
    private static func checkCurrentLeaderEpoch(_ requested: Int32, local: Int32, _ tp: TopicPartition)
        throws(PartitionError)
    {
        guard requested != -1 else { return }
        if requested < local {
            throw PartitionError(
                .fencedLeaderEpoch,
                "The leader epoch in the request \(requested) is smaller than the current leader epoch \(local) of \(tp)"
            )
        }
        if requested > local {
            throw PartitionError(
                .unknownLeaderEpoch,
                "The leader epoch in the request \(requested) is larger than the current leader epoch \(local) of \(tp)"
            )
        }
    }

    /// The state, after checking the requested epoch and, when `fetchOnlyFromLeader`, leadership
    /// (Kafka's `localLogWithEpochOrThrow`).
    private func checkedState(currentLeaderEpoch: Int32, requireLeader: Bool) throws(PartitionError) -> State {
        let current = state.withLock { $0 }
        if current.stopped {
            throw PartitionError(.notLeaderOrFollower, "Partition \(topicPartition) is no longer hosted on this broker")
        }
        try Self.checkCurrentLeaderEpoch(currentLeaderEpoch, local: current.leaderEpoch, topicPartition)
        if requireLeader && current.role != .leader {
            throw PartitionError(
                .notLeaderOrFollower, "Leader not local for partition \(topicPartition) on broker \(localBrokerId)")
        }
        return current
    }

    // MARK: Appends

    /// Appends a producer's (or coordinator's) batch as leader (Kafka's `appendRecordsToLeader`),
    /// then moves the high watermark as far as the ISR allows. With `requiredAcks` -1 the ISR must
    /// hold at least `min.insync.replicas` replicas first.
    /// - Throws: NOT_LEADER_OR_FOLLOWER; NOT_ENOUGH_REPLICAS; the log's refusal with its code
    ///   (CORRUPT_MESSAGE, MESSAGE_TOO_LARGE, RECORD_LIST_TOO_LARGE, INVALID_TIMESTAMP and
    ///   INVALID_RECORD with the records refused, OUT_OF_ORDER_SEQUENCE_NUMBER,
    ///   INVALID_PRODUCER_EPOCH, PRODUCER_FENCED, …). A duplicate of a batch an idempotent producer
    ///   already wrote is not an error: the result carries the offsets it was first written at.
    package func appendRecordsToLeader(_ records: ByteBuffer, origin: AppendOrigin, requiredAcks: Int16)
        throws(PartitionError) -> (info: LogAppendInfo, highWatermarkIncreased: Bool)
    {
        let current = try checkedState(currentLeaderEpoch: -1, requireLeader: true)
        let minIsr = Int(log.config.minInsyncReplicas)
        if requiredAcks == -1 && current.isr.count < minIsr {
            throw PartitionError(
                .notEnoughReplicas,
                "The size of the current ISR \(current.isr) is insufficient to satisfy the min.isr requirement of"
                    + " \(minIsr) for partition \(topicPartition)")
        }
        let info: LogAppendInfo
        do {
            info = try log.appendAsLeader(records, leaderEpoch: current.leaderEpoch, origin: origin)
        } catch {
            throw PartitionError(error)
        }
        return (info, maybeIncrementLeaderHighWatermark())
    }

    /// Moves the high watermark to the smallest log end offset over the ISR when that is higher
    /// (Kafka's `maybeIncrementLeaderHW`). A follower that has not fetched in this epoch holds it
    /// back. Returns whether it moved.
    @discardableResult
    package func maybeIncrementLeaderHighWatermark() -> Bool {
        let current = state.withLock { $0 }
        guard current.role == .leader, !current.stopped else { return false }
        var newHighWatermark = log.logEndOffset
        for replica in current.isr where replica != localBrokerId {
            let followerEnd = current.followerStates[replica]?.logEndOffset ?? -1
            newHighWatermark = min(newHighWatermark, max(followerEnd, 0))
        }
        return ((try? log.maybeIncrementHighWatermark(newHighWatermark)) ?? nil) != nil
    }

    /// Whether the ISR has everything below `requiredOffset` (Kafka's
    /// `checkEnoughReplicasReachOffset`, asked by a delayed produce): done with no error, done with
    /// NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR shrank below `min.insync.replicas` meanwhile,
    /// not yet, or NOT_LEADER_OR_FOLLOWER.
    package func checkEnoughReplicasReachOffset(_ requiredOffset: Int64) -> (done: Bool, error: ErrorCode) {
        let current = state.withLock { $0 }
        guard current.role == .leader, !current.stopped else { return (false, .notLeaderOrFollower) }
        guard log.highWatermark >= requiredOffset else { return (false, .none) }
        let minIsr = Int(log.config.minInsyncReplicas)
        return minIsr <= current.isr.count ? (true, .none) : (true, .notEnoughReplicasAfterAppend)
    }

    // MARK: Reads

    /// Reads records for a consumer or a follower (Kafka's `fetchRecords` and `readRecords`): checks
    /// the epoch and leadership, and for a fetch that names the epoch of its last fetched batch,
    /// whether the log diverged from it — then it answers with the diverging epoch and no records.
    /// - Throws: NOT_LEADER_OR_FOLLOWER, FENCED_LEADER_EPOCH, UNKNOWN_LEADER_EPOCH,
    ///   OFFSET_OUT_OF_RANGE, KAFKA_STORAGE_ERROR.
    package func readRecords(
        fetchOffset: Int64, currentLeaderEpoch: Int32, lastFetchedEpoch: Int32, maxBytes: Int,
        isolation: FetchIsolation, minOneMessage: Bool, fetchOnlyFromLeader: Bool
    ) throws(PartitionError) -> LogReadInfo {
        _ = try checkedState(currentLeaderEpoch: currentLeaderEpoch, requireLeader: fetchOnlyFromLeader)
        // Offsets before the read: an append racing it must not make a follower look behind.
        let highWatermark = log.highWatermark
        let logStartOffset = log.logStartOffset
        let logEndOffset = log.logEndOffset
        let lastStableOffset = log.lastStableOffset

        if lastFetchedEpoch >= 0 {
            let epochEnd = log.endOffsetForEpoch(lastFetchedEpoch)
            guard let epochEnd else {
                throw PartitionError(
                    .offsetOutOfRange,
                    "Could not determine the end offset of the last fetched epoch \(lastFetchedEpoch) from the request")
            }
            if epochEnd.epoch < lastFetchedEpoch || epochEnd.endOffset < fetchOffset {
                return LogReadInfo(
                    fetchedData: FetchDataInfo(fetchOffsetMetadata: LogOffsetMetadata(messageOffset: fetchOffset)),
                    divergingEpoch: LeaderEpochEndOffset(epoch: epochEnd.epoch, endOffset: epochEnd.endOffset),
                    highWatermark: highWatermark, logStartOffset: logStartOffset, logEndOffset: logEndOffset,
                    lastStableOffset: lastStableOffset)
            }
        }
        let data: FetchDataInfo
        do {
            data = try log.read(
                startOffset: fetchOffset, maxLength: maxBytes, isolation: isolation, minOneMessage: minOneMessage)
        } catch {
            throw PartitionError(error)
        }
        return LogReadInfo(
            fetchedData: data, divergingEpoch: nil, highWatermark: highWatermark, logStartOffset: logStartOffset,
            logEndOffset: logEndOffset, lastStableOffset: lastStableOffset)
    }

    /// Records a follower's fetch (Kafka's `updateFollowerFetchState`): its log end offset is the
    /// fetch offset, and it is caught up when that reaches the leader's log end offset of now or of
    /// its previous fetch. The high watermark may move. Returns whether it did. Fetches from
    /// replicas this partition does not know are ignored (false).
    @discardableResult
    package func updateFollowerFetchState(
        replicaId: Int32, fetchOffset: Int64, followerLogStartOffset: Int64, leaderLogEndOffset: Int64,
        brokerEpoch: Int64
    ) -> Bool {
        let now = clock.milliseconds()
        let known = state.withLock { state -> Bool in
            guard state.role == .leader, var follower = state.followerStates[replicaId] else { return false }
            if fetchOffset >= leaderLogEndOffset {
                follower.lastCaughtUpTimeMs = max(follower.lastCaughtUpTimeMs, now)
            } else if fetchOffset >= follower.lastFetchLeaderLogEndOffset && follower.lastFetchLeaderLogEndOffset >= 0 {
                follower.lastCaughtUpTimeMs = max(follower.lastCaughtUpTimeMs, follower.lastFetchTimeMs)
            }
            follower.logEndOffset = fetchOffset
            follower.logStartOffset = followerLogStartOffset
            follower.lastFetchTimeMs = now
            follower.lastFetchLeaderLogEndOffset = leaderLogEndOffset
            follower.brokerEpoch = brokerEpoch
            state.followerStates[replicaId] = follower
            return true
        }
        return known && maybeIncrementLeaderHighWatermark()
    }

    // MARK: Offsets

    /// ListOffsets for this partition (Kafka's `fetchOffsetForTimestamp`). `isolationLevel` is nil
    /// for a replica's request (bounded by the log end offset), 0 for read_uncommitted (the high
    /// watermark) and 1 for read_committed (the last stable offset). Latest answers that bound with
    /// the current leader epoch; a search by time (and max-timestamp) ignores records at or past it.
    /// Nil when no record qualifies.
    /// - Throws: NOT_LEADER_OR_FOLLOWER, FENCED/UNKNOWN_LEADER_EPOCH, OFFSET_NOT_AVAILABLE (a client
    ///   asking a new leader whose high watermark has not yet reached its epoch's start), the log's
    ///   errors.
    package func fetchOffsetForTimestamp(
        _ timestamp: Int64, isolationLevel: Int8?, currentLeaderEpoch: Int32, fetchOnlyFromLeader: Bool
    ) throws(PartitionError) -> TimestampAndOffset? {
        let current = try checkedState(currentLeaderEpoch: currentLeaderEpoch, requireLeader: fetchOnlyFromLeader)
        let lastFetchableOffset: Int64
        switch isolationLevel {
        case 1?: lastFetchableOffset = log.lastStableOffset
        case _?: lastFetchableOffset = log.highWatermark
        case nil: lastFetchableOffset = log.logEndOffset
        }
        let highWatermark = log.highWatermark
        let offsetsError: PartitionError? = current.leaderEpochStartOffset.flatMap { start in
            isolationLevel != nil && start > highWatermark
                ? PartitionError(
                    .offsetNotAvailable,
                    "Failed to fetch offsets for partition \(topicPartition) with leader epoch \(current.leaderEpoch)"
                        + " as this partition's high watermark (\(highWatermark)) is lagging behind the start offset"
                        + " from the beginning of this epoch (\(start)).")
                : nil
        }
        func byTimestamp() throws(PartitionError) -> TimestampAndOffset? {
            do {
                return try log.fetchOffsetByTimestamp(timestamp)
            } catch {
                throw PartitionError(error)
            }
        }
        switch timestamp {
        case ListOffsetsTimestamp.latest:
            if let offsetsError { throw offsetsError }
            return TimestampAndOffset(
                timestamp: RecordBatch.noTimestamp, offset: lastFetchableOffset, leaderEpoch: current.leaderEpoch)
        case ListOffsetsTimestamp.earliest, ListOffsetsTimestamp.earliestLocal:
            return try byTimestamp()
        default:
            let found = try byTimestamp().flatMap { $0.offset < lastFetchableOffset ? $0 : nil }
            if let offsetsError { throw offsetsError }
            return found
        }
    }

    /// OffsetForLeaderEpoch for this partition (Kafka's `lastOffsetForLeaderEpoch`): the largest
    /// epoch ≤ `leaderEpoch` in the log and where it ends, or undefined (-1, -1) when the log knows
    /// none.
    /// - Throws: NOT_LEADER_OR_FOLLOWER, FENCED/UNKNOWN_LEADER_EPOCH.
    package func lastOffsetForLeaderEpoch(currentLeaderEpoch: Int32, leaderEpoch: Int32, fetchOnlyFromLeader: Bool)
        throws(PartitionError) -> LeaderEpochEndOffset
    {
        _ = try checkedState(currentLeaderEpoch: currentLeaderEpoch, requireLeader: fetchOnlyFromLeader)
        guard let found = log.endOffsetForEpoch(leaderEpoch) else { return .undefined }
        return LeaderEpochEndOffset(epoch: found.epoch, endOffset: found.endOffset)
    }

    /// DeleteRecords on the leader (Kafka's `deleteRecordsOnLeader`): moves the log start offset to
    /// `offset` (-1: the high watermark) and returns the new low watermark — the smallest log start
    /// offset over the replicas, which with no follower is the leader's own.
    /// - Throws: NOT_LEADER_OR_FOLLOWER; POLICY_VIOLATION on a topic without `cleanup.policy`
    ///   `delete`; OFFSET_OUT_OF_RANGE for an offset below 0 or above the high watermark.
    package func deleteRecordsOnLeader(_ offset: Int64) throws(PartitionError) -> Int64 {
        let current = try checkedState(currentLeaderEpoch: -1, requireLeader: true)
        guard log.config.delete else {
            throw PartitionError(
                .policyViolation,
                "Records of partition \(topicPartition) can not be deleted due to the configured policy")
        }
        let converted = offset == -1 ? log.highWatermark : offset
        guard converted >= 0 else {
            throw PartitionError(
                .offsetOutOfRange,
                "The offset \(converted) for partition \(topicPartition) is not valid")
        }
        do {
            try log.maybeIncrementLogStartOffset(converted, reason: .clientRecordDeletion)
        } catch {
            throw PartitionError(error)
        }
        return lowWatermark(current)
    }

    /// The smallest log start offset over the leader and its followers that fetched.
    private func lowWatermark(_ current: State) -> Int64 {
        var low = log.logStartOffset
        for follower in current.followerStates.values where follower.logStartOffset >= 0 {
            low = min(low, follower.logStartOffset)
        }
        return low
    }
}
