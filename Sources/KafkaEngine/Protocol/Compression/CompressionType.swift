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
}

package enum CompressionError: Error, Equatable, Sendable {
    /// The compressed bytes are not valid for the codec.
    case corrupt(CompressionType, String)
    /// Decompressing would produce more than the allowed number of bytes.
    case outputTooLarge(limit: Int)
    /// The codec failed for another reason.
    case failed(CompressionType, String)
}

extension CompressionType {
    /// Appends the compressed form of `input` (a batch's records section) to `output`.
    package func compress(_ input: ByteBuffer, level: Int? = nil, into output: inout ByteBuffer) throws(CompressionError) {
        throw .failed(self, "not implemented yet")
    }

    /// Decompresses `input`, refusing to produce more than `maxOutputBytes`.
    package func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        throw .failed(self, "not implemented yet")
    }
}
