/// The producer-state verdict on one append, computed before anything is written (Kafka's result
/// of `UnifiedLog.analyzeAndValidateProducerState`).
package struct ProducerAppendAnalysis: Sendable {
    /// One per producer with batches in the append, to pass to `update(_:)` once written.
    package var updatedProducers: [Int64: ProducerAppendInfo] = [:]
    /// The transactions ended by markers in the append, in offset order.
    package var completedTxns: [CompletedTxn] = []
    /// For a client append: the retained batch that one of the append's batches repeats. The log
    /// then writes nothing and answers with this batch's first and last offset (and its timestamp as
    /// the log append time); the other fields are then empty.
    package var duplicate: BatchMetadata?
}

/// What `UnifiedLog` and `LogSegment` do with producer state, in one place, so that the log calls
/// these and supplies only the segment I/O. All under the log's lock:
///
/// - Append (leader or follower): assign offsets; `analyzeAndValidateProducerState` (a refusal
///   answers the request with its `errorCode`; a duplicate answers with the original offsets and
///   writes nothing); write the batches; `updateProducerState(after:nextOffset:)`, appending each
///   aborted transaction to the active segment's `.txnindex`; then recompute the first unstable
///   offset. A non-producer append still calls `updateProducerState` (or `updateMapEndOffset`).
/// - High watermark moves: `onHighWatermarkUpdated`; the LSO is
///   `min(firstUnstableOffset ?? highWatermark, highWatermark)`.
/// - Roll: `updateMapEndOffset(newSegment.baseOffset)`, `takeSnapshot(sync: false)`, and
///   `flushSnapshot(path:)` in the flush task.
/// - Load: `removeStraySnapshots(segmentBaseOffsets:)`; segment recovery feeds each batch of a
///   recovered segment to `recover(_:appendAbortedTxn:)` (on a manager rebuilt up to the segment's
///   base with `rebuildProducerState`) and takes a snapshot after it; finally
///   `rebuildProducerState(… lastOffset: logEndOffset, reloadFromCleanShutdown: hadCleanShutdown …)`.
/// - Truncation to an offset: cut the segments, then `rebuildProducerState(… lastOffset: offset,
///   reloadFromCleanShutdown: false …)`. Full truncation: `truncateFullyAndStartAt(offset)`, then
///   the same rebuild at `offset`.
/// - Log start offset moves: `onLogStartOffsetIncremented`. Deleting a segment:
///   `removeAndMarkSnapshotForDeletion(offset: segment.baseOffset)` and delete the returned file with
///   the segment. After a recovery point checkpoint: `deleteSnapshotsBefore(min(base of the segment
///   below the recovery point, base of the segment below the active one))`.
/// - Every `producer.id.expiration.check.interval.ms`: `removeExpiredProducers()`. Close:
///   `takeSnapshot()`.
extension ProducerStateManager {
    /// Checks an append's batches against the producer state, after offsets are assigned and before
    /// the batches are written (Kafka's `UnifiedLog.analyzeAndValidateProducerState`). Batches
    /// without a producer id are skipped. For a client append, a batch repeating one of its
    /// producer's last five batches stops the analysis and is returned as the duplicate.
    ///
    /// - Parameter appendOffsetMetadata: the segment the batches go to and the byte position of the
    ///   first one, so that each transaction's first offset is cached with its file position.
    /// - Throws: the first batch's refusal; the log answers the whole append with its `errorCode`.
    package func analyzeAndValidateProducerState(
        _ batches: some Sequence<RecordBatch>, origin: AppendOrigin, appendOffsetMetadata: LogOffsetMetadata
    ) throws(ProducerStateError) -> ProducerAppendAnalysis {
        var analysis = ProducerAppendAnalysis()
        var position = appendOffsetMetadata.relativePositionInSegment
        for batch in batches {
            defer { position = position &+ Int32(truncatingIfNeeded: batch.sizeInBytes) }
            guard batch.hasProducerId else { continue }
            if origin == .client, let duplicate = findDuplicateBatch(batch) {
                return ProducerAppendAnalysis(duplicate: duplicate)
            }
            let firstOffsetMetadata =
                batch.isTransactional
                ? LogOffsetMetadata(
                    messageOffset: batch.baseOffset, segmentBaseOffset: appendOffsetMetadata.segmentBaseOffset,
                    relativePositionInSegment: position)
                : nil
            var appendInfo =
                analysis.updatedProducers[batch.producerId]
                ?? prepareUpdate(producerId: batch.producerId, origin: origin)
            let completed = try appendInfo.append(batch, firstOffsetMetadata: firstOffsetMetadata)
            analysis.updatedProducers[batch.producerId] = appendInfo
            if let completed { analysis.completedTxns.append(completed) }
        }
        return analysis
    }

    /// Applies an analysed append once its batches are in the segment (the rest of Kafka's
    /// `UnifiedLog.append`): updates each producer, then for each ended transaction computes its last
    /// stable offset, hands an aborted one to `appendAbortedTxn` (the log appends it to the active
    /// segment's `.txnindex`) and marks it complete; finally moves the map end offset to
    /// `nextOffset`, the new log end offset.
    ///
    /// If `appendAbortedTxn` throws, the remaining transactions stay open and the map end offset
    /// stays put, so the last stable offset cannot pass what the index lacks (as in Kafka).
    package func updateProducerState(
        after analysis: ProducerAppendAnalysis, nextOffset: Int64,
        appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void
    ) throws(StorageError) {
        for appendInfo in analysis.updatedProducers.values { update(appendInfo) }
        for completedTxn in analysis.completedTxns {
            try complete(completedTxn, appendAbortedTxn: appendAbortedTxn)
        }
        updateMapEndOffset(nextOffset)
    }

    /// Segment recovery: one batch read back from the segment being recovered, in offset order
    /// (Kafka's `LogSegment.updateProducerState`). Nothing is refused (replication origin); an
    /// aborted transaction goes to `appendAbortedTxn` (the segment's rebuilt `.txnindex`).
    /// - Throws: `illegalState` when the batch contradicts the state even for a follower (a data
    ///   batch inside a producer's open transaction that is not transactional, or an unreadable
    ///   marker).
    package func recover(
        _ batch: RecordBatch, appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void
    ) throws(StorageError) {
        if batch.hasProducerId {
            var appendInfo = prepareUpdate(producerId: batch.producerId, origin: .replication)
            let completed: CompletedTxn?
            do {
                completed = try appendInfo.append(batch)
            } catch {
                throw Self.replayError(error, batch: batch)
            }
            update(appendInfo)
            if let completed { try complete(completed, appendAbortedTxn: appendAbortedTxn) }
        }
        updateMapEndOffset(batch.lastOffset &+ 1)
    }

    /// Rebuilding: the batches of one read from a segment (Kafka's
    /// `UnifiedLog.loadProducersFromRecords`). The `.txnindex` already holds these transactions, so
    /// none is written; the map end offset is left to the caller.
    package func loadProducers(fromBatches batches: some Sequence<RecordBatch>) throws(StorageError) {
        var loaded: [Int64: ProducerAppendInfo] = [:]
        var completedTxns: [CompletedTxn] = []
        for batch in batches where batch.hasProducerId {
            var appendInfo =
                loaded[batch.producerId] ?? prepareUpdate(producerId: batch.producerId, origin: .replication)
            do {
                if let completed = try appendInfo.append(batch) { completedTxns.append(completed) }
            } catch {
                throw Self.replayError(error, batch: batch)
            }
            loaded[batch.producerId] = appendInfo
        }
        for appendInfo in loaded.values { update(appendInfo) }
        for completedTxn in completedTxns { try completeTxn(completedTxn) }
    }

    /// Brings the state to `lastOffset` from the newest usable snapshot and the log (Kafka's
    /// `UnifiedLog.rebuildProducerState`), at log load and after every truncation.
    ///
    /// - After a clean shutdown with no snapshot at all (a log written before snapshots existed, or
    ///   by a broker without producers), nothing is replayed: empty snapshots are written at the
    ///   last two segments' base offsets and at `lastOffset`.
    /// - Otherwise `truncateAndReload(logStartOffset:logEndOffset: lastOffset)` loads the newest
    ///   snapshot at or below `lastOffset`, and the batches from there to `lastOffset` are replayed,
    ///   segment by segment (a snapshot is taken at the base of each of the last two segments on the
    ///   way, so a later truncation replays little). Replay is skipped when the state was empty and
    ///   already at `lastOffset` before, as truncating cannot create producers. The state ends at
    ///   `lastOffset` with a snapshot there.
    ///
    /// - Parameters:
    ///   - segmentBaseOffsets: the base offsets of the log's segments.
    ///   - readBatches: the batches of the segment at `segmentBaseOffset`, from the one containing
    ///     `startOffset` up to (excluding) the one containing `endOffset`, or to the segment's end
    ///     when `endOffset` is past it (Kafka's `segment.read(startOffset, MAX, maxPosition)`).
    /// - Returns: the snapshots that could not be read and were deleted.
    @discardableResult
    package func rebuildProducerState(
        segmentBaseOffsets: some Collection<Int64>, logStartOffset: Int64, lastOffset: Int64,
        reloadFromCleanShutdown: Bool, currentTimeMs: Int64,
        readBatches: (_ segmentBaseOffset: Int64, _ startOffset: Int64, _ endOffset: Int64) throws(StorageError) ->
            [RecordBatch]
    ) throws(StorageError) -> [ProducerSnapshotLoadFailure] {
        let segments = segmentBaseOffsets.sorted()
        var offsetsToSnapshot: [Int64] = []
        if let last = segments.last {
            if segments.count > 1 { offsetsToSnapshot.append(segments[segments.count - 2]) }
            offsetsToSnapshot.append(last)
        }
        offsetsToSnapshot.append(lastOffset)

        if latestSnapshotOffset == nil && reloadFromCleanShutdown {
            for offset in offsetsToSnapshot {
                updateMapEndOffset(offset)
                try takeSnapshot()
            }
            return []
        }

        let isEmptyBeforeTruncation = isEmpty && mapEndOffset >= lastOffset
        let failures = try truncateAndReload(
            logStartOffset: logStartOffset, logEndOffset: lastOffset, currentTimeMs: currentTimeMs)
        if lastOffset > mapEndOffset && !isEmptyBeforeTruncation {
            // Kafka's `segments.values(mapEndOffset, lastOffset)`: from the segment holding the map
            // end offset (or the first) to the last one starting below lastOffset.
            let from = mapEndOffset
            let floor = segments.last { $0 <= from }
            for baseOffset in segments where baseOffset >= (floor ?? Int64.min) && baseOffset < lastOffset {
                let startOffset = max(baseOffset, mapEndOffset, logStartOffset)
                updateMapEndOffset(startOffset)
                if offsetsToSnapshot.contains(baseOffset) { try takeSnapshot() }
                try loadProducers(fromBatches: readBatches(baseOffset, startOffset, lastOffset))
            }
        }
        updateMapEndOffset(lastOffset)
        try takeSnapshot()
        return failures
    }

    private func complete(
        _ completedTxn: CompletedTxn, appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void
    ) throws(StorageError) {
        let lastStableOffset = lastStableOffset(completedTxn)
        if let aborted = completedTxn.abortedTxn(lastStableOffset: lastStableOffset) { try appendAbortedTxn(aborted) }
        try completeTxn(completedTxn)
    }

    private static func replayError(_ error: ProducerStateError, batch: RecordBatch) -> StorageError {
        .illegalState(
            "Cannot rebuild producer state from the batch at offsets \(batch.baseOffset)...\(batch.lastOffset)"
                + " (producer \(batch.producerId)): \(error)")
    }
}
