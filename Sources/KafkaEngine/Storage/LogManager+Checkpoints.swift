import Synchronization

extension LogManager {
    // MARK: Checkpoints

    /// Writes every log dir's `recovery-point-offset-checkpoint`, then deletes the producer
    /// snapshots recovery can no longer need (Kafka's `checkpointLogRecoveryOffsets`).
    /// - Throws: the first failure, after every dir was tried.
    package func checkpointRecoveryOffsets() throws(LogManagerError) {
        try forEachLogDir { (logDir) throws(LogManagerError) in
            let logs = logs(in: logDir)
            try checkpointRecoveryOffsets(in: logDir, logs: logs)
            for (topicPartition, log) in logs where !log.isClosed {
                do throws(LogError) {
                    try log.deleteSnapshotsAfterRecoveryPointCheckpoint()
                } catch {
                    if !log.isClosed { throw .log(topicPartition, error) }
                }
            }
        }
    }

    /// Writes every log dir's `log-start-offset-checkpoint` (Kafka's `checkpointLogStartOffsets`).
    package func checkpointLogStartOffsets() throws(LogManagerError) {
        try forEachLogDir { (logDir) throws(LogManagerError) in
            try checkpointLogStartOffsets(in: logDir, logs: logs(in: logDir))
        }
    }

    /// Writes every log dir's `replication-offset-checkpoint` with the logs' high watermarks (Kafka's
    /// `ReplicaManager.checkpointHighWatermarks`).
    package func checkpointHighWatermarks() throws(LogManagerError) {
        try forEachLogDir { (logDir) throws(LogManagerError) in
            try checkpointHighWatermarks(in: logDir, logs: logs(in: logDir))
        }
    }

    /// Runs `body` for each log dir; throws the first failure once all were tried.
    private func forEachLogDir(_ body: (String) throws(LogManagerError) -> Void) throws(LogManagerError) {
        var firstError: LogManagerError?
        for logDir in options.logDirs {
            do {
                try body(logDir)
            } catch {
                firstError = firstError ?? error
            }
        }
        if let firstError { throw firstError }
    }

    func checkpointRecoveryOffsets(in logDir: String, logs: [TopicPartition: Log]) throws(LogManagerError) {
        try writeCheckpoint(logDir, LogFileNames.recoveryPointCheckpointFileName, logs.mapValues(\.recoveryPoint))
    }

    /// Only logs whose start offset is past their first segment's base need an entry (as in Kafka):
    /// without one a log starts at its first segment.
    func checkpointLogStartOffsets(in logDir: String, logs: [TopicPartition: Log]) throws(LogManagerError) {
        var offsets: [TopicPartition: Int64] = [:]
        for (topicPartition, log) in logs {
            let start = log.logStartOffset
            if let first = log.segments.first, start > first.baseOffset { offsets[topicPartition] = start }
        }
        try writeCheckpoint(logDir, LogFileNames.logStartOffsetCheckpointFileName, offsets)
    }

    func checkpointHighWatermarks(in logDir: String, logs: [TopicPartition: Log]) throws(LogManagerError) {
        try writeCheckpoint(logDir, LogFileNames.replicationOffsetCheckpointFileName, logs.mapValues(\.highWatermark))
    }

    private func writeCheckpoint(_ logDir: String, _ name: String, _ offsets: [TopicPartition: Int64])
        throws(LogManagerError)
    {
        let file = OffsetCheckpointFile(path: StorageFile.join(logDir, name))
        try checkpointing.withLock { (_) throws(LogManagerError) in
            try storage { () throws(StorageError) in try file.write(offsets) }
        }
    }

    // MARK: Cleaner checkpoint

    /// The log dir's `cleaner-offset-checkpoint`: how far the log cleaner has compacted each log.
    /// Its entries are the cleaner's; the log manager creates the file and drops or lowers the
    /// entries of logs it deletes or truncates.
    package func cleanerCheckpointFile(logDir: String) -> OffsetCheckpointFile {
        OffsetCheckpointFile(path: StorageFile.join(logDir, LogFileNames.cleanerOffsetCheckpointFileName))
    }

    func ensureCleanerCheckpointExists(_ logDir: String) throws(LogManagerError) {
        let file = cleanerCheckpointFile(logDir: logDir)
        try checkpointing.withLock { (_) throws(LogManagerError) in
            guard !StorageFile.exists(file.path) else { return }
            // Empty, and written again at the next start if a crash loses it: no fsync.
            try storage { () throws(StorageError) in try file.write([:], sync: false) }
        }
    }

    /// Rewrites the cleaner's checkpoint of `logDir` with `change` applied. A checkpoint that does
    /// not parse is left alone: the cleaner starts over without it.
    func updateCleanerCheckpoint(in logDir: String, _ change: (inout [TopicPartition: Int64]) -> Void)
        throws(LogManagerError)
    {
        let file = cleanerCheckpointFile(logDir: logDir)
        try checkpointing.withLock { (_) throws(LogManagerError) in
            var offsets: [TopicPartition: Int64]
            do throws(StorageError) {
                offsets = try file.read()
            } catch {
                if case .malformedFile = error { return }
                throw .storage(error)
            }
            let before = offsets
            change(&offsets)
            guard offsets != before else { return }
            try storage { () throws(StorageError) in try file.write(offsets) }
        }
    }
}
