import Synchronization

/// A timestamp and an offset: "the largest timestamp seen before `offset` is `timestamp`".
package struct TimestampOffset: Equatable, Hashable, Sendable, CustomStringConvertible {
    package var timestamp: Int64
    package var offset: Int64

    /// Kafka's `RecordBatch.NO_TIMESTAMP`.
    package static let noTimestamp: Int64 = -1
    /// Kafka's `TimestampOffset.UNKNOWN`.
    package static let unknown = TimestampOffset(timestamp: -1, offset: -1)

    package init(timestamp: Int64, offset: Int64) {
        self.timestamp = timestamp
        self.offset = offset
    }

    package var description: String { "TimestampOffset(timestamp=\(timestamp), offset=\(offset))" }
}

/// A segment's `.timeindex` file (Kafka's `TimeIndex`): a sparse map from timestamps to the offsets
/// at which they were reached, for ListOffsets by time and time-based retention.
///
/// Format: 12-byte entries, a big-endian int64 timestamp followed by a big-endian int32 offset
/// relative to `baseOffset`. An entry `(T, O)` means every record with a timestamp above `T` comes
/// after offset `O`. Timestamps strictly increase (an entry is only written for a new maximum) and
/// offsets never decrease. The last slot is kept free for the entry written when the segment rolls,
/// so `isFull` is one entry early. File handling and thread safety as `OffsetIndex`.
package final class TimeIndex: MappedIndex {
    package static let entrySize = 12

    private struct State {
        var file: IndexFile
        var lastEntry: TimestampOffset
    }

    private let state: Mutex<State>
    package let baseOffset: Int64
    package let maxIndexSize: Int

    /// Opens the index at `path`; see `OffsetIndex.init`.
    package init(path: String, baseOffset: Int64, maxIndexSize: Int, writable: Bool = true) throws(StorageError) {
        let file = try IndexFile(
            path: path, entrySize: Self.entrySize, baseOffset: baseOffset, maxIndexSize: maxIndexSize,
            writable: writable)
        self.baseOffset = baseOffset
        self.maxIndexSize = maxIndexSize
        self.state = Mutex(State(file: file, lastEntry: Self.lastEntry(of: file)))
    }

    // MARK: Reading

    package var path: String { state.withLock { $0.file.path } }
    package var entries: Int { state.withLock { $0.file.entries } }
    package var maxEntries: Int { state.withLock { $0.file.maxEntries } }
    package var length: Int { state.withLock { $0.file.length } }
    package var sizeInBytes: Int { state.withLock { $0.file.entries * Self.entrySize } }
    /// True when only the slot reserved for the roll entry is left.
    package var isFull: Bool { state.withLock { $0.file.isFull(reservedSlots: 1) } }
    /// The last entry, or `(noTimestamp, baseOffset)` when there is none.
    package var lastEntry: TimestampOffset { state.withLock { $0.lastEntry } }

    /// The entry with the largest timestamp ≤ `targetTimestamp`, or `(noTimestamp, baseOffset)` when
    /// there is none. A search for the first record at or after a timestamp starts scanning the log
    /// at this entry's offset (Kafka's `LogSegment.findOffsetByTimestamp`).
    package func lookup(_ targetTimestamp: Int64) -> TimestampOffset {
        state.withLock { state in
            let file = state.file
            guard let slot = file.slot(for: targetTimestamp, .largestLowerBound, key: { $0.int64(at: $1 * 12) }),
                let mapping = file.mapping
            else { return TimestampOffset(timestamp: TimestampOffset.noTimestamp, offset: baseOffset) }
            return Self.entry(file, mapping, slot)
        }
    }

    /// The entry in slot `n`, nil when `n` is not below `entries`.
    package func entry(at n: Int) -> TimestampOffset? {
        state.withLock { state in
            guard n >= 0, n < state.file.entries, let mapping = state.file.mapping else { return nil }
            return Self.entry(state.file, mapping, n)
        }
    }

    /// Every entry in use, in order.
    package var allEntries: [TimestampOffset] {
        state.withLock { state in
            guard let mapping = state.file.mapping else { return [] }
            return (0..<state.file.entries).map { Self.entry(state.file, mapping, $0) }
        }
    }

    // MARK: Writing

    /// Adds `(timestamp, offset)` if `timestamp` is above the last entry's; otherwise does nothing
    /// (the same entry arrives again when a segment is closed or rolled). `skipFullCheck` lets the
    /// roll write into the reserved last slot:
    /// `timeIndex.maybeAppend(timestamp: maxTimestampSoFar, offset: offsetOfMaxTimestampSoFar, skipFullCheck: true)`.
    /// - Throws: `illegalArgument` when full; `invalidOffset` when `offset` is below the last entry's;
    ///   `illegalState` when `timestamp` is below the last entry's; `indexOffsetOverflow` when
    ///   `offset` cannot be stored relative to `baseOffset`.
    package func maybeAppend(timestamp: Int64, offset: Int64, skipFullCheck: Bool = false) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            let entries = state.file.entries
            if !skipFullCheck && state.file.isFull(reservedSlots: 1) {
                throw .illegalArgument("Attempt to append to a full time index (size = \(entries)).")
            }
            if entries != 0 && offset < state.lastEntry.offset {
                throw .invalidOffset(
                    "Attempt to append an offset (\(offset)) to slot \(entries) no larger than the last offset"
                        + " appended (\(state.lastEntry.offset)) to \(state.file.path)")
            }
            if entries != 0 && timestamp < state.lastEntry.timestamp {
                throw .illegalState(
                    "Attempt to append a timestamp (\(timestamp)) to slot \(entries) no larger than the last"
                        + " timestamp appended (\(state.lastEntry.timestamp)) to \(state.file.path)")
            }
            // Only a new maximum timestamp makes an entry; batches without timestamps (-1) never do.
            guard timestamp > state.lastEntry.timestamp else { return }
            let relative = try state.file.checkedRelativeOffset(offset)
            let mapping = try state.file.mappingForNextEntry()
            let at = entries * Self.entrySize
            mapping.setInt64(timestamp, at: at)
            mapping.setInt32(relative, at: at + 8)
            state.file.incrementEntries()
            state.lastEntry = TimestampOffset(timestamp: timestamp, offset: offset)
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

    /// Removes every entry and grows the file back to `maxIndexSize`.
    package func reset() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            Self.truncate(&state, toEntries: 0)
            _ = try state.file.resize(maxIndexSize)
        }
    }

    /// Sets the file length to `newSize` rounded down to whole entries; false if it already was.
    /// Rereads the last entry from the file, as Kafka does.
    @discardableResult
    package func resize(_ newSize: Int) throws(StorageError) -> Bool {
        try state.withLock { (state) throws(StorageError) in
            guard try state.file.resize(newSize) else { return false }
            state.lastEntry = Self.lastEntry(of: state.file)
            return true
        }
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

    // MARK: Checking

    /// Kafka's checks, with its messages: the last timestamp is not below the first, the last offset
    /// is not below `baseOffset`, the file length is a whole number of entries. Then a scan Kafka
    /// does not make: timestamps strictly increase and offsets never decrease, which catches garbage
    /// and a file left preallocated by a crash.
    /// - Throws: `corruptIndex` naming the file and the first problem found.
    package func sanityCheck() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            let file = state.file
            let last = state.lastEntry
            if file.entries != 0, let mapping = file.mapping, last.timestamp < mapping.int64(at: 0) {
                throw .corruptIndex(
                    "Corrupt time index found, time index file (\(file.path)) has non-zero size but the last"
                        + " timestamp is \(last.timestamp) which is less than the first timestamp"
                        + " \(mapping.int64(at: 0))")
            }
            if file.entries != 0 && last.offset < baseOffset {
                throw .corruptIndex(
                    "Corrupt time index found, time index file (\(file.path)) has non-zero size but the last"
                        + " offset is \(last.offset) which is less than the first offset \(baseOffset)")
            }
            if file.length % Self.entrySize != 0 {
                throw .corruptIndex(
                    "Time index file \(file.path) is corrupt, found \(file.length) bytes which is neither"
                        + " positive nor a multiple of \(Self.entrySize)")
            }
            guard let mapping = file.mapping, file.entries > 0 else { return }
            var previous = Self.entry(file, mapping, 0)
            if previous.offset < baseOffset {
                throw .corruptIndex(
                    "Corrupt time index found, time index file (\(file.path)) has a first offset"
                        + " \(previous.offset) which is less than the base offset \(baseOffset)")
            }
            for n in 1..<file.entries {
                let current = Self.entry(file, mapping, n)
                if current.timestamp <= previous.timestamp || current.offset < previous.offset {
                    throw .corruptIndex(
                        "Corrupt time index found, time index file (\(file.path)) has entry \(n) (timestamp"
                            + " \(current.timestamp), offset \(current.offset)) out of order after timestamp"
                            + " \(previous.timestamp), offset \(previous.offset)")
                }
                previous = current
            }
        }
    }

    // MARK: File

    package func renameTo(_ newPath: String) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in try state.file.renameTo(newPath) }
    }

    package func updateParentDir(_ directory: String) {
        state.withLock { $0.file.updateParentDir(directory) }
    }

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

    package func closeHandler() {
        state.withLock { $0.file.closeHandler() }
    }

    // MARK: Entry format

    private static func offset(_ file: IndexFile, _ mapping: MemoryMap, _ slot: Int) -> Int64 {
        file.baseOffset &+ Int64(mapping.int32(at: slot * entrySize + 8))
    }

    private static func entry(_ file: IndexFile, _ mapping: MemoryMap, _ slot: Int) -> TimestampOffset {
        TimestampOffset(timestamp: mapping.int64(at: slot * entrySize), offset: offset(file, mapping, slot))
    }

    private static func lastEntry(of file: IndexFile) -> TimestampOffset {
        guard file.entries > 0, let mapping = file.mapping else {
            return TimestampOffset(timestamp: TimestampOffset.noTimestamp, offset: file.baseOffset)
        }
        return entry(file, mapping, file.entries - 1)
    }

    private static func truncate(_ state: inout State, toEntries count: Int) {
        state.file.truncateToEntries(count)
        state.lastEntry = lastEntry(of: state.file)
    }
}
