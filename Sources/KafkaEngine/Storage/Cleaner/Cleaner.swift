import NIOCore

/// Cleans one log (Kafka's `Cleaner`): builds the offset map over the dirty range, then rewrites
/// the segments from the start of the log up to the last offset mapped, a group of segments at a
/// time, into `.cleaned` segments that keep for each key only its latest record, and swaps each in
/// for its group.
///
/// What stays, as Kafka decides it (`shouldRetainRecord` and the batch filter of `cleanInto`):
/// - a keyed record whose offset is the latest mapped for its key, or past the last offset mapped;
///   a record without a key goes (it cannot be compacted);
/// - a tombstone (null value) until its batch's delete horizon: the first cleaning that keeps it
///   stamps the batch with `deleteHorizonMs = now + delete.retention.ms` (KIP-534), and a cleaning
///   after that time drops it;
/// - no data of an aborted transaction; an abort marker while some of its transaction's data is
///   left, a commit marker while some of its transaction's data was seen, and a marker whose
///   transaction is gone until its own delete horizon passes;
/// - every batch holding a producer's last sequence or epoch, emptied of records if need be, and
///   the last batch before the end of the cleaning round, so the log keeps those offsets.
///
/// Kept batches keep their offsets (gaps are normal in a compacted log), attributes, producer id,
/// epoch and base sequence, partition leader epoch and last offset; a batch that lost records is
/// rebuilt and recompressed with its own codec, a batch that lost none is copied byte for byte.
/// Every batch read is CRC-checked: corruption stops the cleaning rather than being rewritten
/// with a fresh checksum.
struct Cleaner {
    /// Bytes read from a segment at a time (grown for a larger batch).
    let ioBufferSize: Int
    var offsetMap: OffsetMap
    /// Called between blocks of reads; throws to abandon the cleaning (Kafka's `checkDone`).
    let checkDone: () throws(LogError) -> Void
    /// Called after each step of a swap; returning false stops the cleaning there, leaving the
    /// files as a crash at that point would (tests of recovery).
    var swapStepHook: (@Sendable (CleanerSwapStep) -> Bool)?

    init(
        ioBufferSize: Int, offsetMap: OffsetMap,
        checkDone: @escaping () throws(LogError) -> Void = { () throws(LogError) in }
    ) {
        self.ioBufferSize = ioBufferSize
        self.offsetMap = offsetMap
        self.checkDone = checkDone
    }

    // MARK: Cleaning a log

    /// Cleans `toClean.log` from its first dirty offset up to `toClean.firstUncleanableOffset` or
    /// as far as the offset map reaches, with `now` as the time tombstone horizons are set from and
    /// compared with. Returns the first offset not cleaned (the next first dirty offset).
    /// - Throws: `illegalState` when the log changed under the cleaning (truncation, retention,
    ///   closing) or it was aborted; `corruptRecord` for bytes that are not valid batches;
    ///   `storage` when a file operation failed.
    mutating func clean(_ toClean: LogToClean, now: Int64, clock: any KafkaClock) throws(LogError) -> CleanResult {
        let log = toClean.log
        var stats = CleanerStats()
        stats.startNanos = clock.nanoseconds()
        let generation = log.truncationGeneration
        let upperBoundOffset = toClean.firstUncleanableOffset

        try buildOffsetMap(log, start: toClean.firstDirtyOffset, end: upperBoundOffset, stats: &stats)
        stats.mapCompleteNanos = clock.nanoseconds()
        guard offsetMap.latestOffset >= 0 else {
            // An empty dirty range: nothing to clean, nothing moves.
            stats.endNanos = clock.nanoseconds()
            return CleanResult(
                topicPartition: toClean.topicPartition, firstDirtyOffset: toClean.firstDirtyOffset,
                endOffset: toClean.firstDirtyOffset, stats: stats)
        }
        let endOffset = offsetMap.latestOffset + 1

        let config = log.config
        let groups = try Self.groupSegmentsBySize(
            log.segments(from: 0, to: endOffset), maxSize: Int(config.segmentBytes),
            maxIndexSize: Int(config.segmentIndexBytes), firstUncleanableOffset: upperBoundOffset)
        var transactionMetadata = CleanedTransactionMetadata()
        let lastRecords = log.lastRecordsOfActiveProducers
        for group in groups {
            try cleanSegments(
                log, group, now: now, deleteRetentionMs: config.deleteRetentionMs, stats: &stats,
                transactionMetadata: &transactionMetadata, lastRecordsOfActiveProducers: lastRecords,
                upperBoundOffsetOfCleaningRound: upperBoundOffset, generation: generation)
        }
        stats.bufferUtilization = offsetMap.utilization
        stats.endNanos = clock.nanoseconds()
        return CleanResult(
            topicPartition: toClean.topicPartition, firstDirtyOffset: toClean.firstDirtyOffset, endOffset: endOffset,
            stats: stats)
    }

    // MARK: Offset map

    /// Fills the offset map with the latest offset of each key in `[start, end)`, skipping aborted
    /// transactions, until the map is full (Kafka's `buildOffsetMap`).
    mutating func buildOffsetMap(_ log: Log, start: Int64, end: Int64, stats: inout CleanerStats) throws(LogError) {
        offsetMap.clear()
        let dirty = log.segments(from: start, to: end)
        guard !dirty.isEmpty else { return }
        var transactionMetadata = CleanedTransactionMetadata()
        transactionMetadata.addAbortedTransactions(
            try log.collectAbortedTransactions(startOffset: start, upperBoundOffset: end))
        for (index, segment) in dirty.enumerated() {
            let nextSegmentStartOffset = index + 1 < dirty.count ? dirty[index + 1].baseOffset : end
            let full = try buildOffsetMapForSegment(
                segment, startOffset: start, nextSegmentStartOffset: nextSegmentStartOffset,
                transactionMetadata: &transactionMetadata, stats: &stats)
            if full { return }
        }
    }

    /// Adds the keyed records of `segment` at or after `startOffset` to the map. Returns true when
    /// the map filled up part way (its latest offset is then the last record that fit).
    private mutating func buildOffsetMapForSegment(
        _ segment: LogSegment, startOffset: Int64, nextSegmentStartOffset: Int64,
        transactionMetadata: inout CleanedTransactionMetadata, stats: inout CleanerStats
    ) throws(LogError) -> Bool {
        let position = try segment.storage { () throws(StorageError) in
            Int(try segment.offsetIndex().lookup(startOffset).position)
        }
        var reader = SegmentBatchReader(segment: segment, from: position, blockSize: ioBufferSize)
        while let batches = try reader.nextBlock() {
            try checkDone()
            for batch in batches {
                try Self.checkIntegrity(batch, segment)
                stats.mapBytesRead += batch.sizeInBytes
                if batch.isControlBatch {
                    _ = try transactionMetadata.onControlBatchRead(batch)
                    stats.mapMessagesRead += 1
                } else if transactionMetadata.onBatchRead(batch) {
                    // Aborted: none of its keys count.
                    stats.mapMessagesRead += Int(max(batch.recordsCount, 0))
                } else {
                    var records = try Self.recordIterator(batch, segment)
                    while let record = try Self.next(&records, batch, segment) {
                        if let key = record.key, record.offset >= startOffset {
                            guard offsetMap.put(key: key, offset: record.offset) else { return true }
                        }
                        stats.mapMessagesRead += 1
                    }
                }
                if batch.lastOffset >= startOffset { offsetMap.updateLatestOffset(batch.lastOffset) }
            }
        }
        // Offsets missing at the end of the segment (compacted away earlier) are covered too.
        offsetMap.updateLatestOffset(nextSegmentStartOffset - 1)
        return false
    }

    // MARK: Grouping

    /// Groups consecutive segments so that each group's log bytes stay within `maxSize`, its
    /// offset and time index bytes within `maxIndexSize`, and its offsets within an int32 of the
    /// group's base offset; each group becomes one cleaned segment (Kafka's `groupSegmentsBySize`).
    static func groupSegmentsBySize(
        _ segments: [LogSegment], maxSize: Int, maxIndexSize: Int, firstUncleanableOffset: Int64
    ) throws(LogError) -> [[LogSegment]] {
        func indexSizes(_ segment: LogSegment) throws(LogError) -> (offsets: Int, times: Int) {
            try segment.storage { () throws(StorageError) in
                (try segment.offsetIndex().sizeInBytes, try segment.timeIndex().sizeInBytes)
            }
        }
        var grouped: [[LogSegment]] = []
        var index = 0
        while index < segments.count {
            let first = segments[index]
            var group = [first]
            var logSize = first.size
            var (indexSize, timeIndexSize) = try indexSizes(first)
            index += 1
            while index < segments.count {
                let next = segments[index]
                let (nextIndexSize, nextTimeIndexSize) = try indexSizes(next)
                // The next segment's last offset is at most the following segment's base - 1 (or
                // the first uncleanable offset - 1 for the last one).
                let nextLastOffset =
                    index + 1 < segments.count ? segments[index + 1].baseOffset - 1 : firstUncleanableOffset - 1
                guard logSize + next.size <= maxSize,
                    indexSize + nextIndexSize <= maxIndexSize,
                    timeIndexSize + nextTimeIndexSize <= maxIndexSize,
                    next.size == 0 || nextLastOffset - first.baseOffset <= Int64(Int32.max)
                else { break }
                group.append(next)
                logSize += next.size
                indexSize += nextIndexSize
                timeIndexSize += nextTimeIndexSize
                index += 1
            }
            grouped.append(group)
        }
        return grouped
    }

    // MARK: Cleaning a group

    /// Cleans `group` into one new segment and swaps it in (Kafka's `cleanSegments`).
    private mutating func cleanSegments(
        _ log: Log, _ group: [LogSegment], now: Int64, deleteRetentionMs: Int64, stats: inout CleanerStats,
        transactionMetadata: inout CleanedTransactionMetadata, lastRecordsOfActiveProducers: [Int64: LastRecord],
        upperBoundOffsetOfCleaningRound: Int64, generation: Int
    ) throws(LogError) {
        let cleaned = try log.createCleanedSegment(baseOffset: group[0].baseOffset)
        transactionMetadata.cleanedIndex = cleaned.txnIndex
        var lastStep: CleanerSwapStep?
        var stoppedByHook = false
        let hook = swapStepHook
        do {
            for (index, segment) in group.enumerated() {
                // The whole segment's aborted transactions, so the new `.txnindex` is complete.
                let upperBoundOffset =
                    index + 1 < group.count ? group[index + 1].baseOffset : try segment.readNextOffset()
                transactionMetadata.addAbortedTransactions(
                    try log.collectAbortedTransactions(
                        startOffset: segment.baseOffset, upperBoundOffset: upperBoundOffset))
                try cleanInto(
                    segment, cleaned, now: now, deleteRetentionMs: deleteRetentionMs,
                    transactionMetadata: &transactionMetadata,
                    lastRecordsOfActiveProducers: lastRecordsOfActiveProducers,
                    upperBoundOffsetOfCleaningRound: upperBoundOffsetOfCleaningRound, stats: &stats)
            }
            try cleaned.storage { () throws(StorageError) in
                try cleaned.onBecomeInactiveSegment()
                try cleaned.flush()
                // Time-based retention of a segment without timestamps looks at this.
                try cleaned.setLastModified(try group[group.count - 1].lastModified())
            }
            try log.replaceSegments(with: cleaned, replacing: group, generation: generation) { step throws(LogError) in
                lastStep = step
                if let hook, !hook(step) {
                    stoppedByHook = true
                    throw .illegalState("Cleaning of \(log.topicPartition) stopped after step \(step)")
                }
            }
            stats.segmentsCleaned += group.count
            stats.segmentsWritten += 1
        } catch {
            // Before the `.swap` rename the old segments are the log: drop the new one. After it the
            // new one is (or, after a restart, will be) part of the log and must stay.
            if !stoppedByHook && (lastStep == nil || lastStep == .cleanedWritten) {
                _ = try? cleaned.deleteIfExists()
                cleaned.closeHandlers()
            }
            throw error
        }
    }

    /// Copies what stays of `source` into `destination` (Kafka's `cleanInto` with
    /// `MemoryRecords.filterTo`), appending the output in runs of about `index.interval.bytes` so
    /// the new offset index is as dense as the appends made it.
    private mutating func cleanInto(
        _ source: LogSegment, _ destination: LogSegment, now: Int64, deleteRetentionMs: Int64,
        transactionMetadata: inout CleanedTransactionMetadata, lastRecordsOfActiveProducers: [Int64: LastRecord],
        upperBoundOffsetOfCleaningRound: Int64, stats: inout CleanerStats
    ) throws(LogError) {
        var output = OutputRun()
        var reader = SegmentBatchReader(segment: source, from: 0, blockSize: ioBufferSize)
        while let batches = try reader.nextBlock() {
            try checkDone()
            for batch in batches {
                try Self.checkIntegrity(batch, source)
                stats.bytesRead += batch.sizeInBytes
                let kept = try filter(
                    batch, source, now: now, deleteRetentionMs: deleteRetentionMs,
                    transactionMetadata: &transactionMetadata,
                    lastRecordsOfActiveProducers: lastRecordsOfActiveProducers,
                    upperBoundOffsetOfCleaningRound: upperBoundOffsetOfCleaningRound, stats: &stats)
                guard let kept else { continue }
                stats.bytesWritten += kept.sizeInBytes
                output.add(kept)
                if output.bytes.readableBytes >= destination.indexIntervalBytes {
                    try output.flush(into: destination)
                }
            }
        }
        try output.flush(into: destination)
    }

    /// Batches waiting to be appended to the cleaned segment, with what its indexes need.
    private struct OutputRun {
        var bytes = ByteBuffer()
        var lastOffset: Int64 = -1
        var maxTimestamp = RecordBatch.noTimestamp
        var offsetOfMaxTimestamp: Int64 = -1

        mutating func add(_ batch: RecordBatch) {
            if bytes.readableBytes == 0 {
                maxTimestamp = RecordBatch.noTimestamp
                offsetOfMaxTimestamp = -1
            }
            var source = batch.buffer
            bytes.writeBuffer(&source)
            lastOffset = batch.lastOffset
            if batch.maxTimestamp > maxTimestamp {
                maxTimestamp = batch.maxTimestamp
                offsetOfMaxTimestamp = batch.lastOffset
            }
        }

        mutating func flush(into segment: LogSegment) throws(LogError) {
            guard bytes.readableBytes > 0 else { return }
            let run = bytes
            try segment.storage { () throws(StorageError) in
                try segment.append(
                    largestOffset: lastOffset, largestTimestamp: maxTimestamp,
                    offsetOfMaxTimestamp: offsetOfMaxTimestamp < 0 ? lastOffset : offsetOfMaxTimestamp, records: run)
            }
            bytes.clear()
        }
    }

    // MARK: Filtering one batch

    /// Kafka's `RecordFilter.BatchRetention`.
    private enum BatchRetention {
        /// Drop the batch without looking at its records.
        case delete
        /// Keep the batch even if no record stays (as a header without records).
        case retainEmpty
        /// Drop the batch if no record stays.
        case deleteEmpty
    }

    /// What stays of `batch`: nil, the batch itself, or a rebuilt batch (Kafka's
    /// `checkBatchRetention`, `shouldRetainRecord` and `filterTo` for one batch).
    private mutating func filter(
        _ batch: RecordBatch, _ segment: LogSegment, now: Int64, deleteRetentionMs: Int64,
        transactionMetadata: inout CleanedTransactionMetadata, lastRecordsOfActiveProducers: [Int64: LastRecord],
        upperBoundOffsetOfCleaningRound: Int64, stats: inout CleanerStats
    ) throws(LogError) -> RecordBatch? {
        let canDiscardBatch =
            batch.isControlBatch
            ? try transactionMetadata.onControlBatchRead(batch) : transactionMetadata.onBatchRead(batch)
        // A marker whose transaction is gone still waits for its own delete horizon.
        let discardBatchRecords =
            batch.isControlBatch
            ? canDiscardBatch && (batch.deleteHorizonMs.map { $0 <= now } ?? false) : canDiscardBatch
        // The batch holding a producer's last sequence, or the marker holding its last epoch,
        // stays: without it the producer would see an out-of-sequence or fencing error.
        let isLastRecordOfProducer: Bool = {
            guard let last = lastRecordsOfActiveProducers[batch.producerId] else { return false }
            if let lastDataOffset = last.lastDataOffset { return batch.lastOffset == lastDataOffset }
            return batch.isControlBatch && batch.producerEpoch == last.producerEpoch
        }()
        let retention: BatchRetention
        if batch.hasProducerId && isLastRecordOfProducer {
            retention = .retainEmpty
        } else if batch.nextOffset == upperBoundOffsetOfCleaningRound {
            // The round's last batch stays, even empty, so its offsets stay known.
            retention = .retainEmpty
        } else if discardBatchRecords {
            retention = .delete
        } else {
            retention = .deleteEmpty
        }
        let containsMarkerForEmptyTxn = canDiscardBatch && batch.isControlBatch
        if retention == .delete {
            stats.messagesRead += Int(max(batch.recordsCount, 0))
            return nil
        }

        var retained: [Record] = []
        var writeOriginalBatch = true
        var containsTombstones = false
        var records = try Self.recordIterator(batch, segment)
        while let record = try Self.next(&records, batch, segment) {
            stats.messagesRead += 1
            let keep: Bool
            if discardBatchRecords {
                keep = false
            } else if batch.isControlBatch {
                keep = true
            } else {
                keep = shouldRetainRecord(batch, record, now: now, stats: &stats)
            }
            if keep {
                retained.append(record)
                if record.value == nil { containsTombstones = true }
            } else {
                writeOriginalBatch = false
            }
        }

        if !retained.isEmpty {
            stats.messagesWritten += retained.count
            let needToSetDeleteHorizon =
                (containsTombstones || containsMarkerForEmptyTxn) && batch.deleteHorizonMs == nil
            if writeOriginalBatch && !needToSetDeleteHorizon { return batch }
            let deleteHorizonMs = needToSetDeleteHorizon ? now &+ deleteRetentionMs : batch.deleteHorizonMs
            return try Self.rebuild(batch, retaining: retained, deleteHorizonMs: deleteHorizonMs)
        }
        if retention == .retainEmpty { return Self.emptyBatch(like: batch) }
        return nil
    }

    /// Kafka's `shouldRetainRecord` for a data record: one past the last offset mapped stays; a
    /// keyed record stays if it is its key's latest and holds a value or a tombstone whose batch's
    /// delete horizon has not passed; a record without a key goes.
    private func shouldRetainRecord(
        _ batch: RecordBatch, _ record: Record, now: Int64, stats: inout CleanerStats
    ) -> Bool {
        if record.offset > offsetMap.latestOffset { return true }
        guard let key = record.key else {
            stats.invalidMessagesRead += 1
            return false
        }
        let latestOffsetForKey = record.offset >= offsetMap.get(key: key)
        let shouldRetainDeletes = batch.deleteHorizonMs.map { now < $0 } ?? true
        return latestOffsetForKey && (record.value != nil || shouldRetainDeletes)
    }

    // MARK: Writing batches

    /// `batch` with only `records` (Kafka's `buildRetainedRecordsInto`): same base and last offset,
    /// attributes, producer fields and partition leader epoch, records recompressed with the
    /// batch's codec, and the delete horizon (as base timestamp) when given.
    static func rebuild(_ batch: RecordBatch, retaining records: [Record], deleteHorizonMs: Int64?) throws(LogError)
        -> RecordBatch
    {
        guard let compression = batch.compressionType else {
            throw .corruptRecord("Batch at offset \(batch.baseOffset) has an unknown compression codec")
        }
        var builder = RecordBatchBuilder(
            baseOffset: batch.baseOffset, compression: compression, timestampType: batch.timestampType,
            logAppendTime: batch.timestampType == .logAppendTime ? batch.maxTimestamp : RecordBatch.noTimestamp,
            producerId: batch.producerId, producerEpoch: batch.producerEpoch, baseSequence: batch.baseSequence,
            isTransactional: batch.isTransactional, isControlBatch: batch.isControlBatch,
            partitionLeaderEpoch: batch.partitionLeaderEpoch, deleteHorizonMs: deleteHorizonMs,
            initialCapacity: batch.sizeInBytes)
        let built: RecordBatch?
        do throws(RecordBatchBuilderError) {
            for record in records {
                if batch.isControlBatch {
                    let key = try keyOfControlRecord(record)
                    try builder.appendControlRecord(timestamp: record.timestamp, type: key.type, value: record.value)
                } else {
                    try builder.append(
                        offsetDelta: record.offsetDelta, timestamp: record.timestamp, key: record.key,
                        value: record.value,
                        headers: record.headers)
                }
            }
            built = try builder.build()
        } catch {
            throw .corruptRecord("Batch at offset \(batch.baseOffset) cannot be rewritten: \(error)")
        }
        guard var bytes = built?.buffer else {
            throw .illegalState("Rewriting batch at offset \(batch.baseOffset) kept no record")
        }
        // The last offset stays the original's, so the producer's last sequence stays in the log.
        bytes.setInteger(batch.lastOffsetDelta, at: RecordBatch.Field.lastOffsetDelta)
        bytes.setInteger(RecordBatch.crc32c(of: bytes, from: RecordBatch.Field.attributes), at: RecordBatch.Field.crc)
        return RecordBatch(uncheckedFraming: bytes)
    }

    private static func keyOfControlRecord(_ record: Record) throws(RecordBatchBuilderError) -> ControlRecordKey {
        do {
            return try ControlRecordKey(parsing: record.key)
        } catch {
            throw .invalidArgument("Invalid control record key at offset \(record.offset): \(error)")
        }
    }

    /// A header with no records standing for `batch` (Kafka's `DefaultRecordBatch.writeEmptyHeader`):
    /// same offsets, producer fields, epoch, timestamp type, max timestamp, transactional and
    /// control flags; no compression, no base timestamp, no delete horizon.
    static func emptyBatch(like batch: RecordBatch) -> RecordBatch {
        typealias Field = RecordBatch.Field
        var bytes = ByteBufferAllocator().buffer(capacity: RecordBatch.headerSize)
        bytes.writeRepeatingByte(0, count: RecordBatch.headerSize)
        let attributes = RecordBatchAttributes(
            compression: .none, timestampType: batch.timestampType, isTransactional: batch.isTransactional,
            isControl: batch.isControlBatch)
        bytes.setInteger(batch.baseOffset, at: Field.baseOffset)
        bytes.setInteger(Int32(RecordBatch.headerSize - RecordBatch.logOverhead), at: Field.batchLength)
        bytes.setInteger(batch.partitionLeaderEpoch, at: Field.partitionLeaderEpoch)
        bytes.setInteger(RecordBatch.currentMagic, at: Field.magic)
        bytes.setInteger(attributes.rawValue, at: Field.attributes)
        bytes.setInteger(batch.lastOffsetDelta, at: Field.lastOffsetDelta)
        bytes.setInteger(RecordBatch.noTimestamp, at: Field.baseTimestamp)
        bytes.setInteger(batch.maxTimestamp, at: Field.maxTimestamp)
        bytes.setInteger(batch.producerId, at: Field.producerId)
        bytes.setInteger(batch.producerEpoch, at: Field.producerEpoch)
        bytes.setInteger(batch.baseSequence, at: Field.baseSequence)
        bytes.setInteger(Int32(0), at: Field.recordsCount)
        bytes.setInteger(RecordBatch.crc32c(of: bytes, from: Field.attributes), at: Field.crc)
        return RecordBatch(uncheckedFraming: bytes)
    }

    // MARK: Reading records

    /// A segment's batch must pass its CRC before the cleaner trusts (or rewrites) it.
    private static func checkIntegrity(_ batch: RecordBatch, _ segment: LogSegment) throws(LogError) {
        guard batch.isChecksumValid else {
            throw .corruptRecord(
                "Record batch at offset \(batch.baseOffset) in \(segment.log.path) is corrupt (stored crc = \(batch.crc),"
                    + " computed crc = \(batch.computeChecksum()))")
        }
    }

    private static func recordIterator(_ batch: RecordBatch, _ segment: LogSegment) throws(LogError) -> RecordIterator {
        do {
            return try batch.makeRecordIterator(maxDecompressedBytes: LogSegment.maxDecompressedBatchBytes)
        } catch {
            throw .corruptRecord("Batch at offset \(batch.baseOffset) in \(segment.log.path) does not decode: \(error)")
        }
    }

    private static func next(_ records: inout RecordIterator, _ batch: RecordBatch, _ segment: LogSegment)
        throws(LogError)
        -> Record?
    {
        do {
            return try records.next()
        } catch {
            throw .corruptRecord("Batch at offset \(batch.baseOffset) in \(segment.log.path) does not decode: \(error)")
        }
    }
}
