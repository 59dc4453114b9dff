import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// An offset or time index that is opened (memory-mapped) on first use (Kafka's `LazyIndex`), so
/// loading a log with thousands of segments maps only the indexes a read touches. Until then
/// renaming, deleting and closing act on the file alone. Thread-safe.
package final class LazyIndex<Index: MappedIndex>: Sendable {
    private enum State {
        case unopened(path: String)
        case opened(Index)
    }

    private let state: Mutex<State>
    package let baseOffset: Int64
    package let maxIndexSize: Int

    package init(path: String, baseOffset: Int64, maxIndexSize: Int) {
        self.state = Mutex(.unopened(path: path))
        self.baseOffset = baseOffset
        self.maxIndexSize = maxIndexSize
    }

    /// The index, opening (and creating, if missing) its file on the first call.
    package func get() throws(StorageError) -> Index {
        try state.withLock { (state) throws(StorageError) -> Index in
            switch state {
            case .opened(let index):
                return index
            case .unopened(let path):
                let index = try Index(path: path, baseOffset: baseOffset, maxIndexSize: maxIndexSize, writable: true)
                state = .opened(index)
                return index
            }
        }
    }

    package var isOpened: Bool {
        state.withLock { if case .opened = $0 { true } else { false } }
    }

    package var path: String {
        state.withLock { state in
            switch state {
            case .unopened(let path): path
            case .opened(let index): index.path
            }
        }
    }

    /// Renames the file. An unopened index whose file does not exist just takes the new path, as
    /// in Kafka (a segment may have lost an index that recovery will rebuild).
    package func renameTo(_ newPath: String) throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            switch state {
            case .opened(let index):
                try index.renameTo(newPath)
            case .unopened(let path):
                do throws(StorageError) {
                    try StorageFile.rename(path, to: newPath)
                } catch where error.errno == ENOENT && !StorageFile.exists(path) {
                    // Nothing to move.
                }
                state = .unopened(path: newPath)
            }
        }
    }

    package func updateParentDir(_ directory: String) {
        state.withLock { state in
            switch state {
            case .opened(let index):
                index.updateParentDir(directory)
            case .unopened(let path):
                state = .unopened(path: StorageFile.join(directory, StorageFile.fileName(of: path)))
            }
        }
    }

    @discardableResult
    package func deleteIfExists() throws(StorageError) -> Bool {
        try state.withLock { (state) throws(StorageError) -> Bool in
            switch state {
            case .opened(let index): return try index.deleteIfExists()
            case .unopened(let path): return try StorageFile.deleteIfExists(path)
            }
        }
    }

    /// Closes the index if it was opened (trimming its file); an unopened file is left as it is.
    package func close() throws(StorageError) {
        try state.withLock { (state) throws(StorageError) in
            if case .opened(let index) = state { try index.close() }
        }
    }

    /// Unmaps the index if it was opened, without trimming.
    package func closeHandler() {
        state.withLock { state in
            if case .opened(let index) = state { index.closeHandler() }
        }
    }
}
