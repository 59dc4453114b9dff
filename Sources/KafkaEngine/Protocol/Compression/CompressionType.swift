import NIOCore

/// The compression of a record batch: the low three bits of its attributes.
package enum CompressionType: Int8, Sendable, CaseIterable, CustomStringConvertible {
    case none = 0
    case gzip = 1
    case snappy = 2
    case lz4 = 3
    case zstd = 4

    /// Kafka's names (`compression.type`): none, gzip, snappy, lz4, zstd.
    package var description: String {
        switch self {
        case .none: "none"
        case .gzip: "gzip"
        case .snappy: "snappy"
        case .lz4: "lz4"
        case .zstd: "zstd"
        }
    }

    /// The levels `compression.<codec>.level` accepts besides `defaultLevel`, as Kafka's
    /// `CompressionType` declares them; nil for codecs without levels.
    package var levelRange: ClosedRange<Int>? {
        switch self {
        case .none, .snappy: nil
        case .gzip: 1...9
        case .lz4: 1...17
        case .zstd: -131_072...22
        }
    }

    /// The level used when none is given: Kafka's defaults (gzip -1, zlib's default, which it
    /// runs as 6; lz4 9; zstd 3).
    package var defaultLevel: Int? {
        switch self {
        case .none, .snappy: nil
        case .gzip: -1
        case .lz4: 9
        case .zstd: 3
        }
    }
}

/// Why compressing or decompressing a records section failed.
package enum CompressionError: Error, Equatable, Sendable {
    /// The compressed bytes are not valid for the codec.
    case corrupt(CompressionType, String)
    /// Decompressing would produce more than the allowed number of bytes.
    case outputTooLarge(limit: Int)
    /// The codec failed for another reason.
    case failed(CompressionType, String)
}

extension CompressionType {
    /// Appends the compressed form of `input` (a batch's records section) to `output`, framed the
    /// way Kafka's Java client frames it: a gzip member, xerial-framed snappy, an LZ4 frame of
    /// independent 64 KiB blocks, a zstd frame. `level` is `compression.<codec>.level` (nil for
    /// Kafka's default); it is ignored by `none` and `snappy`.
    package func compress(_ input: ByteBuffer, level: Int? = nil, into output: inout ByteBuffer) throws(CompressionError) {
        if let level, let range = levelRange, !range.contains(level), level != defaultLevel {
            throw .failed(self, "compression level \(level) is outside \(range.lowerBound)...\(range.upperBound)")
        }
        switch self {
        case .none:
            output.writeImmutableBuffer(input)
        case .gzip:
            try GzipCodec.compress(input, level: level ?? -1, into: &output)
        case .snappy:
            try SnappyCodec.compress(input, into: &output)
        case .lz4:
            try LZ4Codec.compress(input, level: level ?? 9, into: &output)
        case .zstd:
            try ZstdCodec.compress(input, level: level ?? 3, into: &output)
        }
    }

    /// Decompresses `input`, refusing to produce more than `maxOutputBytes`. Accepts what any
    /// Kafka client writes: gzip (one or more members), raw or xerial-framed snappy, LZ4 frames
    /// (any block size, checksums, content size), zstd frames with or without a content size.
    /// Never traps on malformed input; the output buffer grows with the bytes actually produced,
    /// so a small input claiming a huge size costs nothing until it really inflates.
    package func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        switch self {
        case .none:
            guard input.readableBytes <= maxOutputBytes else { throw .outputTooLarge(limit: maxOutputBytes) }
            return input
        case .gzip:
            return try GzipCodec.decompress(input, maxOutputBytes: maxOutputBytes)
        case .snappy:
            return try SnappyCodec.decompress(input, maxOutputBytes: maxOutputBytes)
        case .lz4:
            return try LZ4Codec.decompress(input, maxOutputBytes: maxOutputBytes)
        case .zstd:
            return try ZstdCodec.decompress(input, maxOutputBytes: maxOutputBytes)
        }
    }
}
