#if canImport(Glibc)
import Glibc
#endif

/// Why a storage operation failed. Every storage API throws this and never traps on file contents:
/// a corrupt index, a malformed checkpoint or a failed system call all end here, and the caller
/// decides (usually: rebuild the index, recover the log, or take the log dir offline).
/// Messages follow the wording of the Kafka exception each case stands for.
package enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A system call failed (`open`, `pread`, `mmap`, `rename`, …) on `path` with `errno`.
    case io(operation: String, path: String, errno: Int32)
    /// An index file's contents cannot be right (Kafka's `CorruptIndexException`).
    case corruptIndex(String)
    /// An append would break an index's ordering (Kafka's `InvalidOffsetException`).
    case invalidOffset(String)
    /// An offset is too far from an index's base offset to be stored relative to it (Kafka's
    /// `IndexOffsetOverflowException`).
    case indexOffsetOverflow(String)
    /// A text file (checkpoint, `partition.metadata`, `meta.properties`, …) does not parse.
    /// `line` is 1-based when one line is to blame.
    case malformedFile(path: String, line: Int?, message: String)
    /// A caller passed a value the operation does not accept (Kafka's `IllegalArgumentException`).
    case illegalArgument(String)
    /// The object is not in a state that allows the operation: a full, closed or read-only index
    /// (Kafka's `IllegalStateException`).
    case illegalState(String)
    /// A different topic id was recorded for a partition (Kafka's `InconsistentTopicIdException`).
    case inconsistentTopicId(String)

    /// The `errno` of a failed system call, nil for the other cases.
    package var errno: Int32? {
        if case .io(_, _, let code) = self { return code }
        return nil
    }

    /// True when a system call failed because the file or a directory on its path does not exist.
    package var isNoSuchFile: Bool { errno == ENOENT }

    package var description: String {
        switch self {
        case .io(let operation, let path, let code):
            return "\(operation) failed for \(path): \(String(cString: strerror(code))) (errno \(code))"
        case .corruptIndex(let message), .invalidOffset(let message), .indexOffsetOverflow(let message),
            .illegalArgument(let message), .illegalState(let message), .inconsistentTopicId(let message):
            return message
        case .malformedFile(_, let line, let message):
            return line.map { "\(message) (line \($0))" } ?? message
        }
    }
}
