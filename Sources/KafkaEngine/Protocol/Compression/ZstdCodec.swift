import CCompression
import NIOCore

/// Zstandard through libzstd. Compression writes one frame with `ZSTD_compress` (content size
/// included, no checksum). Decompression uses the streaming API because frames written by a
/// streaming encoder (the Java client's zstd-jni, librdkafka) may not declare their content size;
/// it also accepts several frames in a row and skippable frames.
enum ZstdCodec {
    private static let compressionContexts = ContextPool<NativeContext>(
        make: { ZSTD_createCCtx().map(NativeContext.init) },
        destroy: { ZSTD_freeCCtx($0.pointer) }
    )
    private static let decompressionContexts = ContextPool<NativeContext>(
        make: { ZSTD_createDCtx().map(NativeContext.init) },
        destroy: { ZSTD_freeDCtx($0.pointer) }
    )

    static func compress(_ input: ByteBuffer, level: Int, into output: inout ByteBuffer) throws(CompressionError) {
        let done: Void? = try compressionContexts.withContext { (context: NativeContext) throws(CompressionError) in
            try compress(input, level: level, context: context.pointer, into: &output)
        }
        guard done != nil else { throw .failed(.zstd, "cannot create a compression context") }
    }

    private static func compress(
        _ input: ByteBuffer, level: Int, context: OpaquePointer, into output: inout ByteBuffer
    ) throws(CompressionError) {
        try input.withUnsafeReadableBytes { (source: UnsafeRawBufferPointer) throws(CompressionError) in
            let bound = ZSTD_compressBound(source.count)
            try output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) {
                (target: UnsafeMutableRawBufferPointer) throws(CompressionError) -> Int in
                // One-shot compression resets the context's session itself.
                let written = ZSTD_compressCCtx(
                    context, target.baseAddress, target.count, source.baseAddress, source.count, Int32(level)
                )
                if ZSTD_isError(written) != 0 {
                    throw .failed(.zstd, String(cString: ZSTD_getErrorName(written)))
                }
                return written
            }
        }
    }

    static func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        let output = try decompressionContexts.withContext { (context: NativeContext) throws(CompressionError) in
            ZSTD_DCtx_reset(context.pointer, ZSTD_reset_session_only)
            return try decompress(input, maxOutputBytes: maxOutputBytes, context: context.pointer)
        }
        guard let output else { throw .failed(.zstd, "cannot create a decompression context") }
        return output
    }

    private static func decompress(
        _ input: ByteBuffer, maxOutputBytes: Int, context: OpaquePointer
    ) throws(CompressionError) -> ByteBuffer {
        try input.withUnsafeReadableBytes { (source: UnsafeRawBufferPointer) throws(CompressionError) -> ByteBuffer in
            // A declared size is a good first allocation, but only as far as the input could
            // plausibly expand; the buffer grows with what the frame really produces.
            let declared = ZSTD_getFrameContentSize(source.baseAddress, source.count)
            var expected = source.count &* 4
            if declared < UInt64.max - 1 {
                if maxOutputBytes < 0 || declared > UInt64(maxOutputBytes) { throw .outputTooLarge(limit: maxOutputBytes) }
                expected = min(Int(declared), source.count &* 16 &+ 65_536)
            }
            var output = BoundedOutput(.zstd, limit: maxOutputBytes, expectedSize: expected)
            var inBuffer = ZSTD_inBuffer(src: source.baseAddress, size: source.count, pos: 0)
            while true {
                var hint = 0
                let before = inBuffer.pos
                var produced = 0
                try output.fill { (space: UnsafeMutableRawBufferPointer) throws(CompressionError) -> Int in
                    var outBuffer = ZSTD_outBuffer(dst: space.baseAddress, size: space.count, pos: 0)
                    hint = ZSTD_decompressStream(context, &outBuffer, &inBuffer)
                    if ZSTD_isError(hint) != 0 {
                        throw .corrupt(.zstd, String(cString: ZSTD_getErrorName(hint)))
                    }
                    produced = outBuffer.pos
                    return outBuffer.pos
                }
                // 0: a frame is complete and flushed; more input starts another frame.
                if hint == 0 && inBuffer.pos == inBuffer.size { return output.buffer }
                if inBuffer.pos == before && produced == 0 {
                    throw .corrupt(.zstd, inBuffer.pos == inBuffer.size ? "truncated zstd frame" : "zstd decoder made no progress")
                }
            }
        }
    }
}
