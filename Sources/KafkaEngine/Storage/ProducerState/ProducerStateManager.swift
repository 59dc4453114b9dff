/// The idempotent and transactional producer state of one partition log (Kafka's
/// `ProducerStateManager`): for every producer id still active, its epoch and last few batches
/// (`ProducerStateEntry`); the transactions still open, ordered by first offset, which hold back
/// the last stable offset; the transactions ended but not yet below the high watermark; and the
/// `<offset>.snapshot` files that let a restart skip replaying the whole log.
///
/// `mapEndOffset` is the log offset the in-memory state is complete up to. The state moves only
/// when the log says so: `update(_:)` and `completeTxn(_:)` after an append, `updateMapEndOffset(_:)`
/// to the new log end, `truncateAndReload` / `truncateFullyAndStartAt` when the log is cut.
/// Snapshot files are named by the map end offset at the time they were taken.
///
/// Not thread-safe: the owning `Log` makes every call while holding its lock, as Kafka's
/// `UnifiedLog` does. (Kafka keeps the snapshot map in a concurrent map so that its retention thread
/// can delete snapshots without that lock; here that call is serialized too.)
package final class ProducerStateManager {
    /// How far past `transaction.max.timeout.ms` an open transaction counts as hanging (Kafka's
    /// `LATE_TRANSACTION_BUFFER_MS`).
    package static let lateTransactionBufferMs: Int64 = 5 * 60 * 1000
    /// `producer.id.expiration.ms`'s default: one day.
    package static let defaultProducerIdExpirationMs: Int64 = 86_400_000
    /// `transaction.max.timeout.ms`'s default: fifteen minutes.
    package static let defaultMaxTransactionTimeoutMs: Int64 = 900_000

    package let topicPartition: TopicPartition
    /// The partition directory holding the snapshot files.
    package private(set) var logDir: String
    /// `transaction.max.timeout.ms`, for `hasLateTransaction`.
    package let maxTransactionTimeoutMs: Int64
    /// `producer.id.expiration.ms`: a producer idle this long, with no open transaction, is
    /// forgotten. A dynamic broker config, hence settable.
    package var producerIdExpirationMs: Int64
    private let clock: any KafkaClock

    private var producers: [Int64: ProducerStateEntry] = [:]
    /// Undecided transactions.
    private var ongoingTxns = TxnsByFirstOffset()
    /// Transactions whose marker is at or above the high watermark.
    private var unreplicatedTxns = TxnsByFirstOffset()
    /// By offset.
    private var snapshots: [ProducerSnapshotFile] = []
    private var lastMapOffset: Int64 = 0
    private var lastSnapOffset: Int64 = 0
    /// The last timestamp of the producer of the oldest open transaction, -1 when none is open.
    package private(set) var oldestTxnLastTimestamp: Int64 = -1

    /// Opens the state of the partition in `logDir`, empty, noting the snapshot files there; the log
    /// then loads it with `truncateAndReload` (or `rebuildProducerState`).
    package init(
        topicPartition: TopicPartition, logDir: String,
        maxTransactionTimeoutMs: Int64 = ProducerStateManager.defaultMaxTransactionTimeoutMs,
        producerIdExpirationMs: Int64 = ProducerStateManager.defaultProducerIdExpirationMs,
        clock: any KafkaClock = SystemClock()
    ) throws(StorageError) {
        self.topicPartition = topicPartition
        self.logDir = logDir
        self.maxTransactionTimeoutMs = maxTransactionTimeoutMs
        self.producerIdExpirationMs = producerIdExpirationMs
        self.clock = clock
        self.snapshots = try Self.listSnapshotFiles(directory: logDir)
    }

    // MARK: Reading the state

    /// The offset the state is complete up to (exclusive).
    package var mapEndOffset: Int64 { lastMapOffset }

    /// Every producer the partition remembers.
    package var activeProducers: [Int64: ProducerStateEntry] { producers }

    package var producerIdCount: Int { producers.count }

    /// No producer and no transaction waiting for the high watermark.
    package var isEmpty: Bool { producers.isEmpty && unreplicatedTxns.isEmpty }

    package func lastEntry(producerId: Int64) -> ProducerStateEntry? {
        producers[producerId]
    }

    /// The retained batch that `batch` repeats, if any (Kafka's
    /// `lastEntry(batch.producerId).flatMap(_.findDuplicateBatch(batch))`).
    package func findDuplicateBatch(_ batch: RecordBatch) -> BatchMetadata? {
        producers[batch.producerId]?.findDuplicateBatch(batch)
    }

    /// Each producer's last data offset and epoch, for the log cleaner (Kafka's
    /// `UnifiedLog.lastRecordsOfActiveProducers`).
    package var lastRecordsOfActiveProducers: [Int64: LastRecord] {
        producers.mapValues { entry in
            LastRecord(
                lastDataOffset: entry.lastDataOffset >= 0 ? entry.lastDataOffset : nil,
                producerEpoch: entry.producerEpoch)
        }
    }

    /// The first offset of the oldest transaction that is undecided, or decided with its marker not
    /// yet below the high watermark. The last stable offset is the smaller of this and the high
    /// watermark.
    package var firstUnstableOffset: LogOffsetMetadata? {
        switch (unreplicatedTxns.first?.firstOffset, ongoingTxns.first?.firstOffset) {
        case (nil, let undecided): undecided
        case (let unreplicated, nil): unreplicated
        case (.some(let unreplicated), .some(let undecided)):
            undecided.messageOffset < unreplicated.messageOffset ? undecided : unreplicated
        }
    }

    /// The first offset of the oldest undecided transaction, whatever the high watermark.
    package var firstUndecidedOffset: Int64? {
        ongoingTxns.first?.firstOffset.messageOffset
    }

    /// Whether the oldest open transaction's producer has been silent for longer than
    /// `transaction.max.timeout.ms` plus `lateTransactionBufferMs` (a hanging transaction).
    package func hasLateTransaction(currentTimeMs: Int64) -> Bool {
        let lastTimestamp = oldestTxnLastTimestamp
        // Wrapping: timestamps come from record batches and snapshot files.
        return lastTimestamp > 0
            && currentTimeMs &- lastTimestamp > maxTransactionTimeoutMs + Self.lateTransactionBufferMs
    }

    package func hasLateTransaction() -> Bool {
        hasLateTransaction(currentTimeMs: clock.milliseconds())
    }

    // MARK: Appending

    /// A validator for `producerId`'s batches in one append, starting from its current state.
    package func prepareUpdate(producerId: Int64, origin: AppendOrigin) -> ProducerAppendInfo {
        ProducerAppendInfo(
            topicPartition: topicPartition, producerId: producerId,
            currentEntry: producers[producerId] ?? .empty(producerId: producerId), origin: origin)
    }

    /// Makes an append's outcome part of the state, once the batches are in the log: the producer's
    /// entry, and the transactions the append began.
    package func update(_ appendInfo: ProducerAppendInfo) {
        // Batches without a producer id never get an append info; a caller passing one is a bug.
        precondition(
            appendInfo.producerId != RecordBatch.noProducerId,
            "Invalid producer id \(appendInfo.producerId) passed to update for partition \(topicPartition)")
        let next = appendInfo.updatedEntry
        if producers[appendInfo.producerId] != nil {
            producers[appendInfo.producerId]?.update(with: next)
        } else {
            producers[appendInfo.producerId] = next
        }
        for txn in appendInfo.startedTransactions { ongoingTxns.insert(txn) }
        updateOldestTxnTimestamp()
    }

    /// Moves the map end offset; after every append (to the new log end offset, even when no
    /// producer batch was written) and before each snapshot.
    package func updateMapEndOffset(_ lastOffset: Int64) {
        lastMapOffset = lastOffset
    }

    /// The last stable offset to record with `completedTxn` in the `.txnindex`: the first offset of
    /// the oldest other producer's open transaction, or just past the marker. Computed before
    /// `completeTxn`, which is called only once the index entry is written.
    package func lastStableOffset(_ completedTxn: CompletedTxn) -> Int64 {
        ongoingTxns.first { $0.producerId != completedTxn.producerId }?.firstOffset.messageOffset
            ?? completedTxn.lastOffset &+ 1
    }

    /// Marks a transaction decided. It keeps holding back the first unstable offset until the high
    /// watermark passes its marker (`onHighWatermarkUpdated`).
    /// - Throws: `illegalState` when no such transaction was started (the log contradicts itself).
    package func completeTxn(_ completedTxn: CompletedTxn) throws(StorageError) {
        guard var txn = ongoingTxns.remove(firstOffset: completedTxn.firstOffset) else {
            throw .illegalState(
                "Attempted to complete transaction \(completedTxn) on partition \(topicPartition) which was not started"
            )
        }
        txn.lastOffset = completedTxn.lastOffset
        unreplicatedTxns.insert(txn)
        updateOldestTxnTimestamp()
    }

    /// Forgets the decided transactions whose markers are now below the high watermark, letting
    /// the first unstable offset move on.
    package func onHighWatermarkUpdated(_ highWatermark: Int64) {
        removeUnreplicatedTransactions(before: highWatermark)
    }

    /// Forgets producers idle for `producerIdExpirationMs` with no open transaction; a producer with
    /// an open transaction is kept so that its transaction can still be ended and fenced.
    package func removeExpiredProducers(currentTimeMs: Int64) {
        producers = producers.filter { !isProducerExpired(currentTimeMs: currentTimeMs, $0.value) }
    }

    package func removeExpiredProducers() {
        removeExpiredProducers(currentTimeMs: clock.milliseconds())
    }

    private func isProducerExpired(currentTimeMs: Int64, _ entry: ProducerStateEntry) -> Bool {
        entry.currentTxnFirstOffset == nil && currentTimeMs &- entry.lastTimestamp >= producerIdExpirationMs
    }

    // MARK: Log start and truncation

    /// The log start offset moved forward (retention, DeleteRecords): drops decided transactions
    /// below it and moves the map end offset up to it. Producers are kept, so that a producer whose
    /// records were all deleted can carry on (KIP-360); they leave by expiration.
    package func onLogStartOffsetIncremented(_ logStartOffset: Int64) {
        removeUnreplicatedTransactions(before: logStartOffset)
        if lastMapOffset < logStartOffset { lastMapOffset = logStartOffset }
        lastSnapOffset = latestSnapshotOffset ?? logStartOffset
    }

    /// Fits the state to a log now holding `[logStartOffset, logEndOffset)`: deletes the snapshots
    /// outside `(logStartOffset, logEndOffset]`; then, unless the state already ends at
    /// `logEndOffset`, clears it and loads the latest remaining snapshot (dropping producers
    /// expired by `currentTimeMs`). The map end offset becomes that snapshot's offset, or
    /// `logStartOffset` when there is none; the log replays its batches from there to
    /// `logEndOffset` (see `rebuildProducerState`).
    ///
    /// A snapshot that cannot be read is deleted and the next older one is tried, as Kafka does;
    /// the ones skipped are returned so that the log can report them.
    @discardableResult
    package func truncateAndReload(
        logStartOffset: Int64, logEndOffset: Int64, currentTimeMs: Int64
    ) throws(StorageError) -> [ProducerSnapshotLoadFailure] {
        for snapshot in snapshots where snapshot.offset > logEndOffset || snapshot.offset <= logStartOffset {
            try removeAndDeleteSnapshot(offset: snapshot.offset)
        }
        guard logEndOffset != mapEndOffset else {
            onLogStartOffsetIncremented(logStartOffset)
            return []
        }
        producers.removeAll()
        ongoingTxns.removeAll()
        updateOldestTxnTimestamp()
        // The log end offset is at most the high watermark here, so no decided transaction can
        // still be waiting for it.
        unreplicatedTxns.removeAll()
        return try loadFromSnapshot(logStartOffset: logStartOffset, currentTimeMs: currentTimeMs)
    }

    /// Empties the state and deletes every snapshot; the state then starts at `offset`.
    package func truncateFullyAndStartAt(_ offset: Int64) throws(StorageError) {
        producers.removeAll()
        ongoingTxns.removeAll()
        unreplicatedTxns.removeAll()
        for snapshot in snapshots { try removeAndDeleteSnapshot(offset: snapshot.offset) }
        lastSnapOffset = 0
        lastMapOffset = offset
        updateOldestTxnTimestamp()
    }

    /// Empties the state and lists the snapshot files on disk again.
    package func truncateFullyAndReloadSnapshots() throws(StorageError) {
        try truncateFullyAndStartAt(0)
        snapshots = try Self.listSnapshotFiles(directory: logDir)
    }

    /// Adds a producer as read from a snapshot, with its open transaction if any.
    package func loadProducerEntry(_ entry: ProducerStateEntry) {
        producers[entry.producerId] = entry
        if let offset = entry.currentTxnFirstOffset {
            ongoingTxns.insert(TxnMetadata(producerId: entry.producerId, firstOffset: offset))
        }
    }

    private func loadFromSnapshot(
        logStartOffset: Int64, currentTimeMs: Int64
    ) throws(StorageError) -> [ProducerSnapshotLoadFailure] {
        var failures: [ProducerSnapshotLoadFailure] = []
        while let snapshot = snapshots.last {
            // An I/O error is the log dir's problem and propagates; only bad contents are skipped.
            let bytes = try StorageFile.readAll(snapshot.path)
            let entries: [ProducerStateEntry]
            do {
                entries = try Self.decodeSnapshot(bytes)
            } catch {
                failures.append(ProducerSnapshotLoadFailure(snapshot: snapshot, error: error))
                try removeAndDeleteSnapshot(offset: snapshot.offset)
                continue
            }
            for entry in entries where !isProducerExpired(currentTimeMs: currentTimeMs, entry) {
                loadProducerEntry(entry)
            }
            lastSnapOffset = snapshot.offset
            lastMapOffset = snapshot.offset
            updateOldestTxnTimestamp()
            return failures
        }
        lastSnapOffset = logStartOffset
        lastMapOffset = logStartOffset
        return failures
    }

    private func removeUnreplicatedTransactions(before offset: Int64) {
        unreplicatedTxns.removeAll { ($0.lastOffset ?? Int64.max) < offset }
    }

    private func updateOldestTxnTimestamp() {
        guard let oldest = ongoingTxns.first else {
            oldestTxnLastTimestamp = -1
            return
        }
        oldestTxnLastTimestamp = producers[oldest.producerId]?.lastTimestamp ?? -1
    }

    // MARK: Snapshots

    /// Writes `<mapEndOffset>.snapshot` unless a snapshot at or past that offset was already taken.
    /// Returns the path written. With `sync` false the file is not fsynced (the log rolls under its
    /// lock this way and calls `flushSnapshot(path:)` from its flush task).
    @discardableResult
    package func takeSnapshot(sync: Bool = true) throws(StorageError) -> String? {
        guard lastMapOffset > lastSnapOffset else { return nil }
        let snapshot = ProducerSnapshotFile(directory: logDir, offset: lastMapOffset)
        try Self.writeSnapshot(path: snapshot.path, entries: producers.values, sync: sync)
        insertSnapshot(snapshot)
        lastSnapOffset = lastMapOffset
        return snapshot.path
    }

    /// The offsets of the snapshot files, ascending.
    package var snapshotOffsets: [Int64] { snapshots.map(\.offset) }

    /// The offset of the newest snapshot.
    package var latestSnapshotOffset: Int64? { snapshots.last?.offset }

    /// The offset of the oldest snapshot.
    package var oldestSnapshotOffset: Int64? { snapshots.first?.offset }

    /// The snapshot at exactly `offset` (Kafka's `snapshotFileForOffset` / `fetchSnapshot`).
    package func snapshotFile(offset: Int64) -> ProducerSnapshotFile? {
        snapshots.first { $0.offset == offset }
    }

    /// Deletes the snapshots below `offset`.
    package func deleteSnapshotsBefore(_ offset: Int64) throws(StorageError) {
        for snapshot in snapshots where snapshot.offset < offset {
            try removeAndDeleteSnapshot(offset: snapshot.offset)
        }
    }

    /// Stops tracking the snapshot at `offset` and renames it `….snapshot.deleted`, for the log to
    /// delete with the segment starting there. Nil when there is none, or the file is already gone.
    package func removeAndMarkSnapshotForDeletion(offset: Int64) throws(StorageError) -> ProducerSnapshotFile? {
        guard let index = snapshots.firstIndex(where: { $0.offset == offset }) else { return nil }
        let snapshot = snapshots.remove(at: index)
        do {
            return try snapshot.renamedToDelete()
        } catch {
            if error.isNoSuchFile { return nil }
            throw error
        }
    }

    /// Deletes the snapshot files that have no segment starting at their offset, except the newest
    /// of them when it is above every segment (the one a clean shutdown writes at the log end).
    /// Lists the directory again first.
    package func removeStraySnapshots(segmentBaseOffsets: some Collection<Int64>) throws(StorageError) {
        let baseOffsets = Set(segmentBaseOffsets)
        var listed = try Self.listSnapshotFiles(directory: logDir)
        var latestStray: ProducerSnapshotFile?
        for snapshot in listed where !baseOffsets.contains(snapshot.offset) {
            if let previous = latestStray {
                try previous.deleteIfExists()
                listed.removeAll { $0.offset == previous.offset }
            }
            latestStray = snapshot
        }
        if let stray = latestStray, let maxSegmentBaseOffset = baseOffsets.max(), stray.offset < maxSegmentBaseOffset {
            try stray.deleteIfExists()
            listed.removeAll { $0.offset == stray.offset }
        }
        snapshots = listed
    }

    /// The partition directory was renamed (deletion, or a future replica promoted).
    package func updateParentDir(_ parentDir: String) {
        logDir = parentDir
        snapshots = snapshots.map { ProducerSnapshotFile(directory: parentDir, offset: $0.offset) }
    }

    private func insertSnapshot(_ snapshot: ProducerSnapshotFile) {
        snapshots.removeAll { $0.offset == snapshot.offset }
        let index = snapshots.firstIndex { $0.offset > snapshot.offset } ?? snapshots.endIndex
        snapshots.insert(snapshot, at: index)
    }

    private func removeAndDeleteSnapshot(offset: Int64) throws(StorageError) {
        guard let index = snapshots.firstIndex(where: { $0.offset == offset }) else { return }
        try snapshots.remove(at: index).deleteIfExists()
    }
}

/// A snapshot file that `truncateAndReload` could not read and deleted (Kafka logs these as
/// "Failed to load producer snapshot").
package struct ProducerSnapshotLoadFailure: Equatable, Sendable, CustomStringConvertible {
    package var snapshot: ProducerSnapshotFile
    package var error: CorruptSnapshotError

    package var description: String {
        "Failed to load producer snapshot from '\(snapshot.path)': \(error.message)"
    }
}

/// Transactions keyed and ordered by first offset (Kafka's `TreeMap<Long, TxnMetadata>`). A partition
/// has few open transactions at once, so a sorted array serves.
private struct TxnsByFirstOffset {
    private var txns: [TxnMetadata] = []

    var isEmpty: Bool { txns.isEmpty }
    var first: TxnMetadata? { txns.first }

    func first(where predicate: (TxnMetadata) -> Bool) -> TxnMetadata? {
        txns.first(where: predicate)
    }

    /// Adds `txn`, replacing one with the same first offset.
    mutating func insert(_ txn: TxnMetadata) {
        let key = txn.firstOffset.messageOffset
        let index = lowerBound(key)
        if index < txns.endIndex && txns[index].firstOffset.messageOffset == key {
            txns[index] = txn
        } else {
            txns.insert(txn, at: index)
        }
    }

    mutating func remove(firstOffset: Int64) -> TxnMetadata? {
        let index = lowerBound(firstOffset)
        guard index < txns.endIndex, txns[index].firstOffset.messageOffset == firstOffset else { return nil }
        return txns.remove(at: index)
    }

    mutating func removeAll(where predicate: (TxnMetadata) -> Bool = { _ in true }) {
        txns.removeAll(where: predicate)
    }

    private func lowerBound(_ offset: Int64) -> Int {
        var low = 0
        var high = txns.count
        while low < high {
            let mid = (low + high) / 2
            if txns[mid].firstOffset.messageOffset < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
