import NIOCore

/// Writes a response's parts to a channel in order and owns the file descriptors they carry: each is
/// closed only after every write of the response has completed or failed. Closing one earlier makes
/// NIO drop its file region silently, so nothing here returns before the writes are done.
enum ResponseWriter {
    /// A part that cannot be written (a file range with a negative offset or count).
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
                guard offset >= 0, count >= 0, offset <= Int64(Int.max - count) else {
                    invalid = "invalid file region: offset \(offset), count \(count)"
                    continue
                }
                writes.append(
                    .fileRegion(FileRegion(fileHandle: handle, readerIndex: Int(offset), endIndex: Int(offset) + count))
                )
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
}
