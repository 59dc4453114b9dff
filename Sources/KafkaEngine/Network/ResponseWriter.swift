import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a response's parts to a channel in order and owns the file descriptors they carry: each is
/// closed only after every write of the response has completed or failed. Closing one earlier makes
/// NIO drop its file region silently, so nothing here returns before the writes are done.
enum ResponseWriter {
    /// A part that cannot be written: a file range with a negative offset or count, or one that ends
    /// past the end of its file.
    struct InvalidPart: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `parts` and waits until the last one is flushed to the socket (or the channel failed).
    static func write(_ parts: [ResponsePart], to channel: any Channel) async throws {
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
        defer {
            for handle in handles { try? handle.close() }
        }
        if let invalid { throw InvalidPart(description: invalid) }
        guard !writes.isEmpty else { return }

        let parts = writes
        let done = channel.eventLoop.flatSubmit { () -> EventLoopFuture<Void> in
            var futures: [EventLoopFuture<Void>] = []
            futures.reserveCapacity(parts.count)
            for (i, data) in parts.enumerated() {
                let promise = channel.eventLoop.makePromise(of: Void.self)
                if i == parts.count - 1 {
                    channel.writeAndFlush(data, promise: promise)
                } else {
                    channel.write(data, promise: promise)
                }
                futures.append(promise.futureResult)
            }
            return EventLoopFuture.whenAllComplete(futures, on: channel.eventLoop).flatMapThrowing { results in
                for case .failure(let error) in results { throw error }
            }
        }
        try await done.get()
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
