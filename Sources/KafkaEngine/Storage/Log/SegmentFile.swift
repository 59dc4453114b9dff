import NIOCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A segment's `.log` file (Kafka's `FileRecords`): one descriptor, the bytes of whole batches
/// written so far (`size`), and the path, which changes when the segment is renamed for deletion.
///
/// The descriptor is reference counted by the object itself: the segment holds one reference and
/// every `FileSlice` handed to a reader holds another, and the descriptor is closed only when the
/// last of them goes (`deinit`). So a slice stays readable while a fetch sends it, even after the
/// segment was truncated away, renamed to `.deleted` or unlinked: the open file outlives its name.
///
/// Appends are positional writes at `size` followed by a release store of the new size; readers
/// load the size (acquire) before reading, so they never see bytes of a batch still being
/// written. One writer at a time (the log's append lock); any number of readers.
package final class SegmentFile: Sendable, CustomStringConvertible {
    package let descriptor: Int32
    private let currentPath: Mutex<String>
    /// Bytes of whole batches: where the next append goes.
    private let end: Atomic<Int>
    /// Set by `close`: no more writes, reads still work.
    private let closed: Atomic<Bool>

    private init(descriptor: Int32, path: String, size: Int) {
        self.descriptor = descriptor
        self.currentPath = Mutex(path)
        self.end = Atomic(size)
        self.closed = Atomic(false)
    }

    deinit {
        _ = Glibc.close(descriptor)
    }

    /// Opens (creating if needed) the file at `path`. An existing file's bytes all count as
    /// written; recovery trims what is not whole batches. A new file is extended to
    /// `initFileSize` when `preallocate` is set, and then counts as empty (Kafka's
    /// `FileRecords.open`).
    package static func open(
        path: String, fileAlreadyExists: Bool, initFileSize: Int = 0, preallocate: Bool = false
    ) throws(StorageError) -> SegmentFile {
        let file = try StorageFile.open(path, create: true)
        do throws(StorageError) {
            var size = Int(try file.size())
            if !fileAlreadyExists && preallocate && initFileSize > 0 {
                try file.truncate(to: Int64(initFileSize))
                size = 0
            }
            guard size <= Int(Int32.max) else {
                throw StorageError.illegalState("Segment file \(path) is \(size) bytes, more than a segment may hold")
            }
            return SegmentFile(descriptor: file.descriptor, path: path, size: size)
        } catch {
            try? file.close()
            throw error
        }
    }

    package var path: String { currentPath.withLock { $0 } }

    /// Bytes of whole batches in the file (Kafka's `sizeInBytes`).
    package var size: Int { end.load(ordering: .acquiring) }

    private var storageFile: StorageFile { StorageFile(descriptor: descriptor, path: path) }

    // MARK: Writing (the owning segment's writer only)

    /// Writes `bytes` (their readable bytes, which must be whole batches) at the end of the file
    /// with one system call, into the page cache. With `header`, those bytes are written in place
    /// of the first `header.count` bytes of `bytes` (a batch header with assigned offsets), so the
    /// caller's buffer is neither changed nor copied. Returns the position written at.
    /// - Throws: `illegalState` once closed; `illegalArgument` when the segment would pass 2 GiB
    ///   (positions are int32 in the index); the write's error. After a failed write the size is
    ///   unchanged, so the next append overwrites whatever part did reach the file.
    @discardableResult
    package func append(_ bytes: ByteBuffer, header: [UInt8]? = nil) throws(StorageError) -> Int {
        guard !closed.load(ordering: .relaxed) else {
            throw .illegalState("Attempt to append to closed segment \(path)")
        }
        let position = end.load(ordering: .relaxed)
        let count = bytes.readableBytes
        guard count <= Int(Int32.max) - position else {
            throw .illegalArgument(
                "Append of size \(count) bytes is too large for segment with current file position at \(position)")
        }
        let file = storageFile
        let outcome = bytes.withUnsafeReadableBytes { raw -> Result<Void, StorageError> in
            guard let header, !header.isEmpty else {
                return Result { () throws(StorageError) in try file.write(raw, at: Int64(position)) }
            }
            let headerCount = min(header.count, raw.count)
            return header.withUnsafeBytes { patched in
                Result { () throws(StorageError) in
                    try file.write(
                        gathering: [
                            UnsafeRawBufferPointer(rebasing: patched[0..<headerCount]),
                            UnsafeRawBufferPointer(rebasing: raw[headerCount...]),
                        ], at: Int64(position))
                }
            }
        }
        try outcome.get()
        end.store(position + count, ordering: .releasing)
        return position
    }

    /// Cuts the file to `targetSize` bytes (Kafka's `truncateTo`); returns the bytes removed. A file
    /// longer than its size (preallocated) is cut too.
    /// - Throws: `illegalArgument` when `targetSize` is negative or above `size`.
    @discardableResult
    package func truncate(to targetSize: Int) throws(StorageError) -> Int {
        let originalSize = size
        guard targetSize >= 0, targetSize <= originalSize else {
            throw .illegalArgument(
                "Attempt to truncate log segment \(path) to \(targetSize) bytes failed, size of this log segment is"
                    + " \(originalSize) bytes.")
        }
        let file = storageFile
        if Int64(targetSize) < (try file.size()) {
            try file.truncate(to: Int64(targetSize))
        }
        end.store(targetSize, ordering: .releasing)
        return originalSize - targetSize
    }

    /// Cuts a preallocated tail off the file (Kafka's `trim`).
    package func trim() throws(StorageError) {
        try truncate(to: size)
    }

    /// fsync.
    package func flush() throws(StorageError) {
        try storageFile.sync()
    }

    /// Refuses further writes. The descriptor stays open for outstanding slices until the last
    /// reference goes.
    package func close() {
        closed.store(true, ordering: .relaxed)
    }

    package var isClosed: Bool { closed.load(ordering: .relaxed) }

    // MARK: Reading (any thread)

    /// Reads up to `buffer.count` bytes at `position`; fewer only at the end of the file.
    package func read(into buffer: UnsafeMutableRawBufferPointer, at position: Int) throws(StorageError) -> Int {
        try storageFile.read(into: buffer, at: Int64(position))
    }

    /// Exactly `count` bytes at `position` in a new buffer.
    /// - Throws: `illegalState` when the file holds fewer bytes there (it was truncated).
    package func readBytes(at position: Int, count: Int, allocator: ByteBufferAllocator = ByteBufferAllocator())
        throws(StorageError) -> ByteBuffer
    {
        var buffer = allocator.buffer(capacity: count)
        guard count > 0 else { return buffer }
        let file = storageFile
        // The closure cannot throw a typed error, so the outcome travels in a Result.
        var outcome: Result<Int, StorageError> = .success(0)
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: count) { raw in
            outcome = Result { () throws(StorageError) -> Int in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<count]), at: Int64(position))
            }
            return (try? outcome.get()) ?? 0
        }
        let read = try outcome.get()
        guard read == count else {
            throw .illegalState(
                "Size of FileRecords \(path) has been truncated during read: expected \(count) bytes at position"
                    + " \(position), read \(read)")
        }
        return buffer
    }

    /// The bytes `[position, position + length)` as a slice holding this file open.
    package func slice(position: Int, length: Int) -> FileSlice {
        FileSlice(file: self, position: position, length: length)
    }

    // MARK: Naming

    package func renameTo(_ newPath: String) throws(StorageError) {
        try currentPath.withLock { (path) throws(StorageError) in
            try StorageFile.rename(path, to: newPath)
            path = newPath
        }
    }

    package func updateParentDir(_ directory: String) {
        currentPath.withLock { $0 = StorageFile.join(directory, StorageFile.fileName(of: $0)) }
    }

    /// Unlinks the file; the descriptor (and the data, for slices still held) stays until the last
    /// reference goes. False if there was no file at the path.
    @discardableResult
    package func deleteIfExists() throws(StorageError) -> Bool {
        try StorageFile.deleteIfExists(path)
    }

    package var exists: Bool { StorageFile.exists(path) }

    /// Milliseconds since the epoch.
    package func lastModified() throws(StorageError) -> Int64 {
        try storageFile.modificationTime()
    }

    package func setLastModified(_ milliseconds: Int64) throws(StorageError) {
        try StorageFile.setModificationTime(path, milliseconds: milliseconds)
    }

    package var description: String { "FileRecords(file=\(path), start=0, end=\(size))" }
}

/// Bytes of a segment file — a fetch's records — without copying them (Kafka's `FileRecords`
/// slice): the file, a position and a length. Holding a slice holds the file open, so the bytes
/// stay readable until the slice is released, whatever happens to the segment meanwhile.
///
/// The network layer sends `descriptor` + `fileRange` with sendfile (or takes its own descriptor
/// with `duplicateDescriptor()` for a handle that closes itself); TLS, tests and tools call
/// `readBytes()`.
package struct FileSlice: Sendable, Equatable, CustomStringConvertible {
    package let file: SegmentFile
    package let position: Int
    package let length: Int

    package init(file: SegmentFile, position: Int, length: Int) {
        self.file = file
        self.position = position
        self.length = length
    }

    /// Valid for as long as this slice (or any copy of it) is held.
    package var descriptor: Int32 { file.descriptor }

    /// The byte range of the file to send.
    package var fileRange: Range<Int64> { Int64(position)..<Int64(position + length) }

    package var sizeInBytes: Int { length }

    /// The slice's bytes, read with `pread`.
    /// - Throws: `illegalState` when the file no longer holds them all (it was truncated since).
    package func readBytes(allocator: ByteBufferAllocator = ByteBufferAllocator()) throws(StorageError) -> ByteBuffer {
        try file.readBytes(at: position, count: length, allocator: allocator)
    }

    /// A sub-range, relative to this slice's start; clamped to it.
    package func slice(from offset: Int, length: Int) -> FileSlice {
        let start = min(max(0, offset), self.length)
        return FileSlice(file: file, position: position + start, length: min(max(0, length), self.length - start))
    }

    /// A descriptor of the caller's own for the same open file (for a file handle that closes what
    /// it wraps, such as NIO's `NIOFileHandle`).
    package func duplicateDescriptor() throws(StorageError) -> Int32 {
        try StorageFile(descriptor: file.descriptor, path: file.path).duplicate().descriptor
    }

    package static func == (lhs: FileSlice, rhs: FileSlice) -> Bool {
        lhs.file === rhs.file && lhs.position == rhs.position && lhs.length == rhs.length
    }

    package var description: String {
        "FileRecords(file=\(file.path), start=\(position), end=\(position + length))"
    }
}
