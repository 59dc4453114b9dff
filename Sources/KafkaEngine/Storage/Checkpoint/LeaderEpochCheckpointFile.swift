/// A leader epoch and the first offset written in it (Kafka's `EpochEntry`).
package struct EpochEntry: Equatable, Hashable, Sendable, CustomStringConvertible {
    package var epoch: Int32
    package var startOffset: Int64

    package init(epoch: Int32, startOffset: Int64) {
        self.epoch = epoch
        self.startOffset = startOffset
    }

    package var description: String { "EpochEntry(epoch=\(epoch), startOffset=\(startOffset))" }
}

/// A partition's `leader-epoch-checkpoint` file (Kafka's `LeaderEpochCheckpointFile`): Kafka's
/// checkpoint text format, version 0, one `epoch startOffset` line per entry, in epoch order:
///
/// ```
/// 0
/// 2
/// 0 0
/// 3 1500
/// ```
package struct LeaderEpochCheckpointFile: Sendable {
    package static let currentVersion = 0

    package let path: String

    package init(path: String) {
        self.path = path
    }

    /// The checkpoint of the partition whose log directory is `logDirectory`.
    package init(logDirectory: String) {
        self.init(path: StorageFile.join(logDirectory, LogFileNames.leaderEpochCheckpointFileName))
    }

    /// The entries in file order; empty when the file is missing or empty.
    /// - Throws: `malformedFile` naming the file and line when it does not parse.
    package func read() throws(StorageError) -> [EpochEntry] {
        try CheckpointFile.read(path: path, version: Self.currentVersion) { (line) -> EpochEntry? in
            let fields = javaWhitespaceSplit(line)
            guard fields.count == 2, let epoch = Int32(fields[0]), let startOffset = Int64(fields[1]) else {
                return nil
            }
            return EpochEntry(epoch: epoch, startOffset: startOffset)
        }
    }

    /// Replaces the file atomically (temp file, fsync, rename, fsync of the directory when `sync`).
    package func write(_ entries: [EpochEntry], sync: Bool = true) throws(StorageError) {
        let lines = entries.map { "\($0.epoch) \($0.startOffset)" }
        try CheckpointFile.write(path: path, version: Self.currentVersion, lines: lines, sync: sync)
    }
}
