import Foundation
import NIOCore

@testable import KafkaEngine

/// A partition log in memory that drives `ProducerStateManager` the way the real `Log` is meant to
/// (Kafka's `UnifiedLog.append`, `roll`, `truncateTo`, load): segments are arrays of batches, the
/// `.txnindex` is an array, and only the producer snapshots touch the disk.
final class InMemoryPartitionLog {
    enum AppendResult: Equatable {
        /// Written at these offsets.
        case appended(firstOffset: Int64, lastOffset: Int64)
        /// A retry of a batch already written at these offsets; nothing was written.
        case duplicate(firstOffset: Int64, lastOffset: Int64, timestamp: Int64)
    }

    let dir: String
    let clock: ManualClock
    private(set) var manager: ProducerStateManager
    /// Base offset → batches, in offset order.
    private(set) var segments: [(baseOffset: Int64, batches: [RecordBatch])] = [(0, [])]
    private(set) var abortedTxns: [AbortedTxn] = []
    private(set) var logEndOffset: Int64 = 0
    private(set) var highWatermark: Int64 = 0
    var logStartOffset: Int64 = 0

    init(dir: String, clock: ManualClock = ManualClock()) throws {
        self.dir = dir
        self.clock = clock
        self.manager = try ProducerStateHarness.newManager(dir: dir, clock: clock)
    }

    var allBatches: [RecordBatch] { segments.flatMap(\.batches) }

    /// Kafka's `UnifiedLog.append`: offsets assigned, producer state analysed, written, state updated.
    @discardableResult
    func append(_ batch: RecordBatch, origin: AppendOrigin = .client) throws -> AppendResult {
        var batch = batch
        batch.setBaseOffset(logEndOffset)
        let active = segments[segments.count - 1]
        let position = active.batches.reduce(0) { $0 + $1.sizeInBytes }
        let analysis = try manager.analyzeAndValidateProducerState(
            [batch], origin: origin,
            appendOffsetMetadata: LogOffsetMetadata(
                messageOffset: batch.baseOffset, segmentBaseOffset: active.baseOffset,
                relativePositionInSegment: Int32(position)))
        if let duplicate = analysis.duplicate {
            return .duplicate(
                firstOffset: duplicate.firstOffset, lastOffset: duplicate.lastOffset, timestamp: duplicate.timestamp)
        }
        segments[segments.count - 1].batches.append(batch)
        logEndOffset = batch.lastOffset + 1
        try manager.updateProducerState(after: analysis, nextOffset: logEndOffset) { aborted throws(StorageError) in
            abortedTxns.append(aborted)
        }
        return .appended(firstOffset: batch.baseOffset, lastOffset: batch.lastOffset)
    }

    /// Kafka's `UnifiedLog.roll`: a new segment at the log end, with a snapshot at its base.
    func roll() throws {
        segments.append((logEndOffset, []))
        manager.updateMapEndOffset(logEndOffset)
        if let path = try manager.takeSnapshot(sync: false) { try ProducerStateManager.flushSnapshot(path: path) }
    }

    func updateHighWatermark(_ offset: Int64) {
        highWatermark = offset
        manager.onHighWatermarkUpdated(offset)
    }

    /// The last stable offset: the first unstable offset, capped by the high watermark.
    var lastStableOffset: Int64 {
        min(manager.firstUnstableOffset?.messageOffset ?? highWatermark, highWatermark)
    }

    /// Kafka's `UnifiedLog.truncateTo`: drops batches at or above `offset`, then rebuilds.
    func truncate(to offset: Int64) throws {
        for index in segments.indices { segments[index].batches.removeAll { $0.lastOffset >= offset } }
        segments.removeAll { $0.baseOffset > offset && $0.batches.isEmpty }
        if segments.isEmpty { segments = [(offset, [])] }
        abortedTxns.removeAll { $0.lastOffset >= offset }
        logEndOffset = offset
        highWatermark = min(highWatermark, offset)
        try rebuild(reloadFromCleanShutdown: false)
    }

    /// A restart: snapshot at the log end (clean) or not, then a new manager loaded as `LogLoader`
    /// does.
    @discardableResult
    func restart(clean: Bool) throws -> [ProducerSnapshotLoadFailure] {
        if clean {
            manager.updateMapEndOffset(logEndOffset)
            try manager.takeSnapshot()
        }
        manager = try ProducerStateHarness.newManager(dir: dir, clock: clock)
        try manager.removeStraySnapshots(segmentBaseOffsets: segments.map(\.baseOffset))
        return try rebuild(reloadFromCleanShutdown: clean)
    }

    /// Kafka's `UnifiedLog.rebuildProducerState` over these segments.
    @discardableResult
    func rebuild(reloadFromCleanShutdown: Bool) throws -> [ProducerSnapshotLoadFailure] {
        try manager.rebuildProducerState(
            segmentBaseOffsets: segments.map(\.baseOffset), logStartOffset: logStartOffset, lastOffset: logEndOffset,
            reloadFromCleanShutdown: reloadFromCleanShutdown, currentTimeMs: clock.milliseconds()
        ) { base, start, end throws(StorageError) in
            let batches = segments.first { $0.baseOffset == base }?.batches ?? []
            return batches.filter { $0.lastOffset >= start && $0.lastOffset < end }
        }
    }

    /// Replays every segment with `recover`, as segment recovery does, into a fresh manager; returns
    /// it with the aborted transactions it found.
    func recoveredFromScratch() throws -> (ProducerStateManager, [AbortedTxn]) {
        try withTemporaryDirectory { scratch in
            let manager = try ProducerStateHarness.newManager(dir: scratch, clock: clock)
            manager.updateMapEndOffset(logStartOffset)
            var aborted: [AbortedTxn] = []
            for batch in allBatches {
                try manager.recover(batch) { txn throws(StorageError) in aborted.append(txn) }
            }
            return (manager, aborted)
        }
    }
}
