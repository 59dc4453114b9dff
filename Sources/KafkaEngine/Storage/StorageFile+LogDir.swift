#if canImport(Glibc)
    import Glibc
#endif

// What the log manager needs from the file system besides StorageFile's: removing a whole
// partition directory, and the lock that keeps two brokers out of one log dir.

extension StorageFile {
    /// Removes `path` and, for a directory, everything under it, without following symlinks
    /// (Kafka's `Utils.delete`). A missing path is not an error.
    package static func deleteRecursively(_ path: String) throws(StorageError) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let code = Glibc.errno
            if code == ENOENT { return }
            throw .io(operation: "lstat", path: path, errno: code)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            let names: [String]
            do {
                names = try directoryEntries(path)
            } catch  where error.isNoSuchFile {
                return
            }
            for name in names { try deleteRecursively(join(path, name)) }
            guard rmdir(path) == 0 || Glibc.errno == ENOENT else {
                throw .io(operation: "rmdir", path: path, errno: Glibc.errno)
            }
        } else {
            guard unlink(path) == 0 || Glibc.errno == ENOENT else {
                throw .io(operation: "unlink", path: path, errno: Glibc.errno)
            }
        }
    }
}

/// The `.lock` file of a log dir, held with an exclusive `flock` while a log manager uses the
/// directory (Kafka's `FileLock` on `<log dir>/.lock`), so that a second broker pointed at the same
/// directory refuses to start instead of corrupting it. Released by `release()` or when the value
/// goes away.
final class LogDirLock: Sendable {
    static let fileName = ".lock"

    let path: String
    private let file: StorageFile

    /// Takes the lock of `logDir`, or throws `logDirLocked` when another holder has it.
    init(logDir: String) throws(LogManagerError) {
        let path = StorageFile.join(logDir, Self.fileName)
        let file: StorageFile
        do {
            file = try StorageFile.open(path, create: true)
        } catch {
            throw .storage(error)
        }
        while flock(file.descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = Glibc.errno
            if code == EINTR { continue }
            try? file.close()
            if code == EWOULDBLOCK {
                throw .logDirLocked(
                    "Failed to acquire lock on file \(Self.fileName) in \(logDir). A Kafka instance in another"
                        + " process or thread is using this directory.")
            }
            throw .storage(.io(operation: "flock", path: path, errno: code))
        }
        self.path = path
        self.file = file
    }

    deinit {
        // Closing the descriptor releases the lock.
        try? file.close()
    }
}
