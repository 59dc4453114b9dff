import CCompression
import NIOCore

/// LZ4 in the frame format (magic 0x184D2204) through liblz4's lz4frame, which is what every
/// Kafka client writes for magic 2 batches.
///
/// Compression matches Kafka's `Lz4BlockOutputStream`: 64 KiB blocks, independent blocks, no
/// block or content checksum, no content size. At the default level (9) Kafka uses lz4-java's fast
/// compressor; any other level selects the high-compression compressor at that level (liblz4
/// caps it at 12, lz4-java at 17; both produce ordinary frames).
///
/// Decompression accepts any valid frame (block sizes up to 4 MiB, linked or independent blocks,
/// checksums, which are verified, content size, skippable frames) and several frames in a row,
/// as the `lz4` tool writes them.
enum LZ4Codec {
    private static let decompressionContexts = ContextPool<NativeContext>(
        make: {
            var context: OpaquePointer?
            guard LZ4F_isError(LZ4F_createDecompressionContext(&context, UInt32(LZ4F_VERSION))) == 0 else { return nil }
            return context.map(NativeContext.init)
        },
        destroy: { LZ4F_freeDecompressionContext($0.pointer) }
    )

    static func compress(_ input: ByteBuffer, level: Int, into output: inout ByteBuffer) throws(CompressionError) {
        var preferences = LZ4F_preferences_t()
        preferences.frameInfo.blockSizeID = LZ4F_max64KB
        preferences.frameInfo.blockMode = LZ4F_blockIndependent
        preferences.frameInfo.contentChecksumFlag = LZ4F_noContentChecksum
        preferences.frameInfo.blockChecksumFlag = LZ4F_noBlockChecksum
        preferences.frameInfo.contentSize = 0
        preferences.compressionLevel = level == 9 ? 0 : Int32(level)

        try input.withUnsafeReadableBytes { (source: UnsafeRawBufferPointer) throws(CompressionError) in
            let bound = LZ4F_compressFrameBound(source.count, &preferences)
            try output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) {
                (target: UnsafeMutableRawBufferPointer) throws(CompressionError) -> Int in
                let written = LZ4F_compressFrame(target.baseAddress, target.count, source.baseAddress, source.count, &preferences)
                if LZ4F_isError(written) != 0 {
                    throw .failed(.lz4, String(cString: LZ4F_getErrorName(written)))
                }
                return written
            }
        }
    }

    static func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        let output = try decompressionContexts.withContext { (context: NativeContext) throws(CompressionError) in
            LZ4F_resetDecompressionContext(context.pointer)
            return try decompress(input, maxOutputBytes: maxOutputBytes, context: context.pointer)
        }
        guard let output else { throw .failed(.lz4, "cannot create a decompression context") }
        return output
    }

    private static func decompress(
        _ input: ByteBuffer, maxOutputBytes: Int, context: OpaquePointer
    ) throws(CompressionError) -> ByteBuffer {
        var output = BoundedOutput(.lz4, limit: maxOutputBytes, expectedSize: input.readableBytes &* 3)
        try input.withUnsafeReadableBytes { (source: UnsafeRawBufferPointer) throws(CompressionError) in
            var offset = 0
            while true {
                var hint = 0
                var consumed = 0
                var produced = 0
                try output.fill { (space: UnsafeMutableRawBufferPointer) throws(CompressionError) -> Int in
                    var spaceSize = space.count
                    var sourceSize = source.count - offset
                    hint = LZ4F_decompress(
                        context, space.baseAddress, &spaceSize, source.baseAddress.map { $0 + offset }, &sourceSize, nil
                    )
                    if LZ4F_isError(hint) != 0 {
                        throw .corrupt(.lz4, String(cString: LZ4F_getErrorName(hint)))
                    }
                    consumed = sourceSize
                    produced = spaceSize
                    return spaceSize
                }
                offset += consumed
                // A hint of 0 means the frame is complete and flushed; more input starts another.
                if hint == 0 && offset == source.count { return }
                if consumed == 0 && produced == 0 {
                    throw .corrupt(.lz4, offset == source.count ? "truncated LZ4 frame" : "LZ4 decoder made no progress")
                }
            }
        }
        return output.buffer
    }
}
