import Synchronization

/// The settings a partition's `ProducerStateManager` takes from the broker (Kafka's
/// `ProducerStateManagerConfig` plus `transaction.max.timeout.ms`).
package struct ProducerStateManagerConfig: Sendable, Equatable {
    /// `producer.id.expiration.ms`: a producer idle this long, without an open transaction, is
    /// forgotten at the next expiration check.
    package var producerIdExpirationMs: Int64
    /// `transaction.max.timeout.ms`, for spotting hanging transactions.
    package var maxTransactionTimeoutMs: Int64

    package init(
        producerIdExpirationMs: Int64 = ProducerStateManager.defaultProducerIdExpirationMs,
        maxTransactionTimeoutMs: Int64 = ProducerStateManager.defaultMaxTransactionTimeoutMs
    ) {
        self.producerIdExpirationMs = producerIdExpirationMs
        self.maxTransactionTimeoutMs = maxTransactionTimeoutMs
    }
}

/// Which producer state `Log.open` gives a log.
package enum LogProducerStateOption: Sendable {
    /// None: no duplicate detection, no `.snapshot` files; the last stable offset is the high
    /// watermark.
    case disabled
    /// A `ProducerStateManager` keeping Kafka's `.snapshot` files in the partition directory: the
    /// default, so every log has idempotence and transactions.
    case manager(ProducerStateManagerConfig = ProducerStateManagerConfig())
    /// A given implementation.
    case custom(any LogProducerState)

    /// The producer state for the log in `directory`, before it is loaded.
    func make(directory: String, topicPartition: TopicPartition, clock: any KafkaClock) throws(LogError)
        -> (any LogProducerState)?
    {
        switch self {
        case .disabled:
            return nil
        case .custom(let producerState):
            return producerState
        case .manager(let config):
            do {
                return try ManagedProducerState(
                    topicPartition: topicPartition, logDir: directory, config: config, clock: clock)
            } catch {
                throw .storage(error)
            }
        }
    }
}

/// A partition's `ProducerStateManager` behind a lock, answering the `Log`'s `LogProducerState`
/// calls in the order `ProducerStateManager+Log.swift` documents.
///
/// The log makes its calls under its writer lock; the lock here is for what runs outside it:
/// readers asking for the first unstable offset (the last stable offset of `read_committed`
/// fetches), the log manager's producer expiration and snapshot clean-up, and inspection
/// (`withManager`).
///
/// Snapshots taken on roll are written without fsync (the roll happens under the writer lock);
/// they are fsynced by `flushSnapshots()`, which `Log.flushRolledSegmentsAndSnapshots()` runs before
/// the rolled segments are flushed, as Kafka's flush task does, and by `close()`.
package final class ManagedProducerState: LogProducerState {
    private struct State {
        /// The manager; it is not thread-safe, so it is reached only through the lock.
        let manager: LockedManager
        /// Snapshot files written without fsync, oldest first.
        var unflushedSnapshots: [String] = []
        /// Snapshots that could not be read while rebuilding, and were deleted.
        var snapshotLoadFailures: [ProducerSnapshotLoadFailure] = []
    }

    private let state: Mutex<State>
    private let clock: any KafkaClock
    package let topicPartition: TopicPartition

    /// The state of the partition whose directory is `logDir`: empty, knowing the snapshot files
    /// there. Snapshots that match no segment file are removed first (Kafka's
    /// `removeStraySnapshots` at load), except the newest when it lies past every segment (a clean
    /// shutdown's snapshot at the log end offset).
    package init(
        topicPartition: TopicPartition, logDir: String,
        config: ProducerStateManagerConfig = ProducerStateManagerConfig(),
        clock: any KafkaClock
    ) throws(StorageError) {
        let manager = try ProducerStateManager(
            topicPartition: topicPartition, logDir: logDir, maxTransactionTimeoutMs: config.maxTransactionTimeoutMs,
            producerIdExpirationMs: config.producerIdExpirationMs, clock: clock)
        try manager.removeStraySnapshots(segmentBaseOffsets: try Self.segmentBaseOffsets(in: logDir))
        self.state = Mutex(State(manager: LockedManager(manager)))
        self.clock = clock
        self.topicPartition = topicPartition
    }

    /// The base offsets of the live `.log` files in `directory` (none when it does not exist yet).
    private static func segmentBaseOffsets(in directory: String) throws(StorageError) -> [Int64] {
        let names: [String]
        do {
            names = try StorageFile.directoryEntries(directory)
        } catch {
            if error.isNoSuchFile { return [] }
            throw error
        }
        return names.compactMap { name in
            guard let parsed = SegmentFileName(name), parsed.kind == .log, parsed.status == .live else { return nil }
            return parsed.baseOffset
        }
    }

    // MARK: LogProducerState

    package func prepareAppend(_ batches: [RecordBatch], origin: AppendOrigin, appendOffsetMetadata: LogOffsetMetadata)
        throws(LogError) -> ProducerStateAppend
    {
        let analysis = try state.withLock { (state) throws(LogError) -> ProducerAppendAnalysis in
            do throws(ProducerStateError) {
                return try state.manager.value.analyzeAndValidateProducerState(
                    batches, origin: origin, appendOffsetMetadata: appendOffsetMetadata)
            } catch {
                throw .producerState(error.errorCode, error.description)
            }
        }
        if let duplicate = analysis.duplicate {
            return .duplicate(
                firstOffset: duplicate.firstOffset, lastOffset: duplicate.lastOffset, timestamp: duplicate.timestamp)
        }
        return .append(pending: analysis)
    }

    package func completeAppend(
        _ pending: any Sendable, nextOffset: Int64, appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void
    ) throws(StorageError) {
        guard let analysis = pending as? ProducerAppendAnalysis else {
            throw .illegalState("Producer state of \(topicPartition) was handed an append it did not prepare")
        }
        try state.withLock { (state) throws(StorageError) in
            try state.manager.value.updateProducerState(
                after: analysis, nextOffset: nextOffset, appendAbortedTxn: appendAbortedTxn)
        }
    }

    package func recover(_ batch: RecordBatch, appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void)
        throws(StorageError)
    {
        try state.withLock { (state) throws(StorageError) in
            try state.manager.value.recover(batch, appendAbortedTxn: appendAbortedTxn)
        }
    }

    /// Kafka's `recoverSegment` takes a snapshot after each segment, so that a crash during recovery
    /// does not replay the segments already recovered.
    package func segmentRecovered(nextOffset: Int64) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            if nextOffset > state.manager.value.mapEndOffset { state.manager.value.updateMapEndOffset(nextOffset) }
            try state.manager.value.takeSnapshot()
        }
    }

    package func rebuild(
        segmentBaseOffsets: [Int64], logStartOffset: Int64, lastOffset: Int64, reloadFromCleanShutdown: Bool,
        readBatches: (_ segmentBaseOffset: Int64, _ startOffset: Int64, _ endOffset: Int64) throws(StorageError) ->
            [RecordBatch]
    ) throws(StorageError) {
        let now = clock.milliseconds()
        try state.withLock { (state) throws(StorageError) in
            let failures = try state.manager.value.rebuildProducerState(
                segmentBaseOffsets: segmentBaseOffsets, logStartOffset: logStartOffset, lastOffset: lastOffset,
                reloadFromCleanShutdown: reloadFromCleanShutdown, currentTimeMs: now, readBatches: readBatches)
            state.snapshotLoadFailures += failures
        }
    }

    package func truncateFullyAndStartAt(_ offset: Int64) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            try state.manager.value.truncateFullyAndStartAt(offset)
            state.unflushedSnapshots.removeAll()
        }
    }

    /// Kafka's roll: the map end offset moves to the new segment's base and a snapshot is written
    /// there, fsynced later by `flushSnapshots()`.
    package func segmentRolled(baseOffset: Int64) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            state.manager.value.updateMapEndOffset(baseOffset)
            if let path = try state.manager.value.takeSnapshot(sync: false) { state.unflushedSnapshots.append(path) }
        }
    }

    /// The snapshots at the deleted segments' base offsets go at once: unlike the segments, no
    /// reader holds them.
    package func segmentsDeleted(baseOffsets: [Int64]) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            for offset in baseOffsets {
                if let snapshot = try state.manager.value.removeAndMarkSnapshotForDeletion(offset: offset) {
                    _ = try snapshot.deleteIfExists()
                }
            }
        }
    }

    package func logStartOffsetIncremented(to offset: Int64) {
        state.withLock { $0.manager.value.onLogStartOffsetIncremented(offset) }
    }

    package func highWatermarkUpdated(to offset: Int64) {
        state.withLock { $0.manager.value.onHighWatermarkUpdated(offset) }
    }

    package var firstUnstableOffset: LogOffsetMetadata? {
        state.withLock { $0.manager.value.firstUnstableOffset }
    }

    /// A clean close: a snapshot at the log end offset (the map end offset follows every append),
    /// and every snapshot on the device.
    package func close() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            try state.manager.value.takeSnapshot()
            for path in state.unflushedSnapshots { try ProducerStateManager.flushSnapshot(path: path) }
            state.unflushedSnapshots.removeAll()
        }
    }

    // MARK: Log manager

    /// Fsyncs the snapshots written without fsync (on roll). A snapshot deleted meanwhile is skipped.
    package func flushSnapshots() throws(StorageError) {
        let paths = state.withLock { state -> [String] in
            let paths = state.unflushedSnapshots
            state.unflushedSnapshots.removeAll()
            return paths
        }
        for (index, path) in paths.enumerated() {
            do {
                try ProducerStateManager.flushSnapshot(path: path)
            } catch {
                // Keep what is not yet on the device for the next attempt.
                state.withLock { $0.unflushedSnapshots.insert(contentsOf: paths[index...], at: 0) }
                throw error
            }
        }
    }

    /// Deletes the snapshots below `offset` (after a recovery point checkpoint).
    package func deleteSnapshotsBefore(_ offset: Int64) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in try state.manager.value.deleteSnapshotsBefore(offset) }
    }

    /// Forgets the producers idle for `producer.id.expiration.ms` (Kafka's periodic
    /// `removeExpiredProducers`).
    package func removeExpiredProducers(currentTimeMs: Int64) {
        state.withLock { $0.manager.value.removeExpiredProducers(currentTimeMs: currentTimeMs) }
    }

    /// `producer.id.expiration.ms`, a dynamic broker config.
    package var producerIdExpirationMs: Int64 {
        get { state.withLock { $0.manager.value.producerIdExpirationMs } }
        set { state.withLock { $0.manager.value.producerIdExpirationMs = newValue } }
    }

    /// Snapshots that could not be read while rebuilding and were deleted, for the log manager's
    /// report.
    package var snapshotLoadFailures: [ProducerSnapshotLoadFailure] { state.withLock { $0.snapshotLoadFailures } }

    /// Runs `body` on the manager under the lock, to read its state (DescribeProducers, the log
    /// cleaner, tests). Changing the state here would bypass the log.
    package func withManager<Result: Sendable, Failure: Error>(
        _ body: (ProducerStateManager) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try state.withLock { (state) throws(Failure) -> Result in try body(state.manager.value) }
    }
}

/// A `ProducerStateManager` that only `ManagedProducerState` touches, always with its lock held;
/// hence `@unchecked Sendable`.
private final class LockedManager: @unchecked Sendable {
    let value: ProducerStateManager

    init(_ value: ProducerStateManager) {
        self.value = value
    }
}

extension ManagedProducerState: CleanerProducerState {
    /// What compaction must keep for each active producer (its last data batch and epoch).
    package var lastRecordsOfActiveProducers: [Int64: LastRecord] {
        withManager { $0.lastRecordsOfActiveProducers }
    }
}
