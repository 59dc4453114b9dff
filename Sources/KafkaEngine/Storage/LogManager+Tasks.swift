import Synchronization

extension LogManager {
    // MARK: Background work

    /// Schedules the periodic work (Kafka's `LogManager.startup`, the high-watermark checkpoint of
    /// `ReplicaManager` and each log's producer expiration check). An interval of `Int64.max` (or
    /// not positive) means the work never runs.
    func scheduleTasks() -> [ScheduledTask] {
        var tasks: [ScheduledTask] = []
        func every(_ name: String, delayMs: Int64, _ periodMs: Int64, _ work: @escaping @Sendable (LogManager) -> Void)
        {
            guard periodMs > 0 && periodMs < Int64.max else { return }
            tasks.append(
                scheduler.schedule(name, delayMs: max(0, delayMs), periodMs: periodMs) { [weak self] in
                    self?.runBackground(name, work)
                })
        }
        let initialDelay = options.initialTaskDelayMs
        every("kafka-log-retention", delayMs: initialDelay, options.retentionCheckIntervalMs) { $0.cleanupLogs() }
        every("kafka-log-flusher", delayMs: options.flushCheckMs, options.flushCheckMs) { $0.flushDirtyLogs() }
        every("kafka-recovery-point-checkpoint", delayMs: initialDelay, options.recoveryPointCheckpointIntervalMs) {
            $0.report("recovery point checkpoint") { (manager) throws(LogManagerError) in
                try manager.checkpointRecoveryOffsets()
            }
        }
        every("kafka-log-start-offset-checkpoint", delayMs: initialDelay, options.logStartOffsetCheckpointIntervalMs) {
            $0.report("log start offset checkpoint") { (manager) throws(LogManagerError) in
                try manager.checkpointLogStartOffsets()
            }
        }
        every("highwatermark-checkpoint", delayMs: 0, options.highWatermarkCheckpointIntervalMs) {
            $0.report("high watermark checkpoint") { (manager) throws(LogManagerError) in
                try manager.checkpointHighWatermarks()
            }
        }
        every("kafka-delete-logs", delayMs: options.fileDeleteCheckIntervalMs, options.fileDeleteCheckIntervalMs) {
            $0.deleteExpiredFiles()
        }
        if let config = options.cleanerConfig, config.enableCleaner {
            // One cleaner thread's worth of rounds: each log dir's filthiest compacted log, then
            // the retention of its compact,delete logs (Kafka's CleanerThread, every backoff).
            let cleaner = LogCleaner(config: config, clock: clock)
            every("kafka-log-cleaner-thread-0", delayMs: config.backoffMs, config.backoffMs) {
                $0.runCleanerRound(cleaner)
            }
        }
        every(
            "PeriodicProducerExpirationCheck", delayMs: options.producerIdExpirationCheckIntervalMs,
            options.producerIdExpirationCheckIntervalMs
        ) { $0.removeExpiredProducers() }
        return tasks
    }

    /// Runs one background job unless `shutdown()` has begun; `shutdown()` waits for a job running.
    private func runBackground(_ name: String, _ work: (LogManager) -> Void) {
        maintenance.withLock { shuttingDown in
            guard !shuttingDown else { return }
            work(self)
        }
    }

    private func report(_ what: String, _ body: (LogManager) throws(LogManagerError) -> Void) {
        do {
            try body(self)
        } catch {
            eventHandler("Error in \(what): \(error)")
        }
    }

    /// Runs `body` on each open log; a failure is reported and the others go on. A log closed
    /// meanwhile (deleted) is skipped.
    private func forEachLog(_ what: String, _ body: (Log) throws(LogError) -> Void) {
        for (topicPartition, log) in allLogs.sorted(by: { $0.key < $1.key }) where !log.isClosed {
            do {
                try body(log)
            } catch {
                if !log.isClosed { eventHandler("Error in \(what) of \(topicPartition): \(error)") }
            }
        }
    }

    /// One round of `cleaner` over every log dir; returns what it did in each.
    @discardableResult
    package func runCleanerRound(_ cleaner: LogCleaner) -> [LogCleaner.RoundOutcome] {
        var outcomes: [LogCleaner.RoundOutcome] = []
        for logDir in options.logDirs {
            let logs = self.logs(in: logDir).filter { !$0.value.isClosed }
            guard !logs.isEmpty else { continue }
            do {
                let outcome = try cleaner.cleanFilthiestLog(logs, checkpointPath: cleanerCheckpointFile(logDir: logDir).path)
                if case .markedUncleanable(let topicPartition, let error) = outcome {
                    eventHandler("Log cleaner: \(topicPartition) cannot be cleaned and is skipped: \(error)")
                }
                outcomes.append(outcome)
            } catch {
                eventHandler("Error in log cleaner of \(logDir): \(error)")
            }
        }
        return outcomes
    }

    /// Retention: each log deletes the segments past `retention.ms` / `retention.bytes` or below
    /// its log start offset (Kafka's `cleanupLogs`). Returns the number of segments deleted.
    @discardableResult
    package func cleanupLogs() -> Int {
        let now = clock.milliseconds()
        var total = 0
        forEachLog("retention") { (log) throws(LogError) in total += try log.deleteOldSegments(now: now) }
        return total
    }

    /// The flusher: rolled segments and their producer snapshots, then every log whose `flush.ms`
    /// has passed (Kafka's `flushDirtyLogs` and the flush it schedules after each roll).
    package func flushDirtyLogs() {
        let now = clock.milliseconds()
        forEachLog("flush") { (log) throws(LogError) in
            try log.flushRolledSegmentsAndSnapshots()
            try log.flushIfDue(now: now)
        }
    }

    /// Unlinks segment files renamed `.deleted` whose `file.delete.delay.ms` passed, and removes
    /// the directories of deleted logs whose delay passed (Kafka's `deleteLogs` and its
    /// `delete-file` tasks).
    package func deleteExpiredFiles() {
        let now = clock.milliseconds()
        forEachLog("deleting segment files") { (log) throws(LogError) in try log.deleteExpiredSegmentFiles(now: now) }
        let due = state.withLock { state -> [String] in
            let due = state.logsToBeDeleted.filter { $0.dueMs <= now }.map(\.directory)
            state.logsToBeDeleted.removeAll { $0.dueMs <= now }
            return due
        }
        for directory in due {
            do {
                try StorageFile.deleteRecursively(directory)
                eventHandler("Deleted log \(directory)")
            } catch {
                eventHandler("Error deleting log \(directory): \(error)")
                // It is retried at the next start, which finishes `-delete` directories.
            }
        }
    }

    /// Forgets producers idle for `producer.id.expiration.ms` in every log.
    package func removeExpiredProducers() {
        let now = clock.milliseconds()
        forEachLog("producer expiration") { (log) throws(LogError) in log.removeExpiredProducers(now: now) }
    }

    /// Deleted logs whose directories are not yet removed.
    package var logsPendingDeletion: [String] { state.withLock { $0.logsToBeDeleted.map(\.directory) } }
}
