import CCompression
import NIOCore

/// gzip (RFC 1952) through zlib, as Kafka's `GZIPOutputStream`/`GZIPInputStream` use it: one
/// member when compressing; when decompressing, every member of the input in turn (concatenated
/// members are one valid gzip stream, and Java reads them all). Bytes after the last member that
/// do not start another member make the input corrupt.
enum GzipCodec {
    /// windowBits 15 with +16: zlib writes and accepts only the gzip wrapper.
    private static let gzipWindowBits: Int32 = 15 + 16

    static func compress(_ input: ByteBuffer, level: Int, into output: inout ByteBuffer) throws(CompressionError) {
        var stream = z_stream()
        let rc = deflateInit2_(
            &stream, Int32(level), Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size)
        )
        guard rc == Z_OK else { throw .failed(.gzip, "deflateInit2 failed (\(rc))") }
        defer { deflateEnd(&stream) }

        try input.withUnsafeReadableBytes { (source: UnsafeRawBufferPointer) throws(CompressionError) in
            let bound = Int(deflateBound(&stream, uLong(source.count)))
            try output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) {
                (target: UnsafeMutableRawBufferPointer) throws(CompressionError) -> Int in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(min(target.count, Int(UInt32.max)))
                // deflateBound guarantees one call with Z_FINISH completes.
                let rc = deflate(&stream, Z_FINISH)
                guard rc == Z_STREAM_END else { throw .failed(.gzip, "deflate did not finish (\(rc))") }
                return Int(stream.total_out)
            }
        }
    }

    /// Inflate streams, reused (inflateReset) rather than set up per batch. zlib keeps a pointer
    /// back to its z_stream, so each lives at a fixed heap address.
    private static let inflateStreams = ContextPool<NativeContext>(
        make: {
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            guard inflateInit2_(stream, gzipWindowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                stream.deinitialize(count: 1)
                stream.deallocate()
                return nil
            }
            return NativeContext(pointer: OpaquePointer(stream))
        },
        destroy: { context in
            let stream = UnsafeMutablePointer<z_stream>(context.pointer)
            inflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
    )

    static func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        let output = try inflateStreams.withContext { (context: NativeContext) throws(CompressionError) in
            let stream = UnsafeMutablePointer<z_stream>(context.pointer)
            guard inflateReset(stream) == Z_OK else { throw .failed(.gzip, "inflateReset failed") }
            return try decompress(input, maxOutputBytes: maxOutputBytes, stream: stream)
        }
        guard let output else { throw .failed(.gzip, "cannot set up an inflate stream") }
        return output
    }

    private static func decompress(
        _ input: ByteBuffer, maxOutputBytes: Int, stream: UnsafeMutablePointer<z_stream>
    ) throws(CompressionError) -> ByteBuffer {
        var output = BoundedOutput(.gzip, limit: maxOutputBytes, expectedSize: input.readableBytes &* 4)
        try input.withUnsafeReadableBytes { (source: UnsafeRawBufferPointer) throws(CompressionError) in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(source.count)
            var finished = false
            while !finished {
                try output.fill { (space: UnsafeMutableRawBufferPointer) throws(CompressionError) -> Int in
                    stream.pointee.next_out = space.baseAddress?.assumingMemoryBound(to: Bytef.self)
                    stream.pointee.avail_out = uInt(space.count)
                    let rc = inflate(stream, Z_NO_FLUSH)
                    let written = space.count - Int(stream.pointee.avail_out)
                    switch rc {
                    case Z_STREAM_END:
                        let rest = Int(stream.pointee.avail_in)
                        if rest == 0 {
                            finished = true
                        } else if rest >= 2, source[source.count - rest] == 0x1f, source[source.count - rest + 1] == 0x8b {
                            // Another member follows.
                            guard inflateReset(stream) == Z_OK else { throw .failed(.gzip, "inflateReset failed") }
                        } else {
                            throw .corrupt(.gzip, "\(rest) bytes after the end of the gzip stream")
                        }
                    case Z_OK:
                        // zlib consumed everything, has room left, and still expects more: truncated.
                        if stream.pointee.avail_in == 0 && stream.pointee.avail_out > 0 {
                            throw .corrupt(.gzip, "truncated gzip stream")
                        }
                    case Z_BUF_ERROR:
                        // No progress: with output space left, the input ran out mid-stream.
                        if stream.pointee.avail_out > 0 { throw .corrupt(.gzip, "truncated gzip stream") }
                    case Z_DATA_ERROR, Z_NEED_DICT, Z_STREAM_ERROR:
                        let message = stream.pointee.msg.map { String(cString: $0) } ?? "code \(rc)"
                        throw .corrupt(.gzip, message)
                    case Z_MEM_ERROR:
                        throw .failed(.gzip, "out of memory")
                    default:
                        throw .failed(.gzip, "inflate returned \(rc)")
                    }
                    return written
                }
            }
        }
        return output.buffer
    }
}
