import Synchronization

/// The log cleaner of a broker (Kafka's `LogCleaner` with its `LogCleanerManager`): picks the
/// compacted log most in need of cleaning, cleans it (see `Cleaner`), and records how far it got
/// in the log dir's `cleaner-offset-checkpoint` (`topic partition firstDirtyOffset` lines).
///
/// The log manager owns the logs, the threads and the schedule; it calls `cleanFilthiestLog` for
/// a log dir from a cleaner thread (sleeping `config.backoffMs` when it returns `.nothingToClean`),
/// and tells the cleaner about partitions it truncates, deletes or moves (`abortAndPauseCleaning`,
/// `resumeCleaning`, `maybeTruncateCheckpoint`, `updateCheckpoint`). Logs with
/// `cleanup.policy=compact,delete` also get their retention here, after each round, as in Kafka;
/// the log manager's retention task should skip compacted logs.
///
/// Invariants: a partition is cleaned by at most one caller at a time (it is `inProgress`), is not
/// cleaned while paused, and is skipped once a cleaning found it corrupt (`uncleanable`, until
/// `resumeCleaning` or a restart). Checkpoint files are read and rewritten under one lock. A swap
/// never races a truncation or retention of the same log: `Log.replaceSegments` checks under the
/// log's writer lock that the cleaned segments are still there, and an aborted cleaning just
/// leaves the log as it was.
package final class LogCleaner: Sendable {
    /// Where a partition stands (Kafka's `LogCleaningState`).
    package enum CleaningState: Sendable, Equatable {
        case inProgress
        /// Asked to stop; becomes `paused(1)` when the cleaning notices.
        case aborted
        /// Paused `count` times (each `abortAndPauseCleaning` needs a `resumeCleaning`).
        case paused(Int)
    }

    /// What one round did.
    package enum RoundOutcome: Sendable, Equatable {
        /// No compacted log needed cleaning.
        case nothingToClean
        case cleaned(CleanResult)
        /// The cleaning was abandoned: paused meanwhile, or the log changed under it. The log is
        /// as it was; a later round tries again.
        case abandoned(TopicPartition, String)
        /// The log holds bytes the cleaner cannot read; it is skipped from now on.
        case markedUncleanable(TopicPartition, LogError)
    }

    private struct State {
        var cleaningStates: [TopicPartition: CleaningState] = [:]
        var uncleanable: Set<TopicPartition> = []
    }

    package let config: CleanerConfig
    let clock: any KafkaClock
    private let state = Mutex(State())
    private let checkpointLock = Mutex(())
    /// Called after each step of a swap (tests stop there as a crash would).
    let swapStepHook: Mutex<(@Sendable (CleanerSwapStep) -> Bool)?> = Mutex(nil)

    package init(config: CleanerConfig = CleanerConfig(), clock: any KafkaClock) {
        self.config = config
        self.clock = clock
    }

    // MARK: Rounds

    /// One round of a cleaner thread over the logs of one log dir (Kafka's `cleanFilthiestLog`):
    /// evaluates every compacted log against `checkpointPath`, corrects checkpointed offsets that
    /// are no longer usable, cleans the log with the largest dirty ratio among those that need it,
    /// and records its new first dirty offset. Then applies retention to `compact,delete` logs.
    /// - Throws: `storage` when a file operation failed (the log dir may have failed); other
    ///   failures are reported in the outcome.
    package func cleanFilthiestLog(
        _ logs: [TopicPartition: Log], checkpointPath: String, now: Int64? = nil
    ) throws(LogError) -> RoundOutcome {
        let now = now ?? clock.milliseconds()
        let outcome: RoundOutcome
        if let toClean = try grabFilthiestCompactedLog(logs, checkpointPath: checkpointPath, now: now) {
            outcome = try clean(toClean, checkpointPath: checkpointPath, livePartitions: Set(logs.keys), now: now)
        } else {
            outcome = .nothingToClean
        }
        for (topicPartition, log) in logs.sorted(by: { $0.key < $1.key })
        where log.config.compact && log.config.delete && !log.isClosed && !isPaused(topicPartition) {
            _ = try log.deleteOldSegments(now: now)
        }
        return outcome
    }

    /// Cleans `log` now if it needs cleaning (as `cleanFilthiestLog` judges), or whatever its dirty
    /// ratio when `force` is set, and records the result in the checkpoint. Nil when there was
    /// nothing to do (not compacted, paused, in progress, uncleanable, or nothing dirty).
    package func cleanLog(
        _ log: Log, checkpointPath: String, force: Bool = false, now: Int64? = nil
    ) throws(LogError) -> RoundOutcome? {
        let now = now ?? clock.milliseconds()
        let topicPartition = log.topicPartition
        guard log.config.compact else { return nil }
        let checkpoint = try readCheckpoint(checkpointPath)
        let (toClean, forceUpdate) = try LogToClean.evaluate(
            log, topicPartition: topicPartition, lastCleanOffset: checkpoint[topicPartition], now: now)
        if forceUpdate { try updateCheckpoint(checkpointPath, topicPartition, offset: toClean.firstDirtyOffset) }
        guard force ? toClean.cleanableBytes > 0 : toClean.shouldClean else { return nil }
        let started = state.withLock { state -> Bool in
            guard state.cleaningStates[topicPartition] == nil, !state.uncleanable.contains(topicPartition) else {
                return false
            }
            state.cleaningStates[topicPartition] = .inProgress
            return true
        }
        guard started else { return nil }
        return try clean(toClean, checkpointPath: checkpointPath, livePartitions: nil, now: now)
    }

    /// Kafka's `grabFilthiestCompactedLog`: the compacted, not paused, not in progress, not
    /// uncleanable log with the largest dirty ratio among those that should be cleaned, marked in
    /// progress. Checkpointed offsets found unusable are corrected on the way.
    func grabFilthiestCompactedLog(
        _ logs: [TopicPartition: Log], checkpointPath: String, now: Int64
    ) throws(LogError) -> LogToClean? {
        let checkpoint = try readCheckpoint(checkpointPath)
        let skipped = state.withLock { state in Set(state.cleaningStates.keys).union(state.uncleanable) }
        var candidates: [LogToClean] = []
        for (topicPartition, log) in logs.sorted(by: { $0.key < $1.key })
        where log.config.compact && !skipped.contains(topicPartition) && !log.isClosed {
            let (toClean, forceUpdate) = try LogToClean.evaluate(
                log, topicPartition: topicPartition, lastCleanOffset: checkpoint[topicPartition], now: now)
            if forceUpdate {
                try updateCheckpoint(checkpointPath, topicPartition, offset: toClean.firstDirtyOffset)
            }
            if toClean.shouldClean { candidates.append(toClean) }
        }
        // Ties go to the first in partition order, so rounds are deterministic.
        var filthiest: LogToClean?
        for candidate in candidates where filthiest.map({ candidate.cleanableRatio > $0.cleanableRatio }) ?? true {
            filthiest = candidate
        }
        guard let filthiest else { return nil }
        let claimed = state.withLock { state -> Bool in
            guard state.cleaningStates[filthiest.topicPartition] == nil else { return false }
            state.cleaningStates[filthiest.topicPartition] = .inProgress
            return true
        }
        return claimed ? filthiest : nil
    }

    /// Cleans a log already marked in progress and ends its cleaning state (Kafka's
    /// `cleanLog` with `doneCleaning`).
    private func clean(
        _ toClean: LogToClean, checkpointPath: String, livePartitions: Set<TopicPartition>?, now: Int64
    ) throws(LogError) -> RoundOutcome {
        let topicPartition = toClean.topicPartition
        var cleaner = Cleaner(
            ioBufferSize: config.ioBufferSizePerThread,
            offsetMap: OffsetMap(memoryLimit: config.offsetMapMemory, loadFactor: config.dedupeBufferLoadFactor),
            checkDone: { [self] () throws(LogError) in try checkCleaningAborted(topicPartition) })
        cleaner.swapStepHook = swapStepHook.withLock { $0 }
        let result: CleanResult
        do {
            result = try cleaner.clean(toClean, now: now, clock: clock)
        } catch {
            finishCleaning(topicPartition)
            switch error {
            case .storage:
                throw error
            case .corruptRecord, .invalidRecord:
                state.withLock { _ = $0.uncleanable.insert(topicPartition) }
                return .markedUncleanable(topicPartition, error)
            default:
                return .abandoned(topicPartition, error.description)
            }
        }
        defer { finishCleaning(topicPartition) }
        try updateCheckpoint(checkpointPath, topicPartition, offset: result.endOffset, keepOnly: livePartitions)
        return .cleaned(result)
    }

    // MARK: Pausing

    /// Stops any cleaning of `topicPartition` at its next check and keeps it from starting until
    /// `resumeCleaning` (Kafka's `abortAndPauseCleaning`, minus the wait: a swap that still
    /// completes is checked against truncation and retention under the log's lock, so the caller
    /// need not wait for it).
    package func abortAndPauseCleaning(_ topicPartition: TopicPartition) {
        state.withLock { state in
            switch state.cleaningStates[topicPartition] {
            case nil: state.cleaningStates[topicPartition] = .paused(1)
            case .inProgress?: state.cleaningStates[topicPartition] = .aborted
            case .aborted?: break
            case .paused(let count)?: state.cleaningStates[topicPartition] = .paused(count + 1)
            }
        }
    }

    /// Undoes one `abortAndPauseCleaning`; also clears the uncleanable mark.
    package func resumeCleaning(_ topicPartition: TopicPartition) {
        state.withLock { state in
            state.uncleanable.remove(topicPartition)
            switch state.cleaningStates[topicPartition] {
            case .paused(let count)? where count > 1: state.cleaningStates[topicPartition] = .paused(count - 1)
            case .paused?: state.cleaningStates[topicPartition] = nil
            default: break
            }
        }
    }

    package func cleaningState(_ topicPartition: TopicPartition) -> CleaningState? {
        state.withLock { $0.cleaningStates[topicPartition] }
    }

    package func isUncleanable(_ topicPartition: TopicPartition) -> Bool {
        state.withLock { $0.uncleanable.contains(topicPartition) }
    }

    private func isPaused(_ topicPartition: TopicPartition) -> Bool {
        switch cleaningState(topicPartition) {
        case .paused?, .aborted?: true
        default: false
        }
    }

    private func checkCleaningAborted(_ topicPartition: TopicPartition) throws(LogError) {
        if state.withLock({ $0.cleaningStates[topicPartition] }) == .aborted {
            throw .illegalState("Cleaning of \(topicPartition) was aborted")
        }
    }

    /// Kafka's `doneCleaning`/`resumeCleaning` after a round: an in-progress partition becomes
    /// idle, an aborted one paused.
    private func finishCleaning(_ topicPartition: TopicPartition) {
        state.withLock { state in
            switch state.cleaningStates[topicPartition] {
            case .inProgress?: state.cleaningStates[topicPartition] = nil
            case .aborted?: state.cleaningStates[topicPartition] = .paused(1)
            default: break
            }
        }
    }

    // MARK: Checkpoint

    /// The first dirty offset of each partition in the checkpoint file at `path` (empty when the
    /// file is missing).
    package func readCheckpoint(_ path: String) throws(LogError) -> [TopicPartition: Int64] {
        try checkpointLock.withLock { _ throws(LogError) in
            do throws(StorageError) {
                return try OffsetCheckpointFile(path: path).read()
            } catch {
                throw .storage(error)
            }
        }
    }

    /// Sets (or, with a nil `offset`, removes) a partition's first dirty offset in the checkpoint
    /// file at `path` (Kafka's `updateCheckpoints`). With `keepOnly`, entries of other partitions
    /// not in it are dropped (partitions no longer in this log dir).
    package func updateCheckpoint(
        _ path: String, _ topicPartition: TopicPartition, offset: Int64?, keepOnly: Set<TopicPartition>? = nil
    ) throws(LogError) {
        try modifyCheckpoint(path) { offsets in
            if let keepOnly { offsets = offsets.filter { keepOnly.contains($0.key) || $0.key == topicPartition } }
            offsets[topicPartition] = offset
        }
    }

    /// After a truncation below the checkpointed offset, brings it down to `offset` (Kafka's
    /// `maybeTruncateCheckpoint`).
    package func maybeTruncateCheckpoint(_ path: String, _ topicPartition: TopicPartition, offset: Int64)
        throws(LogError)
    {
        try modifyCheckpoint(path) { offsets in
            if let current = offsets[topicPartition], current > offset { offsets[topicPartition] = offset }
        }
    }

    private func modifyCheckpoint(_ path: String, _ change: (inout [TopicPartition: Int64]) -> Void) throws(LogError) {
        try checkpointLock.withLock { _ throws(LogError) in
            do throws(StorageError) {
                let file = OffsetCheckpointFile(path: path)
                var offsets = try file.read()
                let before = offsets
                change(&offsets)
                if offsets != before || !StorageFile.exists(path) { try file.write(offsets) }
            } catch {
                throw .storage(error)
            }
        }
    }
}
