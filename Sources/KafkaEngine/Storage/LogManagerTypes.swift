/// Why the log manager refused or failed. Each description is one line for the broker's log.
package enum LogManagerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A log dir cannot be this node's: no or unreadable `meta.properties`, another cluster's or
    /// node's, a directory id seen twice, a directory listed twice. The broker refuses to start.
    case invalidLogDir(String)
    /// Another process (or log manager) holds the log dir's `.lock`.
    case logDirLocked(String)
    /// A log could not be loaded, created, truncated or closed.
    case log(TopicPartition, LogError)
    /// A file of a log dir (a checkpoint, a directory) could not be read or written: the log dir
    /// has failed (`KAFKA_STORAGE_ERROR`).
    case storage(StorageError)
    /// A partition's `partition.metadata` holds another topic id (Kafka's
    /// `InconsistentTopicIdException`).
    case inconsistentTopicId(String)
    /// Called at the wrong time: before `startup()`, after `shutdown()`, or twice.
    case illegalState(String)

    /// The error code a response carries.
    package var code: ErrorCode {
        switch self {
        case .log(_, let error): error.code
        case .storage: .kafkaStorageError
        case .inconsistentTopicId: .inconsistentTopicId
        case .invalidLogDir, .logDirLocked, .illegalState: .unknownServerError
        }
    }

    package var description: String {
        switch self {
        case .invalidLogDir(let message), .logDirLocked(let message), .inconsistentTopicId(let message),
            .illegalState(let message):
            message
        case .log(let topicPartition, let error): "\(topicPartition): \(error)"
        case .storage(let error): error.description
        }
    }
}

/// What `LogManager.startup()` found: every log loaded, with what its recovery did, and the state of
/// each log dir, for the broker's log.
package struct LogManagerLoadReport: Sendable, CustomStringConvertible {
    /// One log as loaded.
    package struct LoadedLog: Sendable {
        package var topicPartition: TopicPartition
        package var logDir: String
        /// Whether the log was trusted as cleanly shut down: the dir's marker was present and the
        /// recovery-point checkpoint listed the log.
        package var hadCleanShutdown: Bool
        package var recoveryReport: RecoveryReport
        /// Producer snapshots that could not be read (and were deleted; the state came from the log).
        package var snapshotLoadFailures: [String]
    }

    package var logs: [LoadedLog] = []
    /// Per log dir: whether its `.kafka_cleanshutdown` marker was present.
    package var cleanShutdownMarkers: [String: Bool] = [:]
    /// Checkpoints that could not be used and what was done instead, and directories skipped.
    package var warnings: [String] = []
    /// `-delete` directories whose deletion was finished.
    package var deletedDirectories: [String] = []

    package init() {}

    /// The partitions whose segments were re-read (an unclean shutdown or a checkpoint missing).
    package var recoveredPartitions: [TopicPartition] {
        logs.filter { !$0.recoveryReport.recoveredSegments.isEmpty }.map(\.topicPartition).sorted()
    }

    package var description: String {
        var lines = ["Loaded \(logs.count) logs; recovered \(recoveredPartitions.count)"]
        lines += warnings
        lines += deletedDirectories.map { "Deleted \($0), left by a deletion that did not finish" }
        for log in logs.sorted(by: { $0.topicPartition < $1.topicPartition })
        where !log.recoveryReport.events.isEmpty || !log.snapshotLoadFailures.isEmpty {
            lines.append("\(log.topicPartition) in \(log.logDir): \(log.recoveryReport)")
            lines += log.snapshotLoadFailures
        }
        return lines.joined(separator: "\n")
    }
}
