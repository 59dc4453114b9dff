import NIOCore

/// The output of one decompression: a buffer that grows with the bytes the codec actually
/// produces, never beyond `limit + 1` bytes in total. Handing the codec room for one byte more
/// than allowed is how an over-long stream is told apart from one that ends exactly at the limit:
/// if that byte gets written, the stream is too large and `fill` throws.
struct BoundedOutput {
    private(set) var buffer: ByteBuffer
    /// The most bytes the caller accepts.
    let limit: Int
    let codec: CompressionType

    /// A ByteBuffer holds at most UInt32.max bytes; larger limits mean "as much as fits".
    private static let largestLimit = Int(UInt32.max) - 1
    private static let minimumGrowth = 64 * 1024

    /// `expectedSize` sizes the first allocation (clamped to the limit); it may be a guess.
    init(_ codec: CompressionType, limit: Int, expectedSize: Int) {
        self.codec = codec
        self.limit = max(0, min(limit, Self.largestLimit))
        let initial = min(max(expectedSize, 64), self.limit + 1)
        self.buffer = ByteBufferAllocator().buffer(capacity: initial)
    }

    var count: Int { buffer.readableBytes }

    /// Calls `body` with free space (at least one byte, and no more than keeps the total at
    /// `limit + 1`); `body` returns how many bytes it wrote there.
    mutating func fill(
        _ body: (UnsafeMutableRawBufferPointer) throws(CompressionError) -> Int
    ) throws(CompressionError) {
        let allowed = limit + 1 - count
        guard allowed > 0 else { throw .outputTooLarge(limit: limit) }
        if buffer.writableBytes == 0 {
            buffer.reserveCapacity(minimumWritableBytes: min(max(buffer.capacity, Self.minimumGrowth), allowed))
        }
        let codec = self.codec
        try buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: 0) {
            (space: UnsafeMutableRawBufferPointer) throws(CompressionError) -> Int in
            let window = UnsafeMutableRawBufferPointer(rebasing: space.prefix(allowed))
            let written = try body(window)
            guard written >= 0 && written <= window.count else {
                throw CompressionError.failed(codec, "codec reported \(written) bytes written into \(window.count)")
            }
            return written
        }
        if count > limit { throw .outputTooLarge(limit: limit) }
    }

    /// Makes room for exactly `size` more bytes (a size the stream declared and that was checked
    /// against the limit), so a single `fill` can take them.
    mutating func reserve(_ size: Int) throws(CompressionError) {
        guard size >= 0, size <= limit - count else { throw .outputTooLarge(limit: limit) }
        buffer.reserveCapacity(minimumWritableBytes: size)
    }
}
