/// The names of the files and directories in a log dir, as Kafka spells them (`LogFileUtils`,
/// `LocalLog`, the checkpoint classes):
///
/// ```
/// <log dir>/meta.properties, recovery-point-offset-checkpoint, replication-offset-checkpoint,
///           log-start-offset-checkpoint, cleaner-offset-checkpoint, .kafka_cleanshutdown
/// <log dir>/<topic>-<partition>/00000000000000000000.log, .index, .timeindex, .txnindex, .snapshot,
///           leader-epoch-checkpoint, partition.metadata
/// ```
///
/// Segment files may carry a transient suffix (`.deleted`, `.cleaned`, `.swap`); see
/// `SegmentFileName`. A partition directory being deleted, moved or found stray is renamed to
/// `<topic>-<partition>.<uniqueId>-delete` (`-future`, `-stray`).
package enum LogFileNames {
    package static let logFileSuffix = ".log"
    package static let indexFileSuffix = ".index"
    package static let timeIndexFileSuffix = ".timeindex"
    package static let txnIndexFileSuffix = ".txnindex"
    package static let producerSnapshotFileSuffix = ".snapshot"

    package static let deletedFileSuffix = ".deleted"
    package static let cleanedFileSuffix = ".cleaned"
    package static let swapFileSuffix = ".swap"

    package static let deleteDirSuffix = "-delete"
    package static let futureDirSuffix = "-future"
    package static let strayDirSuffix = "-stray"

    package static let metaPropertiesFileName = MetaProperties.fileName
    package static let cleanShutdownFileName = CleanShutdownFile.fileName
    package static let recoveryPointCheckpointFileName = "recovery-point-offset-checkpoint"
    package static let replicationOffsetCheckpointFileName = "replication-offset-checkpoint"
    package static let logStartOffsetCheckpointFileName = "log-start-offset-checkpoint"
    package static let cleanerOffsetCheckpointFileName = "cleaner-offset-checkpoint"
    package static let leaderEpochCheckpointFileName = "leader-epoch-checkpoint"
    package static let partitionMetadataFileName = "partition.metadata"

    // MARK: Segment files

    /// `offset` zero-padded to 20 digits, so that `ls` sorts segments by offset (Kafka's
    /// `filenamePrefixFromOffset`; a negative offset keeps its sign in front of the padding).
    package static func filenamePrefix(offset: Int64) -> String {
        let digits = String(offset.magnitude)
        let padding = String(repeating: "0", count: max(0, 20 - digits.count))
        return (offset < 0 ? "-" : "") + padding + digits
    }

    /// `<dir>/<20-digit offset>.log<suffix>`.
    package static func logFile(directory: String, offset: Int64, suffix: String = "") -> String {
        StorageFile.join(directory, filenamePrefix(offset: offset) + logFileSuffix + suffix)
    }

    package static func offsetIndexFile(directory: String, offset: Int64, suffix: String = "") -> String {
        StorageFile.join(directory, filenamePrefix(offset: offset) + indexFileSuffix + suffix)
    }

    package static func timeIndexFile(directory: String, offset: Int64, suffix: String = "") -> String {
        StorageFile.join(directory, filenamePrefix(offset: offset) + timeIndexFileSuffix + suffix)
    }

    package static func transactionIndexFile(directory: String, offset: Int64, suffix: String = "") -> String {
        StorageFile.join(directory, filenamePrefix(offset: offset) + txnIndexFileSuffix + suffix)
    }

    /// `<dir>/<20-digit offset>.snapshot`, where `offset` is the first offset after the snapshot.
    package static func producerSnapshotFile(directory: String, offset: Int64) -> String {
        StorageFile.join(directory, filenamePrefix(offset: offset) + producerSnapshotFileSuffix)
    }

    /// The number before the first '.' of a file name (Kafka's `offsetFromFileName`); nil when it is
    /// not a decimal int64.
    package static func offset(fromFileName name: String) -> Int64? {
        guard let dot = name.firstIndex(of: ".") else { return nil }
        return Int64(name[..<dot])
    }

    // MARK: Partition directories

    /// `<topic>-<partition>`.
    package static func logDirName(_ topicPartition: TopicPartition) -> String {
        "\(topicPartition.topic)-\(topicPartition.partition)"
    }

    /// `<topic>-<partition>.<uniqueId>-delete`, the topic cut so the name fits in 255 bytes.
    package static func logDeleteDirName(_ topicPartition: TopicPartition, uniqueId: String = newUniqueId()) -> String {
        cappedName(topicPartition, uniqueId: uniqueId, suffix: deleteDirSuffix)
    }

    /// `<topic>-<partition>.<uniqueId>-stray`, the topic cut so the name fits in 255 bytes.
    package static func logStrayDirName(_ topicPartition: TopicPartition, uniqueId: String = newUniqueId()) -> String {
        cappedName(topicPartition, uniqueId: uniqueId, suffix: strayDirSuffix)
    }

    /// `<topic>-<partition>.<uniqueId>-future`: a replica being moved to this log dir.
    package static func logFutureDirName(_ topicPartition: TopicPartition, uniqueId: String = newUniqueId()) -> String {
        logDirName(topicPartition) + "." + uniqueId + futureDirSuffix
    }

    /// A random UUID as 32 lowercase hex digits (Java's `UUID.randomUUID()` without dashes).
    package static func newUniqueId() -> String {
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        let id = KafkaUUID.random()
        return hex(id.high) + hex(id.low)
    }

    private static func cappedName(_ topicPartition: TopicPartition, uniqueId: String, suffix: String) -> String {
        let fullSuffix = "-\(topicPartition.partition).\(uniqueId)\(suffix)"
        let topic = topicPartition.topic
        // Kafka counts UTF-16 units; topic names are ASCII, where that is also the byte count.
        let prefixLength = min(topic.utf16.count, max(0, 255 - fullSuffix.utf16.count))
        return String(topic.prefix(prefixLength)) + fullSuffix
    }

    /// The partition a log directory holds, from its name (Kafka's `parseTopicPartitionName`):
    /// `<topic>-<partition>`, or that followed by `.<uniqueId>-delete`, `-future` or `-stray`. The
    /// topic is everything before the last '-', so topics may contain '-'.
    /// - Throws: `illegalArgument` with Kafka's message when the name is not of that form.
    package static func parseTopicPartitionName(directory: String) throws(StorageError) -> TopicPartition {
        let name = StorageFile.fileName(of: directory)
        let invalid = StorageError.illegalArgument(
            "Found directory \(directory), '\(name)' is not in the form of topic-partition or"
                + " topic-partition.uniqueId-delete (if marked for deletion).\n"
                + "Kafka's log directories (and children) should only contain Kafka topic data.")
        guard !name.isEmpty, name.contains("-") else { throw invalid }
        var base = Substring(name)
        for suffix in [deleteDirSuffix, futureDirSuffix, strayDirSuffix] where name.hasSuffix(suffix) {
            guard matchesRenamedDirPattern(name, suffix: suffix), let dot = name.lastIndex(of: ".") else {
                throw invalid
            }
            base = name[..<dot]
        }
        guard let dash = base.lastIndex(of: "-") else { throw invalid }
        let topic = base[..<dash]
        let partitionText = base[base.index(after: dash)...]
        guard !topic.isEmpty, !partitionText.isEmpty, let partition = Int32(partitionText) else { throw invalid }
        return TopicPartition(String(topic), partition)
    }

    /// Java's `^(\S+)-(\S+)\.(\S+)<suffix>` matched against the whole name.
    private static func matchesRenamedDirPattern(_ name: String, suffix: String) -> Bool {
        guard !name.contains(where: \.isJavaWhitespace) else { return false }
        let body = Array(name.utf8.dropLast(suffix.utf8.count))
        // Some '.' with text after it, and before it some '-' with text on both sides.
        for dot in body.indices where body[dot] == UInt8(ascii: ".") && dot + 1 < body.count && dot >= 3 {
            if body[1..<(dot - 1)].contains(UInt8(ascii: "-")) { return true }
        }
        return false
    }
}

/// A segment file's name taken apart: `<20-digit base offset><kind suffix><status suffix>`, such as
/// `00000000000000001234.index` or `00000000000000001234.log.deleted`.
package struct SegmentFileName: Equatable, Hashable, Sendable, CustomStringConvertible {
    package enum Kind: String, Sendable, CaseIterable {
        case log = ".log"
        case offsetIndex = ".index"
        case timeIndex = ".timeindex"
        case transactionIndex = ".txnindex"
        case producerSnapshot = ".snapshot"
    }

    /// The transient suffix: none for a live file, `.deleted` while deletion is pending, `.cleaned`
    /// for compaction output not yet swapped in, `.swap` while it is being swapped in.
    package enum Status: String, Sendable, CaseIterable {
        case live = ""
        case deleted = ".deleted"
        case cleaned = ".cleaned"
        case swap = ".swap"
    }

    package var baseOffset: Int64
    package var kind: Kind
    package var status: Status

    package init(baseOffset: Int64, kind: Kind, status: Status = .live) {
        self.baseOffset = baseOffset
        self.kind = kind
        self.status = status
    }

    /// Parses a file name; nil for anything that is not a segment file of a known kind with an
    /// all-digit offset.
    package init?(_ fileName: String) {
        var rest = Substring(fileName)
        var status = Status.live
        for candidate in Status.allCases where candidate != .live && rest.hasSuffix(candidate.rawValue) {
            status = candidate
            rest = rest.dropLast(candidate.rawValue.count)
        }
        guard let kind = Kind.allCases.first(where: { rest.hasSuffix($0.rawValue) }) else { return nil }
        let digits = rest.dropLast(kind.rawValue.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let offset = Int64(digits) else {
            return nil
        }
        self.init(baseOffset: offset, kind: kind, status: status)
    }

    /// The file name.
    package var description: String {
        LogFileNames.filenamePrefix(offset: baseOffset) + kind.rawValue + status.rawValue
    }
}
