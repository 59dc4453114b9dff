import Synchronization

extension Log {
    // MARK: Rolling

    /// Starts a new active segment at `expectedNextOffset` or the log end offset, whichever is
    /// larger (Kafka's `roll`). The old active segment's indexes and file are cut to their
    /// contents; flushing it is left to `flushRolledSegments()`, which the scheduler runs soon
    /// after, as Kafka does.
    @discardableResult
    package func roll(expectedNextOffset: Int64? = nil) throws(LogError) -> LogSegment {
        try writer.withLock { (writer) throws(LogError) -> LogSegment in
            try roll(expectedNextOffset: expectedNextOffset, writer: &writer)
        }
    }

    /// `roll` with the writer lock held.
    @discardableResult
    func roll(expectedNextOffset: Int64?, writer: inout WriterState) throws(LogError) -> LogSegment {
        let current = view.withLock { $0 }
        try checkOpen(current)
        let logEndOffset = current.logEndOffsetMetadata.messageOffset
        let newOffset = max(expectedNextOffset ?? logEndOffset, logEndOffset)
        let active = current.activeSegment
        var segments = current.segments
        let newSegment: LogSegment
        if segments.contains(where: { $0.baseOffset == newOffset }) {
            // Only an empty active segment may be replaced (an index that reads as full can ask
            // for a roll of a segment without data, KAFKA-6388).
            guard active.baseOffset == newOffset && active.size == 0 else {
                throw .illegalState(
                    "Trying to roll a new log segment for topic partition \(topicPartition) with start offset \(newOffset)"
                        + " =max(provided offset = \(expectedNextOffset.map(String.init) ?? "none"), LEO = \(logEndOffset))"
                        + " while it already exists. Existing segment is \(active).")
            }
            newSegment = try createAndDeleteSegment(
                newOffset, replacing: active, config: current.config, writer: &writer)
            segments[segments.count - 1] = newSegment
        } else if newOffset < active.baseOffset {
            throw .illegalState(
                "Trying to roll a new log segment for topic partition \(topicPartition) with start offset \(newOffset)"
                    + " =max(provided offset = \(expectedNextOffset.map(String.init) ?? "none"), LEO = \(logEndOffset))"
                    + " lower than start offset of the active segment \(active)")
        } else {
            try storage { () throws(StorageError) in
                for path in [
                    LogFileNames.logFile(directory: directory, offset: newOffset),
                    LogFileNames.offsetIndexFile(directory: directory, offset: newOffset),
                    LogFileNames.timeIndexFile(directory: directory, offset: newOffset),
                    LogFileNames.transactionIndexFile(directory: directory, offset: newOffset),
                ] {
                    try StorageFile.deleteIfExists(path)
                }
                try active.onBecomeInactiveSegment()
            }
            newSegment = try openSegment(baseOffset: newOffset, config: current.config)
            segments.append(newSegment)
        }
        view.withLock { view in
            view.segments = segments
            view.logEndOffsetMetadata = LogOffsetMetadata(
                messageOffset: view.logEndOffsetMetadata.messageOffset, segmentBaseOffset: newSegment.baseOffset,
                relativePositionInSegment: 0)
            updateHighWatermarkWithLogEndOffset(&view)
        }
        try storage { () throws(StorageError) in try producerState?.segmentRolled(baseOffset: newSegment.baseOffset) }
        writer.rollFlushOffset = newSegment.baseOffset
        return newSegment
    }

    /// A new segment of the log's configuration, with a fresh roll jitter.
    func openSegment(baseOffset: Int64, config: LogConfig) throws(LogError) -> LogSegment {
        var generator = SystemRandomNumberGenerator()
        let jitter = config.randomSegmentJitter(using: &generator)
        return try storage { () throws(StorageError) in
            try LogSegment.open(
                directory: directory, baseOffset: baseOffset, config: config, clock: clock,
                initFileSize: Int(config.initFileSize), preallocate: config.preallocate, rollJitterMs: jitter)
        }
    }

    /// Kafka's `createAndDeleteSegment`: a new segment at `newOffset` takes the place of `old`,
    /// which is scheduled for deletion (renamed first when the new one takes its name).
    private func createAndDeleteSegment(
        _ newOffset: Int64, replacing old: LogSegment, config: LogConfig, writer: inout WriterState
    ) throws(LogError) -> LogSegment {
        if newOffset == old.baseOffset {
            try storage { () throws(StorageError) in try old.changeFileSuffixes("", LogFileNames.deletedFileSuffix) }
        }
        let newSegment = try openSegment(baseOffset: newOffset, config: config)
        try scheduleDeletion([old], config: config, writer: &writer)
        return newSegment
    }

    // MARK: Truncation

    /// Removes every record at or after `targetOffset` (a follower whose log diverged from the
    /// leader's; Kafka's `truncateTo`). The batch holding `targetOffset` goes whole, and the log
    /// end offset becomes the end of what is left: where `targetOffset` falls inside a batch it
    /// ends lower than `targetOffset` (Kafka leaves it at `targetOffset`, a hole the next append
    /// would fill with later offsets). Indexes, the epoch cache and producer state follow.
    /// Returns false when there was nothing at or after `targetOffset`.
    @discardableResult
    package func truncateTo(_ targetOffset: Int64) throws(LogError) -> Bool {
        guard targetOffset >= 0 else {
            throw .illegalArgument(
                "Cannot truncate partition \(topicPartition) to a negative offset (\(targetOffset)).")
        }
        return try writer.withLock { (writer) throws(LogError) -> Bool in
            let current = view.withLock { $0 }
            try checkOpen(current)
            let logEndOffset = current.logEndOffsetMetadata.messageOffset
            if targetOffset >= logEndOffset {
                // A leader that assigned an epoch and failed before appending leaves an entry past
                // the end; it goes.
                leaderEpochCache.truncateFromEnd(logEndOffset)
                try storage { () throws(StorageError) in try leaderEpochCache.flush() }
                return false
            }
            if current.segments[0].baseOffset > targetOffset {
                try truncateFullyAndStartAt(targetOffset, logStartOffset: nil, writer: &writer)
                return true
            }
            writer.truncations += 1
            let deletable = current.segments.filter { $0.baseOffset > targetOffset }
            let kept = Array(current.segments.prefix { $0.baseOffset <= targetOffset })
            let active = kept[kept.count - 1]
            try active.truncateTo(targetOffset)
            let newEnd = min(targetOffset, try active.readNextOffset())
            view.withLock { view in
                view.segments = kept
                view.logEndOffsetMetadata = LogOffsetMetadata(
                    messageOffset: newEnd, segmentBaseOffset: active.baseOffset,
                    relativePositionInSegment: Int32(active.size))
                view.logStartOffset = min(view.logStartOffset, newEnd)
                view.recoveryPoint = min(view.recoveryPoint, newEnd)
                updateHighWatermarkWithLogEndOffset(&view)
            }
            if let rolled = writer.rollFlushOffset, rolled > newEnd { writer.rollFlushOffset = nil }
            try scheduleDeletion(deletable, config: current.config, writer: &writer)
            leaderEpochCache.truncateFromEnd(newEnd)
            try storage { () throws(StorageError) in try leaderEpochCache.flush() }
            if let producerState {
                try storage { () throws(StorageError) in
                    try producerState.segmentsDeleted(baseOffsets: deletable.map(\.baseOffset))
                }
                try rebuildProducerState(producerState, upTo: newEnd)
            }
            return true
        }
    }

    /// Empties the log and starts it again at `newOffset` (Kafka's `truncateFullyAndStartAt`): a
    /// follower too far behind the leader's log start, or restarting at a batch's first offset.
    /// The log start offset becomes `logStartOffset` or `newOffset`.
    package func truncateFullyAndStartAt(_ newOffset: Int64, logStartOffset: Int64? = nil) throws(LogError) {
        try writer.withLock { (writer) throws(LogError) in
            try checkOpen(view.withLock { $0 })
            try truncateFullyAndStartAt(newOffset, logStartOffset: logStartOffset, writer: &writer)
        }
    }

    private func truncateFullyAndStartAt(_ newOffset: Int64, logStartOffset: Int64?, writer: inout WriterState)
        throws(LogError)
    {
        writer.truncations += 1
        let current = view.withLock { $0 }
        let old = current.segments
        try scheduleDeletion(Array(old.dropLast()), config: current.config, writer: &writer)
        let newSegment = try createAndDeleteSegment(
            newOffset, replacing: old[old.count - 1], config: current.config, writer: &writer)
        view.withLock { view in
            view.segments = [newSegment]
            view.logEndOffsetMetadata = LogOffsetMetadata(
                messageOffset: newOffset, segmentBaseOffset: newOffset, relativePositionInSegment: 0)
            view.logStartOffset = logStartOffset ?? newOffset
            view.recoveryPoint = min(view.recoveryPoint, newOffset)
            view.highWatermarkMetadata = view.logEndOffsetMetadata
        }
        writer.rollFlushOffset = nil
        try storage { () throws(StorageError) in try leaderEpochCache.clearAndFlush() }
        if let producerState {
            try storage { () throws(StorageError) in
                try producerState.segmentsDeleted(baseOffsets: old.map(\.baseOffset))
                try producerState.truncateFullyAndStartAt(newOffset)
            }
            try rebuildProducerState(producerState, upTo: newOffset)
            producerState.highWatermarkUpdated(to: newOffset)
        }
    }

    /// Rebuilds producer state up to `lastOffset` from its snapshots and the segments.
    private func rebuildProducerState(_ producerState: any LogProducerState, upTo lastOffset: Int64) throws(LogError) {
        let (segments, logStart) = view.withLock { ($0.segments, $0.logStartOffset) }
        try storage { () throws(StorageError) in
            try Log.rebuildProducerState(
                producerState, segments: segments, logStartOffset: logStart, lastOffset: lastOffset,
                reloadFromCleanShutdown: false)
        }
    }

    // MARK: Retention

    /// Deletes old segments (Kafka's `deleteOldSegments`): those entirely below the log start
    /// offset, and with `cleanup.policy` `delete`, the oldest segments while the log is larger
    /// than `retention.bytes` and those whose largest timestamp is more than `retention.ms` before
    /// `now`. Only segments wholly below the high watermark go, oldest first, stopping at the first
    /// that must stay; when every segment goes, a new empty one is rolled first, so the active
    /// segment is never deleted while active. The log start offset moves to the first offset left.
    /// Returns the number of segments deleted.
    @discardableResult
    package func deleteOldSegments(now: Int64? = nil) throws(LogError) -> Int {
        let now = now ?? clock.milliseconds()
        let config = self.config
        var deleted = try deleteLogStartOffsetBreachedSegments()
        if config.delete {
            deleted += try deleteRetentionSizeBreachedSegments(config)
            deleted += try deleteRetentionMsBreachedSegments(config, now: now)
        }
        return deleted
    }

    private func deleteLogStartOffsetBreachedSegments() throws(LogError) -> Int {
        try deleteOldSegments(reason: "log start offset breach") { (_, next, view) throws(LogError) in
            guard let next else { return false }
            return next.baseOffset <= view.logStartOffset
        }
    }

    private func deleteRetentionSizeBreachedSegments(_ config: LogConfig) throws(LogError) -> Int {
        let retentionSize = config.retentionBytes
        let size = Int64(self.size)
        guard retentionSize >= 0, size >= retentionSize else { return 0 }
        var diff = size - retentionSize
        return try deleteOldSegments(reason: "retention size breach") { (segment, _, _) throws(LogError) in
            let segmentSize = Int64(segment.size)
            guard diff - segmentSize >= 0 else { return false }
            diff -= segmentSize
            return true
        }
    }

    private func deleteRetentionMsBreachedSegments(_ config: LogConfig, now: Int64) throws(LogError) -> Int {
        let retentionMs = config.retentionMs
        guard retentionMs >= 0 else { return 0 }
        return try deleteOldSegments(reason: "retention time breach") { (segment, _, _) throws(LogError) in
            let largest = try storage { () throws(StorageError) in try segment.largestTimestamp() }
            return now - largest > retentionMs
        }
    }

    /// Kafka's `deletableSegments` and `deleteSegments` under the writer lock.
    private func deleteOldSegments(
        reason: String, predicate: (LogSegment, LogSegment?, LogView) throws(LogError) -> Bool
    ) throws(LogError) -> Int {
        try writer.withLock { (writer) throws(LogError) -> Int in
            let current = view.withLock { $0 }
            try checkOpen(current)
            var deletable: [LogSegment] = []
            let highWatermark = current.highWatermarkMetadata.messageOffset
            for (index, segment) in current.segments.enumerated() {
                let next = index + 1 < current.segments.count ? current.segments[index + 1] : nil
                let isLastSegmentAndEmpty = next == nil && segment.size == 0
                let upperBoundOffset = next?.baseOffset ?? current.logEndOffsetMetadata.messageOffset
                // Nothing at or above the high watermark goes, so the log start never passes it.
                guard highWatermark >= upperBoundOffset, try predicate(segment, next, current), !isLastSegmentAndEmpty
                else { break }
                deletable.append(segment)
            }
            guard !deletable.isEmpty else { return 0 }
            var toDelete = deletable
            if current.segments.count == deletable.count {
                let newSegment = try roll(expectedNextOffset: nil, writer: &writer)
                if deletable[deletable.count - 1].baseOffset == newSegment.baseOffset { toDelete.removeLast() }
            }
            if let last = toDelete.last {
                let remaining = view.withLock { $0.segments }
                if let next = remaining.first(where: { $0.baseOffset > last.baseOffset }) {
                    _ = try incrementLogStartOffset(next.baseOffset, reason: .segmentDeletion)
                }
                let gone = Set(toDelete.map(\.baseOffset))
                view.withLock { $0.segments.removeAll { gone.contains($0.baseOffset) } }
                try scheduleDeletion(toDelete, config: current.config, writer: &writer)
            }
            try storage { () throws(StorageError) in
                try producerState?.segmentsDeleted(baseOffsets: deletable.map(\.baseOffset))
            }
            return deletable.count
        }
    }

    // MARK: Log start offset

    /// Moves the log start offset up to `newLogStartOffset` if that is larger (DeleteRecords,
    /// retention; Kafka's `maybeIncrementLogStartOffset`). Reads below it are then out of range;
    /// segments wholly below it go at the next `deleteOldSegments`.
    /// - Throws: `offsetOutOfRange` when `newLogStartOffset` is above the high watermark.
    @discardableResult
    package func maybeIncrementLogStartOffset(_ newLogStartOffset: Int64, reason: LogStartOffsetIncrementReason)
        throws(LogError) -> Bool
    {
        try writer.withLock { (_) throws(LogError) -> Bool in
            try checkOpen(view.withLock { $0 })
            return try incrementLogStartOffset(newLogStartOffset, reason: reason)
        }
    }

    private func incrementLogStartOffset(_ newLogStartOffset: Int64, reason: LogStartOffsetIncrementReason)
        throws(LogError) -> Bool
    {
        let moved = try view.withLock { (view) throws(LogError) -> Bool in
            let highWatermark = view.highWatermarkMetadata.messageOffset
            guard newLogStartOffset <= highWatermark else {
                throw .offsetOutOfRange(
                    "Cannot increment the log start offset to \(newLogStartOffset) of partition \(topicPartition) since it"
                        + " is larger than the high watermark \(highWatermark)")
            }
            guard newLogStartOffset > view.logStartOffset else { return false }
            view.logStartOffset = newLogStartOffset
            if view.recoveryPoint < newLogStartOffset { view.recoveryPoint = newLogStartOffset }
            return true
        }
        guard moved else { return false }
        leaderEpochCache.truncateFromStart(newLogStartOffset)
        try storage { () throws(StorageError) in try leaderEpochCache.flush() }
        producerState?.logStartOffsetIncremented(to: newLogStartOffset)
        return true
    }

    // MARK: Flushing

    /// fsyncs the segments holding offsets below `offset` that are not yet flushed, then makes
    /// `offset` the recovery point (Kafka's `flushUptoOffsetExclusive`). The fsyncs run outside
    /// the writer lock; a truncation meanwhile keeps the recovery point where it was.
    package func flush(upTo offset: Int64) throws(LogError) {
        let (segments, recoveryPoint, truncations) = writer.withLock { writer in
            view.withLock { view in
                (Self.segments(view, from: view.recoveryPoint, below: offset), view.recoveryPoint, writer.truncations)
            }
        }
        guard offset > recoveryPoint else { return }
        try sync(segments, recoveryPoint: recoveryPoint)
        writer.withLock { writer in markFlushed(offset, truncations: truncations, writer: &writer) }
    }

    /// Flushes everything up to the log end offset (Kafka's `flush(false)`).
    package func flush() throws(LogError) {
        try flush(upTo: logEndOffset)
    }

    /// Flushes the segments rolled since the last flush (Kafka schedules this right after a roll).
    package func flushRolledSegments() throws(LogError) {
        guard let offset = writer.withLock({ $0.rollFlushOffset }) else { return }
        try flush(upTo: offset)
    }

    /// Flushes when `flush.ms` has passed since the last flush (the log manager's flusher).
    /// Returns whether it flushed.
    @discardableResult
    package func flushIfDue(now: Int64) throws(LogError) -> Bool {
        let flushMs = config.flushMs
        guard now - lastFlushTime >= flushMs, unflushedMessages > 0 else { return false }
        try flush()
        return true
    }

    /// `flush(upTo:)` with the writer lock already held (`flush.messages` after an append).
    func flushLocked(upTo offset: Int64, writer: inout WriterState) throws(LogError) {
        let (segments, recoveryPoint) = view.withLock { view in
            (Self.segments(view, from: view.recoveryPoint, below: offset), view.recoveryPoint)
        }
        guard offset > recoveryPoint else { return }
        try sync(segments, recoveryPoint: recoveryPoint)
        markFlushed(offset, truncations: writer.truncations, writer: &writer)
    }

    /// The segments holding offsets in `[from, below)` (Kafka's `LogSegments.values(from, to)`).
    private static func segments(_ view: LogView, from: Int64, below: Int64) -> [LogSegment] {
        let first = view.floorIndex(from) ?? 0
        return view.segments[first...].filter { $0.baseOffset < below }
    }

    private func sync(_ segments: [LogSegment], recoveryPoint: Int64) throws(LogError) {
        try storage { () throws(StorageError) in
            for segment in segments { try segment.flush() }
            // A segment created since the last flush is a new directory entry to persist.
            if segments.contains(where: { $0.baseOffset >= recoveryPoint }) { try StorageFile.syncDirectory(directory) }
        }
    }

    private func markFlushed(_ offset: Int64, truncations: Int, writer: inout WriterState) {
        guard truncations == writer.truncations else { return }
        view.withLock { view in
            if offset > view.recoveryPoint { view.recoveryPoint = min(offset, view.logEndOffsetMetadata.messageOffset) }
        }
        writer.lastFlushTime = clock.milliseconds()
        if let rolled = writer.rollFlushOffset, rolled <= offset { writer.rollFlushOffset = nil }
    }

    // MARK: Deleting segment files

    /// Renames segments to `.deleted` and schedules their files for unlinking
    /// `file.delete.delay.ms` from now (at once when that is 0).
    private func scheduleDeletion(_ segments: [LogSegment], config: LogConfig, writer: inout WriterState)
        throws(LogError)
    {
        guard !segments.isEmpty else { return }
        let now = clock.milliseconds()
        try storage { () throws(StorageError) in
            for segment in segments where !segment.hasSuffix(LogFileNames.deletedFileSuffix) {
                try segment.changeFileSuffixes("", LogFileNames.deletedFileSuffix)
            }
        }
        for segment in segments { writer.pendingDeletions.append((segment, now + config.fileDeleteDelayMs)) }
        if config.fileDeleteDelayMs <= 0 { _ = try deleteDueSegmentFiles(now: now, writer: &writer) }
    }

    /// Unlinks the files of segments whose deletion delay has passed by `now` (the scheduler calls
    /// this). A reader still holding a slice of one keeps reading it. Returns how many went.
    @discardableResult
    package func deleteExpiredSegmentFiles(now: Int64) throws(LogError) -> Int {
        try writer.withLock { (writer) throws(LogError) -> Int in try deleteDueSegmentFiles(now: now, writer: &writer) }
    }

    private func deleteDueSegmentFiles(now: Int64, writer: inout WriterState) throws(LogError) -> Int {
        let due = writer.pendingDeletions.filter { $0.dueMs <= now }
        guard !due.isEmpty else { return 0 }
        writer.pendingDeletions.removeAll { $0.dueMs <= now }
        try storage { () throws(StorageError) in
            for (segment, _) in due {
                try segment.deleteIfExists()
                segment.closeHandlers()
            }
        }
        return due.count
    }

    /// Segments waiting for their files to be unlinked.
    package var segmentsPendingDeletion: [LogSegment] { writer.withLock { $0.pendingDeletions.map(\.segment) } }

    // MARK: Closing

    /// Closes the log after flushing everything (Kafka's `flush(true)` then `close()` on a clean
    /// shutdown): the recovery point reaches the log end offset, each segment's indexes get their
    /// final time index entry and are cut to their entries, files are fsynced and cut to their
    /// batches, pending deletions are done now, producer state takes its snapshot. Afterwards the
    /// log manager may write `recoveryPoint` and `logStartOffset` to its checkpoints and the
    /// clean-shutdown marker. Slices held by readers stay readable. With `syncing` false nothing
    /// is fsynced: the caller syncs the whole file system once after closing every log (a
    /// thousand logs would otherwise cost thousands of fsyncs) and before writing the marker.
    package func close(syncing: Bool = true) throws(LogError) {
        try writer.withLock { (writer) throws(LogError) in
            let current = view.withLock { $0 }
            guard !current.isClosed else { return }
            try storage { () throws(StorageError) in
                try producerState?.close()
                // Closing a segment fsyncs it, so afterwards everything is on the device.
                for segment in current.segments { try segment.close(flush: syncing) }
                if syncing { try StorageFile.syncDirectory(directory) }
                for (segment, _) in writer.pendingDeletions {
                    try segment.deleteIfExists()
                    segment.closeHandlers()
                }
                try leaderEpochCache.flush(sync: syncing)
            }
            writer.pendingDeletions.removeAll()
            writer.lastFlushTime = clock.milliseconds()
            view.withLock { view in
                view.recoveryPoint = view.logEndOffsetMetadata.messageOffset
                view.isClosed = true
            }
        }
    }

    /// Closes without writing anything (the log dir failed; Kafka's `closeHandlers`).
    package func closeHandlers() {
        writer.withLock { writer in
            let segments = view.withLock { view -> [LogSegment] in
                view.isClosed = true
                return view.segments
            }
            for segment in segments { segment.closeHandlers() }
            for (segment, _) in writer.pendingDeletions { segment.closeHandlers() }
        }
    }
}
