import Synchronization

/// A few reusable native codec contexts (zstd and LZ4 decompression contexts, zlib streams).
/// Creating one costs tens of microseconds and hundreds of KiB of allocation, as much as
/// decompressing a whole 16 KiB batch, so they are kept and handed out again; each user resets
/// the context before use. Holds at most `capacity` idle contexts; extra ones are freed when
/// returned.
final class ContextPool<Context: Sendable>: Sendable {
    private let idle: Mutex<[Context]>
    private let make: @Sendable () -> Context?
    private let destroy: @Sendable (Context) -> Void
    private let capacity: Int

    init(capacity: Int = 4, make: @escaping @Sendable () -> Context?, destroy: @escaping @Sendable (Context) -> Void) {
        self.idle = Mutex([])
        self.make = make
        self.destroy = destroy
        self.capacity = capacity
    }

    /// Runs `body` with a context, or returns nil when none can be created. A context whose use
    /// ended in an error is freed, not kept: some libraries' reset functions do not clear every
    /// field a frame abandoned halfway leaves behind (liblz4 1.9's remaining-frame-size, for one).
    func withContext<T, E: Error>(_ body: (Context) throws(E) -> T) throws(E) -> T? {
        guard let context = idle.withLock({ $0.popLast() }) ?? make() else { return nil }
        let result: T
        do {
            result = try body(context)
        } catch {
            destroy(context)
            throw error
        }
        let kept = idle.withLock { contexts in
            guard contexts.count < capacity else { return false }
            contexts.append(context)
            return true
        }
        if !kept { destroy(context) }
        return result
    }
}

/// A native codec context. The pool hands each one to a single user at a time, which is what the
/// C libraries require; that is why sharing the pointer between threads is sound.
struct NativeContext: @unchecked Sendable {
    let pointer: OpaquePointer
}
