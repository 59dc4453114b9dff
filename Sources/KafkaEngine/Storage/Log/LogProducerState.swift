/// The seam between a `Log` and the partition's producer state (idempotence and transactions,
/// Kafka's `ProducerStateManager`). The log calls it at the points where Kafka's `UnifiedLog`,
/// `LogSegment` and `LogLoader` call the producer state manager; a log opened without one keeps no
/// producer state (no duplicate detection, the last stable offset is the high watermark).
///
/// Every call is made with the log's append lock held, one at a time, so an implementation needs
/// no locking for these calls (it must be `Sendable` because the log is).
///
/// The append path, for each leader or follower append:
/// 1. offsets are assigned, then `prepareAppend` sees the batches (duplicate check, sequence and
///    epoch checks, transaction state); it throws to refuse the append, or answers `.duplicate` to
///    have the log write nothing and return the earlier offsets;
/// 2. the bytes are written;
/// 3. the `commit` closure of `.append` applies the update and returns the `.txnindex` entries of
///    the transactions the append aborted (the log writes them to the active segment).
///
/// Rebuilding (on open, after recovery, after truncation), Kafka's `rebuildProducerState`: the log
/// calls `prepareRebuild(logStartOffset:lastOffset:)`; the implementation drops what lies beyond
/// `lastOffset`, loads its newest snapshot at or below it, and returns the offset from which the
/// log replays its batches through `replay`, up to `lastOffset`. Segment recovery replays each
/// batch it keeps and writes the aborted transactions `replay` returns to that segment's
/// `.txnindex`.
package protocol LogProducerState: AnyObject, Sendable {
    /// Checks batches about to be appended, in order.
    /// - Throws: `LogError.producerState` with Kafka's code (OUT_OF_ORDER_SEQUENCE_NUMBER,
    ///   INVALID_PRODUCER_EPOCH, INVALID_TXN_STATE, …).
    func prepareAppend(_ batches: [LogAppendBatch], origin: AppendOrigin) throws(LogError) -> ProducerStateAppend

    /// Applies one batch already in the log (recovery and rebuild); returns the `.txnindex` entries
    /// of transactions it aborted.
    func replay(_ batch: RecordBatch) -> [AbortedTxn]

    /// Drops state past `lastOffset`, reloads the newest snapshot at or below it, and returns the
    /// offset the log must replay batches from (at least `logStartOffset`).
    func prepareRebuild(logStartOffset: Int64, lastOffset: Int64) -> Int64

    /// Replay reached `offset` (Kafka's `updateMapEndOffset`).
    func rebuildFinished(at offset: Int64)

    /// The log was emptied and restarts at `offset` (Kafka's `truncateFullyAndStartAt`).
    func truncateFullyAndStartAt(_ offset: Int64)

    /// A new segment starts at `baseOffset`: a good time for a snapshot (Kafka takes one on roll).
    func segmentRolled(baseOffset: Int64)

    /// Segments with these base offsets were deleted: their snapshots may go.
    func segmentsDeleted(baseOffsets: [Int64])

    func logStartOffsetIncremented(to offset: Int64)

    func highWatermarkUpdated(to offset: Int64)

    /// The first offset of the oldest open transaction, with its position when known: the last
    /// stable offset cannot pass it.
    var firstUnstableOffset: LogOffsetMetadata? { get }

    /// The log is closing cleanly (Kafka takes a snapshot at the log end offset).
    func close()
}

/// What `LogProducerState.prepareAppend` decided.
package enum ProducerStateAppend: Sendable {
    /// Write the batches, then call `commit`; it returns `.txnindex` entries to write.
    case append(commit: @Sendable () -> [AbortedTxn])
    /// The batch was appended before (same producer, epoch and sequences): write nothing and answer
    /// with the first append's offsets and timestamp.
    case duplicate(firstOffset: Int64, lastOffset: Int64, timestamp: Int64)
}

/// A batch on its way into the log. A leader does not rewrite the bytes it received (the header
/// with the assigned offsets is written beside them), so `batch` shows the producer's header and
/// the fields the log assigns are given here; for a follower they are the same.
package struct LogAppendBatch: Sendable {
    /// The batch as received: producer id, epoch, sequences, attributes and records.
    package var batch: RecordBatch
    /// The offset its first record is written with.
    package var baseOffset: Int64
    package var partitionLeaderEpoch: Int32
    /// Its max timestamp as written (the broker's clock under LogAppendTime).
    package var maxTimestamp: Int64
    /// Where it starts in the log.
    package var position: LogOffsetMetadata

    package init(
        batch: RecordBatch, baseOffset: Int64, partitionLeaderEpoch: Int32, maxTimestamp: Int64,
        position: LogOffsetMetadata
    ) {
        self.batch = batch
        self.baseOffset = baseOffset
        self.partitionLeaderEpoch = partitionLeaderEpoch
        self.maxTimestamp = maxTimestamp
        self.position = position
    }

    package var lastOffset: Int64 { baseOffset &+ Int64(batch.lastOffsetDelta) }
}
