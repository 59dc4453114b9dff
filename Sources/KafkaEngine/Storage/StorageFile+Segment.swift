#if canImport(Glibc)
    import Glibc
#endif

// The file system calls a log needs besides StorageFile's: directories, modification times, and a
// second descriptor for a file region that the network layer will own and close.

extension StorageFile {
    /// Creates `path` and any missing parents (Java's `Files.createDirectories`); an existing
    /// directory is fine.
    package static func createDirectories(_ path: String) throws(StorageError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += component
            if mkdir(prefix, 0o755) != 0 {
                let code = Glibc.errno
                guard code == EEXIST, isDirectory(prefix) else {
                    throw .io(operation: "mkdir", path: prefix, errno: code)
                }
            }
            prefix += "/"
        }
    }

    /// Whether `path` is a directory, following symlinks.
    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The file's last modification time in milliseconds since the epoch (Java's
    /// `File.lastModified`).
    package func modificationTime() throws(StorageError) -> Int64 {
        var info = stat()
        while fstat(descriptor, &info) != 0 {
            let code = Glibc.errno
            if code != EINTR { throw .io(operation: "fstat", path: path, errno: code) }
        }
        return Int64(info.st_mtim.tv_sec) * 1000 + Int64(info.st_mtim.tv_nsec) / 1_000_000
    }

    /// Sets the modification time of the file at `path` (Java's `Files.setLastModifiedTime`).
    package static func setModificationTime(_ path: String, milliseconds: Int64) throws(StorageError) {
        let time = timespec(tv_sec: Int(milliseconds / 1000), tv_nsec: Int(milliseconds % 1000) * 1_000_000)
        let times = [time, time]
        if utimensat(AT_FDCWD, path, times, 0) != 0 {
            throw .io(operation: "utimensat", path: path, errno: Glibc.errno)
        }
    }

    /// A new descriptor for the same open file (`dup`), which the caller owns and closes: the open
    /// file, even one already unlinked, lives until every descriptor for it is closed.
    package func duplicate() throws(StorageError) -> StorageFile {
        let copy = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard copy >= 0 else { throw .io(operation: "dup", path: path, errno: Glibc.errno) }
        return StorageFile(descriptor: copy, path: path)
    }
}

extension StorageFile {
    /// Writes `parts`, one after another, at `offset` with `pwritev`: one system call for a header
    /// and a body that live in different buffers.
    package func write(gathering parts: [UnsafeRawBufferPointer], at offset: Int64) throws(StorageError) {
        var remaining = parts.filter { !$0.isEmpty }
        var position = offset
        while !remaining.isEmpty {
            var vectors = remaining.map {
                iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.baseAddress), iov_len: $0.count)
            }
            let written = vectors.withUnsafeMutableBufferPointer {
                pwritev(descriptor, $0.baseAddress, Int32($0.count), off_t(position))
            }
            if written < 0 {
                let code = Glibc.errno
                if code == EINTR { continue }
                throw .io(operation: "pwritev", path: path, errno: code)
            }
            position += Int64(written)
            var skip = written
            while let first = remaining.first, skip >= first.count {
                skip -= first.count
                remaining.removeFirst()
            }
            if skip > 0, let first = remaining.first {
                remaining[0] = UnsafeRawBufferPointer(rebasing: first[skip...])
            }
        }
    }
}
