import NIOCore
import Synchronization

/// What the log cleaner needs from a partition's producer state beyond `LogProducerState`: each
/// active producer's last data offset and epoch (Kafka's `UnifiedLog.lastRecordsOfActiveProducers`),
/// so that compaction keeps the batch holding a producer's last sequence and the marker holding
/// its last epoch. A producer state that does not conform is treated as having no active
/// producers.
package protocol CleanerProducerState: LogProducerState {
    var lastRecordsOfActiveProducers: [Int64: LastRecord] { get }
}

/// The steps of swapping cleaned segments into a log, in the order they happen on disk (Kafka's
/// `LocalLog.replaceSegments`). A crash after any of them leaves files that opening the log
/// resolves: before `renamedToSwap` the old segments stay; from it on the cleaned one wins.
enum CleanerSwapStep: Sendable, CaseIterable {
    /// The cleaned segment is complete and fsynced under `.cleaned` names.
    case cleanedWritten
    /// Its files were renamed `.cleaned` → `.swap` and the directory fsynced.
    case renamedToSwap
    /// The replaced segments were renamed to `.deleted` (and maybe unlinked).
    case oldSegmentsDeleted
    /// The `.swap` files took their live names and the directory was fsynced.
    case swapRenamed
}

extension Log {
    // MARK: Segments for the cleaner

    /// The segments holding offsets in `[from, to)`: from the one containing `from` (or the first)
    /// up to the last with a base offset below `to` (Kafka's `logSegments(from, to)`).
    package func segments(from: Int64, to: Int64) -> [LogSegment] {
        view.withLock { Self.segments($0, from: from, to: to) }
    }

    static func segments(_ view: LogView, from: Int64, to: Int64) -> [LogSegment] {
        guard from < to else { return [] }
        let first = view.floorIndex(from) ?? 0
        return view.segments[first...].prefix { $0.baseOffset < to }.map { $0 }
    }

    /// The segments from the one holding `from` up to, not including, the active segment (Kafka's
    /// `nonActiveLogSegmentsFrom`).
    package func nonActiveSegments(from: Int64) -> [LogSegment] {
        view.withLock { view in
            let activeBase = view.activeSegment.baseOffset
            guard from <= activeBase else { return [] }
            return Self.segments(view, from: from, to: activeBase)
        }
    }

    /// The aborted transactions overlapping `[startOffset, upperBoundOffset)`, from the `.txnindex`
    /// of the segment holding `startOffset` and the later ones until an entry's last stable offset
    /// shows no later transaction can start before the bound (Kafka's
    /// `collectAbortedTransactions`).
    package func collectAbortedTransactions(startOffset: Int64, upperBoundOffset: Int64) throws(LogError)
        -> [AbortedTxn]
    {
        let segments = view.withLock { view -> ArraySlice<LogSegment> in
            guard let first = view.floorIndex(startOffset) else { return [] }
            return view.segments[first...]
        }
        var aborted: [AbortedTxn] = []
        for segment in segments {
            let result = try storage { () throws(StorageError) in
                try segment.collectAbortedTxns(fetchOffset: startOffset, upperBoundOffset: upperBoundOffset)
            }
            aborted += result.abortedTransactions
            if result.isComplete { break }
        }
        return aborted
    }

    /// Each active producer's last data offset and epoch, read under the writer lock like every
    /// other producer-state call; empty without a `CleanerProducerState`.
    package var lastRecordsOfActiveProducers: [Int64: LastRecord] {
        writer.withLock { _ in (producerState as? any CleanerProducerState)?.lastRecordsOfActiveProducers ?? [:] }
    }

    /// Bumped by every truncation. The cleaner reads it before it starts and hands it back to
    /// `replaceSegments`, which refuses to swap when a truncation happened meanwhile.
    var truncationGeneration: Int { writer.withLock { $0.truncations } }

    // MARK: Cleaned segments

    /// A new, empty segment at `baseOffset` whose files carry the `.cleaned` suffix, replacing any
    /// left by an earlier attempt (Kafka's `createNewCleanedSegment`). Its `.txnindex` file exists
    /// from the start, even empty, so that renaming the segment into place always replaces the
    /// `.txnindex` of the segment it takes the name of.
    func createCleanedSegment(baseOffset: Int64) throws(LogError) -> LogSegment {
        let config = self.config
        let suffix = LogFileNames.cleanedFileSuffix
        return try storage { () throws(StorageError) -> LogSegment in
            for path in [
                LogFileNames.logFile(directory: directory, offset: baseOffset, suffix: suffix),
                LogFileNames.offsetIndexFile(directory: directory, offset: baseOffset, suffix: suffix),
                LogFileNames.timeIndexFile(directory: directory, offset: baseOffset, suffix: suffix),
                LogFileNames.transactionIndexFile(directory: directory, offset: baseOffset, suffix: suffix),
            ] {
                try StorageFile.deleteIfExists(path)
            }
            let txnIndexPath = LogFileNames.transactionIndexFile(
                directory: directory, offset: baseOffset, suffix: suffix)
            try StorageFile.open(txnIndexPath, create: true, exclusive: true).close()
            return try LogSegment.open(
                directory: directory, baseOffset: baseOffset, config: config, clock: clock,
                initFileSize: Int(config.initFileSize), preallocate: config.preallocate, fileSuffix: suffix)
        }
    }

    /// Puts `cleaned` (complete, fsynced, named `.cleaned`) in the place of `oldSegments`, a run of
    /// consecutive non-active segments the first of which has `cleaned`'s base offset (Kafka's
    /// `replaceSegments`), crash-safely:
    ///
    /// 1. `cleaned`'s files are renamed to `.swap` and the directory fsynced: from here a restart
    ///    completes the swap (`LogLoader` deletes the segments the swap file covers and renames it);
    /// 2. readers see the new segment list;
    /// 3. the old segments are renamed to `.deleted` and scheduled for unlinking after
    ///    `file.delete.delay.ms` (slices readers hold stay readable);
    /// 4. the `.swap` files take their live names and the directory is fsynced.
    ///
    /// Refuses (with `illegalState`, changing nothing) when the log is closed, was truncated since
    /// `generation` was read, or no longer holds exactly `oldSegments` in a row below the active
    /// segment: retention or a truncation got there first, and cleaning starts over next round.
    /// `afterStep` runs after each step (tests stop there to leave a crash's files behind).
    func replaceSegments(
        with cleaned: LogSegment, replacing oldSegments: [LogSegment], generation: Int,
        afterStep: (CleanerSwapStep) throws(LogError) -> Void = { _ throws(LogError) in }
    ) throws(LogError) {
        guard let first = oldSegments.first, first.baseOffset == cleaned.baseOffset else {
            throw .illegalArgument("The cleaned segment \(cleaned.baseOffset) does not start the segments it replaces")
        }
        try writer.withLock { (writer) throws(LogError) in
            let current = view.withLock { $0 }
            try checkOpen(current)
            guard writer.truncations == generation else {
                throw .illegalState("The log of \(topicPartition) was truncated while it was being cleaned")
            }
            guard let start = current.segments.firstIndex(where: { $0 === first }),
                start + oldSegments.count < current.segments.count,
                zip(current.segments[start...], oldSegments).allSatisfy({ $0 === $1 })
            else {
                throw .illegalState(
                    "The segments of \(topicPartition) cleaned from offset \(first.baseOffset) changed while they were"
                        + " being cleaned")
            }
            try afterStep(.cleanedWritten)

            try storage { () throws(StorageError) in
                try cleaned.changeFileSuffixes(LogFileNames.cleanedFileSuffix, LogFileNames.swapFileSuffix)
                try StorageFile.syncDirectory(directory)
            }
            try afterStep(.renamedToSwap)

            view.withLock { view in
                view.segments.replaceSubrange(start..<(start + oldSegments.count), with: [cleaned])
            }
            let now = clock.milliseconds()
            try storage { () throws(StorageError) in
                for segment in oldSegments { try segment.changeFileSuffixes("", LogFileNames.deletedFileSuffix) }
            }
            for segment in oldSegments {
                writer.pendingDeletions.append((segment, now + current.config.fileDeleteDelayMs))
            }
            if current.config.fileDeleteDelayMs <= 0 {
                let due = writer.pendingDeletions.filter { $0.dueMs <= now }
                writer.pendingDeletions.removeAll { $0.dueMs <= now }
                try storage { () throws(StorageError) in
                    for (segment, _) in due {
                        try segment.deleteIfExists()
                        segment.closeHandlers()
                    }
                }
            }
            try storage { () throws(StorageError) in
                try producerState?.segmentsDeleted(baseOffsets: oldSegments.dropFirst().map(\.baseOffset))
            }
            try afterStep(.oldSegmentsDeleted)

            try storage { () throws(StorageError) in
                try cleaned.changeFileSuffixes(LogFileNames.swapFileSuffix, "")
                try StorageFile.syncDirectory(directory)
            }
            try afterStep(.swapRenamed)
        }
    }
}
