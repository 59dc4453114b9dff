import NIOCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a response's parts to a channel in order and owns the file descriptors they carry: each is
/// closed only after every write of the response has completed or failed (closing one earlier makes
/// NIO drop its file region silently), by the write's completion itself, so a caller need not wait
/// for the socket to take the bytes.
enum ResponseWriter {
    /// A part that cannot be written: a file range with a negative offset or count, or one that ends
    /// past the end of its file.
    struct InvalidPart: Error, CustomStringConvertible {
        var description: String
    }

    /// A response being written: done once every write of it has completed or failed, and its
    /// descriptors are closed.
    final class Pending: Sendable {
        /// Completes with the response's last write.
        let future: EventLoopFuture<Void>
        /// 0 while writing, 1 once written, 2 once failed; set on the channel's event loop.
        private let state = Atomic<Int>(0)

        fileprivate init(_ future: EventLoopFuture<Void>) {
            self.future = future
        }

        fileprivate func complete(succeeded: Bool) {
            state.store(succeeded ? 1 : 2, ordering: .releasing)
        }

        /// Whether the writes have all completed or failed.
        var isDone: Bool { state.load(ordering: .acquiring) != 0 }

        /// Waits for the writes; throws when one failed. A response already written returns at
        /// once, without the hop to the event loop that `EventLoopFuture.get()` always takes — the
        /// usual case by the time the connection's next request has been read and handled.
        func wait() async throws {
            if state.load(ordering: .acquiring) == 1 { return }
            try await future.get()
        }
    }

    /// Starts writing `parts` in order on `channel` and returns at once. The descriptors carried by
    /// file parts are closed, and then `whenDone` is called, when the last write has completed or
    /// failed (closing a descriptor earlier makes NIO drop its region silently). An invalid part
    /// fails the response before anything is written.
    static func start(
        _ parts: [ResponsePart], to channel: any Channel, whenDone: (@Sendable () -> Void)? = nil
    ) -> Pending {
        // Take ownership of every descriptor first, so that each is closed whatever happens next.
        var handles: [NIOFileHandle] = []
        var invalid: String?
        var writes: [IOData] = []
        writes.reserveCapacity(parts.count)
        for part in parts {
            switch part {
            case .bytes(let buffer):
                writes.append(.byteBuffer(buffer))
            case .file(let descriptor, let offset, let count):
                let handle = NIOFileHandle(_deprecatedTakingOwnershipOfDescriptor: descriptor)
                handles.append(handle)
                if let problem = Self.check(descriptor: descriptor, offset: offset, count: count) {
                    invalid = problem
                } else if count > 0 {
                    writes.append(
                        .fileRegion(
                            FileRegion(fileHandle: handle, readerIndex: Int(offset), endIndex: Int(offset) + count)))
                }
            }
        }
        let eventLoop = channel.eventLoop
        let promise = eventLoop.makePromise(of: Void.self)
        let pending = Pending(promise.futureResult)
        let finished = { @Sendable [handles] (result: Result<Void, any Error>) in
            for handle in handles { try? handle.close() }
            if case .success = result { pending.complete(succeeded: true) } else { pending.complete(succeeded: false) }
            whenDone?()
        }
        if let invalid {
            let failure = InvalidPart(description: invalid)
            finished(.failure(failure))
            promise.fail(failure)
            return pending
        }
        guard !writes.isEmpty else {
            finished(.success(()))
            promise.succeed()
            return pending
        }
        let parts = writes
        eventLoop.execute {
            // Registered here, on the event loop, so that completing calls it without a hop.
            promise.futureResult.whenComplete(finished)
            // Only the last write's promise is needed: a channel completes its writes in order, and
            // a failed write closes the channel, which fails every write queued after it.
            for data in parts.dropLast() { channel.write(data, promise: nil) }
            channel.writeAndFlush(parts[parts.count - 1], promise: promise)
        }
        return pending
    }

    /// Why a file range cannot be sent, or nil. A range past the end of the file (a segment truncated
    /// after the response was built) must not reach sendfile: NIO would retry the empty read for ever.
    /// Kafka refuses it too ("has been truncated during write").
    private static func check(descriptor: CInt, offset: Int64, count: Int) -> String? {
        guard offset >= 0, count >= 0, offset <= Int64(Int.max - count) else {
            return "invalid file region: offset \(offset), count \(count)"
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            return "file region on descriptor \(descriptor): fstat failed with errno \(errno)"
        }
        let end = offset + Int64(count)
        guard end <= Int64(status.st_size) else {
            return "file region \(offset)..<\(end) ends past the end of its file (\(status.st_size) bytes)"
        }
        return nil
    }
}
