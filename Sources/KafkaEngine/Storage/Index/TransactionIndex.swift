import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// One aborted transaction as the `.txnindex` stores it (Kafka's `AbortedTxn`): 34 bytes, big-endian
/// int16 version (0), int64 producerId, int64 firstOffset, int64 lastOffset (the abort marker's
/// offset), int64 lastStableOffset (the LSO when the abort was written).
package struct AbortedTxn: Equatable, Hashable, Sendable, CustomStringConvertible {
    package static let currentVersion: Int16 = 0
    package static let totalSize = 34

    package var version: Int16
    package var producerId: Int64
    package var firstOffset: Int64
    package var lastOffset: Int64
    package var lastStableOffset: Int64

    package init(
        producerId: Int64, firstOffset: Int64, lastOffset: Int64, lastStableOffset: Int64,
        version: Int16 = AbortedTxn.currentVersion
    ) {
        self.version = version
        self.producerId = producerId
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
        self.lastStableOffset = lastStableOffset
    }

    /// The 34 bytes of the entry.
    package var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Self.totalSize)
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.bigEndian) { out.append(contentsOf: $0) }
        }
        put(version)
        put(producerId)
        put(firstOffset)
        put(lastOffset)
        put(lastStableOffset)
        return out
    }

    /// Decodes the entry at `start` of `bytes`; the caller guarantees 34 bytes are there.
    init(decoding bytes: UnsafeRawBufferPointer, at start: Int) {
        func get<T: FixedWidthInteger>(_ offset: Int, as: T.Type) -> T {
            T(bigEndian: bytes.loadUnaligned(fromByteOffset: start + offset, as: T.self))
        }
        self.init(
            producerId: get(2, as: Int64.self), firstOffset: get(10, as: Int64.self),
            lastOffset: get(18, as: Int64.self), lastStableOffset: get(26, as: Int64.self),
            version: get(0, as: Int16.self))
    }

    package var description: String {
        "AbortedTxn(version=\(version), producerId=\(producerId), firstOffset=\(firstOffset),"
            + " lastOffset=\(lastOffset), lastStableOffset=\(lastStableOffset))"
    }
}

/// The aborted transactions overlapping a fetch range, and whether the search is complete
/// (Kafka's `TxnIndexSearchResult`): when not, later segments' indexes must be searched too.
package struct TxnIndexSearchResult: Equatable, Sendable {
    package var abortedTransactions: [AbortedTxn]
    package var isComplete: Bool

    package init(abortedTransactions: [AbortedTxn], isComplete: Bool) {
        self.abortedTransactions = abortedTransactions
        self.isComplete = isComplete
    }
}

/// A segment's `.txnindex` file (Kafka's `TransactionIndex`): the transactions whose abort markers
/// were written in the segment, in marker order, for `read_committed` fetches.
///
/// Unlike the offset and time indexes it is not preallocated: the file is a plain sequence of
/// 34-byte `AbortedTxn` entries, created on the first append, with lastOffset strictly increasing.
/// Trailing bytes short of a whole entry (a torn write) are ignored when reading and overwritten by
/// the next append. The file is the source of truth and is read on every search. Thread-safe.
package final class TransactionIndex: Sendable {
    private struct State {
        var path: String
        /// Opened on first use, kept until `close`.
        var file: StorageFile?
        /// Where the next entry goes: after the last whole entry.
        var end: Int64
        var lastOffset: Int64?
    }

    private let state: Mutex<State>
    /// The segment's base offset: every entry's lastOffset must be at or above it.
    package let startOffset: Int64

    /// Opens the index at `path` if the file exists; otherwise it is created on the first append.
    package init(startOffset: Int64, path: String) throws(StorageError) {
        self.startOffset = startOffset
        var state = State(path: path, file: nil, end: 0, lastOffset: nil)
        if StorageFile.exists(path) {
            let file = try StorageFile.open(path)
            state.file = file
            do {
                let size = try file.size()
                state.end = size - size % Int64(AbortedTxn.totalSize)
                if state.end > 0 {
                    let last = try file.read(count: AbortedTxn.totalSize, at: state.end - Int64(AbortedTxn.totalSize))
                    if last.count == AbortedTxn.totalSize {
                        state.lastOffset = last.withUnsafeBytes { AbortedTxn(decoding: $0, at: 0) }.lastOffset
                    }
                }
            } catch {
                try? file.close()
                throw error
            }
        }
        self.state = Mutex(state)
    }

    package var path: String { state.withLock { $0.path } }

    /// True when there is no whole entry (including when the file does not exist).
    package var isEmpty: Bool { state.withLock { $0.end == 0 } }

    /// Adds an aborted transaction. Its lastOffset must be above every entry's.
    /// - Throws: `illegalArgument` when lastOffset does not increase.
    package func append(_ abortedTxn: AbortedTxn) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            if let lastOffset = state.lastOffset, lastOffset >= abortedTxn.lastOffset {
                throw .illegalArgument(
                    "The last offset of appended transactions must increase sequentially, but"
                        + " \(abortedTxn.lastOffset) is not greater than current last offset \(lastOffset) of"
                        + " index \(state.path)")
            }
            let file = try Self.openFile(&state)
            try file.write(abortedTxn.bytes, at: state.end)
            state.end += Int64(AbortedTxn.totalSize)
            state.lastOffset = abortedTxn.lastOffset
        }
    }

    /// Removes the entries whose lastOffset is ≥ `offset`.
    package func truncateTo(_ offset: Int64) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            let entries = try Self.readEntries(state)
            guard let cut = entries.firstIndex(where: { $0.lastOffset >= offset }) else { return }
            let end = Int64(cut * AbortedTxn.totalSize)
            try state.file?.truncate(to: end)
            state.end = end
            state.lastOffset = cut > 0 ? entries[cut - 1].lastOffset : nil
        }
    }

    /// Removes every entry (the file is emptied, not deleted).
    package func reset() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            try state.file?.truncate(to: 0)
            state.end = 0
            state.lastOffset = nil
        }
    }

    /// Every entry, in order.
    package func allAbortedTxns() throws(StorageError) -> [AbortedTxn] {
        try state.withLock { (state) throws(StorageError) in try Self.readEntries(state) }
    }

    /// The aborted transactions overlapping `[fetchOffset, upperBoundOffset)`: lastOffset ≥
    /// fetchOffset and firstOffset < upperBoundOffset. The search is complete once an entry's
    /// lastStableOffset reaches `upperBoundOffset` (no later transaction can start before it).
    package func collectAbortedTxns(fetchOffset: Int64, upperBoundOffset: Int64) throws(StorageError)
        -> TxnIndexSearchResult
    {
        let entries = try allAbortedTxns()
        var found: [AbortedTxn] = []
        for txn in entries {
            if txn.lastOffset >= fetchOffset && txn.firstOffset < upperBoundOffset { found.append(txn) }
            if txn.lastStableOffset >= upperBoundOffset {
                return TxnIndexSearchResult(abortedTransactions: found, isComplete: true)
            }
        }
        return TxnIndexSearchResult(abortedTransactions: found, isComplete: false)
    }

    /// Kafka's check: no entry's lastOffset is below `startOffset`; also rejects an entry version
    /// this code does not know.
    /// - Throws: `corruptIndex` naming the file and the entry.
    package func sanityCheck() throws(StorageError) {
        for txn in try allAbortedTxns() where txn.lastOffset < startOffset {
            throw .corruptIndex(
                "Last offset of aborted transaction \(txn) in index \(path) is less than start offset \(startOffset)")
        }
    }

    package func flush() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in try state.file?.sync() }
    }

    /// Closes the file descriptor; a later read or append reopens it.
    package func close() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            guard let file = state.file else { return }
            state.file = nil
            try file.close()
        }
    }

    /// Renames the file if it exists; the index follows the new path either way.
    package func renameTo(_ newPath: String) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            if StorageFile.exists(state.path) { try StorageFile.rename(state.path, to: newPath) }
            state.path = newPath
        }
    }

    package func updateParentDir(_ directory: String) {
        state.withLock { $0.path = StorageFile.join(directory, StorageFile.fileName(of: $0.path)) }
    }

    /// Closes and removes the file; false if it did not exist.
    @discardableResult
    package func deleteIfExists() throws(StorageError) -> Bool {
        try close()
        return try StorageFile.deleteIfExists(path)
    }

    // MARK: Private

    private static func openFile(_ state: inout State) throws(StorageError) -> StorageFile {
        if let file = state.file { return file }
        let file = try StorageFile.open(state.path, create: true)
        state.file = file
        return file
    }

    /// The whole entries in the file, checking each version.
    private static func readEntries(_ state: State) throws(StorageError) -> [AbortedTxn] {
        // No whole entry: nothing would be read. Every read_committed fetch searches the index of
        // its segment, most of which have no file at all — no open attempt for them.
        guard state.end > 0 else { return [] }
        let file: StorageFile
        let opened: Bool
        if let existing = state.file {
            file = existing
            opened = false
        } else {
            do {
                file = try StorageFile.open(state.path, access: .readOnly)
            } catch where error.errno == ENOENT {
                return []
            }
            opened = true
        }
        defer { if opened { try? file.close() } }
        let bytes = try file.read(count: Int(state.end), at: 0)
        let count = bytes.count / AbortedTxn.totalSize
        var entries: [AbortedTxn] = []
        entries.reserveCapacity(count)
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(StorageError) in
                for n in 0..<count {
                    let txn = AbortedTxn(decoding: buffer, at: n * AbortedTxn.totalSize)
                    guard txn.version <= AbortedTxn.currentVersion else {
                        throw .corruptIndex(
                            "Unexpected aborted transaction version \(txn.version) in transaction index"
                                + " \(state.path), current version is \(AbortedTxn.currentVersion)")
                    }
                    entries.append(txn)
                }
            }
        }.get()
        return entries
    }
}
