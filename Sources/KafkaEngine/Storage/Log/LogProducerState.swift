/// The seam between a `Log` and the partition's producer state (idempotence and transactions,
/// Kafka's `ProducerStateManager`). The log calls it where Kafka's `UnifiedLog`, `LogSegment` and
/// `LogLoader` call the producer state manager, in the same order; a log opened without one keeps
/// no producer state (no duplicate detection; the last stable offset is the high watermark).
///
/// Every call is made with the log's writer lock held, one at a time, so an implementation needs no
/// locking of its own for them (it must be `Sendable` because the log is). The calls mirror
/// `ProducerStateManager`'s (see its `+Log` extension), so an implementation is a thin adapter.
///
/// - Append, leader or follower: offsets are assigned; `prepareAppend` checks the batches (a throw
///   refuses the append; `.duplicate` makes the log write nothing and answer with the first
///   append's offsets); the batches are written; `completeAppend` applies the update, handing each
///   aborted transaction to the closure, which appends it to the active segment's `.txnindex`.
///   Every append with producer state goes through both calls, with or without producer ids.
/// - Roll: `segmentRolled(baseOffset:)` (Kafka moves the map end offset and takes a snapshot).
/// - Load: after an unclean shutdown, `rebuild` up to the first segment to recover, then
///   `recover(_:appendAbortedTxn:)` for each batch recovery keeps (the closure rebuilds that
///   segment's `.txnindex`) and `segmentRecovered(nextOffset:)` after each segment; finally, always,
///   `rebuild` up to the log end offset.
/// - Truncation: `rebuild` up to the new log end offset; a full truncation first calls
///   `truncateFullyAndStartAt`.
/// - Segments deleted (retention, truncation): `segmentsDeleted(baseOffsets:)`. Log start offset
///   moved: `logStartOffsetIncremented(to:)`. High watermark moved: `highWatermarkUpdated(to:)`.
/// - Clean close: `close()` (Kafka takes a snapshot at the log end offset).
package protocol LogProducerState: AnyObject, Sendable {
    /// Checks batches about to be appended (Kafka's `analyzeAndValidateProducerState`). `batches`
    /// carry the offsets, epoch and timestamps they are written with; `appendOffsetMetadata` is
    /// the segment and position of the first one.
    /// - Throws: `LogError.producerState` with Kafka's code (OUT_OF_ORDER_SEQUENCE_NUMBER,
    ///   INVALID_PRODUCER_EPOCH, INVALID_TXN_STATE, …).
    func prepareAppend(_ batches: [RecordBatch], origin: AppendOrigin, appendOffsetMetadata: LogOffsetMetadata)
        throws(LogError) -> ProducerStateAppend

    /// Applies what `prepareAppend` returned once the batches are written; `nextOffset` is the new
    /// log end offset.
    func completeAppend(
        _ pending: any Sendable, nextOffset: Int64, appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void
    ) throws(StorageError)

    /// One batch kept by segment recovery, in offset order.
    func recover(_ batch: RecordBatch, appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void) throws(StorageError)

    /// A recovered segment ended at `nextOffset` (Kafka takes a snapshot there).
    func segmentRecovered(nextOffset: Int64) throws(StorageError)

    /// Brings the state to `lastOffset` from its snapshots and the log (Kafka's
    /// `rebuildProducerState`). `readBatches(segmentBaseOffset, startOffset, endOffset)` returns the
    /// batches of that segment from the one holding `startOffset` to before the one holding
    /// `endOffset` (or the segment's end).
    func rebuild(
        segmentBaseOffsets: [Int64], logStartOffset: Int64, lastOffset: Int64, reloadFromCleanShutdown: Bool,
        readBatches: (_ segmentBaseOffset: Int64, _ startOffset: Int64, _ endOffset: Int64) throws(StorageError) ->
            [RecordBatch]
    ) throws(StorageError)

    /// The log was emptied and restarts at `offset`.
    func truncateFullyAndStartAt(_ offset: Int64) throws(StorageError)

    /// A new segment starts at `baseOffset`.
    func segmentRolled(baseOffset: Int64) throws(StorageError)

    /// Segments with these base offsets left the log: their snapshots may go.
    func segmentsDeleted(baseOffsets: [Int64]) throws(StorageError)

    func logStartOffsetIncremented(to offset: Int64)

    func highWatermarkUpdated(to offset: Int64)

    /// The first offset of the oldest transaction still holding back the last stable offset, with
    /// its position when known.
    var firstUnstableOffset: LogOffsetMetadata? { get }

    /// The log is closing cleanly.
    func close() throws(StorageError)
}

/// What `LogProducerState.prepareAppend` decided.
package enum ProducerStateAppend: Sendable {
    /// Write the batches, then pass `pending` to `completeAppend`.
    case append(pending: any Sendable)
    /// The batch was appended before (same producer, epoch and sequences): write nothing and answer
    /// with the first append's offsets and timestamp.
    case duplicate(firstOffset: Int64, lastOffset: Int64, timestamp: Int64)
}
