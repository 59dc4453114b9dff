import Synchronization

/// The logs of this node, spread over its log dirs (Kafka's `LogManager`). It owns each log dir's
/// own files — `meta.properties` (checked at start), the `.lock`, the checkpoints
/// `recovery-point-offset-checkpoint`, `log-start-offset-checkpoint`,
/// `replication-offset-checkpoint` (high watermarks) and `cleaner-offset-checkpoint` (whose entries
/// are the log cleaner's), and the `.kafka_cleanshutdown` marker — and every
/// `<topic>-<partition>` directory in it as a `Log`. It loads the logs at start, creates and
/// deletes them, and runs the background work through a `Scheduler`: flushing, checkpoints,
/// retention, deleting segment files and deleted logs, producer expiration.
///
/// Lifecycle: `startup()` once, then the other calls, then `shutdown()` once.
///
/// Invariants:
/// - A partition has at most one log, in one log dir.
/// - The clean-shutdown marker exists only from a clean shutdown to the next start: it is deleted
///   once the logs are loaded, so a crash after a start is always recovered as unclean.
/// - A log is trusted without recovery only when its dir had the marker and its recovery-point
///   checkpoint listed it; a checkpoint that is missing or does not parse means full recovery.
/// - Checkpoint files are written atomically and one at a time; background work never runs during
///   `shutdown()` or after it.
package final class LogManager: Sendable {
    /// How the log manager runs: the broker configuration it uses (see `init(config:)`).
    package struct Options: Sendable {
        /// `log.dirs`.
        package var logDirs: [String]
        /// This node's `node.id`; every `meta.properties` must name it.
        package var nodeId: Int32
        /// The cluster every `meta.properties` must name; nil: whichever the first one names.
        package var clusterId: String?
        /// The topic configuration of logs without one of their own.
        package var defaultConfig: LogConfig
        /// Topic configurations known at start (the metadata image's).
        package var topicConfigs: [String: LogConfig] = [:]
        /// `num.recovery.threads.per.data.dir`: logs of one dir loaded (and closed) at once.
        package var numRecoveryThreadsPerDataDir: Int = 1
        /// `log.initial.task.delay.ms`: the first run of retention and the checkpoints.
        package var initialTaskDelayMs: Int64 = 30_000
        /// How often the flusher looks at every log: it flushes the segments rolled since (and their
        /// producer snapshots), and logs whose `flush.ms` has passed. Kafka flushes rolled segments
        /// at once from a task of its own and checks `flush.ms` every
        /// `log.flush.scheduler.interval.ms` (never, by default); this is that interval when it is
        /// set, else one second.
        package var flushCheckMs: Int64 = 1000
        /// `log.flush.offset.checkpoint.interval.ms`.
        package var recoveryPointCheckpointIntervalMs: Int64 = 60_000
        /// `log.flush.start.offset.checkpoint.interval.ms`.
        package var logStartOffsetCheckpointIntervalMs: Int64 = 60_000
        /// `replica.high.watermark.checkpoint.interval.ms`.
        package var highWatermarkCheckpointIntervalMs: Int64 = 5000
        /// `log.retention.check.interval.ms`.
        package var retentionCheckIntervalMs: Int64 = 300_000
        /// How often segment files renamed `.deleted` and logs renamed `-delete` are checked for
        /// their `file.delete.delay.ms` having passed (Kafka schedules one task per file instead).
        package var fileDeleteCheckIntervalMs: Int64 = 1000
        /// `producer.id.expiration.check.interval.ms`.
        package var producerIdExpirationCheckIntervalMs: Int64 = 600_000
        /// `producer.id.expiration.ms` and `transaction.max.timeout.ms` for every log.
        package var producerStateConfig = ProducerStateManagerConfig()
        /// Whether each log's high watermark follows its log end offset (no replication layer); when
        /// false the high watermark comes from `replication-offset-checkpoint` and the partition.
        package var highWatermarkFollowsLogEnd = false
        /// The log cleaner (`log.cleaner.*`); nil or `enableCleaner == false`: compacted logs are
        /// never cleaned.
        package var cleanerConfig: CleanerConfig? = nil

        package init(logDirs: [String], nodeId: Int32, clusterId: String? = nil, defaultConfig: LogConfig = .defaults) {
            self.logDirs = logDirs
            self.nodeId = nodeId
            self.clusterId = clusterId
            self.defaultConfig = defaultConfig
        }

        /// The options a broker with `config` runs with.
        package init(config: BrokerConfig) {
            self.init(logDirs: config.logDirs, nodeId: config.nodeId, defaultConfig: config.defaultLogConfig)
            numRecoveryThreadsPerDataDir = max(1, Int(config.numRecoveryThreadsPerDataDir))
            initialTaskDelayMs = config.logInitialTaskDelayMs
            let schedulerInterval = config.logFlushSchedulerIntervalMs
            flushCheckMs = schedulerInterval > 0 && schedulerInterval < Int64.max ? schedulerInterval : 1000
            recoveryPointCheckpointIntervalMs = config.logFlushOffsetCheckpointIntervalMs
            logStartOffsetCheckpointIntervalMs = config.logFlushStartOffsetCheckpointIntervalMs
            highWatermarkCheckpointIntervalMs = config.replicaHighWatermarkCheckpointIntervalMs
            retentionCheckIntervalMs = config.logRetentionCheckIntervalMs
            producerIdExpirationCheckIntervalMs = Int64(config.producerIdExpirationCheckIntervalMs)
            cleanerConfig = CleanerConfig(broker: config)
            producerStateConfig = ProducerStateManagerConfig(
                producerIdExpirationMs: Int64(config.producerIdExpirationMs),
                maxTransactionTimeoutMs: Int64(config.transactionMaxTimeoutMs))
        }
    }

    /// One line for the broker's log, from background work and from loading.
    package typealias EventHandler = @Sendable (String) -> Void

    /// A log and the log dir holding it.
    struct ManagedLog: Sendable {
        let log: Log
        let logDir: String
    }

    struct State {
        enum Phase { case created, starting, started, shuttingDown, shutDown }

        var phase = Phase.created
        var logs: [TopicPartition: ManagedLog] = [:]
        var topicConfigs: [String: LogConfig]
        /// Renamed `-delete` directories and when they may be removed.
        var logsToBeDeleted: [(directory: String, dueMs: Int64)] = []
        var tasks: [ScheduledTask] = []
        var locks: [LogDirLock] = []
    }

    package let options: Options
    package let clock: any KafkaClock
    let scheduler: any Scheduler
    let eventHandler: EventHandler
    let state: Mutex<State>
    /// Creating and deleting logs, one at a time (Kafka's `logCreationOrDeletionLock`).
    let creation = Mutex(())
    /// Checkpoint files are written one at a time.
    let checkpointing = Mutex(())
    /// Held by background work while it runs; true once `shutdown()` has begun.
    let maintenance = Mutex(false)

    package init(
        options: Options, clock: any KafkaClock = SystemClock(), scheduler: any Scheduler,
        eventHandler: @escaping EventHandler = { _ in }
    ) {
        self.options = options
        self.clock = clock
        self.scheduler = scheduler
        self.eventHandler = eventHandler
        self.state = Mutex(State(topicConfigs: options.topicConfigs))
    }

    deinit {
        // Dropped without `shutdown()` (a crash in tests): the scheduler forgets its work.
        for task in state.withLock({ $0.tasks }) { task.cancel() }
    }

    // MARK: Start

    /// Checks the log dirs, locks them and loads every log (Kafka's `startup` and `loadLogs`):
    /// a log dir with the clean-shutdown marker is trusted, one without it is recovered from its
    /// recovery points; `-delete` directories left by a deletion are removed. Then the background
    /// work is scheduled and the markers are deleted.
    /// - Throws: `invalidLogDir` (with a one-line reason) when a dir is not formatted or belongs to
    ///   another cluster or node; `logDirLocked`; `log` when a log cannot be loaded; `storage`.
    @discardableResult
    package func startup() async throws(LogManagerError) -> LogManagerLoadReport {
        try state.withLock { (state) throws(LogManagerError) in
            guard state.phase == .created else { throw .illegalState("The log manager was already started") }
            state.phase = .starting
        }
        do {
            let report = try await loadLogs()
            let tasks = scheduleTasks()
            state.withLock {
                $0.tasks = tasks
                $0.phase = .started
            }
            return report
        } catch {
            let logs = state.withLock { state -> [ManagedLog] in
                defer {
                    state.logs.removeAll()
                    state.locks.removeAll()
                    state.phase = .shutDown
                }
                return Array(state.logs.values)
            }
            for entry in logs { entry.log.closeHandlers() }
            throw error
        }
    }

    /// What one log dir holds, read before its logs are opened.
    struct DirPlan: Sendable {
        var logDir: String
        var cleanShutdownMarker: Bool
        /// Nil when the checkpoint is missing or does not parse: every log is recovered fully.
        var recoveryPoints: [TopicPartition: Int64]?
        var logStartOffsets: [TopicPartition: Int64]
        var highWatermarks: [TopicPartition: Int64]
        var partitions: [(topicPartition: TopicPartition, directory: String)]
    }

    /// A log opened by `loadLogs`.
    struct LoadedEntry: Sendable {
        var log: Log
        var loaded: LogManagerLoadReport.LoadedLog
    }

    private func loadLogs() async throws(LogManagerError) -> LogManagerLoadReport {
        var report = LogManagerLoadReport()
        try Self.checkDistinct(options.logDirs)
        try validateMetaProperties()
        var locks: [LogDirLock] = []
        for logDir in options.logDirs { locks.append(try LogDirLock(logDir: logDir)) }
        state.withLock { $0.locks = locks }

        var plans: [DirPlan] = []
        for logDir in options.logDirs { plans.append(try plan(logDir: logDir, report: &report)) }
        let threads = max(1, options.numRecoveryThreadsPerDataDir)
        let results = await withTaskGroup(of: [Result<LoadedEntry, LogManagerError>].self) { group in
            for plan in plans {
                group.addTask {
                    await Self.mapBounded(plan.partitions, maxConcurrent: threads) { partition in
                        self.loadLog(partition.topicPartition, directory: partition.directory, plan: plan)
                    }
                }
            }
            var all: [Result<LoadedEntry, LogManagerError>] = []
            for await results in group { all += results }
            return all
        }

        var logs: [TopicPartition: ManagedLog] = [:]
        var firstError: LogManagerError?
        for result in results {
            switch result {
            case .success(let entry):
                let topicPartition = entry.loaded.topicPartition
                if let other = logs[topicPartition] {
                    firstError =
                        firstError
                        ?? .invalidLogDir(
                            "Duplicate log directories for \(topicPartition) are found in both \(other.logDir) and"
                                + " \(entry.loaded.logDir). Recover by deleting one of the two directories.")
                    entry.log.closeHandlers()
                    continue
                }
                logs[topicPartition] = ManagedLog(log: entry.log, logDir: entry.loaded.logDir)
                report.logs.append(entry.loaded)
            case .failure(let error):
                firstError = firstError ?? error
            }
        }
        state.withLock { $0.logs = logs }
        if let firstError { throw firstError }

        for plan in plans {
            report.cleanShutdownMarkers[plan.logDir] = plan.cleanShutdownMarker
            // From now on a crash is an unclean shutdown (nothing to sync when there was no marker).
            guard plan.cleanShutdownMarker else { continue }
            try storage { () throws(StorageError) in
                try CleanShutdownFile(logDirectory: plan.logDir).delete()
                try StorageFile.syncDirectory(plan.logDir)
            }
        }
        report.logs.sort { $0.topicPartition < $1.topicPartition }
        return report
    }

    /// Reads a log dir's checkpoints and lists its partition directories, finishing deletions.
    private func plan(logDir: String, report: inout LogManagerLoadReport) throws(LogManagerError) -> DirPlan {
        let marker = CleanShutdownFile(logDirectory: logDir).exists
        let recoveryPoints = try readCheckpoint(
            logDir, LogFileNames.recoveryPointCheckpointFileName, ifUnusable: "recovering every log in it fully",
            report: &report)
        let logStartOffsets = try readCheckpoint(
            logDir, LogFileNames.logStartOffsetCheckpointFileName,
            ifUnusable: "resetting the log start offsets to the base offsets of the first segments", report: &report)
        let highWatermarks = try readCheckpoint(
            logDir, LogFileNames.replicationOffsetCheckpointFileName,
            ifUnusable: "the high watermarks start at the log start offsets", report: &report)
        try ensureCleanerCheckpointExists(logDir)

        var partitions: [(TopicPartition, String)] = []
        let names = try storage { () throws(StorageError) in try StorageFile.directoryEntries(logDir) }
        for name in names.sorted() {
            let path = StorageFile.join(logDir, name)
            guard StorageFile.isDirectory(path) else { continue }
            guard let topicPartition = try? LogFileNames.parseTopicPartitionName(directory: path) else {
                report.warnings.append("Skipping \(path): not a partition directory")
                continue
            }
            if name.hasSuffix(LogFileNames.deleteDirSuffix) {
                try storage { () throws(StorageError) in try StorageFile.deleteRecursively(path) }
                report.deletedDirectories.append(path)
            } else if name.hasSuffix(LogFileNames.strayDirSuffix) || name.hasSuffix(LogFileNames.futureDirSuffix) {
                report.warnings.append("Skipping \(path): a stray or future replica, left as it is")
            } else if topicPartition.topic == Self.metadataTopic {
                continue  // the Raft layer's log
            } else {
                partitions.append((topicPartition, path))
            }
        }
        let recoveryPointFile = StorageFile.join(logDir, LogFileNames.recoveryPointCheckpointFileName)
        if !StorageFile.exists(recoveryPointFile) && !partitions.isEmpty {
            report.warnings.append(
                "\(logDir) has no \(LogFileNames.recoveryPointCheckpointFileName): recovering every log in it fully")
        }
        return DirPlan(
            logDir: logDir, cleanShutdownMarker: marker, recoveryPoints: recoveryPoints,
            logStartOffsets: logStartOffsets ?? [:], highWatermarks: highWatermarks ?? [:], partitions: partitions)
    }

    /// The metadata log's topic, loaded by the Raft layer, not here.
    static let metadataTopic = "__cluster_metadata"

    /// A checkpoint of `logDir`; nil when it is missing or does not parse (noted in the report,
    /// with what happens instead).
    private func readCheckpoint(
        _ logDir: String, _ name: String, ifUnusable consequence: String, report: inout LogManagerLoadReport
    ) throws(LogManagerError) -> [TopicPartition: Int64]? {
        let file = OffsetCheckpointFile(path: StorageFile.join(logDir, name))
        guard StorageFile.exists(file.path) else { return nil }
        do {
            return try file.read()
        } catch {
            if case .malformedFile(_, _, let message) = error {
                report.warnings.append("Error reading \(name) of \(logDir), \(consequence): \(message)")
                return nil
            }
            throw .storage(error)
        }
    }

    /// Opens one log of a planned dir.
    private func loadLog(_ topicPartition: TopicPartition, directory: String, plan: DirPlan)
        -> Result<LoadedEntry, LogManagerError>
    {
        let recoveryPoint = plan.recoveryPoints?[topicPartition]
        let hadCleanShutdown = plan.cleanShutdownMarker && recoveryPoint != nil
        do {
            let log = try Log.open(
                directory: directory, config: config(for: topicPartition.topic), clock: clock,
                logStartOffset: plan.logStartOffsets[topicPartition] ?? 0, recoveryPoint: recoveryPoint ?? 0,
                hadCleanShutdown: hadCleanShutdown, highWatermarkFollowsLogEnd: options.highWatermarkFollowsLogEnd,
                producerState: .manager(options.producerStateConfig))
            if !options.highWatermarkFollowsLogEnd, let highWatermark = plan.highWatermarks[topicPartition] {
                log.updateHighWatermark(highWatermark)
            }
            let loaded = LogManagerLoadReport.LoadedLog(
                topicPartition: topicPartition, logDir: plan.logDir, hadCleanShutdown: hadCleanShutdown,
                recoveryReport: log.recoveryReport,
                snapshotLoadFailures: log.managedProducerState?.snapshotLoadFailures.map(\.description) ?? [])
            return .success(LoadedEntry(log: log, loaded: loaded))
        } catch {
            return .failure(.log(topicPartition, error))
        }
    }

    /// Runs `transform` over `items`, at most `maxConcurrent` at a time; results in item order.
    static func mapBounded<Item: Sendable, Output: Sendable>(
        _ items: [Item], maxConcurrent: Int, _ transform: @escaping @Sendable (Item) -> Output
    ) async -> [Output] {
        await withTaskGroup(of: (Int, Output).self) { group in
            var outputs: [Output?] = Array(repeating: nil, count: items.count)
            var next = 0
            while next < min(maxConcurrent, items.count) {
                let index = next
                group.addTask { (index, transform(items[index])) }
                next += 1
            }
            for await (index, output) in group {
                outputs[index] = output
                if next < items.count {
                    let index = next
                    group.addTask { (index, transform(items[index])) }
                    next += 1
                }
            }
            return outputs.compactMap { $0 }
        }
    }

    // MARK: Logs

    /// The configuration of `topic`'s logs: its own, or the default.
    package func config(for topic: String) -> LogConfig {
        state.withLock { $0.topicConfigs[topic] } ?? options.defaultConfig
    }

    package func getLog(_ topicPartition: TopicPartition) -> Log? {
        state.withLock { $0.logs[topicPartition]?.log }
    }

    /// Every log, by partition.
    package var allLogs: [TopicPartition: Log] {
        state.withLock { $0.logs.mapValues(\.log) }
    }

    /// The log dir holding `topicPartition`'s log.
    package func logDir(of topicPartition: TopicPartition) -> String? {
        state.withLock { $0.logs[topicPartition]?.logDir }
    }

    /// The logs of `logDir`.
    func logs(in logDir: String) -> [TopicPartition: Log] {
        state.withLock { state in state.logs.filter { $0.value.logDir == logDir }.mapValues(\.log) }
    }

    /// The partition's log, created when there is none (Kafka's `getOrCreateLog`): in the log dir
    /// holding the fewest logs, with `config` or the topic's configuration. With `topicId`, the
    /// log's `partition.metadata` records it; a log that already names another id is refused.
    @discardableResult
    package func getOrCreateLog(topicPartition: TopicPartition, topicId: KafkaUUID? = nil, config: LogConfig? = nil)
        throws(LogManagerError) -> Log
    {
        try creation.withLock { (_) throws(LogManagerError) -> Log in
            let existing = try state.withLock { (state) throws(LogManagerError) -> Log? in
                guard state.phase == .started else { throw .illegalState("The log manager is not running") }
                return state.logs[topicPartition]?.log
            }
            if let existing {
                if let topicId { try assignTopicId(topicId, to: existing) }
                return existing
            }
            let logDir = nextLogDir()
            let directory = StorageFile.join(logDir, LogFileNames.logDirName(topicPartition))
            let log: Log
            do throws(LogError) {
                log = try Log.open(
                    directory: directory, config: config ?? self.config(for: topicPartition.topic), clock: clock,
                    highWatermarkFollowsLogEnd: options.highWatermarkFollowsLogEnd,
                    producerState: .manager(options.producerStateConfig))
            } catch {
                throw .log(topicPartition, error)
            }
            do throws(LogManagerError) {
                if let topicId { try assignTopicId(topicId, to: log) }
                // The new directory survives a crash.
                try storage { () throws(StorageError) in try StorageFile.syncDirectory(logDir) }
            } catch {
                log.closeHandlers()
                throw error
            }
            state.withLock { $0.logs[topicPartition] = ManagedLog(log: log, logDir: logDir) }
            return log
        }
    }

    /// The log dir with the fewest logs (Kafka's `nextLogDirs`, without a preferred dir).
    private func nextLogDir() -> String {
        let counts = state.withLock { state in
            Dictionary(grouping: state.logs.values, by: \.logDir).mapValues(\.count)
        }
        let dirs = options.logDirs
        return dirs.min { counts[$0, default: 0] < counts[$1, default: 0] } ?? dirs[0]
    }

    /// Records `topicId` in the log's `partition.metadata`, or checks the one there (Kafka's
    /// `UnifiedLog.assignTopicId`).
    private func assignTopicId(_ topicId: KafkaUUID, to log: Log) throws(LogManagerError) {
        let file = PartitionMetadataFile(logDirectory: log.directory)
        if file.exists, let existing = try? file.read().topicId {
            guard existing == topicId else {
                throw .inconsistentTopicId(
                    "Tried to assign topic ID \(topicId) to log for topic partition \(log.topicPartition),"
                        + "but log already contained topic ID \(existing)")
            }
            return
        }
        try storage { () throws(StorageError) in
            try file.record(topicId)
            try file.maybeFlush()
        }
    }

    /// Removes the partition's log (Kafka's `asyncDelete`): it leaves the log manager at once, its
    /// files are closed, its directory is renamed `<topic>-<partition>.<uniqueId>-delete` and removed
    /// after the broker's `file.delete.delay.ms`. Readers holding slices of its segments keep
    /// reading. Returns the renamed directory, or nil when there was no log.
    @discardableResult
    package func asyncDelete(_ topicPartition: TopicPartition) throws(LogManagerError) -> String? {
        try creation.withLock { (_) throws(LogManagerError) -> String? in
            let removed = try state.withLock { (state) throws(LogManagerError) -> ManagedLog? in
                guard state.phase == .started else { throw .illegalState("The log manager is not running") }
                return state.logs.removeValue(forKey: topicPartition)
            }
            guard let removed else { return nil }
            removed.log.closeHandlers()
            let renamed = StorageFile.join(removed.logDir, LogFileNames.logDeleteDirName(topicPartition))
            try storage { () throws(StorageError) in
                try StorageFile.rename(removed.log.directory, to: renamed)
                try StorageFile.syncDirectory(removed.logDir)
            }
            let remaining = logs(in: removed.logDir)
            try checkpointRecoveryOffsets(in: removed.logDir, logs: remaining)
            try checkpointLogStartOffsets(in: removed.logDir, logs: remaining)
            try checkpointHighWatermarks(in: removed.logDir, logs: remaining)
            try updateCleanerCheckpoint(in: removed.logDir) { $0.removeValue(forKey: topicPartition) }
            let due = clock.milliseconds() + max(0, options.defaultConfig.fileDeleteDelayMs)
            state.withLock { $0.logsToBeDeleted.append((renamed, due)) }
            eventHandler("Log for partition \(topicPartition) is renamed to \(renamed) and is scheduled for deletion")
            return renamed
        }
    }

    /// Cuts each partition's log at its offset (a follower diverged from its leader; Kafka's
    /// `truncateTo`), lowers the cleaner's checkpoint when the cut reaches below the active
    /// segment, then checkpoints the recovery points of the dirs touched. Partitions without a log
    /// are skipped. Every partition is tried; the first failure is thrown afterwards.
    package func truncateTo(_ offsets: [TopicPartition: Int64]) throws(LogManagerError) {
        var touched: Set<String> = []
        var firstError: LogManagerError?
        for (topicPartition, offset) in offsets.sorted(by: { $0.key < $1.key }) {
            guard let entry = state.withLock({ $0.logs[topicPartition] }) else { continue }
            let cutsIntoOldSegments = offset < entry.log.activeSegment.baseOffset
            do {
                if try entry.log.truncateTo(offset) { touched.insert(entry.logDir) }
            } catch {
                firstError = firstError ?? .log(topicPartition, error)
                continue
            }
            guard cutsIntoOldSegments else { continue }
            let activeBase = entry.log.activeSegment.baseOffset
            do {
                try updateCleanerCheckpoint(in: entry.logDir) { offsets in
                    if let cleaned = offsets[topicPartition], cleaned > activeBase {
                        offsets[topicPartition] = activeBase
                    }
                }
            } catch {
                firstError = firstError ?? error
            }
        }
        for logDir in touched.sorted() {
            do {
                try checkpointRecoveryOffsets(in: logDir, logs: logs(in: logDir))
            } catch {
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
    }

    /// Empties the partition's log and restarts it at `newOffset` (Kafka's `truncateFullyAndStartAt`).
    package func truncateFullyAndStartAt(_ topicPartition: TopicPartition, newOffset: Int64) throws(LogManagerError) {
        guard let entry = state.withLock({ $0.logs[topicPartition] }) else { return }
        do {
            try entry.log.truncateFullyAndStartAt(newOffset)
        } catch {
            throw .log(topicPartition, error)
        }
        try updateCleanerCheckpoint(in: entry.logDir) { offsets in
            if let cleaned = offsets[topicPartition], cleaned > newOffset { offsets[topicPartition] = newOffset }
        }
        try checkpointRecoveryOffsets(in: entry.logDir, logs: logs(in: entry.logDir))
    }

    /// Gives `topic` a configuration of its own, or with nil the default again, and applies it to
    /// the topic's logs (from their next append, roll or retention check).
    package func updateConfig(topic: String, config: LogConfig?) {
        let logs = state.withLock { state -> [Log] in
            state.topicConfigs[topic] = config
            return state.logs.filter { $0.key.topic == topic }.map(\.value.log)
        }
        let effective = config ?? options.defaultConfig
        for log in logs { log.updateConfig(effective) }
    }

    // MARK: Shutdown

    /// Stops the background work, then closes every log (each is flushed completely and takes its
    /// producer snapshot) and, per log dir whose logs all closed, writes the checkpoints and the
    /// clean-shutdown marker with `brokerEpoch` (Kafka's `shutdown`). A dir where a log failed to
    /// close gets neither, so its next start recovers. The log dirs are unlocked at the end.
    /// - Throws: the first failure, after every dir was handled.
    package func shutdown(brokerEpoch: Int64 = -1) async throws(LogManagerError) {
        maintenance.withLock { $0 = true }
        // Taking the creation lock waits for a log being created or deleted.
        let (entries, tasks) = try creation.withLock {
            (_) throws(LogManagerError) -> ([TopicPartition: ManagedLog], [ScheduledTask]) in
            try state.withLock { (state) throws(LogManagerError) -> ([TopicPartition: ManagedLog], [ScheduledTask]) in
                guard state.phase == .started else { throw .illegalState("The log manager is not running") }
                state.phase = .shuttingDown
                return (state.logs, state.tasks)
            }
        }
        for task in tasks { task.cancel() }

        let threads = max(1, options.numRecoveryThreadsPerDataDir)
        var firstError: LogManagerError?
        for logDir in options.logDirs {
            let inDir = entries.filter { $0.value.logDir == logDir }.map { ($0.key, $0.value.log) }
            let failures = await Self.mapBounded(inDir, maxConcurrent: threads) {
                (topicPartition, log) -> LogManagerError? in
                do throws(LogError) {
                    try log.close(syncing: false)
                    return nil
                } catch {
                    return .log(topicPartition, error)
                }
            }.compactMap { $0 }
            if let failure = failures.first {
                firstError = firstError ?? failure
                eventHandler("Not marking \(logDir) as cleanly shut down: \(failures.count) log(s) failed to close")
                continue
            }
            let logs = Dictionary(uniqueKeysWithValues: inDir)
            do {
                // The logs were closed without an fsync each: one sync of the file system puts
                // all of them on the device before the checkpoints name them as recovered.
                try storage { () throws(StorageError) in try StorageFile.syncFileSystem(logDir) }
                try checkpointRecoveryOffsets(in: logDir, logs: logs)
                try checkpointLogStartOffsets(in: logDir, logs: logs)
                try checkpointHighWatermarks(in: logDir, logs: logs)
                try ensureCleanerCheckpointExists(logDir)
                try storage { () throws(StorageError) in
                    try CleanShutdownFile(logDirectory: logDir).write(brokerEpoch: brokerEpoch)
                    try StorageFile.syncDirectory(logDir)
                }
            } catch {
                firstError = firstError ?? error
            }
        }
        state.withLock { state in
            state.logs.removeAll()
            state.tasks.removeAll()
            state.locks.removeAll()
            state.phase = .shutDown
        }
        if let firstError { throw firstError }
    }

    // MARK: Helpers

    func storage<T>(_ body: () throws(StorageError) -> T) throws(LogManagerError) -> T {
        do {
            return try body()
        } catch {
            throw .storage(error)
        }
    }
}
