import Synchronization

/// A partition's leader epoch history (Kafka's `LeaderEpochFileCache`): for each leader epoch that
/// wrote to the log, the offset of its first record, backed by the `leader-epoch-checkpoint` file.
/// Followers use it (through OffsetForLeaderEpoch) to find where their log diverges from the leader's.
///
/// Invariant: entries are ordered by epoch and their start offsets strictly increase with it. An
/// assignment that would break that removes the conflicting later entries first. `assign` writes
/// the file before returning, so the file never misses an entry; truncations only change memory
/// and the caller flushes (Kafka flushes them on its scheduler, off the log's lock), which is safe
/// because loading the log truncates the cache again. The cache remembers what the file holds, and
/// a write that would not change it is skipped: with thousands of partitions, rewriting (and
/// fsyncing) an unchanged checkpoint on every load, leadership change and close is what makes a
/// restart slow. Thread-safe.
package final class LeaderEpochFileCache: Sendable {
    /// OffsetsForLeaderEpochResponse's `UNDEFINED_EPOCH` and `UNDEFINED_EPOCH_OFFSET`.
    package static let undefinedEpoch: Int32 = -1
    package static let undefinedEpochOffset: Int64 = -1

    /// The entries in memory and those the checkpoint file holds (nil: unknown, the next write
    /// goes to the file whatever it holds).
    private struct Entries {
        var current: [EpochEntry]
        var persisted: [EpochEntry]?
    }

    private let entries: Mutex<Entries>
    package let checkpoint: LeaderEpochCheckpointFile

    /// Loads the entries from `checkpoint`, applying the assignment rules to each in turn.
    /// - Throws: what reading the file throws, or `illegalArgument` for a negative epoch or offset in it.
    package init(checkpoint: LeaderEpochCheckpointFile) throws(StorageError) {
        self.checkpoint = checkpoint
        let read = try checkpoint.read()
        var loaded: [EpochEntry] = []
        for entry in read {
            _ = try Self.assign(entry, to: &loaded)
        }
        // A missing file reads as no entries but is not on the device: the first write creates it.
        self.entries = Mutex(Entries(current: loaded, persisted: StorageFile.exists(checkpoint.path) ? read : nil))
    }

    /// A cache holding `entries` as they are, backed by `checkpoint` (Kafka's `withCheckpoint`, for
    /// a log moved to another directory).
    private init(entries: [EpochEntry], checkpoint: LeaderEpochCheckpointFile) {
        self.checkpoint = checkpoint
        self.entries = Mutex(Entries(current: entries, persisted: nil))
    }

    /// The same entries, backed by another checkpoint file. Nothing is written.
    package func withCheckpoint(_ checkpoint: LeaderEpochCheckpointFile) -> LeaderEpochFileCache {
        LeaderEpochFileCache(entries: epochEntries, checkpoint: checkpoint)
    }

    // MARK: Assigning

    /// Records that `epoch` starts at `startOffset`, unless the latest entry already has this epoch
    /// with a start offset at or below it. Entries with an epoch ≥ `epoch` or a start offset ≥
    /// `startOffset` are removed first. Writes the file when it does not hold the result yet.
    /// With `sync` false the write is not fsynced: the caller makes it durable (one `syncfs` for
    /// many partitions) before a batch in the new epoch can be appended. Returns whether the file
    /// was written.
    /// - Throws: `illegalArgument` for a negative epoch or offset; what writing the file throws.
    @discardableResult
    package func assign(epoch: Int32, startOffset: Int64, sync: Bool = true) throws(StorageError) -> Bool {
        try entries.withLock { (entries) throws(StorageError) -> Bool in
            guard try Self.assign(EpochEntry(epoch: epoch, startOffset: startOffset), to: &entries.current) else {
                return false
            }
            return try write(&entries, sync: sync)
        }
    }

    /// Assigns each entry in turn, then writes the file if it does not hold the result yet.
    package func assign(_ newEntries: [EpochEntry]) throws(StorageError) {
        try entries.withLock { (entries) throws(StorageError) in
            for entry in newEntries { _ = try Self.assign(entry, to: &entries.current) }
            if !newEntries.isEmpty { try write(&entries) }
        }
    }

    /// Writes the entries unless the file already holds exactly them; returns whether it wrote.
    @discardableResult
    private func write(_ entries: inout Entries, sync: Bool = true) throws(StorageError) -> Bool {
        guard entries.persisted != entries.current else { return false }
        entries.persisted = nil  // unknown until the write succeeds
        try checkpoint.write(entries.current, sync: sync)
        entries.persisted = entries.current
        return true
    }

    /// Whether the file holds the entries in memory (a truncation in memory only leaves it behind).
    package var isFlushed: Bool { entries.withLock { $0.persisted == $0.current } }

    private static func assign(_ entry: EpochEntry, to entries: inout [EpochEntry]) throws(StorageError) -> Bool {
        guard entry.epoch >= 0, entry.startOffset >= 0 else {
            throw .illegalArgument("Received invalid partition leader epoch entry \(entry)")
        }
        if let latest = entries.last, latest.epoch == entry.epoch, latest.startOffset <= entry.startOffset {
            return false
        }
        while let last = entries.last, last.epoch >= entry.epoch || last.startOffset >= entry.startOffset {
            entries.removeLast()
        }
        entries.append(entry)
        return true
    }

    // MARK: Reading

    package var epochEntries: [EpochEntry] { entries.withLock { $0.current } }
    package var isEmpty: Bool { entries.withLock { $0.current.isEmpty } }
    package var latestEntry: EpochEntry? { entries.withLock { $0.current.last } }
    package var earliestEntry: EpochEntry? { entries.withLock { $0.current.first } }

    /// The latest epoch, the one being written to.
    package var latestEpoch: Int32? { latestEntry?.epoch }

    /// The epoch before the latest one.
    package var previousEpoch: Int32? {
        entries.withLock { $0.current.count >= 2 ? $0.current[$0.current.count - 2].epoch : nil }
    }

    /// The largest epoch below `epoch`.
    package func previousEpoch(before epoch: Int32) -> Int32? {
        previousEntry(before: epoch)?.epoch
    }

    /// The entry with the largest epoch below `epoch`.
    package func previousEntry(before epoch: Int32) -> EpochEntry? {
        entries.withLock { $0.current.last { $0.epoch < epoch } }
    }

    /// The smallest epoch above `epoch`.
    package func nextEpoch(after epoch: Int32) -> Int32? {
        entries.withLock { $0.current.first { $0.epoch > epoch }?.epoch }
    }

    /// The entry for exactly `epoch`.
    package func epochEntry(_ epoch: Int32) -> EpochEntry? {
        entries.withLock { $0.current.first { $0.epoch == epoch } }
    }

    /// The epoch of the record at `offset`: the entry starting at it, else the last one starting
    /// before it; nil when every entry starts after it.
    package func epochForOffset(_ offset: Int64) -> Int32? {
        entries.withLock { $0.current.last { $0.startOffset <= offset }?.epoch }
    }

    /// Kafka's `endOffsetFor`, behind OffsetForLeaderEpoch: the largest epoch ≤ `requestedEpoch` and
    /// the offset where it ended (the start of the next epoch, or `logEndOffset` for the latest).
    ///
    /// - `undefinedEpoch` requested, an empty cache, or an epoch above the latest:
    ///   `(undefinedEpoch, undefinedEpochOffset)`.
    /// - The latest epoch: `(requestedEpoch, logEndOffset)`.
    /// - Below the first epoch: `(requestedEpoch, first entry's start offset)`; the history before it
    ///   is gone and the follower should replicate from there.
    /// - Otherwise: `(largest epoch ≤ requestedEpoch, start offset of the next epoch)`.
    package func endOffsetFor(requestedEpoch: Int32, logEndOffset: Int64) -> (epoch: Int32, endOffset: Int64) {
        entries.withLock { locked in
            let entries = locked.current
            let undefined = (Self.undefinedEpoch, Self.undefinedEpochOffset)
            if requestedEpoch == Self.undefinedEpoch { return undefined }
            if let latest = entries.last, latest.epoch == requestedEpoch { return (requestedEpoch, logEndOffset) }
            guard let higher = entries.first(where: { $0.epoch > requestedEpoch }) else { return undefined }
            guard let floor = entries.last(where: { $0.epoch <= requestedEpoch }) else {
                return (requestedEpoch, higher.startOffset)
            }
            return (floor.epoch, higher.startOffset)
        }
    }

    /// The entries covering `[startOffset, endOffset)`: as `truncateFromStart(startOffset)` (when
    /// `startOffset` ≥ 0) and `truncateFromEnd(endOffset)` would leave them, without changing the cache.
    package func epochEntriesInRange(startOffset: Int64, endOffset: Int64) -> [EpochEntry] {
        var copy = epochEntries
        if startOffset >= 0 { _ = Self.truncateFromStart(&copy, startOffset) }
        _ = Self.truncateFromEnd(&copy, endOffset)
        return copy
    }

    // MARK: Truncating

    /// Removes the entries starting at or after `endOffset` (a log truncated to `endOffset`). A
    /// negative `endOffset` changes nothing. Returns the removed entries; the caller flushes.
    @discardableResult
    package func truncateFromEnd(_ endOffset: Int64) -> [EpochEntry] {
        entries.withLock { Self.truncateFromEnd(&$0.current, endOffset) }
    }

    /// Removes the entries starting at or before `startOffset` (a log start offset moved up) and
    /// puts back the last of them starting at `startOffset`, so the epoch of the new first record is
    /// kept. Returns the removed entries; the caller flushes.
    @discardableResult
    package func truncateFromStart(_ startOffset: Int64) -> [EpochEntry] {
        entries.withLock { Self.truncateFromStart(&$0.current, startOffset) }
    }

    private static func truncateFromEnd(_ entries: inout [EpochEntry], _ endOffset: Int64) -> [EpochEntry] {
        guard endOffset >= 0, let last = entries.last, last.startOffset >= endOffset else { return [] }
        var removed: [EpochEntry] = []
        while let last = entries.last, last.startOffset >= endOffset {
            removed.append(entries.removeLast())
        }
        return removed
    }

    private static func truncateFromStart(_ entries: inout [EpochEntry], _ startOffset: Int64) -> [EpochEntry] {
        let count = entries.prefix { $0.startOffset <= startOffset }.count
        guard count > 0 else { return [] }
        let removed = Array(entries[..<count])
        entries.removeFirst(count)
        entries.insert(EpochEntry(epoch: removed[count - 1].epoch, startOffset: startOffset), at: 0)
        return removed
    }

    /// Removes every entry and writes the empty file.
    package func clearAndFlush() throws(StorageError) {
        try entries.withLock { (entries) throws(StorageError) in
            entries.current.removeAll()
            try write(&entries)
        }
    }

    /// Removes every entry in memory only.
    package func clear() {
        entries.withLock { $0.current.removeAll() }
    }

    // MARK: Writing

    /// Writes the entries to the checkpoint file unless it already holds them (under the cache's
    /// lock, so a newer state is never overwritten by an older one).
    package func flush(sync: Bool = true) throws(StorageError) {
        try entries.withLock { (entries) throws(StorageError) in _ = try write(&entries, sync: sync) }
    }

    /// `flush`, except that a missing directory (the log was deleted meanwhile) is not an error
    /// (Kafka's `writeIfDirExists`).
    package func flushIfDirectoryExists() throws(StorageError) {
        do {
            try flush()
        } catch where error.isNoSuchFile {
            return
        }
    }
}
