/// Kafka's key hash: 32-bit MurmurHash2 with seed 0x9747b28c, exactly as the Java client's
/// `Utils.murmur2` computes it (little-endian 4-byte words, Java's signed `int` arithmetic, which
/// is wrapping arithmetic on the bit pattern). The default partitioner of the Java client, and
/// librdkafka's `murmur2`/`murmur2_random` partitioners, place a keyed record in
/// `toPositive(murmur2(key)) % partitionCount`.
package enum Murmur2 {
    private static let seed: UInt32 = 0x9747_b28c
    private static let m: UInt32 = 0x5bd1_e995
    private static let r: UInt32 = 24

    package static func hash<C: Collection>(_ bytes: C) -> Int32 where C.Element == UInt8 {
        if let hash = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
            return hash
        }
        return Array(bytes).withUnsafeBytes { hash($0) }
    }

    package static func hash(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        let length = bytes.count
        // Java takes the length as an int; keys are far below 2 GiB, truncation only matters for
        // inputs Java could not hold in a byte[] anyway.
        var h = seed ^ UInt32(truncatingIfNeeded: length)
        let words = length / 4
        for i in 0..<words {
            var k = bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self).littleEndian
            k = k &* m
            k ^= k >> r
            k = k &* m
            h = h &* m
            h ^= k
        }
        let tail = words * 4
        switch length & 3 {
        case 3:
            h ^= UInt32(bytes[tail + 2]) << 16
            h ^= UInt32(bytes[tail + 1]) << 8
            h ^= UInt32(bytes[tail])
            h = h &* m
        case 2:
            h ^= UInt32(bytes[tail + 1]) << 8
            h ^= UInt32(bytes[tail])
            h = h &* m
        case 1:
            h ^= UInt32(bytes[tail])
            h = h &* m
        default:
            break
        }
        h ^= h >> 13
        h = h &* m
        h ^= h >> 15
        return Int32(bitPattern: h)
    }

    /// Kafka's `Utils.toPositive`: clears the sign bit (not `abs`, which overflows on `Int32.min`).
    package static func toPositive(_ value: Int32) -> Int32 {
        value & 0x7fff_ffff
    }

    /// The partition the Java client's default partitioner (and librdkafka's murmur2 partitioners)
    /// choose for a non-null key. `partitionCount` must be positive.
    package static func partition(forKey key: some Collection<UInt8>, partitionCount: Int32) -> Int32 {
        precondition(partitionCount > 0, "a topic has at least one partition")
        return toPositive(hash(key)) % partitionCount
    }
}
