import CCompression
import NIOCore

/// Snappy through the system library, in the two shapes Kafka clients write:
/// - raw snappy (one block; librdkafka, kcat and confluent-kafka write this);
/// - the xerial framing of snappy-java's `SnappyOutputStream` (the Java client, kafka-python):
///   the 8-byte magic `82 53 4E 41 50 50 59 00`, an int32 version and an int32 compatible
///   version (both 1), then blocks of int32 big-endian length + raw snappy, each holding at most
///   32 KiB of input.
///
/// Compression writes the xerial framing with 32 KiB blocks, byte for byte what the Java client
/// sends. Decompression looks for the magic; a stream that is xerial-framed may also contain
/// another header at a block boundary (snappy-java accepts concatenated streams, so we do too).
enum SnappyCodec {
    static let xerialMagic: [UInt8] = [0x82, 0x53, 0x4E, 0x41, 0x50, 0x50, 0x59, 0x00]
    static let xerialHeaderSize = 16
    /// snappy-java's default block size, which Kafka's `SnappyFactory` uses.
    static let xerialBlockSize = 32 * 1024

    /// The most one snappy byte can expand to: a 3-byte copy tag yields at most 64 bytes. A
    /// claimed length above this bound cannot be honest and is refused before allocating.
    private static let maximumExpansion = 22

    static func compress(_ input: ByteBuffer, into output: inout ByteBuffer) throws(CompressionError) {
        output.writeBytes(xerialMagic)
        output.writeInteger(Int32(1))  // version
        output.writeInteger(Int32(1))  // compatible version
        try input.withUnsafeReadableBytes { (source: UnsafeRawBufferPointer) throws(CompressionError) in
            var offset = 0
            while offset < source.count {
                let block = UnsafeRawBufferPointer(rebasing: source[offset..<min(offset + xerialBlockSize, source.count)])
                let bound = snappy_max_compressed_length(block.count)
                try output.writeWithUnsafeMutableBytes(minimumWritableBytes: 4 + bound) {
                    (target: UnsafeMutableRawBufferPointer) throws(CompressionError) -> Int in
                    var length = target.count - 4
                    let status = snappy_compress(
                        block.baseAddress?.assumingMemoryBound(to: CChar.self), block.count,
                        target.baseAddress?.advanced(by: 4).assumingMemoryBound(to: CChar.self), &length
                    )
                    guard status == SNAPPY_OK else { throw .failed(.snappy, "snappy_compress returned \(status.rawValue)") }
                    target.storeBytes(of: UInt32(length).bigEndian, toByteOffset: 0, as: UInt32.self)
                    return 4 + length
                }
                offset += block.count
            }
        }
    }

    static func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        try input.withUnsafeReadableBytes { (source: UnsafeRawBufferPointer) throws(CompressionError) -> ByteBuffer in
            if hasXerialHeader(source, at: 0) {
                return try decompressXerial(source, maxOutputBytes: maxOutputBytes)
            }
            var output = BoundedOutput(.snappy, limit: maxOutputBytes, expectedSize: 0)
            try decompressBlock(source, into: &output)
            return output.buffer
        }
    }

    private static func hasXerialHeader(_ source: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        guard source.count - offset >= xerialHeaderSize else { return false }
        return xerialMagic.indices.allSatisfy { source[offset + $0] == xerialMagic[$0] }
    }

    private static func decompressXerial(
        _ source: UnsafeRawBufferPointer, maxOutputBytes: Int
    ) throws(CompressionError) -> ByteBuffer {
        var output = BoundedOutput(.snappy, limit: maxOutputBytes, expectedSize: source.count &* 2)
        var offset = xerialHeaderSize
        while offset < source.count {
            if hasXerialHeader(source, at: offset) {
                offset += xerialHeaderSize
                continue
            }
            guard source.count - offset >= 4 else {
                throw .corrupt(.snappy, "truncated xerial block length")
            }
            let length = Int(Int32(bigEndian: source.loadUnaligned(fromByteOffset: offset, as: Int32.self)))
            offset += 4
            guard length >= 0, length <= source.count - offset else {
                throw .corrupt(.snappy, "xerial block of \(length) bytes with \(source.count - offset) left")
            }
            try decompressBlock(UnsafeRawBufferPointer(rebasing: source[offset..<(offset + length)]), into: &output)
            offset += length
        }
        return output.buffer
    }

    /// Decompresses one raw snappy block onto the end of `output`.
    private static func decompressBlock(
        _ block: UnsafeRawBufferPointer, into output: inout BoundedOutput
    ) throws(CompressionError) {
        let compressed = block.baseAddress?.assumingMemoryBound(to: CChar.self)
        var length = 0
        guard snappy_uncompressed_length(compressed, block.count, &length) == SNAPPY_OK else {
            throw .corrupt(.snappy, "invalid snappy length header")
        }
        guard length <= block.count.multipliedReportingOverflow(by: maximumExpansion).partialValue else {
            throw .corrupt(.snappy, "snappy block of \(block.count) bytes claims \(length) bytes")
        }
        if length == 0 {
            // Still validate: a zero-length block is a single zero byte.
            guard block.count == 1 else { throw .corrupt(.snappy, "trailing bytes after an empty snappy block") }
            return
        }
        try output.reserve(length)
        let limit = output.limit
        try output.fill { (space: UnsafeMutableRawBufferPointer) throws(CompressionError) -> Int in
            guard space.count >= length else { throw .outputTooLarge(limit: limit) }
            var produced = length
            let status = snappy_uncompress(
                compressed, block.count, space.baseAddress?.assumingMemoryBound(to: CChar.self), &produced
            )
            guard status == SNAPPY_OK, produced == length else {
                throw .corrupt(.snappy, "invalid snappy data")
            }
            return produced
        }
    }
}
