#if canImport(Glibc)
import Glibc
#endif

extension StorageFile {
    /// The names in directory `path` (`opendir`/`readdir`), without "." and "..", in no particular
    /// order (Java's `Files.list`).
    package static func directoryEntries(_ path: String) throws(StorageError) -> [String] {
        guard let directory = opendir(path) else {
            throw .io(operation: "opendir", path: path, errno: Glibc.errno)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            // readdir signals an error only through errno, so clear it first.
            errno = 0
            guard let entry = readdir(directory) else {
                let code = Glibc.errno
                if code != 0 { throw .io(operation: "readdir", path: path, errno: code) }
                return names
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }

    /// Whether `path` is a regular file, following symlinks (Java's `Files.isRegularFile`).
    package static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
