/// A per-log-dir checkpoint of one offset per partition (Kafka's `OffsetCheckpointFile`), in
/// Kafka's checkpoint text format, version 0, one `topic partition offset` line per partition:
///
/// ```
/// 0
/// 2
/// orders 0 1200
/// orders 1 1187
/// ```
///
/// Used for `recovery-point-offset-checkpoint`, `replication-offset-checkpoint` (high
/// watermarks), `log-start-offset-checkpoint` and `cleaner-offset-checkpoint` (see
/// `LogFileNames`). Entries are written sorted by topic and partition, so equal maps give equal
/// files; Kafka writes them in hash order, and readers do not care.
package struct OffsetCheckpointFile: Sendable {
    package static let currentVersion = 0

    package let path: String

    package init(path: String) {
        self.path = path
    }

    /// The offsets in the file; empty when the file is missing or empty.
    /// - Throws: `malformedFile` naming the file and line when it does not parse.
    package func read() throws(StorageError) -> [TopicPartition: Int64] {
        let entries = try CheckpointFile.read(path: path, version: Self.currentVersion) {
            (line) -> (TopicPartition, Int64)? in
            let fields = javaWhitespaceSplit(line)
            guard fields.count == 3, let partition = Int32(fields[1]), let offset = Int64(fields[2]) else {
                return nil
            }
            return (TopicPartition(String(fields[0]), partition), offset)
        }
        // A partition listed twice keeps its last offset, as Kafka's HashMap.put does.
        return Dictionary(entries, uniquingKeysWith: { _, last in last })
    }

    /// Replaces the file atomically (temp file, fsync, rename, fsync of the directory when `sync`).
    package func write(_ offsets: [TopicPartition: Int64], sync: Bool = true) throws(StorageError) {
        let lines = offsets.sorted { $0.key < $1.key }.map { "\($0.key.topic) \($0.key.partition) \($0.value)" }
        try CheckpointFile.write(path: path, version: Self.currentVersion, lines: lines, sync: sync)
    }
}
