import NIOCore
import Synchronization

/// One segment of a partition's log (Kafka's `LogSegment`): the `.log` file of record batches and
/// its `.index` (offset → position), `.timeindex` (timestamp → offset) and `.txnindex` (aborted
/// transactions), all named by `baseOffset`.
///
/// Invariants: every batch in the file has offsets ≥ `baseOffset` and within `Int32.max` of it
/// (indexes store them relative); the file holds whole batches only (`log.size`); the offset index
/// maps, every `indexIntervalBytes` or so, the last offset of a batch to the position of the append
/// that wrote it; the time index records each new maximum timestamp with the last offset of its
/// batch. Indexes are opened on first use.
///
/// Thread safety: the mutating methods (append, truncate, recover, roll bookkeeping) run under the
/// owning log's append lock, one at a time; reads (`read`, `translateOffset`,
/// `findOffsetByTimestamp`, `readNextOffset`) may run concurrently with them, as in Kafka: they
/// see the file size published by the last completed append. The segment's own small state sits
/// behind a mutex.
package final class LogSegment: Sendable, CustomStringConvertible {
    package let baseOffset: Int64
    package let log: SegmentFile
    package let lazyOffsetIndex: LazyIndex<OffsetIndex>
    package let lazyTimeIndex: LazyIndex<TimeIndex>
    package let txnIndex: TransactionIndex
    package let indexIntervalBytes: Int
    /// Subtracted from `segment.ms` when deciding to roll, so that segments of many partitions
    /// created together do not all roll at once.
    package let rollJitterMs: Int64
    private let clock: any KafkaClock
    private let state: Mutex<State>

    private struct State {
        /// The first batch's max timestamp, which time-based rolling measures from; nil until
        /// known (Kafka's `rollingBasedTimestamp`).
        var rollingBasedTimestamp: Int64?
        /// The largest timestamp in the segment and the last offset of its batch; nil until read
        /// from the time index.
        var maxTimestampAndOffsetSoFar: TimestampOffset?
        var created: Int64
        var bytesSinceLastIndexEntry = 0
    }

    package init(
        log: SegmentFile, lazyOffsetIndex: LazyIndex<OffsetIndex>, lazyTimeIndex: LazyIndex<TimeIndex>,
        txnIndex: TransactionIndex, baseOffset: Int64, indexIntervalBytes: Int, rollJitterMs: Int64,
        clock: any KafkaClock
    ) {
        self.log = log
        self.lazyOffsetIndex = lazyOffsetIndex
        self.lazyTimeIndex = lazyTimeIndex
        self.txnIndex = txnIndex
        self.baseOffset = baseOffset
        self.indexIntervalBytes = indexIntervalBytes
        self.rollJitterMs = rollJitterMs
        self.clock = clock
        self.state = Mutex(State(created: clock.milliseconds()))
    }

    /// Opens the segment at `baseOffset` in `directory` (files named with `fileSuffix`, such as
    /// `.cleaned`), creating the `.log` file if needed. Indexes are opened lazily with
    /// `segment.index.bytes` as their size.
    package static func open(
        directory: String, baseOffset: Int64, config: LogConfig, clock: any KafkaClock,
        fileAlreadyExists: Bool = false, initFileSize: Int = 0, preallocate: Bool = false, fileSuffix: String = "",
        rollJitterMs: Int64 = 0
    ) throws(StorageError) -> LogSegment {
        let maxIndexSize = Int(config.segmentIndexBytes)
        let log = try SegmentFile.open(
            path: LogFileNames.logFile(directory: directory, offset: baseOffset, suffix: fileSuffix),
            fileAlreadyExists: fileAlreadyExists, initFileSize: initFileSize, preallocate: preallocate)
        return LogSegment(
            log: log,
            lazyOffsetIndex: LazyIndex(
                path: LogFileNames.offsetIndexFile(directory: directory, offset: baseOffset, suffix: fileSuffix),
                baseOffset: baseOffset, maxIndexSize: maxIndexSize),
            lazyTimeIndex: LazyIndex(
                path: LogFileNames.timeIndexFile(directory: directory, offset: baseOffset, suffix: fileSuffix),
                baseOffset: baseOffset, maxIndexSize: maxIndexSize),
            txnIndex: try TransactionIndex(
                startOffset: baseOffset,
                path: LogFileNames.transactionIndexFile(directory: directory, offset: baseOffset, suffix: fileSuffix)),
            baseOffset: baseOffset,
            indexIntervalBytes: Int(config.indexIntervalBytes),
            rollJitterMs: rollJitterMs,
            clock: clock)
    }

    package func offsetIndex() throws(StorageError) -> OffsetIndex { try lazyOffsetIndex.get() }
    package func timeIndex() throws(StorageError) -> TimeIndex { try lazyTimeIndex.get() }

    /// Bytes of batches in the `.log` file.
    package var size: Int { log.size }

    // MARK: Timestamps

    /// The largest timestamp so far and the last offset of its batch (`(-1, baseOffset)` for a
    /// segment without timestamps). The first call may open the time index.
    package func readMaxTimestampAndOffsetSoFar() throws(StorageError) -> TimestampOffset {
        if let known = state.withLock({ $0.maxTimestampAndOffsetSoFar }) { return known }
        let last = try timeIndex().lastEntry
        return state.withLock { state in
            if let known = state.maxTimestampAndOffsetSoFar { return known }
            state.maxTimestampAndOffsetSoFar = last
            return last
        }
    }

    package func maxTimestampSoFar() throws(StorageError) -> Int64 {
        try readMaxTimestampAndOffsetSoFar().timestamp
    }

    /// The largest record timestamp, nil when no batch has one.
    package func largestRecordTimestamp() throws(StorageError) -> Int64? {
        let max = try maxTimestampSoFar()
        return max >= 0 ? max : nil
    }

    /// The largest record timestamp, or the file's modification time when no batch has one
    /// (what time-based retention compares with `retention.ms`).
    package func largestTimestamp() throws(StorageError) -> Int64 {
        if let largest = try largestRecordTimestamp() { return largest }
        return try lastModified()
    }

    package func lastModified() throws(StorageError) -> Int64 {
        try log.lastModified()
    }

    /// Sets the modification time of the log and index files (tests of time-based retention).
    package func setLastModified(_ milliseconds: Int64) throws(StorageError) {
        try log.setLastModified(milliseconds)
        for path in [lazyOffsetIndex.path, lazyTimeIndex.path] where StorageFile.exists(path) {
            try StorageFile.setModificationTime(path, milliseconds: milliseconds)
        }
    }

    // MARK: Appending

    /// Whether `offset` can be stored relative to `baseOffset` in the indexes.
    package func canConvertToRelativeOffset(_ offset: Int64) throws(StorageError) -> Bool {
        try offsetIndex().canAppendOffset(offset)
    }

    /// Appends whole batches (`records`' readable bytes) with one write to the page cache, and an
    /// index entry when more than `indexIntervalBytes` were written since the last one (Kafka's
    /// `LogSegment.append`). `largestOffset` is the last offset appended; `largestTimestamp` the
    /// largest timestamp and `offsetOfMaxTimestamp` the last offset of its batch. `header`, when
    /// given, is written in place of the first bytes of `records` (see `SegmentFile.append`).
    /// - Throws: `indexOffsetOverflow` when `largestOffset` does not fit the indexes (Kafka's
    ///   `LogSegmentOffsetOverflowException`); what the write throws.
    package func append(
        largestOffset: Int64, largestTimestamp: Int64, offsetOfMaxTimestamp: Int64, records: ByteBuffer,
        header: [UInt8]? = nil
    ) throws(StorageError) {
        let count = records.readableBytes
        guard count > 0 else { return }
        let physicalPosition = log.size
        if physicalPosition == 0 { state.withLock { $0.rollingBasedTimestamp = largestTimestamp } }
        guard try canConvertToRelativeOffset(largestOffset) else {
            throw .indexOffsetOverflow(
                "Detected offset overflow at offset \(largestOffset) in segment \(self)")
        }
        try log.append(records, header: header)
        let maxSoFar = try readMaxTimestampAndOffsetSoFar()
        var current = maxSoFar
        if largestTimestamp > maxSoFar.timestamp {
            current = TimestampOffset(timestamp: largestTimestamp, offset: offsetOfMaxTimestamp)
        }
        let indexDue = state.withLock { state in
            state.maxTimestampAndOffsetSoFar = current
            let due = state.bytesSinceLastIndexEntry > indexIntervalBytes
            state.bytesSinceLastIndexEntry = (due ? 0 : state.bytesSinceLastIndexEntry) + count
            return due
        }
        if indexDue {
            try offsetIndex().append(offset: largestOffset, position: Int32(physicalPosition))
            try timeIndex().maybeAppend(timestamp: current.timestamp, offset: current.offset)
        }
    }

    /// Records an aborted transaction in the `.txnindex`.
    package func updateTxnIndex(_ abortedTxn: AbortedTxn) throws(StorageError) {
        try txnIndex.append(abortedTxn)
    }

    // MARK: Reading

    /// The first batch whose last offset is ≥ `offset`: the index gives a position at or before
    /// it, then batch headers are scanned forward (Kafka's `translateOffset`). Nil when the segment
    /// has no such batch. `startingFilePosition` may skip further ahead when the caller knows more.
    package func translateOffset(_ offset: Int64, startingFilePosition: Int = 0) throws(LogError) -> LogOffsetPosition?
    {
        let mapping = try storage { () throws(StorageError) in try offsetIndex().lookup(offset) }
        return try searchForOffsetWithSize(offset, startingPosition: max(Int(mapping.position), startingFilePosition))
    }

    /// Kafka's `FileRecords.searchForOffsetWithSize`.
    private func searchForOffsetWithSize(_ target: Int64, startingPosition: Int) throws(LogError) -> LogOffsetPosition?
    {
        var scanner = BatchHeaderScanner(file: log, from: startingPosition, to: log.size)
        while let header = try storage({ () throws(StorageError) in try scanner.next() }) {
            if header.lastOffset >= target {
                return LogOffsetPosition(offset: header.lastOffset, position: header.position, size: header.sizeInBytes)
            }
        }
        try checkClean(scanner)
        return nil
    }

    /// Batches starting with the one holding the first offset ≥ `startOffset`, as a slice of the
    /// file of at most `maxSize` bytes ending at or before `maxPosition` (Kafka's
    /// `LogSegment.read`). With `minOneMessage`, the first batch is returned whole even when it is
    /// larger than `maxSize`. A nil `maxPosition` (the bound is not known in this segment) returns
    /// no records. Nil when the segment has no offset ≥ `startOffset`.
    package func read(startOffset: Int64, maxSize: Int, maxPosition: Int?, minOneMessage: Bool = false)
        throws(LogError) -> FetchDataInfo?
    {
        guard maxSize >= 0 else {
            throw .illegalArgument("Invalid max size \(maxSize) for log read from segment \(log)")
        }
        guard let startOffsetAndSize = try translateOffset(startOffset) else { return nil }
        let startPosition = startOffsetAndSize.position
        let offsetMetadata = LogOffsetMetadata(
            messageOffset: startOffset, segmentBaseOffset: baseOffset, relativePositionInSegment: Int32(startPosition))
        let adjustedMaxSize = minOneMessage ? max(maxSize, startOffsetAndSize.size) : maxSize
        guard adjustedMaxSize > 0, let maxPosition else { return FetchDataInfo(fetchOffsetMetadata: offsetMetadata) }
        let fetchSize = max(0, min(maxPosition - startPosition, adjustedMaxSize))
        return FetchDataInfo(
            fetchOffsetMetadata: offsetMetadata, records: log.slice(position: startPosition, length: fetchSize),
            firstEntryIncomplete: adjustedMaxSize < startOffsetAndSize.size)
    }

    /// `read(startOffset:maxSize:maxPosition:)` bounded by the segment's size.
    package func read(startOffset: Int64, maxSize: Int, minOneMessage: Bool = false) throws(LogError) -> FetchDataInfo?
    {
        try read(startOffset: startOffset, maxSize: maxSize, maxPosition: log.size, minOneMessage: minOneMessage)
    }

    /// The offset after the last batch, `baseOffset` when empty (Kafka's `readNextOffset`): the
    /// headers after the last index entry are scanned.
    package func readNextOffset() throws(LogError) -> Int64 {
        let start = try storage { () throws(StorageError) in
            let index = try offsetIndex()
            return Int(index.lookup(index.lastOffset).position)
        }
        var scanner = BatchHeaderScanner(file: log, from: start, to: log.size)
        var next = baseOffset
        while let header = try storage({ () throws(StorageError) in try scanner.next() }) {
            next = header.nextOffset
        }
        try checkClean(scanner)
        return next
    }

    /// The last offset of a batch beyond a fetch of `fetchSize` bytes from `startOffsetPosition`,
    /// from the index (Kafka's `fetchUpperBoundOffset`).
    package func fetchUpperBoundOffset(_ startOffsetPosition: OffsetPosition, fetchSize: Int32) throws(StorageError)
        -> Int64?
    {
        try offsetIndex().fetchUpperBoundOffset(startOffsetPosition, fetchSize: fetchSize)?.offset
    }

    package func collectAbortedTxns(fetchOffset: Int64, upperBoundOffset: Int64) throws(StorageError)
        -> TxnIndexSearchResult
    {
        try txnIndex.collectAbortedTxns(fetchOffset: fetchOffset, upperBoundOffset: upperBoundOffset)
    }

    // MARK: Searching by time

    /// The first record with a timestamp ≥ `timestamp` and an offset ≥ `startingOffset` (Kafka's
    /// `findOffsetByTimestamp`): the time index gives a batch at or before it, the offset index
    /// its position, then batch headers are scanned until one's max timestamp reaches the target
    /// and its records are read. Nil when the segment has no such record.
    package func findOffsetByTimestamp(_ timestamp: Int64, startingOffset: Int64 = 0) throws(LogError)
        -> TimestampAndOffset?
    {
        let position = try storage { () throws(StorageError) in
            let timestampOffset = try timeIndex().lookup(timestamp)
            return Int(try offsetIndex().lookup(max(timestampOffset.offset, startingOffset)).position)
        }
        var scanner = BatchHeaderScanner(file: log, from: position, to: log.size)
        while let header = try storage({ () throws(StorageError) in try scanner.next() }) {
            guard header.maxTimestamp >= timestamp, header.lastOffset >= startingOffset else { continue }
            for record in try records(of: header) where record.timestamp >= timestamp && record.offset >= startingOffset
            {
                return TimestampAndOffset(
                    timestamp: record.timestamp, offset: record.offset, leaderEpoch: header.leaderEpoch)
            }
        }
        try checkClean(scanner)
        return nil
    }

    /// The largest batch max timestamp at or after `position`, with the last offset and epoch of
    /// its batch (Kafka's `FileRecords.largestTimestampAfter`).
    func largestTimestampAfter(_ position: Int) throws(LogError) -> TimestampAndOffset {
        var result = TimestampAndOffset(timestamp: RecordBatch.noTimestamp, offset: -1, leaderEpoch: nil)
        var scanner = BatchHeaderScanner(file: log, from: position, to: log.size)
        while let header = try storage({ () throws(StorageError) in try scanner.next() }) {
            if header.maxTimestamp > result.timestamp {
                result = TimestampAndOffset(
                    timestamp: header.maxTimestamp, offset: header.lastOffset, leaderEpoch: header.leaderEpoch)
            }
        }
        try checkClean(scanner)
        return result
    }

    /// The record holding the segment's largest timestamp (ListOffsets' MAX_TIMESTAMP): the batch
    /// whose max timestamp it is, and in it the first record with that timestamp.
    package func offsetOfMaxTimestamp() throws(LogError) -> TimestampAndOffset? {
        let max = try storage { () throws(StorageError) in try readMaxTimestampAndOffsetSoFar() }
        let position = try storage { () throws(StorageError) in Int(try offsetIndex().lookup(max.offset).position) }
        var scanner = BatchHeaderScanner(file: log, from: position, to: log.size)
        while let header = try storage({ () throws(StorageError) in try scanner.next() }) {
            guard header.maxTimestamp == max.timestamp else { continue }
            for record in try records(of: header) where record.timestamp == header.maxTimestamp {
                return TimestampAndOffset(
                    timestamp: record.timestamp, offset: record.offset, leaderEpoch: header.leaderEpoch)
            }
            return nil
        }
        try checkClean(scanner)
        return nil
    }

    /// The records of the batch `header` describes, decompressed if needed.
    private func records(of header: FileBatchHeader) throws(LogError) -> [Record] {
        let bytes = try storage { () throws(StorageError) in
            try log.readBytes(at: header.position, count: header.sizeInBytes)
        }
        do throws(RecordBatchError) {
            return try RecordBatch(bytes).records(maxDecompressedBytes: LogSegment.maxDecompressedBatchBytes)
        } catch {
            throw .corruptRecord("\(error.description) in batch at position \(header.position) of \(log.path)")
        }
    }

    /// The most a batch's records may inflate to when a search has to read them.
    static let maxDecompressedBatchBytes = 256 << 20

    /// First batch max timestamp (time-based roll), read on first use.
    private func loadFirstBatchTimestamp() -> Int64? {
        if let known = state.withLock({ $0.rollingBasedTimestamp }) { return known }
        var scanner = BatchHeaderScanner(file: log, from: 0, to: log.size)
        guard let first = try? scanner.next() else { return nil }
        state.withLock { state in
            if state.rollingBasedTimestamp == nil { state.rollingBasedTimestamp = first.maxTimestamp }
        }
        return first.maxTimestamp
    }

    /// How long the segment has waited to roll (Kafka's `timeWaitedForRoll`): the new batch's
    /// timestamp minus the first batch's when the first batch has one, else the wall-clock time
    /// since the segment was created.
    package func timeWaitedForRoll(now: Int64, messageTimestamp: Int64) -> Int64 {
        if let first = loadFirstBatchTimestamp(), first >= 0 { return messageTimestamp &- first }
        return now - state.withLock { $0.created }
    }

    /// The first batch's timestamp, `Int64.max` when it has none (Kafka's `getFirstBatchTimestamp`).
    package func firstBatchTimestamp() -> Int64 {
        if let first = loadFirstBatchTimestamp(), first >= 0 { return first }
        return Int64.max
    }

    // MARK: Rolling

    /// Kafka's rule: roll when the append would pass `segment.bytes`, when a non-empty segment has
    /// waited `segment.ms` minus the jitter, when either index is full, or when the append's last
    /// offset does not fit relative to `baseOffset`.
    package func shouldRoll(_ params: RollParams) throws(StorageError) -> Bool {
        let size = self.size
        let reachedRollMs =
            timeWaitedForRoll(now: params.now, messageTimestamp: params.maxTimestampInMessages)
            > params.maxSegmentMs - rollJitterMs
        if size > params.maxSegmentBytes - params.messagesSize || (size > 0 && reachedRollMs) { return true }
        let offsetIndexFull = try offsetIndex().isFull
        let timeIndexFull = try timeIndex().isFull
        if offsetIndexFull || timeIndexFull { return true }
        return !(try canConvertToRelativeOffset(params.maxOffsetInMessages))
    }

    /// Sets both index files' lengths (the active segment's grow back to `segment.index.bytes`).
    package func resizeIndexes(_ size: Int) throws(StorageError) {
        try offsetIndex().resize(size)
        try timeIndex().resize(size)
    }

    /// The segment stops being the active one: the largest timestamp goes into the time index's
    /// reserved last slot, and the indexes and the file are cut to their contents.
    package func onBecomeInactiveSegment() throws(StorageError) {
        let max = try readMaxTimestampAndOffsetSoFar()
        try timeIndex().maybeAppend(timestamp: max.timestamp, offset: max.offset, skipFullCheck: true)
        try offsetIndex().trimToValidSize()
        try timeIndex().trimToValidSize()
        try log.trim()
    }

    // MARK: Truncating

    /// Removes every batch whose last offset is ≥ `offset` — the batch holding `offset` goes whole —
    /// and the index entries for them (Kafka's `truncateTo`). Returns the bytes removed.
    @discardableResult
    package func truncateTo(_ offset: Int64) throws(LogError) -> Int {
        let mapping = try translateOffset(offset)
        return try storage { () throws(StorageError) -> Int in
            let offsetIndex = try offsetIndex()
            let timeIndex = try timeIndex()
            offsetIndex.truncateTo(offset)
            timeIndex.truncateTo(offset)
            try txnIndex.truncateTo(offset)
            // The segment becomes (or stays) the active one: give its indexes room again.
            try offsetIndex.resize(offsetIndex.maxIndexSize)
            try timeIndex.resize(timeIndex.maxIndexSize)
            let bytesTruncated =
                try mapping.map { (mapping) throws(StorageError) in try log.truncate(to: mapping.position) } ?? 0
            let now = clock.milliseconds()
            let empty = log.size == 0
            let largest = try readLargestTimestamp()
            state.withLock { state in
                if empty {
                    state.created = now
                    state.rollingBasedTimestamp = nil
                }
                state.bytesSinceLastIndexEntry = 0
                state.maxTimestampAndOffsetSoFar = largest
            }
            return bytesTruncated
        }
    }

    /// The time index's last entry, or a larger timestamp found scanning the batches after it.
    private func readLargestTimestamp() throws(StorageError) -> TimestampOffset {
        let last = try timeIndex().lastEntry
        let position = Int(try offsetIndex().lookup(last.offset).position)
        let after: TimestampAndOffset
        do {
            after = try largestTimestampAfter(position)
        } catch {
            throw error.asStorageError
        }
        if after.timestamp > last.timestamp { return TimestampOffset(timestamp: after.timestamp, offset: after.offset) }
        return last
    }

    // MARK: Recovery

    /// What `recover` found.
    package struct RecoveryResult: Sendable, Equatable {
        /// Bytes cut from the end of the file.
        package var bytesTruncated: Int
        /// The position of the first invalid batch and what was wrong with it; nil when every
        /// byte was a valid batch.
        package var invalidBatch: (position: Int, reason: String)?

        package static func == (lhs: RecoveryResult, rhs: RecoveryResult) -> Bool {
            lhs.bytesTruncated == rhs.bytesTruncated && lhs.invalidBatch?.position == rhs.invalidBatch?.position
                && lhs.invalidBatch?.reason == rhs.invalidBatch?.reason
        }
    }

    /// What recovery checks across batches (and across the segments of one log), beyond each
    /// batch's framing and CRC. The CRC does not cover a batch's base offset, length or partition
    /// leader epoch, so these catch damage there.
    package struct RecoveryChecks: Sendable {
        /// Batches must follow each other without offset gaps, the first at the segment's base
        /// offset: true for logs that are not compacted (compaction leaves gaps).
        package var contiguousOffsets: Bool
        /// The next offset after the previous batch (of this or an earlier segment).
        package var nextOffset: Int64?
        /// Partition leader epochs never decrease from batch to batch.
        package var lastLeaderEpoch: Int32 = RecordBatch.noPartitionLeaderEpoch
        /// The largest epoch the leader-epoch checkpoint knew before recovery; every appended
        /// batch's epoch is written there first, so a larger one is damage. Nil: not known.
        package var maxKnownLeaderEpoch: Int32?

        package init(contiguousOffsets: Bool, nextOffset: Int64? = nil, maxKnownLeaderEpoch: Int32? = nil) {
            self.contiguousOffsets = contiguousOffsets
            self.nextOffset = nextOffset
            self.maxKnownLeaderEpoch = maxKnownLeaderEpoch
        }
    }

    /// Re-reads the file from the start, rebuilding the indexes, and cuts it at the first batch
    /// that does not frame, fails its CRC, breaks `checks`, or does not fit the indexes (Kafka's
    /// `recover`). Batches kept are handed to `leaderEpochCache` (new epochs) and `producerState`
    /// (whose aborted transactions rebuild the `.txnindex`; without it the `.txnindex` is only cut
    /// to the batches kept). The file is read in blocks of `blockSize`; the CRC is checked in place.
    package func recover(
        producerState: (any LogProducerState)?, leaderEpochCache: LeaderEpochFileCache?,
        checks: inout RecoveryChecks, blockSize: Int = 1 << 20
    ) throws(StorageError) -> RecoveryResult {
        let offsetIndex = try offsetIndex()
        let timeIndex = try timeIndex()
        try offsetIndex.reset()
        try timeIndex.reset()
        if producerState != nil { try txnIndex.reset() }
        var maxSoFar = TimestampOffset(timestamp: RecordBatch.noTimestamp, offset: baseOffset)
        state.withLock { $0.maxTimestampAndOffsetSoFar = maxSoFar }

        let fileSize = log.size
        var validBytes = 0
        var lastIndexEntry = 0
        var nextOffsetInSegment: Int64?
        var invalid: (position: Int, reason: String)?
        var readSize = max(blockSize, RecordBatch.headerSize)
        var block = ByteBufferAllocator().buffer(capacity: min(readSize, fileSize))

        scan: while validBytes < fileSize {
            let wanted = min(readSize, fileSize - validBytes)
            readSize = max(blockSize, RecordBatch.headerSize)
            block.clear()
            let present = try readBlock(into: &block, at: validBytes, count: wanted)
            var batches = RecordBatchIterator(block)
            while let batch = batches.next() {
                if let reason = check(batch, nextOffsetInSegment: nextOffsetInSegment, checks: checks) {
                    invalid = (validBytes, reason)
                    break scan
                }
                nextOffsetInSegment = batch.nextOffset
                checks.nextOffset = batch.nextOffset
                if batch.partitionLeaderEpoch >= 0 { checks.lastLeaderEpoch = batch.partitionLeaderEpoch }
                if batch.maxTimestamp > maxSoFar.timestamp {
                    maxSoFar = TimestampOffset(timestamp: batch.maxTimestamp, offset: batch.lastOffset)
                }
                // Recovery may index more densely than the appends did (an append after a restart
                // counts from zero); a full index just stays sparser.
                if validBytes - lastIndexEntry > indexIntervalBytes && !offsetIndex.isFull && !timeIndex.isFull {
                    try offsetIndex.append(offset: batch.lastOffset, position: Int32(validBytes))
                    try timeIndex.maybeAppend(timestamp: maxSoFar.timestamp, offset: maxSoFar.offset)
                    lastIndexEntry = validBytes
                }
                validBytes += batch.sizeInBytes
                if let cache = leaderEpochCache, batch.partitionLeaderEpoch >= 0,
                    cache.latestEpoch.map({ batch.partitionLeaderEpoch > $0 }) ?? true
                {
                    try cache.assign(epoch: batch.partitionLeaderEpoch, startOffset: batch.baseOffset)
                }
                if let producerState {
                    try producerState.recover(batch) { (abortedTxn) throws(StorageError) in
                        try txnIndex.append(abortedTxn)
                    }
                }
            }
            switch batches.stop {
            case .partialBatch(_, let needed)? where present == wanted && validBytes + needed <= fileSize:
                // The next batch runs past this block but the file holds it: read it whole.
                readSize = max(readSize, needed)
            case .end?:
                break
            case let stop?:
                invalid = (validBytes, describe(stop, at: validBytes, fileSize: fileSize))
                break scan
            case nil:
                break scan
            }
        }

        let truncated = try log.truncate(to: validBytes)
        if producerState == nil { try txnIndex.truncateTo(nextOffsetInSegment ?? baseOffset) }
        try offsetIndex.trimToValidSize()
        // A segment closed normally ends with its largest timestamp in the time index; so does this.
        try timeIndex.maybeAppend(timestamp: maxSoFar.timestamp, offset: maxSoFar.offset, skipFullCheck: true)
        try timeIndex.trimToValidSize()
        state.withLock {
            $0.maxTimestampAndOffsetSoFar = maxSoFar
            $0.bytesSinceLastIndexEntry = 0
        }
        return RecoveryResult(bytesTruncated: truncated, invalidBatch: invalid)
    }

    /// What is wrong with a framed batch found by recovery, or nil when it may stay.
    private func check(_ batch: RecordBatch, nextOffsetInSegment: Int64?, checks: RecoveryChecks) -> String? {
        let stored = batch.crc
        let computed = batch.computeChecksum()
        guard stored == computed else {
            return "Record is corrupt (stored crc = \(stored), computed crc = \(computed))"
        }
        guard batch.lastOffsetDelta >= 0 else {
            return "Batch has an invalid offset range: [\(batch.baseOffset), \(batch.lastOffset)]"
        }
        let base = batch.baseOffset
        guard base >= baseOffset else {
            return "Batch base offset \(base) is below the segment's base offset \(baseOffset)"
        }
        let relative = batch.lastOffset.subtractingReportingOverflow(baseOffset)
        guard !relative.overflow, relative.partialValue <= Int64(Int32.max) else {
            return "Detected offset overflow at offset \(batch.lastOffset) in segment \(self)"
        }
        if let previous = checks.nextOffset, base < previous {
            return "Batch base offset \(base) is below the previous batch's next offset \(previous)"
        }
        if checks.contiguousOffsets {
            let expected = nextOffsetInSegment ?? baseOffset
            if base != expected {
                return "Batch base offset \(base) does not follow on from offset \(expected - 1) in a log without"
                    + " compaction"
            }
        }
        let epoch = batch.partitionLeaderEpoch
        if epoch < RecordBatch.noPartitionLeaderEpoch
            || (epoch == RecordBatch.noPartitionLeaderEpoch && checks.lastLeaderEpoch >= 0)
        {
            return "Partition leader epoch \(epoch) follows epoch \(checks.lastLeaderEpoch)"
        }
        if epoch < checks.lastLeaderEpoch {
            return "Partition leader epoch \(epoch) is below the previous batch's epoch \(checks.lastLeaderEpoch)"
        }
        if let known = checks.maxKnownLeaderEpoch, epoch > known {
            return
                "Partition leader epoch \(epoch) is above the largest epoch in the leader-epoch checkpoint (\(known))"
        }
        return nil
    }

    private func describe(_ stop: RecordBatchIterator.Stop, at position: Int, fileSize: Int) -> String {
        if case .partialBatch(let left, let needed) = stop {
            return "Found a partial record batch at the end of \(log.path): \(left) of \(needed) bytes"
        }
        return stop.corruptionMessage(file: log.path, position: position)
    }

    /// Reads `count` bytes at `position` into `buffer` (cleared); returns the bytes read, fewer only
    /// when the file is shorter.
    private func readBlock(into buffer: inout ByteBuffer, at position: Int, count: Int) throws(StorageError) -> Int {
        guard count > 0 else { return 0 }
        let file = log
        var outcome: Result<Int, StorageError> = .success(0)
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: count) { raw in
            outcome = Result { () throws(StorageError) -> Int in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<count]), at: position)
            }
            return (try? outcome.get()) ?? 0
        }
        return try outcome.get()
    }

    // MARK: Files

    /// Writes the file and indexes to the device.
    package func flush() throws(StorageError) {
        try log.flush()
        try offsetIndex().flush()
        try timeIndex().flush()
        try txnIndex.flush()
    }

    /// Closes the segment after a clean stop: the largest timestamp goes into the time index, the
    /// indexes are cut to their entries, the file is flushed and cut to its batches. Slices still
    /// held keep the file readable. With `flush` false the file is not fsynced (the caller syncs
    /// the file system).
    package func close(flush: Bool = true) throws(StorageError) {
        if let max = state.withLock({ $0.maxTimestampAndOffsetSoFar }), max.timestamp >= 0 {
            try? timeIndex().maybeAppend(timestamp: max.timestamp, offset: max.offset, skipFullCheck: true)
        }
        defer { log.close() }
        try lazyOffsetIndex.close()
        try lazyTimeIndex.close()
        if flush { try log.flush() }
        try log.trim()
        try txnIndex.close()
    }

    /// Releases the indexes without writing anything (the disk may have failed).
    package func closeHandlers() {
        lazyOffsetIndex.closeHandler()
        lazyTimeIndex.closeHandler()
        log.close()
        try? txnIndex.close()
    }

    /// Unlinks the log and index files. Slices of the log still held stay readable.
    package func deleteIfExists() throws(StorageError) {
        try log.deleteIfExists()
        try lazyOffsetIndex.deleteIfExists()
        try lazyTimeIndex.deleteIfExists()
        try txnIndex.deleteIfExists()
    }

    /// True when none of the segment's files exists any more.
    package var isDeleted: Bool {
        !log.exists && !StorageFile.exists(lazyOffsetIndex.path) && !StorageFile.exists(lazyTimeIndex.path)
            && !StorageFile.exists(txnIndex.path)
    }

    /// Renames every file from `...oldSuffix` to `...newSuffix` (such as "" to ".deleted").
    /// - Throws: `illegalArgument` when a file name does not end with `oldSuffix`.
    package func changeFileSuffixes(_ oldSuffix: String, _ newSuffix: String) throws(StorageError) {
        try log.renameTo(try Self.replaceSuffix(log.path, oldSuffix, newSuffix))
        try lazyOffsetIndex.renameTo(try Self.replaceSuffix(lazyOffsetIndex.path, oldSuffix, newSuffix))
        try lazyTimeIndex.renameTo(try Self.replaceSuffix(lazyTimeIndex.path, oldSuffix, newSuffix))
        try txnIndex.renameTo(try Self.replaceSuffix(txnIndex.path, oldSuffix, newSuffix))
    }

    /// Whether every file's name ends with `suffix`.
    package func hasSuffix(_ suffix: String) -> Bool {
        log.path.hasSuffix(suffix) && lazyOffsetIndex.path.hasSuffix(suffix) && lazyTimeIndex.path.hasSuffix(suffix)
            && txnIndex.path.hasSuffix(suffix)
    }

    /// Points every file at the same name in `directory` (after the directory was renamed).
    package func updateParentDir(_ directory: String) {
        log.updateParentDir(directory)
        lazyOffsetIndex.updateParentDir(directory)
        lazyTimeIndex.updateParentDir(directory)
        txnIndex.updateParentDir(directory)
    }

    /// Kafka's `Utils.replaceSuffix`.
    static func replaceSuffix(_ name: String, _ oldSuffix: String, _ newSuffix: String) throws(StorageError) -> String {
        guard name.hasSuffix(oldSuffix) else {
            throw .illegalArgument("Expected string to end with '\(oldSuffix)' but string is '\(name)'")
        }
        return String(name.dropLast(oldSuffix.count)) + newSuffix
    }

    // MARK: Checking

    /// Checks the indexes of a segment loaded from disk: the offset and time index files exist and
    /// pass their sanity checks, no entry points past the end of the log, and the transaction index
    /// is sane (Kafka checks the last and the transaction index; the rest catches garbage and files
    /// left preallocated by a crash).
    /// - Throws: `corruptIndex` (or the file error) describing the first problem.
    package func sanityCheck() throws(StorageError) {
        for path in [lazyOffsetIndex.path, lazyTimeIndex.path] where !StorageFile.exists(path) {
            throw .corruptIndex("Index file \(path) does not exist")
        }
        let offsetIndex = try offsetIndex()
        let timeIndex = try timeIndex()
        try offsetIndex.sanityCheck()
        try timeIndex.sanityCheck()
        try txnIndex.sanityCheck()
        let size = log.size
        if let last = offsetIndex.entry(at: offsetIndex.entries - 1), Int(last.position) >= size {
            throw .corruptIndex(
                "Index file \(offsetIndex.path) has an entry at position \(last.position), past the end of"
                    + " \(log.path) (\(size) bytes)")
        }
        if timeIndex.entries == 0 && size > 0 {
            // Rolling and closing write the largest timestamp into the time index, so a segment
            // whose first batch has a timestamp cannot have an empty one.
            var scanner = BatchHeaderScanner(file: log, from: 0, to: size)
            if let first = try scanner.next(), first.maxTimestamp >= 0 {
                throw .corruptIndex(
                    "Time index file \(timeIndex.path) is empty but \(log.path) holds batches with timestamps")
            }
        }
        guard offsetIndex.entries > 0 || timeIndex.entries > 0 else { return }
        let nextOffset: Int64
        do {
            nextOffset = try readNextOffset()
        } catch {
            throw .corruptIndex("Index of \(log.path) does not lead to a batch: \(error)")
        }
        if offsetIndex.entries > 0, offsetIndex.lastOffset >= nextOffset {
            throw .corruptIndex(
                "Index file \(offsetIndex.path) has offset \(offsetIndex.lastOffset), past the last offset"
                    + " \(nextOffset - 1) of \(log.path)")
        }
        if timeIndex.entries > 0, timeIndex.lastEntry.offset >= nextOffset {
            throw .corruptIndex(
                "Time index file \(timeIndex.path) has offset \(timeIndex.lastEntry.offset), past the last offset"
                    + " \(nextOffset - 1) of \(log.path)")
        }
    }

    /// True when the last offset does not fit the indexes (Kafka's `hasOverflow`).
    package func hasOverflow() throws(LogError) -> Bool {
        let next = try readNextOffset()
        guard next > baseOffset else { return false }
        return !(try storage { () throws(StorageError) in try canConvertToRelativeOffset(next - 1) })
    }

    package var description: String {
        let largest = state.withLock { $0.maxTimestampAndOffsetSoFar?.timestamp ?? -1 }
        return "LogSegment(baseOffset=\(baseOffset), size=\(size), lastModifiedTime=\((try? lastModified()) ?? -1),"
            + " largestRecordTimestamp=\(largest))"
    }
}

extension LogSegment {
    /// Runs a storage call, turning its error into `LogError.storage`.
    func storage<T>(_ body: () throws(StorageError) -> T) throws(LogError) -> T {
        do {
            return try body()
        } catch {
            throw .storage(error)
        }
    }

    /// Reads bytes that do not frame as a v2 batch are corruption; a scan that ends cleanly is not.
    func checkClean(_ scanner: BatchHeaderScanner) throws(LogError) {
        if let stop = scanner.stop, !stop.isClean {
            throw .corruptRecord(stop.corruptionMessage(file: log.path, position: scanner.position))
        }
    }
}

extension LogError {
    /// A storage error, or the message of another error as an illegal state.
    var asStorageError: StorageError {
        if case .storage(let error) = self { return error }
        return .illegalState(description)
    }
}
