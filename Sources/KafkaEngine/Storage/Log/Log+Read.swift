import Synchronization

extension Log {
    // MARK: Reading

    /// Reads from `startOffset`: at most `maxLength` bytes (the first batch whole with
    /// `minOneMessage`) of the segment holding it, never past the offset `isolation` allows — the
    /// log end offset for followers, the high watermark for consumers, the last stable offset for
    /// `read_committed` consumers, which also get the aborted transactions overlapping the records
    /// (Kafka's `UnifiedLog.read`). A start at or past that bound returns no records. Takes no
    /// lock while it reads; the records are a slice of the segment file.
    /// - Throws: `offsetOutOfRange` when `startOffset` is below the log start offset or above the
    ///   log end offset; `illegalState` on a closed log.
    package func read(startOffset: Int64, maxLength: Int, isolation: FetchIsolation, minOneMessage: Bool)
        throws(LogError) -> FetchDataInfo
    {
        let current = view.withLock { $0 }
        try checkOpen(current)
        if startOffset < current.logStartOffset {
            throw .offsetOutOfRange(
                "Received request for offset \(startOffset) for partition \(topicPartition), but we only have log"
                    + " segments starting from offset: \(current.logStartOffset).")
        }
        let maxOffsetMetadata: LogOffsetMetadata
        switch isolation {
        case .logEnd: maxOffsetMetadata = current.logEndOffsetMetadata
        case .highWatermark: maxOffsetMetadata = try highWatermarkMetadata(current)
        case .committed: maxOffsetMetadata = try lastStableOffsetMetadata(current)
        }
        return try read(
            current, startOffset: startOffset, maxLength: maxLength, minOneMessage: minOneMessage,
            maxOffsetMetadata: maxOffsetMetadata, includeAbortedTxns: isolation == .committed)
    }

    /// Kafka's `LocalLog.read` over a copy of the view.
    private func read(
        _ current: LogView, startOffset: Int64, maxLength: Int, minOneMessage: Bool,
        maxOffsetMetadata: LogOffsetMetadata,
        includeAbortedTxns: Bool
    ) throws(LogError) -> FetchDataInfo {
        let endOffset = current.logEndOffsetMetadata.messageOffset
        guard startOffset <= endOffset, var index = current.floorIndex(startOffset) else {
            throw .offsetOutOfRange(
                "Received request for offset \(startOffset) for partition \(topicPartition), but we only have log"
                    + " segments upto \(endOffset).")
        }
        let noAbortedTxns: [AbortedTxn]? = includeAbortedTxns ? [] : nil
        if startOffset == maxOffsetMetadata.messageOffset {
            return FetchDataInfo(fetchOffsetMetadata: maxOffsetMetadata, abortedTransactions: noAbortedTxns)
        }
        if startOffset > maxOffsetMetadata.messageOffset {
            return FetchDataInfo(
                fetchOffsetMetadata: try convertToOffsetMetadata(current, startOffset),
                abortedTransactions: noAbortedTxns)
        }
        while index < current.segments.count {
            let segment = current.segments[index]
            let maxPosition: Int?
            if segment.baseOffset < maxOffsetMetadata.segmentBaseOffset {
                maxPosition = segment.size
            } else if segment.baseOffset == maxOffsetMetadata.segmentBaseOffset
                && !maxOffsetMetadata.isMessageOffsetOnly
            {
                maxPosition = Int(maxOffsetMetadata.relativePositionInSegment)
            } else {
                maxPosition = nil
            }
            if let info = try segment.read(
                startOffset: startOffset, maxSize: maxLength, maxPosition: maxPosition, minOneMessage: minOneMessage)
            {
                guard includeAbortedTxns else { return info }
                return try addAbortedTransactions(current, startOffset: startOffset, segmentIndex: index, info)
            }
            index += 1
        }
        // Every offset from startOffset on was removed: the log end is where the next data goes.
        return FetchDataInfo(fetchOffsetMetadata: current.logEndOffsetMetadata, abortedTransactions: noAbortedTxns)
    }

    /// The aborted transactions overlapping a read (Kafka's `addAbortedTransactions`): from the
    /// segment read and the later ones, up to the first offset past the bytes returned.
    private func addAbortedTransactions(
        _ current: LogView, startOffset: Int64, segmentIndex: Int, _ info: FetchDataInfo
    ) throws(LogError) -> FetchDataInfo {
        let segment = current.segments[segmentIndex]
        let startOffsetPosition = OffsetPosition(
            offset: info.fetchOffsetMetadata.messageOffset, position: info.fetchOffsetMetadata.relativePositionInSegment
        )
        let nextBase = segmentIndex + 1 < current.segments.count ? current.segments[segmentIndex + 1].baseOffset : nil
        let upperBoundOffset =
            try storage { () throws(StorageError) in
                try segment.fetchUpperBoundOffset(startOffsetPosition, fetchSize: Int32(clamping: info.sizeInBytes))
            } ?? nextBase ?? current.logEndOffsetMetadata.messageOffset
        var aborted: [AbortedTxn] = []
        for candidate in current.segments[segmentIndex...] {
            let result = try storage { () throws(StorageError) in
                try candidate.collectAbortedTxns(fetchOffset: startOffset, upperBoundOffset: upperBoundOffset)
            }
            aborted += result.abortedTransactions
            if result.isComplete { break }
        }
        var withAborted = info
        withAborted.abortedTransactions = aborted
        return withAborted
    }

    /// The segment and position of `offset` (Kafka's `convertToOffsetMetadataOrThrow`).
    private func convertToOffsetMetadata(_ current: LogView, _ offset: Int64) throws(LogError) -> LogOffsetMetadata {
        try read(
            current, startOffset: offset, maxLength: 1, minOneMessage: false,
            maxOffsetMetadata: current.logEndOffsetMetadata,
            includeAbortedTxns: false
        ).fetchOffsetMetadata
    }

    /// Kafka's `maybeConvertToOffsetMetadata`: the full metadata, or the offset alone when it is
    /// out of range.
    private func maybeConvertToOffsetMetadata(_ current: LogView, _ offset: Int64) throws(LogError) -> LogOffsetMetadata
    {
        do {
            return try convertToOffsetMetadata(current, offset)
        } catch {
            if case .offsetOutOfRange = error { return LogOffsetMetadata(messageOffset: offset) }
            throw error
        }
    }

    /// The high watermark with its position, looked up (and kept) when only the offset is known.
    private func highWatermarkMetadata(_ current: LogView) throws(LogError) -> LogOffsetMetadata {
        let metadata = current.highWatermarkMetadata
        guard metadata.isMessageOffsetOnly else { return metadata }
        let full = try maybeConvertToOffsetMetadata(current, metadata.messageOffset)
        view.withLock { view in
            if view.highWatermarkMetadata == metadata { view.highWatermarkMetadata = full }
        }
        return full
    }

    /// Kafka's `fetchLastStableOffsetMetadata`.
    private func lastStableOffsetMetadata(_ current: LogView) throws(LogError) -> LogOffsetMetadata {
        let highWatermark = try highWatermarkMetadata(current)
        guard let unstable = producerState?.firstUnstableOffset, unstable.messageOffset < highWatermark.messageOffset
        else { return highWatermark }
        let offset = max(unstable.messageOffset, current.logStartOffset)
        if unstable.isMessageOffsetOnly || offset != unstable.messageOffset {
            return try maybeConvertToOffsetMetadata(current, offset)
        }
        return unstable
    }

    // MARK: Searching by time

    /// ListOffsets: the offset for `timestamp`, which is either one of `ListOffsetsTimestamp`'s
    /// specials or a time to search for (Kafka's `fetchOffsetByTimestamp`):
    /// - earliest (-2) and earliest local (-4): the log start offset, with the epoch of the first
    ///   epoch entry when it starts at or before it;
    /// - latest (-1): the log end offset and the latest epoch;
    /// - max timestamp (-3): the first record with the largest timestamp in the log;
    /// - latest tiered (-5): offset -1 (nothing is tiered);
    /// - otherwise the first record, at or after the log start offset, with a timestamp ≥
    ///   `timestamp`, searched in the first segment whose largest timestamp reaches it.
    /// Nil when no record qualifies (ListOffsets answers offset -1).
    package func fetchOffsetByTimestamp(_ timestamp: Int64) throws(LogError) -> TimestampAndOffset? {
        let current = view.withLock { $0 }
        try checkOpen(current)
        switch timestamp {
        case ListOffsetsTimestamp.earliest, ListOffsetsTimestamp.earliestLocal:
            let earliest = leaderEpochCache.earliestEntry
            let epoch = earliest.flatMap { $0.startOffset <= current.logStartOffset ? $0.epoch : nil }
            return TimestampAndOffset(
                timestamp: RecordBatch.noTimestamp, offset: current.logStartOffset, leaderEpoch: epoch)
        case ListOffsetsTimestamp.latest:
            return TimestampAndOffset(
                timestamp: RecordBatch.noTimestamp, offset: current.logEndOffsetMetadata.messageOffset,
                leaderEpoch: leaderEpochCache.latestEpoch)
        case ListOffsetsTimestamp.latestTiered:
            return TimestampAndOffset(timestamp: RecordBatch.noTimestamp, offset: -1, leaderEpoch: -1)
        case ListOffsetsTimestamp.maxTimestamp:
            var latest: (segment: LogSegment, timestamp: Int64)?
            for segment in current.segments {
                let max = try storage { () throws(StorageError) in try segment.maxTimestampSoFar() }
                if latest == nil || max > latest!.timestamp { latest = (segment, max) }
            }
            return try latest?.segment.offsetOfMaxTimestamp()
        default:
            for segment in current.segments {
                let largest = try storage { () throws(StorageError) in try segment.largestTimestamp() }
                if largest >= timestamp {
                    return try segment.findOffsetByTimestamp(timestamp, startingOffset: current.logStartOffset)
                }
            }
            return nil
        }
    }
}
