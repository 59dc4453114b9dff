#if canImport(Glibc)
import Glibc
#endif

/// An open file descriptor and the path it was opened at: the only place in the engine that makes
/// file system calls (`open`, `pread`, `pwrite`, `ftruncate`, `fsync`, `mmap`, `rename`, …), so
/// the rest of Storage deals in `StorageError`s rather than `errno`.
///
/// A value type with no ownership tracking: whoever opens a `StorageFile` closes it exactly once.
/// Reads and writes are positional (`pread`/`pwrite`), so one descriptor may serve concurrent
/// readers. Every call retries on `EINTR`.
package struct StorageFile: Sendable {
    package let descriptor: Int32
    package let path: String

    /// How `open` treats the file.
    package enum Access: Sendable {
        case readOnly
        case readWrite
    }

    /// Permission bits for new files before the umask, as Java's `FileOutputStream` and
    /// `RandomAccessFile` create them.
    private static let newFileMode: mode_t = 0o666

    /// Opens `path`. With `create`, a missing file is created; with `exclusive` as well, an
    /// existing file is an `EEXIST` error (Java's `createNewFile`). `truncate` empties the file.
    package static func open(
        _ path: String, access: Access = .readWrite, create: Bool = false, exclusive: Bool = false,
        truncate: Bool = false
    ) throws(StorageError) -> StorageFile {
        var flags: Int32 = O_CLOEXEC | (access == .readOnly ? O_RDONLY : O_RDWR)
        if create { flags |= O_CREAT }
        if create && exclusive { flags |= O_EXCL }
        if truncate { flags |= O_TRUNC }
        let fd = try retrying("open", path) { Glibc.open(path, flags, newFileMode) }
        return StorageFile(descriptor: fd, path: path)
    }

    package func close() throws(StorageError) {
        // No retry: after EINTR the descriptor is already released on Linux.
        if Glibc.close(descriptor) != 0 { throw .io(operation: "close", path: path, errno: Glibc.errno) }
    }

    /// The file's current length in bytes.
    package func size() throws(StorageError) -> Int64 {
        var info = stat()
        _ = try retrying("fstat", path) { fstat(descriptor, &info) }
        return Int64(info.st_size)
    }

    /// Reads up to `buffer.count` bytes at `offset`; fewer only at end of file. Returns the count read.
    package func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(StorageError) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var done = 0
        while done < buffer.count {
            let n = try retrying("pread", path) {
                pread(descriptor, base + done, buffer.count - done, off_t(offset) + off_t(done))
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Reads up to `count` bytes at `offset` (fewer only at end of file).
    package func read(count: Int, at offset: Int64) throws(StorageError) -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        // withUnsafeMutableBytes rethrows untyped errors, so the result travels in a Result.
        let n = try bytes.withUnsafeMutableBytes { buffer in
            Result { () throws(StorageError) in try read(into: buffer, at: offset) }
        }.get()
        bytes.removeLast(count - n)
        return bytes
    }

    /// Writes all of `bytes` at `offset`.
    package func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws(StorageError) {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            done += try retrying("pwrite", path) {
                pwrite(descriptor, base + done, bytes.count - done, off_t(offset) + off_t(done))
            }
        }
    }

    package func write(_ bytes: [UInt8], at offset: Int64) throws(StorageError) {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(StorageError) in try write(buffer, at: offset) }
        }.get()
    }

    /// Sets the file's length: cuts it, or extends it with zeros (sparse, as Java's `setLength`).
    package func truncate(to length: Int64) throws(StorageError) {
        _ = try retrying("ftruncate", path) { ftruncate(descriptor, off_t(length)) }
    }

    /// Flushes the file's data and metadata to the device.
    package func sync() throws(StorageError) {
        _ = try retrying("fsync", path) { fsync(descriptor) }
    }

    /// Flushes every written file and directory of the file system holding this descriptor to the
    /// device (`syncfs`): one call in place of an fsync per file when thousands of files were
    /// written together (closing every log at shutdown, the leader epochs of every partition at
    /// start). Falls back to `sync` where `syncfs` is missing.
    package func syncFileSystem() throws(StorageError) {
        guard let syncfs = Self.syncfs else {
            Glibc.sync()
            return
        }
        _ = try retrying("syncfs", path) { syncfs(descriptor) }
    }

    /// glibc's `syncfs`, which the Glibc module does not declare (it is a GNU extension).
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(nil, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Maps the first `length` bytes of the file, shared with the page cache. `length` must be positive.
    package func map(length: Int, writable: Bool) throws(StorageError) -> MemoryMap {
        let protection = writable ? PROT_READ | PROT_WRITE : PROT_READ
        guard let base = mmap(nil, length, protection, MAP_SHARED, descriptor, 0), base != MAP_FAILED else {
            throw .io(operation: "mmap", path: path, errno: Glibc.errno)
        }
        return MemoryMap(base: base, length: length, path: path)
    }

    // MARK: Paths

    /// Whether anything exists at `path` (following symlinks).
    package static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// The length of the file at `path`.
    package static func size(of path: String) throws(StorageError) -> Int64 {
        var info = stat()
        _ = try retrying("stat", path) { stat(path, &info) }
        return Int64(info.st_size)
    }

    /// `rename(2)`: atomic within one file system, replacing `destination` if it exists.
    package static func rename(_ source: String, to destination: String) throws(StorageError) {
        if Glibc.rename(source, destination) != 0 {
            throw .io(operation: "rename to \(destination)", path: source, errno: Glibc.errno)
        }
    }

    /// Removes the file at `path`; false if there was none (Java's `Files.deleteIfExists`).
    @discardableResult
    package static func deleteIfExists(_ path: String) throws(StorageError) -> Bool {
        if unlink(path) == 0 { return true }
        let code = Glibc.errno
        if code == ENOENT { return false }
        throw .io(operation: "unlink", path: path, errno: code)
    }

    /// `syncFileSystem` for the file system holding `path`.
    package static func syncFileSystem(_ path: String) throws(StorageError) {
        let file = try open(path, access: .readOnly)
        defer { try? file.close() }
        try file.syncFileSystem()
    }

    /// Fsyncs a directory so that renames and creations inside it survive a crash.
    package static func syncDirectory(_ path: String) throws(StorageError) {
        let directory = try open(path, access: .readOnly)
        defer { try? directory.close() }
        try directory.sync()
    }

    /// The whole file at `path`.
    package static func readAll(_ path: String) throws(StorageError) -> [UInt8] {
        let file = try open(path, access: .readOnly)
        defer { try? file.close() }
        let length = try file.size()
        guard length > 0 else { return [] }
        return try file.read(count: Int(length), at: 0)
    }

    /// Replaces the file at `path` with `contents` so that a crash leaves either the old or the new
    /// file, never a mix: write `<path>.tmp`, fsync it, rename it over `path`, fsync the directory
    /// (Kafka's `CheckpointFile.write` with `Utils.atomicMoveWithFallback`). With `sync` false the
    /// two fsyncs are skipped; the rename is still atomic but may not survive a power loss.
    package static func writeAtomically(_ path: String, contents: [UInt8], sync: Bool = true) throws(StorageError) {
        let temporary = path + ".tmp"
        let file = try open(temporary, create: true, truncate: true)
        do {
            try file.write(contents, at: 0)
            if sync { try file.sync() }
        } catch {
            try? file.close()
            throw error
        }
        try file.close()
        try rename(temporary, to: path)
        if sync { try syncDirectory(parentDirectory(of: path)) }
    }

    /// The directory part of `path` ("." for a bare name).
    package static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    package static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `directory/name`.
    package static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Runs a system call until it does not fail with `EINTR`; a -1 result becomes `StorageError.io`.
    private static func retrying<T: BinaryInteger>(
        _ operation: String, _ path: String, _ call: () -> T
    ) throws(StorageError) -> T {
        while true {
            let result = call()
            if result != -1 { return result }
            let code = Glibc.errno
            if code != EINTR { throw .io(operation: operation, path: path, errno: code) }
        }
    }

    private func retrying<T: BinaryInteger>(
        _ operation: String, _ path: String, _ call: () -> T
    ) throws(StorageError) -> T {
        try Self.retrying(operation, path, call)
    }
}

/// A shared memory mapping of the start of a file (`mmap` with `MAP_SHARED`): writes go to the page
/// cache and reach the file without a `write` call. The mapping stays valid after the descriptor it
/// came from is closed, until `unmap`. Its owner must not touch `base` after unmapping.
package struct MemoryMap {
    package let base: UnsafeMutableRawPointer
    package let length: Int
    package let path: String

    /// Writes the mapped pages back to the file and waits (`msync(MS_SYNC)`).
    package func sync() throws(StorageError) {
        if msync(base, length, MS_SYNC) != 0 { throw .io(operation: "msync", path: path, errno: Glibc.errno) }
    }

    package func unmap() throws(StorageError) {
        if munmap(base, length) != 0 { throw .io(operation: "munmap", path: path, errno: Glibc.errno) }
    }

    /// Big-endian integers at byte offsets; the caller keeps `offset + size` within `length`.
    package func int32(at offset: Int) -> Int32 {
        Int32(bitPattern: UInt32(bigEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }

    package func int64(at offset: Int) -> Int64 {
        Int64(bitPattern: UInt64(bigEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
    }

    package func setInt32(_ value: Int32, at offset: Int) {
        base.storeBytes(of: UInt32(bitPattern: value).bigEndian, toByteOffset: offset, as: UInt32.self)
    }

    package func setInt64(_ value: Int64, at offset: Int) {
        base.storeBytes(of: UInt64(bitPattern: value).bigEndian, toByteOffset: offset, as: UInt64.self)
    }
}
