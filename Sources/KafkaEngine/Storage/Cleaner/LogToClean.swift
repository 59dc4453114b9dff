/// The range of a log a round of cleaning may work on (Kafka's `OffsetsToClean`): from the first
/// dirty offset (the cleaner checkpoint's, or the log start offset when that is unusable) to the
/// first offset it must not touch. `forceUpdateCheckpoint` says the checkpointed offset was
/// unusable and the checkpoint should be corrected even if nothing is cleaned.
package struct OffsetsToClean: Sendable, Equatable {
    package var firstDirtyOffset: Int64
    package var firstUncleanableDirtyOffset: Int64
    package var forceUpdateCheckpoint: Bool

    package init(firstDirtyOffset: Int64, firstUncleanableDirtyOffset: Int64, forceUpdateCheckpoint: Bool = false) {
        self.firstDirtyOffset = firstDirtyOffset
        self.firstUncleanableDirtyOffset = firstUncleanableDirtyOffset
        self.forceUpdateCheckpoint = forceUpdateCheckpoint
    }
}

/// A compacted log considered for cleaning, with the sizes that rank it (Kafka's `LogToClean`).
///
/// `cleanBytes` are the bytes of the segments below the first dirty offset (cleaned before),
/// `cleanableBytes` those of the segments from the first dirty offset up to
/// `firstUncleanableOffset`, the base offset of the segment holding the uncleanable offset: the
/// cleaner works on whole segments and never on the active one. `cleanableRatio` is what
/// `min.cleanable.dirty.ratio` is compared with.
package struct LogToClean: Sendable {
    package let topicPartition: TopicPartition
    package let log: Log
    package let firstDirtyOffset: Int64
    /// The first offset that must stay as it is: the smallest of the last stable offset, the
    /// active segment's base offset and the first segment within `min.compaction.lag.ms`.
    package let uncleanableOffset: Int64
    /// `max.compaction.lag.ms` has passed for some dirty record: clean whatever the ratio.
    package let needCompactionNow: Bool
    package let cleanBytes: Int64
    package let firstUncleanableOffset: Int64
    package let cleanableBytes: Int64

    package init(
        topicPartition: TopicPartition, log: Log, firstDirtyOffset: Int64, uncleanableOffset: Int64,
        needCompactionNow: Bool = false
    ) {
        self.topicPartition = topicPartition
        self.log = log
        self.firstDirtyOffset = firstDirtyOffset
        self.uncleanableOffset = uncleanableOffset
        self.needCompactionNow = needCompactionNow
        self.cleanBytes = log.segments(from: -1, to: firstDirtyOffset).reduce(0) { $0 + Int64($1.size) }
        let (firstUncleanable, cleanable) = LogToClean.calculateCleanableBytes(
            log, firstDirtyOffset: firstDirtyOffset, uncleanableOffset: uncleanableOffset)
        self.firstUncleanableOffset = firstUncleanable
        self.cleanableBytes = cleanable
    }

    package var totalBytes: Int64 { cleanBytes + cleanableBytes }

    /// Dirty bytes over all bytes (NaN for an empty log, which is never cleaned).
    package var cleanableRatio: Double { Double(cleanableBytes) / Double(totalBytes) }

    /// Whether this round should clean the log (Kafka's filter in `grabFilthiestCompactedLog`):
    /// dirty bytes past `max.compaction.lag.ms`, or a dirty ratio above
    /// `min.cleanable.dirty.ratio` (strictly, as Kafka compares).
    package var shouldClean: Bool {
        guard totalBytes > 0 else { return false }
        return (needCompactionNow && cleanableBytes > 0) || cleanableRatio > log.config.minCleanableDirtyRatio
    }

    /// Kafka's `calculateCleanableBytes`: the uncleanable offset rounded down to its segment's
    /// base offset, and the bytes of the segments from the first dirty offset up to there.
    package static func calculateCleanableBytes(
        _ log: Log, firstDirtyOffset: Int64, uncleanableOffset: Int64
    ) -> (firstUncleanableOffset: Int64, cleanableBytes: Int64) {
        let firstUncleanableSegment = log.nonActiveSegments(from: uncleanableOffset).first ?? log.activeSegment
        let firstUncleanableOffset = firstUncleanableSegment.baseOffset
        let cleanableBytes = log.segments(
            from: min(firstDirtyOffset, firstUncleanableOffset), to: firstUncleanableOffset
        ).reduce(Int64(0)) { $0 + Int64($1.size) }
        return (firstUncleanableOffset, cleanableBytes)
    }

    /// Kafka's `cleanableOffsets`: where cleaning starts (the checkpointed offset `lastCleanOffset`,
    /// or the log start offset when it is missing, below the log start or past the log end) and
    /// the first offset it must not reach: the last stable offset, the active segment's base
    /// offset, or the base of the first dirty segment whose largest timestamp is within
    /// `min.compaction.lag.ms` of `now`, whichever is smallest.
    package static func cleanableOffsets(_ log: Log, lastCleanOffset: Int64?, now: Int64) throws(LogError)
        -> OffsetsToClean
    {
        let logStartOffset = log.logStartOffset
        let checkpointDirtyOffset = lastCleanOffset ?? logStartOffset
        let firstDirtyOffset: Int64
        let forceUpdateCheckpoint: Bool
        if checkpointDirtyOffset < logStartOffset || checkpointDirtyOffset > log.logEndOffset {
            // Below the start: segments went by retention or DeleteRecords. Past the end: the log
            // was truncated (damage at its tail); clean it all again, to be safe.
            firstDirtyOffset = logStartOffset
            forceUpdateCheckpoint = true
        } else {
            firstDirtyOffset = checkpointDirtyOffset
            forceUpdateCheckpoint = false
        }

        var uncleanable = min(log.lastStableOffset, log.activeSegment.baseOffset)
        let minCompactionLagMs = max(log.config.minCompactionLagMs, 0)
        if minCompactionLagMs > 0 {
            for segment in log.nonActiveSegments(from: firstDirtyOffset) {
                let largest = try segment.storage { () throws(StorageError) in try segment.largestTimestamp() }
                if largest > now - minCompactionLagMs {
                    uncleanable = min(uncleanable, segment.baseOffset)
                    break
                }
            }
        }
        return OffsetsToClean(
            firstDirtyOffset: firstDirtyOffset, firstUncleanableDirtyOffset: max(firstDirtyOffset, uncleanable),
            forceUpdateCheckpoint: forceUpdateCheckpoint)
    }

    /// Kafka's `maxCompactionDelay`: how long past `max.compaction.lag.ms` the oldest dirty batch
    /// is (by the first batch timestamps of the dirty non-active segments), 0 when none is.
    package static func maxCompactionDelay(_ log: Log, firstDirtyOffset: Int64, now: Int64) -> Int64 {
        let firstBatchTimestamps = log.nonActiveSegments(from: firstDirtyOffset).map { $0.firstBatchTimestamp() }
            .filter { $0 > 0 }
        let earliestDirtySegmentTimestamp = firstBatchTimestamps.min() ?? Int64.max
        let maxCompactionLagMs = max(log.config.maxCompactionLagMs, 0)
        let (cleanUntilTime, overflow) = now.subtractingReportingOverflow(maxCompactionLagMs)
        guard !overflow, earliestDirtySegmentTimestamp < cleanUntilTime else { return 0 }
        return cleanUntilTime - earliestDirtySegmentTimestamp
    }

    /// The log's cleaning candidate as the cleaner manager builds it: the cleanable offsets and
    /// whether `max.compaction.lag.ms` forces cleaning.
    package static func evaluate(
        _ log: Log, topicPartition: TopicPartition, lastCleanOffset: Int64?, now: Int64
    ) throws(LogError) -> (LogToClean, forceUpdateCheckpoint: Bool) {
        let offsets = try cleanableOffsets(log, lastCleanOffset: lastCleanOffset, now: now)
        let delay = maxCompactionDelay(log, firstDirtyOffset: offsets.firstDirtyOffset, now: now)
        let toClean = LogToClean(
            topicPartition: topicPartition, log: log, firstDirtyOffset: offsets.firstDirtyOffset,
            uncleanableOffset: offsets.firstUncleanableDirtyOffset, needCompactionNow: delay > 0)
        return (toClean, offsets.forceUpdateCheckpoint)
    }
}
