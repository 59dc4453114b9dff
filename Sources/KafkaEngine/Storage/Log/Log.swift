import NIOCore
import Synchronization

/// One partition's log on local disk (Kafka's `UnifiedLog` with its `LocalLog`): the segments of
/// `directory`, the offsets that bound them, the leader-epoch cache, and the hooks for producer
/// state.
///
/// Invariants, kept by every operation:
/// - There is at least one segment while the log is open. Segments are ordered by base offset; the
///   last is the active segment and the only one written to. Every offset in a segment is ≥ its
///   base offset and < the next segment's base offset. In a log that is not compacted a segment's
///   batches carry contiguous offsets starting at its base offset (recovery relies on it to spot
///   damaged base offsets, which the CRC does not cover).
/// - `logStartOffset ≤ highWatermark ≤ logEndOffset` and `recoveryPoint ≤ logEndOffset`.
/// - Every byte below `recoveryPoint` was fsynced; after an unclean shutdown only the segments
///   holding offsets ≥ the recovery point are re-read.
/// - The leader-epoch checkpoint holds the epoch of every batch appended, written before the batch.
/// - A segment leaves the log by being renamed to `.deleted` and unlinked `file.delete.delay.ms`
///   later (`deleteExpiredSegmentFiles(now:)`); slices of it that readers hold stay readable.
///
/// Concurrency: changes (appends, rolls, truncations, retention, close) take the `writer` lock and
/// so happen one at a time, in order. They publish what readers need — the segment list and the
/// offsets — in `view`, a second lock held only to copy or update those values. Reads take a copy
/// of the view and then work without any lock, concurrently with appends; the records they return
/// are `FileSlice`s that hold their file open while the bytes are sent. `flush(upTo:)` runs its
/// fsyncs outside the writer lock (only `flush.messages`, after an append, fsyncs inside it).
package final class Log: Sendable, CustomStringConvertible {
    package let directory: String
    package let topicPartition: TopicPartition
    package let leaderEpochCache: LeaderEpochFileCache
    package let producerState: (any LogProducerState)?
    /// True for a log with no other replica: each append moves the high watermark to the log end
    /// offset. False when a partition (or the Raft layer) sets it (`updateHighWatermark`).
    package let highWatermarkFollowsLogEnd: Bool
    /// What opening the log found and fixed on disk, for the caller to log.
    package let recoveryReport: RecoveryReport
    let clock: any KafkaClock
    let writer: Mutex<WriterState>
    let view: Mutex<LogView>

    /// State only the writer uses.
    struct WriterState {
        /// Segments renamed to `.deleted`, with the time their files may be unlinked.
        var pendingDeletions: [(segment: LogSegment, dueMs: Int64)] = []
        /// When the log was last fully flushed.
        var lastFlushTime: Int64
        /// The base offset of the newest rolled segment not yet flushed up to.
        var rollFlushOffset: Int64?
        /// Bumped by every truncation, so a flush that raced one does not move the recovery point.
        var truncations = 0
    }

    /// What readers see, published by the writer.
    struct LogView: Sendable {
        var config: LogConfig
        var segments: [LogSegment]
        var logStartOffset: Int64
        var logEndOffsetMetadata: LogOffsetMetadata
        var highWatermarkMetadata: LogOffsetMetadata
        var recoveryPoint: Int64
        var isClosed = false

        var activeSegment: LogSegment { segments[segments.count - 1] }

        /// The index of the last segment with base offset ≤ `offset` (Kafka's `floorSegment`).
        func floorIndex(_ offset: Int64) -> Int? {
            var low = 0
            var high = segments.count - 1
            var found: Int?
            while low <= high {
                let mid = (low + high) / 2
                if segments[mid].baseOffset <= offset {
                    found = mid
                    low = mid + 1
                } else {
                    high = mid - 1
                }
            }
            return found
        }
    }

    init(
        directory: String, topicPartition: TopicPartition, config: LogConfig, clock: any KafkaClock,
        leaderEpochCache: LeaderEpochFileCache, producerState: (any LogProducerState)?,
        highWatermarkFollowsLogEnd: Bool, loaded: LogLoader.Loaded
    ) {
        self.directory = directory
        self.topicPartition = topicPartition
        self.clock = clock
        self.leaderEpochCache = leaderEpochCache
        self.producerState = producerState
        self.highWatermarkFollowsLogEnd = highWatermarkFollowsLogEnd
        self.recoveryReport = loaded.report
        let active = loaded.segments[loaded.segments.count - 1]
        let endMetadata = LogOffsetMetadata(
            messageOffset: loaded.nextOffset, segmentBaseOffset: active.baseOffset,
            relativePositionInSegment: Int32(active.size))
        self.writer = Mutex(WriterState(lastFlushTime: clock.milliseconds()))
        self.view = Mutex(
            LogView(
                config: config, segments: loaded.segments, logStartOffset: loaded.logStartOffset,
                logEndOffsetMetadata: endMetadata,
                highWatermarkMetadata: highWatermarkFollowsLogEnd
                    ? endMetadata : LogOffsetMetadata(messageOffset: loaded.logStartOffset),
                recoveryPoint: loaded.recoveryPoint))
    }

    /// Opens the log in `directory` (created if missing; its name is `<topic>-<partition>`),
    /// loading and, after an unclean shutdown, recovering its segments as Kafka's `LogLoader` does.
    /// See `recoveryReport` for what was fixed.
    ///
    /// - Parameters:
    ///   - logStartOffset: from `log-start-offset-checkpoint` (0 when missing).
    ///   - recoveryPoint: from `recovery-point-offset-checkpoint` (0 when missing: recover all).
    ///   - hadCleanShutdown: whether the log dir's clean-shutdown marker was present.
    ///   - producerState: the partition's producer state; by default a `ProducerStateManager` with
    ///     its `.snapshot` files in `directory`.
    /// - Throws: `LogError.storage` when the files cannot be read or fixed (the log dir has failed);
    ///   `illegalArgument` for a directory name that is not a partition's.
    package static func open(
        directory: String, config: LogConfig, clock: any KafkaClock, logStartOffset: Int64 = 0,
        recoveryPoint: Int64 = 0, hadCleanShutdown: Bool = false, highWatermarkFollowsLogEnd: Bool,
        producerState producerStateOption: LogProducerStateOption = .manager()
    ) throws(LogError) -> Log {
        let topicPartition: TopicPartition
        do {
            topicPartition = try LogFileNames.parseTopicPartitionName(directory: directory)
        } catch {
            throw .illegalArgument(error.description)
        }
        let producerState = try producerStateOption.make(
            directory: directory, topicPartition: topicPartition, clock: clock)
        var loader = LogLoader(
            directory: directory, topicPartition: topicPartition, config: config, clock: clock,
            hadCleanShutdown: hadCleanShutdown, logStartOffsetCheckpoint: logStartOffset,
            recoveryPointCheckpoint: recoveryPoint, producerState: producerState)
        let (cache, loaded) = try loader.load()
        let log = Log(
            directory: directory, topicPartition: topicPartition, config: config, clock: clock, leaderEpochCache: cache,
            producerState: producerState, highWatermarkFollowsLogEnd: highWatermarkFollowsLogEnd, loaded: loaded)
        // Transactions that recovery saw end are forgotten once the high watermark passes them.
        producerState?.highWatermarkUpdated(to: log.highWatermark)
        return log
    }

    // MARK: Offsets and state

    package var config: LogConfig { view.withLock { $0.config } }

    /// Replaces the configuration (a topic's config changed). Takes effect from the next append,
    /// roll or retention check.
    package func updateConfig(_ config: LogConfig) {
        writer.withLock { _ in view.withLock { $0.config = config } }
    }

    /// The earliest offset exposed to clients (ListOffsets earliest, fetches below it are out of
    /// range).
    package var logStartOffset: Int64 { view.withLock { $0.logStartOffset } }

    /// The offset the next appended record gets.
    package var logEndOffset: Int64 { view.withLock { $0.logEndOffsetMetadata.messageOffset } }

    package var logEndOffsetMetadata: LogOffsetMetadata { view.withLock { $0.logEndOffsetMetadata } }

    /// The offset below which records are committed and visible to consumers.
    package var highWatermark: Int64 { view.withLock { $0.highWatermarkMetadata.messageOffset } }

    /// Every offset below it is on the device; recovery re-reads from the segment holding it.
    package var recoveryPoint: Int64 { view.withLock { $0.recoveryPoint } }

    /// The first offset a `read_committed` consumer may not see: the first unstable offset of an
    /// open transaction when below the high watermark, else the high watermark.
    package var lastStableOffset: Int64 {
        let (highWatermark, logStart) = view.withLock { ($0.highWatermarkMetadata.messageOffset, $0.logStartOffset) }
        guard let unstable = producerState?.firstUnstableOffset?.messageOffset else { return highWatermark }
        return min(max(unstable, logStart), highWatermark)
    }

    /// Bytes of all segments.
    package var size: Int { view.withLock { $0.segments.reduce(0) { $0 + $1.size } } }

    /// The segments, oldest first (a snapshot).
    package var segments: [LogSegment] { view.withLock { $0.segments } }

    package var activeSegment: LogSegment { view.withLock { $0.activeSegment } }

    package var numberOfSegments: Int { view.withLock { $0.segments.count } }

    package var isClosed: Bool { view.withLock { $0.isClosed } }

    /// Messages appended since the last flush (Kafka's `unflushedMessages`).
    package var unflushedMessages: Int64 { view.withLock { $0.logEndOffsetMetadata.messageOffset - $0.recoveryPoint } }

    /// When the log was last flushed up to its end.
    package var lastFlushTime: Int64 { writer.withLock { $0.lastFlushTime } }

    /// The latest leader epoch that wrote to the log.
    package var latestEpoch: Int32? { leaderEpochCache.latestEpoch }

    /// OffsetForLeaderEpoch: the largest epoch ≤ `leaderEpoch` and the offset where it ended; nil
    /// when unknown (Kafka's `endOffsetForEpoch`).
    package func endOffsetForEpoch(_ leaderEpoch: Int32) -> (epoch: Int32, endOffset: Int64)? {
        let result = leaderEpochCache.endOffsetFor(requestedEpoch: leaderEpoch, logEndOffset: logEndOffset)
        return result.endOffset == LeaderEpochFileCache.undefinedEpochOffset ? nil : result
    }

    // MARK: High watermark

    /// Sets the high watermark, bounded by the log start and end offsets (Kafka's
    /// `updateHighWatermark`). Returns the value set.
    @discardableResult
    package func updateHighWatermark(_ offset: Int64) -> Int64 {
        let updated = view.withLock { view -> Int64 in
            let metadata: LogOffsetMetadata
            if offset < view.logStartOffset {
                metadata = LogOffsetMetadata(messageOffset: view.logStartOffset)
            } else if offset >= view.logEndOffsetMetadata.messageOffset {
                metadata = view.logEndOffsetMetadata
            } else {
                metadata = LogOffsetMetadata(messageOffset: offset)
            }
            view.highWatermarkMetadata = metadata
            return metadata.messageOffset
        }
        producerState?.highWatermarkUpdated(to: updated)
        return updated
    }

    /// Moves the high watermark up to `offset` only if that is larger (Kafka's
    /// `maybeIncrementHighWatermark`, the leader after followers caught up). Returns the old value
    /// when it moved.
    /// - Throws: `illegalArgument` when `offset` is above the log end offset.
    @discardableResult
    package func maybeIncrementHighWatermark(_ offset: Int64) throws(LogError) -> Int64? {
        let old = try view.withLock { (view) throws(LogError) -> Int64? in
            guard offset <= view.logEndOffsetMetadata.messageOffset else {
                throw .illegalArgument(
                    "High watermark \(offset) update exceeds current log end offset \(view.logEndOffsetMetadata.messageOffset)"
                )
            }
            let old = view.highWatermarkMetadata.messageOffset
            guard offset > old else { return nil }
            view.highWatermarkMetadata =
                offset == view.logEndOffsetMetadata.messageOffset
                ? view.logEndOffsetMetadata : LogOffsetMetadata(messageOffset: offset)
            return old
        }
        if old != nil { producerState?.highWatermarkUpdated(to: offset) }
        return old
    }

    /// After the log end moved: a high watermark at or past it becomes the log end (Kafka's
    /// `updateHighWatermarkWithLogEndOffset`), and a single-replica log's follows it.
    func updateHighWatermarkWithLogEndOffset(_ view: inout LogView) {
        if highWatermarkFollowsLogEnd
            || view.highWatermarkMetadata.messageOffset >= view.logEndOffsetMetadata.messageOffset
        {
            view.highWatermarkMetadata = view.logEndOffsetMetadata
        }
    }

    package var description: String {
        view.withLock { view in
            "Log(dir=\(directory), topic=\(topicPartition.topic), partition=\(topicPartition.partition),"
                + " highWatermark=\(view.highWatermarkMetadata.messageOffset), logStartOffset=\(view.logStartOffset),"
                + " logEndOffset=\(view.logEndOffsetMetadata.messageOffset))"
        }
    }

    // MARK: Helpers

    /// Runs a storage call, turning its error into `LogError.storage`.
    func storage<T>(_ body: () throws(StorageError) -> T) throws(LogError) -> T {
        do {
            return try body()
        } catch {
            throw .storage(error)
        }
    }

    /// Throws `illegalState` once the log is closed.
    func checkOpen(_ view: LogView) throws(LogError) {
        if view.isClosed { throw .illegalState("The log for partition \(topicPartition) is closed") }
    }
}
