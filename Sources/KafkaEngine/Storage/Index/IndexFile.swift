#if canImport(Glibc)
import Glibc
#endif

/// The file and memory map behind an offset or time index, without the entry format: Kafka's
/// `AbstractIndex`. `OffsetIndex` and `TimeIndex` each keep one inside their lock; it is not
/// synchronized itself.
///
/// The file holds `entries` fixed-size entries from byte 0; a writable index is preallocated to
/// `maxIndexSize` rounded down to a multiple of the entry size, so the bytes after the entries are
/// zeros or stale entries. On open, an existing file is taken to be full of valid entries
/// (`entries = length / entrySize`, as Kafka does): a file trimmed on roll or close is exactly
/// right, and one left preallocated by a crash reads as full of trailing zero entries, which the
/// index's `sanityCheck` reports and recovery resets. The descriptor is closed once the file is
/// mapped; the mapping alone keeps the data, so an index costs no file descriptor.
struct IndexFile {
    let entrySize: Int
    let baseOffset: Int64
    let maxIndexSize: Int
    let writable: Bool
    private(set) var path: String
    /// Nil when the file is empty (nothing to map) or after `closeHandler`.
    private(set) var mapping: MemoryMap?
    /// The file's length in bytes.
    private(set) var length: Int
    private(set) var maxEntries: Int
    private(set) var entries: Int
    private(set) var isClosed = false

    /// Kafka's "warm section": lookups near the end of the index search only the last 8 KiB of
    /// entries, so they touch the same few pages every time and stay in the page cache.
    var warmEntries: Int { 8192 / entrySize }

    /// Opens `path`, creating and preallocating it to `maxIndexSize` (rounded down to whole entries)
    /// if it does not exist. A read-only index never creates or changes its file.
    init(path: String, entrySize: Int, baseOffset: Int64, maxIndexSize: Int, writable: Bool) throws(StorageError) {
        self.entrySize = entrySize
        self.baseOffset = baseOffset
        self.maxIndexSize = maxIndexSize
        self.writable = writable
        self.path = path

        var newlyCreated = false
        let file: StorageFile
        if writable {
            do {
                file = try StorageFile.open(path, create: true, exclusive: true)
                newlyCreated = true
            } catch where error.errno == EEXIST {
                file = try StorageFile.open(path)
            }
        } else {
            file = try StorageFile.open(path, access: .readOnly)
        }
        defer { try? file.close() }

        if newlyCreated {
            guard maxIndexSize >= entrySize else {
                _ = try? StorageFile.deleteIfExists(path)
                throw .illegalArgument("Invalid max index size: \(maxIndexSize)")
            }
            try file.truncate(to: Int64(Self.roundDown(maxIndexSize, to: entrySize)))
        }
        let fileLength = try file.size()
        guard fileLength <= Int64(Int32.max) else {
            throw .corruptIndex("Index file \(path) is corrupt, found \(fileLength) bytes, more than an index can hold")
        }
        length = Int(fileLength)
        mapping = length > 0 ? try file.map(length: length, writable: writable) : nil
        maxEntries = length / entrySize
        entries = newlyCreated ? 0 : maxEntries
    }

    static func roundDown(_ number: Int, to factor: Int) -> Int {
        factor * (number / factor)
    }

    /// Kafka's `isFull`: no free slot, keeping `reservedSlots` free (the time index keeps one for
    /// the entry written on roll).
    func isFull(reservedSlots: Int = 0) -> Bool {
        entries >= maxEntries - reservedSlots
    }

    /// The mapping to write the next entry into: fails when the index is closed, read-only or has
    /// no room left in its file.
    func mappingForNextEntry() throws(StorageError) -> MemoryMap {
        guard !isClosed else { throw .illegalState("Attempt to append to closed index \(path)") }
        guard writable else { throw .illegalState("Attempt to append to read-only index \(path)") }
        guard entries < maxEntries, let mapping else {
            throw .illegalArgument("Attempt to append to a full index (size = \(entries)).")
        }
        return mapping
    }

    mutating func incrementEntries() {
        entries += 1
    }

    /// Forgets the entries from slot `count` on; the bytes stay until overwritten.
    mutating func truncateToEntries(_ count: Int) {
        entries = max(0, min(count, entries))
    }

    /// Offset relative to the base offset, if it fits the 4-byte field.
    func relativeOffset(_ offset: Int64) -> Int32? {
        let (relative, overflow) = offset.subtractingReportingOverflow(baseOffset)
        guard !overflow, relative >= 0, relative <= Int64(Int32.max) else { return nil }
        return Int32(relative)
    }

    func checkedRelativeOffset(_ offset: Int64) throws(StorageError) -> Int32 {
        guard let relative = relativeOffset(offset) else {
            throw .indexOffsetOverflow("Integer overflow for offset: \(offset) (\(path))")
        }
        return relative
    }

    /// Sets the file (and mapping) length to `newSize` rounded down to whole entries: Kafka trims on
    /// roll and close, and grows an active segment's index back to `maxIndexSize` on load.
    /// Returns false when the length was already right. Never drops entries: a size below the
    /// entries in use is rejected.
    mutating func resize(_ newSize: Int) throws(StorageError) -> Bool {
        let rounded = Self.roundDown(max(0, newSize), to: entrySize)
        if length == rounded { return false }
        guard !isClosed else { throw .illegalState("Attempt to resize closed index \(path)") }
        guard writable else { throw .illegalState("Attempt to resize read-only index \(path)") }
        guard rounded >= entries * entrySize else {
            throw .illegalArgument(
                "Attempt to resize index \(path) to \(rounded) bytes, below its \(entries) entries")
        }
        let file = try StorageFile.open(path)
        defer { try? file.close() }
        try unmap()
        try file.truncate(to: Int64(rounded))
        length = rounded
        maxEntries = rounded / entrySize
        mapping = rounded > 0 ? try file.map(length: rounded, writable: true) : nil
        return true
    }

    /// Writes the mapped pages to the device.
    func flush() throws(StorageError) {
        try mapping?.sync()
    }

    /// Unmaps the file. Afterwards lookups answer as an empty index would (still a correct lower
    /// bound for a read) and appends fail.
    mutating func closeHandler() {
        try? unmap()
        isClosed = true
    }

    private mutating func unmap() throws(StorageError) {
        guard let mapping else { return }
        self.mapping = nil
        try mapping.unmap()
    }

    mutating func renameTo(_ newPath: String) throws(StorageError) {
        try StorageFile.rename(path, to: newPath)
        path = newPath
    }

    mutating func updateParentDir(_ directory: String) {
        path = StorageFile.join(directory, StorageFile.fileName(of: path))
    }

    mutating func deleteIfExists() throws(StorageError) -> Bool {
        closeHandler()
        return try StorageFile.deleteIfExists(path)
    }

    // MARK: Search

    enum SearchResult {
        case largestLowerBound
        case smallestUpperBound
    }

    /// Kafka's `indexSlotRangeFor`: the slot of the largest entry whose `key` is ≤ `target`
    /// (`largestLowerBound`), or of the smallest entry whose `key` is ≥ `target`
    /// (`smallestUpperBound`); nil when there is none. Keys must increase with the slot.
    func slot(for target: Int64, _ result: SearchResult, key: (MemoryMap, Int) -> Int64) -> Int? {
        guard let mapping, entries > 0 else { return nil }
        let count = min(entries, maxEntries)
        func compare(_ slot: Int) -> Int {
            let k = key(mapping, slot)
            return k < target ? -1 : (k > target ? 1 : 0)
        }
        let firstHotEntry = max(0, count - 1 - warmEntries)
        if compare(firstHotEntry) < 0 {
            return binarySearch(result, count: count, from: firstHotEntry, to: count - 1, compare: compare)
        }
        if compare(0) > 0 {
            return result == .largestLowerBound ? nil : 0
        }
        return binarySearch(result, count: count, from: 0, to: firstHotEntry, compare: compare)
    }

    private func binarySearch(
        _ result: SearchResult, count: Int, from begin: Int, to end: Int, compare: (Int) -> Int
    ) -> Int? {
        var lo = begin
        var hi = end
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            switch compare(mid) {
            case 1: hi = mid - 1
            case -1: lo = mid
            default: return mid
            }
        }
        switch result {
        case .largestLowerBound: return lo
        case .smallestUpperBound: return lo == count - 1 ? nil : lo + 1
        }
    }
}

/// What `LazyIndex` needs of an index it opens on first use: `OffsetIndex` and `TimeIndex`.
package protocol MappedIndex: AnyObject, Sendable {
    init(path: String, baseOffset: Int64, maxIndexSize: Int, writable: Bool) throws(StorageError)
    var path: String { get }
    func renameTo(_ newPath: String) throws(StorageError)
    func updateParentDir(_ directory: String)
    func deleteIfExists() throws(StorageError) -> Bool
    func close() throws(StorageError)
    func closeHandler()
}
