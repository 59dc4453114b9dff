import Synchronization

/// An offset and the byte position of its batch in the segment's `.log` file.
package struct OffsetPosition: Equatable, Hashable, Sendable, CustomStringConvertible {
    package var offset: Int64
    package var position: Int32

    package init(offset: Int64, position: Int32) {
        self.offset = offset
        self.position = position
    }

    package var description: String { "OffsetPosition(offset=\(offset), position=\(position))" }
}

/// A segment's `.index` file (Kafka's `OffsetIndex`): a sparse map from offsets to byte positions
/// in the segment's `.log`, searched over a memory map.
///
/// Format: 8-byte entries, a big-endian int32 offset relative to `baseOffset` followed by a
/// big-endian int32 position, offsets strictly increasing. The file is preallocated to
/// `maxIndexSize` (rounded down to whole entries) and trimmed to the entries in use on roll and
/// close; see `IndexFile` for how a file is read back. Thread-safe: every operation takes the
/// index's lock, so fetches may look up while the active segment appends.
package final class OffsetIndex: MappedIndex {
    package static let entrySize = 8

    private struct State {
        var file: IndexFile
        var lastOffset: Int64
    }

    private let state: Mutex<State>
    package let baseOffset: Int64
    package let maxIndexSize: Int

    /// Opens the index at `path`, creating and preallocating it when missing (unless read-only,
    /// which never creates or changes the file). `maxIndexSize` only matters for a new file or a
    /// later `reset`/`resize(maxIndexSize)`; Kafka's `segment.index.bytes` (10 MiB) by default.
    package init(path: String, baseOffset: Int64, maxIndexSize: Int, writable: Bool = true) throws(StorageError) {
        let file = try IndexFile(
            path: path, entrySize: Self.entrySize, baseOffset: baseOffset, maxIndexSize: maxIndexSize,
            writable: writable)
        self.baseOffset = baseOffset
        self.maxIndexSize = maxIndexSize
        self.state = Mutex(State(file: file, lastOffset: Self.lastEntry(of: file).offset))
    }

    // MARK: Reading

    package var path: String { state.withLock { $0.file.path } }
    /// Entries in use.
    package var entries: Int { state.withLock { $0.file.entries } }
    /// Entries the file has room for.
    package var maxEntries: Int { state.withLock { $0.file.maxEntries } }
    /// The file's length in bytes (its preallocated size while active).
    package var length: Int { state.withLock { $0.file.length } }
    /// Bytes holding entries.
    package var sizeInBytes: Int { state.withLock { $0.file.entries * Self.entrySize } }
    package var isFull: Bool { state.withLock { $0.file.isFull() } }
    /// The offset of the last entry, or `baseOffset` when there is none.
    package var lastOffset: Int64 { state.withLock { $0.lastOffset } }

    /// The largest entry whose offset is ≤ `targetOffset`, or `(baseOffset, 0)` when there is none
    /// (the start of the segment, where a scan for any offset may begin).
    package func lookup(_ targetOffset: Int64) -> OffsetPosition {
        state.withLock { state in
            let file = state.file
            guard let slot = file.slot(for: targetOffset, .largestLowerBound, key: { Self.offset(file, $0, $1) }),
                let mapping = file.mapping
            else { return OffsetPosition(offset: baseOffset, position: 0) }
            return Self.entry(file, mapping, slot)
        }
    }

    /// The first entry whose position is ≥ `fetchOffset.position + fetchSize`: an offset certainly
    /// beyond a fetch of `fetchSize` bytes from `fetchOffset`, though not the smallest one. Nil
    /// when the index has no such entry.
    package func fetchUpperBoundOffset(_ fetchOffset: OffsetPosition, fetchSize: Int32) -> OffsetPosition? {
        state.withLock { state in
            let file = state.file
            let target = Int64(fetchOffset.position) + Int64(fetchSize)
            guard let slot = file.slot(for: target, .smallestUpperBound, key: { Int64($0.int32(at: $1 * 8 + 4)) }),
                let mapping = file.mapping
            else { return nil }
            return Self.entry(file, mapping, slot)
        }
    }

    /// The entry in slot `n`, nil when `n` is not below `entries`.
    package func entry(at n: Int) -> OffsetPosition? {
        state.withLock { state in
            guard n >= 0, n < state.file.entries, let mapping = state.file.mapping else { return nil }
            return Self.entry(state.file, mapping, n)
        }
    }

    /// Every entry in use, in order (for `dump-log` and tests).
    package var allEntries: [OffsetPosition] {
        state.withLock { state in
            guard let mapping = state.file.mapping else { return [] }
            return (0..<state.file.entries).map { Self.entry(state.file, mapping, $0) }
        }
    }

    // MARK: Writing

    /// Adds an entry. The offset must be larger than every offset already in the index.
    /// - Throws: `illegalArgument` when the index is full; `invalidOffset` when `offset` is not above
    ///   `lastOffset`; `indexOffsetOverflow` when it is below `baseOffset` or more than `Int32.max` above.
    package func append(offset: Int64, position: Int32) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            guard !state.file.isFull() else {
                throw .illegalArgument("Attempt to append to a full index (size = \(state.file.entries)).")
            }
            guard state.file.entries == 0 || offset > state.lastOffset else {
                throw .invalidOffset(
                    "Attempt to append an offset \(offset) to position \(state.file.entries) no larger than"
                        + " the last offset appended (\(state.lastOffset)) to \(state.file.path)")
            }
            let relative = try state.file.checkedRelativeOffset(offset)
            let mapping = try state.file.mappingForNextEntry()
            let at = state.file.entries * Self.entrySize
            mapping.setInt32(relative, at: at)
            mapping.setInt32(position, at: at + 4)
            state.file.incrementEntries()
            state.lastOffset = offset
        }
    }

    /// Removes every entry whose offset is ≥ `offset`; no effect if `offset` is above them all.
    package func truncateTo(_ offset: Int64) {
        state.withLock { state in
            let file = state.file
            let newEntries: Int
            if let slot = file.slot(for: offset, .largestLowerBound, key: { Self.offset(file, $0, $1) }),
                let mapping = file.mapping
            {
                newEntries = Self.offset(file, mapping, slot) == offset ? slot : slot + 1
            } else {
                newEntries = 0
            }
            Self.truncate(&state, toEntries: newEntries)
        }
    }

    /// Removes every entry.
    package func truncate() {
        state.withLock { Self.truncate(&$0, toEntries: 0) }
    }

    /// Removes every entry and grows the file back to `maxIndexSize` (Kafka's `reset`, used when a
    /// segment is recovered).
    package func reset() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            Self.truncate(&state, toEntries: 0)
            _ = try state.file.resize(maxIndexSize)
        }
    }

    /// Sets the file length to `newSize` rounded down to whole entries; false if it already was.
    @discardableResult
    package func resize(_ newSize: Int) throws(StorageError) -> Bool {
        try state.withLock { (state) throws(StorageError) in try state.file.resize(newSize) }
    }

    /// Cuts the file to the entries in use (on roll and close).
    package func trimToValidSize() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            if state.file.mapping != nil { _ = try state.file.resize(state.file.entries * Self.entrySize) }
        }
    }

    package func flush() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in try state.file.flush() }
    }

    /// Whether `offset` can be stored relative to `baseOffset` (Kafka's `canAppendOffset`).
    package func canAppendOffset(_ offset: Int64) -> Bool {
        state.withLock { $0.file.relativeOffset(offset) != nil }
    }

    // MARK: Checking

    /// Kafka's checks, with its messages: with entries, the last offset is not below `baseOffset`;
    /// the file length is a whole number of entries. Then a scan Kafka does not make: the first
    /// offset is not below `baseOffset`, offsets strictly increase and positions never decrease,
    /// which catches garbage and a file left preallocated by a crash (its trailing zero entries).
    /// - Throws: `corruptIndex` naming the file and the first problem found.
    package func sanityCheck() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            let file = state.file
            if file.entries != 0 && state.lastOffset < baseOffset {
                throw .corruptIndex(
                    "Corrupt index found, index file (\(file.path)) has non-zero size but the last offset is"
                        + " \(state.lastOffset) which is less than the base offset \(baseOffset)")
            }
            if file.length % Self.entrySize != 0 {
                throw .corruptIndex(
                    "Index file \(file.path) is corrupt, found \(file.length) bytes which is neither positive"
                        + " nor a multiple of \(Self.entrySize)")
            }
            guard let mapping = file.mapping, file.entries > 0 else { return }
            var previous = Self.entry(file, mapping, 0)
            if previous.offset < baseOffset {
                throw .corruptIndex(
                    "Corrupt index found, index file (\(file.path)) has a first offset \(previous.offset)"
                        + " which is less than the base offset \(baseOffset)")
            }
            for n in 1..<file.entries {
                let current = Self.entry(file, mapping, n)
                if current.offset <= previous.offset || current.position < previous.position {
                    throw .corruptIndex(
                        "Corrupt index found, index file (\(file.path)) has entry \(n) (offset \(current.offset),"
                            + " position \(current.position)) out of order after offset \(previous.offset),"
                            + " position \(previous.position)")
                }
                previous = current
            }
        }
    }

    // MARK: File

    package func renameTo(_ newPath: String) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in try state.file.renameTo(newPath) }
    }

    /// Points the index at a file of the same name in `directory` (after the directory was renamed).
    package func updateParentDir(_ directory: String) {
        state.withLock { $0.file.updateParentDir(directory) }
    }

    /// Unmaps and removes the file; false if it did not exist.
    @discardableResult
    package func deleteIfExists() throws(StorageError) -> Bool {
        try state.withLock { (state) throws(StorageError) in try state.file.deleteIfExists() }
    }

    /// Trims the file to its entries (a writable index) and unmaps it.
    package func close() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            defer { state.file.closeHandler() }
            if state.file.writable && state.file.mapping != nil {
                _ = try state.file.resize(state.file.entries * Self.entrySize)
            }
        }
    }

    /// Unmaps the file without trimming it.
    package func closeHandler() {
        state.withLock { $0.file.closeHandler() }
    }

    // MARK: Entry format

    private static func offset(_ file: IndexFile, _ mapping: MemoryMap, _ slot: Int) -> Int64 {
        // Wrapping, as Java's long arithmetic: a garbage entry must not trap.
        file.baseOffset &+ Int64(mapping.int32(at: slot * entrySize))
    }

    private static func entry(_ file: IndexFile, _ mapping: MemoryMap, _ slot: Int) -> OffsetPosition {
        OffsetPosition(offset: offset(file, mapping, slot), position: mapping.int32(at: slot * entrySize + 4))
    }

    private static func lastEntry(of file: IndexFile) -> OffsetPosition {
        guard file.entries > 0, let mapping = file.mapping else {
            return OffsetPosition(offset: file.baseOffset, position: 0)
        }
        return entry(file, mapping, file.entries - 1)
    }

    private static func truncate(_ state: inout State, toEntries count: Int) {
        state.file.truncateToEntries(count)
        state.lastOffset = lastEntry(of: state.file).offset
    }
}
