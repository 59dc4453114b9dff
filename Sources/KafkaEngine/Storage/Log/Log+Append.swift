import NIOCore
import Synchronization

extension Log {
    // MARK: Leader

    /// Appends the batch of a produce request (or of a coordinator) as the leader (Kafka's
    /// `appendAsLeader`): frames and checks it, assigns offsets from the log end offset, stamps
    /// `leaderEpoch` and, for LogAppendTime topics, the broker's time, records the epoch, rolls
    /// first when due, and writes it with one system call into the page cache. The received bytes
    /// are not modified or copied: the rewritten 61-byte header is written in front of the rest.
    ///
    /// `origin` `.raftLeader` keeps the offsets the Raft layer assigned (each batch must carry
    /// `leaderEpoch`), as Kafka does.
    ///
    /// Bytes after the last whole batch are ignored, and no whole batch means nothing is appended
    /// (`validBytes` 0), as in Kafka.
    ///
    /// - Throws: `LogError` with Kafka's code — CORRUPT_MESSAGE (framing, CRC), INVALID_RECORD
    ///   (non-zero base offset from a client, more than one batch, inconsistent counts, control
    ///   batch from a client, negative sequence, legacy magic, no key on a compacted topic),
    ///   MESSAGE_TOO_LARGE (above `max.message.bytes`), INVALID_TIMESTAMP, RECORD_LIST_TOO_LARGE
    ///   (larger than a segment), producer state errors, KAFKA_STORAGE_ERROR.
    @discardableResult
    package func appendAsLeader(_ records: ByteBuffer, leaderEpoch: Int32, origin: AppendOrigin = .client)
        throws(LogError) -> LogAppendInfo
    {
        if origin == .raftLeader {
            return try appendWithGivenOffsets(
                records, origin: origin, leaderEpoch: leaderEpoch, ignoreRecordSize: false)
        }
        let config = self.config
        var analysis = try analyze(
            records, origin: origin, leaderEpoch: leaderEpoch, ignoreRecordSize: false, config: config)
        guard let batch = analysis.batches.first else { return analysis.info }
        guard analysis.batches.count == 1 else {
            throw .invalidRecord("Compressed outer record has more than one batch")
        }

        let now = clock.milliseconds()
        let validator = LeaderBatchValidator(config: config, topicPartition: topicPartition, origin: origin, now: now)
        try validator.validateBatch(batch)
        let outcome = try validator.validateRecords(batch)

        return try writer.withLock { (writer) throws(LogError) -> LogAppendInfo in
            let current = view.withLock { $0 }
            try checkOpen(current)
            let baseOffset = current.logEndOffsetMetadata.messageOffset
            let lastOffset = baseOffset + Int64(batch.lastOffsetDelta)
            let header = Self.leaderHeader(
                of: batch, baseOffset: baseOffset, leaderEpoch: leaderEpoch, maxTimestamp: outcome.maxTimestamp,
                timestampType: outcome.timestampType)

            analysis.info.firstOffset = baseOffset
            analysis.info.lastOffset = lastOffset
            analysis.info.lastOffsetOfFirstBatch = lastOffset
            analysis.info.lastLeaderEpoch = leaderEpoch >= 0 ? leaderEpoch : nil
            analysis.info.maxTimestamp = outcome.maxTimestamp
            analysis.info.shallowOffsetOfMaxTimestamp = outcome.maxTimestamp > RecordBatch.noTimestamp ? lastOffset : -1
            analysis.info.logAppendTime = outcome.timestampType == .logAppendTime ? now : RecordBatch.noTimestamp

            if leaderEpoch >= 0 {
                try storage { () throws(StorageError) in
                    try leaderEpochCache.assign(epoch: leaderEpoch, startOffset: baseOffset)
                }
            }
            // Producer state reads offsets from the batch: an idempotent or transactional data batch
            // is handed over as its header as written (no copy of the records); a control batch,
            // whose marker record it reads, as a patched copy; the others as received.
            var producerBatches: [RecordBatch] = []
            if producerState != nil {
                var written = batch
                if batch.hasProducerId {
                    if !batch.isControlBatch, let view = RecordBatch.headerView(header) {
                        written = view
                    } else {
                        written.setBaseOffset(baseOffset)
                        written.setPartitionLeaderEpoch(leaderEpoch)
                        written.setMaxTimestamp(outcome.maxTimestamp, timestampType: outcome.timestampType)
                    }
                }
                producerBatches = [written]
            }
            return try write(
                analysis.info,
                bytes: records.getSlice(at: records.readerIndex, length: analysis.info.validBytes) ?? records,
                header: header, producerBatches: producerBatches, origin: origin, config: current.config,
                writer: &writer)
        }
    }

    /// The header a leader writes for `batch`: its bytes with the base offset and partition leader
    /// epoch set, and when the max timestamp or its type changes, those too with a new CRC
    /// (computed over the new header bytes and then the unchanged records).
    static func leaderHeader(
        of batch: RecordBatch, baseOffset: Int64, leaderEpoch: Int32, maxTimestamp: Int64, timestampType: TimestampType
    ) -> [UInt8] {
        typealias Field = RecordBatch.Field
        var header = batch.buffer.getBytes(at: 0, length: RecordBatch.headerSize) ?? []
        func set<T: FixedWidthInteger>(_ value: T, at offset: Int) {
            withUnsafeBytes(of: value.bigEndian) { bytes in
                for (i, byte) in bytes.enumerated() { header[offset + i] = byte }
            }
        }
        set(baseOffset, at: Field.baseOffset)
        set(leaderEpoch, at: Field.partitionLeaderEpoch)
        if batch.maxTimestamp != maxTimestamp || batch.timestampType != timestampType {
            let current = batch.attributes
            let attributes = RecordBatchAttributes(
                compressionCodecId: current.compressionCodecId, timestampType: timestampType,
                isTransactional: current.isTransactional, isControl: current.isControl,
                hasDeleteHorizonMs: current.hasDeleteHorizonMs)
            set(attributes.rawValue, at: Field.attributes)
            set(maxTimestamp, at: Field.maxTimestamp)
            let headerCrc = header.withUnsafeBytes {
                CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[Field.attributes..<RecordBatch.headerSize]))
            }
            let crc = batch.buffer.withUnsafeReadableBytes {
                CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[RecordBatch.headerSize...]), continuing: headerCrc)
            }
            set(crc, at: Field.crc)
        }
        return header
    }

    // MARK: Follower

    /// Appends batches copied from the leader, keeping their offsets and epochs (Kafka's
    /// `appendAsFollower`): each must pass its CRC, offsets must increase, and the first must not
    /// be below the log end offset. All whole batches go in one write; a partial batch at the end
    /// (a fetch response cut at its size limit) is ignored.
    /// - Throws: CORRUPT_MESSAGE; `unexpectedAppendOffset` (the fetcher may restart the log at the
    ///   batch's offset); `offsetsOutOfOrder`; RECORD_LIST_TOO_LARGE; KAFKA_STORAGE_ERROR.
    @discardableResult
    package func appendAsFollower(_ records: ByteBuffer) throws(LogError) -> LogAppendInfo {
        try appendWithGivenOffsets(
            records, origin: .replication, leaderEpoch: RecordBatch.noPartitionLeaderEpoch, ignoreRecordSize: true)
    }

    private func appendWithGivenOffsets(
        _ records: ByteBuffer, origin: AppendOrigin, leaderEpoch: Int32, ignoreRecordSize: Bool
    ) throws(LogError) -> LogAppendInfo {
        let analysis = try analyze(
            records, origin: origin, leaderEpoch: leaderEpoch, ignoreRecordSize: ignoreRecordSize, config: config)
        guard !analysis.batches.isEmpty else { return analysis.info }
        guard analysis.monotonic else {
            throw .offsetsOutOfOrder(
                "Out of order offsets found in append to \(topicPartition): "
                    + analysis.batches.map { "[\($0.baseOffset), \($0.lastOffset)]" }.joined(separator: ", "))
        }
        let info = analysis.info
        return try writer.withLock { (writer) throws(LogError) -> LogAppendInfo in
            var current = view.withLock { $0 }
            try checkOpen(current)
            let logEndOffset = current.logEndOffsetMetadata.messageOffset
            guard info.firstOffset >= logEndOffset else {
                throw .unexpectedAppendOffset(
                    "Unexpected offset in append to \(topicPartition). First offset \(info.firstOffset) is less than the"
                        + " next offset \(logEndOffset). First 10 offsets in append: "
                        + "\(analysis.batches.prefix(10).map(\.baseOffset)), last offset in append: \(info.lastOffset)."
                        + " Log start offset = \(current.logStartOffset)",
                    firstOffset: info.firstOffset, lastOffset: info.lastOffset)
            }
            for batch in analysis.batches where batch.partitionLeaderEpoch >= 0 {
                try storage { () throws(StorageError) in
                    try leaderEpochCache.assign(epoch: batch.partitionLeaderEpoch, startOffset: batch.baseOffset)
                }
            }
            // A log without compaction keeps each segment's offsets contiguous (recovery checks
            // it), so offsets that jump ahead start a new segment.
            if !current.config.compact && info.firstOffset > logEndOffset {
                try checkSegmentSize(info.validBytes, current.config)
                try roll(expectedNextOffset: info.firstOffset, writer: &writer)
                current = view.withLock { $0 }
            }
            return try write(
                info, bytes: records.getSlice(at: records.readerIndex, length: info.validBytes) ?? records, header: nil,
                producerBatches: producerState == nil ? [] : analysis.batches, origin: origin, config: current.config,
                writer: &writer)
        }
    }

    // MARK: Shared

    /// Kafka's `analyzeAndValidateRecords`: frames the batches and checks each one's size and CRC.
    private func analyze(
        _ records: ByteBuffer, origin: AppendOrigin, leaderEpoch: Int32, ignoreRecordSize: Bool, config: LogConfig
    ) throws(LogError) -> (info: LogAppendInfo, batches: [RecordBatch], monotonic: Bool) {
        var info = LogAppendInfo(logStartOffset: logStartOffset)
        var batches: [RecordBatch] = []
        var iterator = RecordBatchIterator(records)
        var lastOffset: Int64 = -1
        var monotonic = true
        while let batch = iterator.next() {
            if origin == .raftLeader && batch.partitionLeaderEpoch != leaderEpoch {
                throw .invalidRecord("Append from Raft leader did not set the batch epoch correctly")
            }
            if origin == .client && batch.baseOffset != 0 {
                throw .invalidRecord(
                    "The baseOffset of the record batch in the append to \(topicPartition) should be 0, but it is"
                        + " \(batch.baseOffset)")
            }
            if batches.isEmpty {
                info.firstOffset = batch.baseOffset
                info.lastOffsetOfFirstBatch = batch.lastOffset
            }
            if lastOffset >= batch.lastOffset { monotonic = false }
            lastOffset = batch.lastOffset
            info.lastLeaderEpoch = batch.partitionLeaderEpoch >= 0 ? batch.partitionLeaderEpoch : nil
            let size = batch.sizeInBytes
            if !ignoreRecordSize && size > Int(config.maxMessageBytes) {
                throw .recordTooLarge(
                    "The record batch size in the append to \(topicPartition) is \(size) bytes which exceeds the maximum"
                        + " configured value of \(config.maxMessageBytes).")
            }
            guard batch.isChecksumValid else {
                throw .corruptRecord(
                    "Record is corrupt (stored crc = \(batch.crc)) in topic partition \(topicPartition).")
            }
            if batch.maxTimestamp > info.maxTimestamp {
                info.maxTimestamp = batch.maxTimestamp
                info.shallowOffsetOfMaxTimestamp = lastOffset
            }
            info.validBytes += size
            info.recordCount += Int(max(0, batch.recordsCount))
            if let codec = batch.compressionType, codec != .none { info.sourceCompression = codec }
            batches.append(batch)
        }
        switch iterator.stop {
        case .invalidBatchLength(let length, _)?:
            throw .corruptRecord(
                "Record size \(length) is less than the minimum record overhead (\(RecordBatchIterator.minimumBatchLength))"
            )
        case .unsupportedMagic(let magic, _)?:
            throw LogError(RecordBatchError.unsupportedMagic(magic))
        case .end?, .partialBatch?, nil:
            break
        }
        info.lastOffset = lastOffset
        return (info, batches, monotonic)
    }

    private func checkSegmentSize(_ size: Int, _ config: LogConfig) throws(LogError) {
        if size > Int(config.segmentBytes) {
            throw .recordBatchTooLarge(
                "Message batch size is \(size) bytes in append to partition \(topicPartition), which exceeds the maximum"
                    + " configured segment size of \(config.segmentBytes).")
        }
    }

    /// The common tail of every append, under the writer lock: roll when due, check producer state,
    /// write, publish the new log end offset, complete producer state, flush when `flush.messages`
    /// says so.
    private func write(
        _ info: LogAppendInfo, bytes: ByteBuffer, header: [UInt8]?, producerBatches: [RecordBatch],
        origin: AppendOrigin,
        config: LogConfig, writer: inout WriterState
    ) throws(LogError) -> LogAppendInfo {
        var info = info
        try checkSegmentSize(bytes.readableBytes, config)
        let segment = try maybeRoll(messagesSize: bytes.readableBytes, info: info, config: config, writer: &writer)

        var pending: (any Sendable)?
        if let producerState {
            let position = LogOffsetMetadata(
                messageOffset: info.firstOffset, segmentBaseOffset: segment.baseOffset,
                relativePositionInSegment: Int32(segment.size))
            switch try producerState.prepareAppend(producerBatches, origin: origin, appendOffsetMetadata: position) {
            case .duplicate(let firstOffset, let lastOffset, let timestamp):
                info.firstOffset = firstOffset
                info.lastOffset = lastOffset
                info.logAppendTime = timestamp
                info.logStartOffset = logStartOffset
                return info
            case .append(let update):
                pending = update
            }
        }

        try storage { () throws(StorageError) in
            try segment.append(
                largestOffset: info.lastOffset, largestTimestamp: info.maxTimestamp,
                offsetOfMaxTimestamp: info.shallowOffsetOfMaxTimestamp, records: bytes, header: header)
        }
        let unflushed = view.withLock { view -> Int64 in
            view.logEndOffsetMetadata = LogOffsetMetadata(
                messageOffset: info.lastOffset + 1, segmentBaseOffset: segment.baseOffset,
                relativePositionInSegment: Int32(segment.size))
            updateHighWatermarkWithLogEndOffset(&view)
            info.logStartOffset = view.logStartOffset
            return view.logEndOffsetMetadata.messageOffset - view.recoveryPoint
        }
        if let producerState, let pending {
            try storage { () throws(StorageError) in
                try producerState.completeAppend(pending, nextOffset: info.lastOffset + 1) {
                    (abortedTxn) throws(StorageError) in try segment.updateTxnIndex(abortedTxn)
                }
            }
            if highWatermarkFollowsLogEnd { producerState.highWatermarkUpdated(to: info.lastOffset + 1) }
        }
        if unflushed >= config.flushMessages {
            try flushLocked(upTo: info.lastOffset + 1, writer: &writer)
        }
        return info
    }

    /// Kafka's `maybeRoll`: rolls to a segment starting at the append's first offset when the
    /// active segment should roll; returns the segment to append to.
    private func maybeRoll(
        messagesSize: Int, info: LogAppendInfo, config: LogConfig, writer: inout WriterState
    ) throws(LogError) -> LogSegment {
        let segment = activeSegment
        let params = RollParams(
            maxSegmentMs: config.maxSegmentMs, maxSegmentBytes: Int(config.segmentBytes),
            maxTimestampInMessages: info.maxTimestamp, maxOffsetInMessages: info.lastOffset, messagesSize: messagesSize,
            now: clock.milliseconds())
        guard try storage({ () throws(StorageError) in try segment.shouldRoll(params) }) else { return segment }
        return try roll(expectedNextOffset: info.firstOffset, writer: &writer)
    }
}
