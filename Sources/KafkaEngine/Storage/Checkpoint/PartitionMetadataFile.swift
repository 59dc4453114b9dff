import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The contents of a `partition.metadata` file (Kafka's `PartitionMetadata`).
package struct PartitionMetadata: Equatable, Sendable {
    package var version: Int32
    package var topicId: KafkaUUID

    package init(version: Int32 = PartitionMetadataFile.currentVersion, topicId: KafkaUUID) {
        self.version = version
        self.topicId = topicId
    }

    /// The file's exact text: `version: 0\ntopic_id: <22-character base64 id>`, no final line break.
    package var encoded: String { "version: \(version)\ntopic_id: \(topicId)" }
}

/// A partition's `partition.metadata` file (Kafka's `PartitionMetadataFile`): the topic id the log
/// belongs to, so a log left over from a deleted topic of the same name is recognised.
///
/// As in Kafka, the id is first `record`ed in memory (cheap, on the append path) and written by
/// `maybeFlush` (atomically, with fsync). Thread-safe.
package final class PartitionMetadataFile: Sendable {
    package static let currentVersion: Int32 = 0

    package let path: String
    private let dirtyTopicId: Mutex<KafkaUUID?>

    package init(path: String) {
        self.path = path
        self.dirtyTopicId = Mutex(nil)
    }

    /// The file of the partition whose log directory is `logDirectory`.
    package convenience init(logDirectory: String) {
        self.init(path: StorageFile.join(logDirectory, LogFileNames.partitionMetadataFileName))
    }

    /// Remembers `topicId` for the next `maybeFlush`.
    /// - Throws: `inconsistentTopicId` if a different id is already waiting to be written.
    package func record(_ topicId: KafkaUUID) throws(StorageError) {
        try dirtyTopicId.withLock { (dirty) throws(StorageError) in
            if let dirty, dirty != topicId {
                throw .inconsistentTopicId(
                    "Tried to record topic ID \(topicId) to file but had already recorded \(dirty)")
            }
            dirty = topicId
        }
    }

    /// Writes the recorded topic id, if there is one not yet written.
    package func maybeFlush() throws(StorageError) {
        try dirtyTopicId.withLock { (dirty) throws(StorageError) in
            guard let topicId = dirty else { return }
            let text = PartitionMetadata(topicId: topicId).encoded
            try StorageFile.writeAtomically(path, contents: Array(text.utf8), sync: true)
            dirty = nil
        }
    }

    package var exists: Bool { StorageFile.exists(path) }

    /// Removes the file; fails if there is none (Kafka's `Files.delete`).
    package func delete() throws(StorageError) {
        guard try StorageFile.deleteIfExists(path) else {
            throw .io(operation: "unlink", path: path, errno: ENOENT)
        }
    }

    /// Reads and checks the file: a `version: N` line with N ≥ 0, then a `topic_id: <id>` line with a
    /// non-zero id (Kafka's `PartitionMetadataReadBuffer`; lines after these are ignored).
    /// - Throws: `malformedFile` naming the file and line; `io` when it cannot be read.
    package func read() throws(StorageError) -> PartitionMetadata {
        try Self.parse(StorageFile.readAll(path), path: path)
    }

    static func parse(_ bytes: [UInt8], path: String) throws(StorageError) -> PartitionMetadata {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .malformedFile(path: path, line: nil, message: "Partition metadata file [\(path)] is not valid UTF-8")
        }
        let lines = javaLines(text)
        func value(_ n: Int, _ key: String) throws(StorageError) -> Substring {
            let line = n < lines.count ? lines[n] : nil
            guard let line, let (k, v) = Self.splitKeyValue(line), k == key else {
                throw .malformedFile(
                    path: path, line: n + 1,
                    message: "Malformed line in partition metadata file [\(path)]: \(line.map(String.init) ?? "null")")
            }
            return v
        }
        let versionText = try value(0, "version")
        guard let version = Int32(versionText) else {
            throw .malformedFile(
                path: path, line: 1, message: "Malformed line in partition metadata file [\(path)]: \(lines[0])")
        }
        guard version >= currentVersion else {
            throw .malformedFile(
                path: path, line: 1, message: "Unrecognized version of partition metadata file (\(path)): \(version)")
        }
        let topicIdText = try value(1, "topic_id")
        guard let topicId = KafkaUUID(String(topicIdText)) else {
            throw .malformedFile(
                path: path, line: 2, message: "Malformed line in partition metadata file [\(path)]: \(lines[1])")
        }
        guard topicId != .zero else {
            throw .malformedFile(path: path, line: 2, message: "Invalid topic ID in partition metadata file (\(path))")
        }
        return PartitionMetadata(version: version, topicId: topicId)
    }

    /// `line.split(":\\s+", 2)` in Java: key and value around the first ':' followed by whitespace.
    private static func splitKeyValue(_ line: Substring) -> (Substring, Substring)? {
        var index = line.startIndex
        while let colon = line[index...].firstIndex(of: ":") {
            let afterColon = line.index(after: colon)
            let valueStart = line[afterColon...].firstIndex { !$0.isJavaWhitespace } ?? line.endIndex
            if valueStart != afterColon { return (line[..<colon], line[valueStart...]) }
            index = afterColon
        }
        return nil
    }
}

extension Character {
    /// Java's regex `\s`: space, \t, \n, \u{0B}, \f, \r.
    var isJavaWhitespace: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\u{0B}" || self == "\u{0C}" || self == "\r"
            || self == "\r\n"
    }
}
