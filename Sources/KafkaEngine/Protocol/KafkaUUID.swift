/// Kafka's `Uuid`: 128 bits, written as two big-endian int64s and shown as 22 characters of
/// URL-safe base64 without padding (`AAAAAAAAAAAAAAAAAAAAAA` is the zero id).
package struct KafkaUUID: Hashable, Sendable, CustomStringConvertible {
    package var high: UInt64
    package var low: UInt64

    package static let zero = KafkaUUID(high: 0, low: 0)
    /// Kafka's `Uuid.ONE_UUID`, reserved (used as the metadata topic id).
    package static let one = KafkaUUID(high: 0, low: 1)

    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// A random id that is neither zero, one, nor starts with '-' in its text form (Kafka's
    /// `Uuid.randomUuid` rejects those too).
    package static func random<G: RandomNumberGenerator>(using generator: inout G) -> KafkaUUID {
        while true {
            // Version 4, variant 2, like java.util.UUID.randomUUID.
            let high = (generator.next() as UInt64) & ~0xF000 | 0x4000
            let low = (generator.next() as UInt64) & ~(0xC << 60) | (0x8 << 60)
            let id = KafkaUUID(high: high, low: low)
            if id != .zero && id != .one && !id.description.hasPrefix("-") { return id }
        }
    }

    package static func random() -> KafkaUUID {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    private var bytes: [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * $0)) }
    }

    package var description: String {
        let bytes = self.bytes
        var out: [UInt8] = []
        out.reserveCapacity(22)
        var i = 0
        while i < 16 {
            let b0 = UInt32(bytes[i])
            let b1 = i + 1 < 16 ? UInt32(bytes[i + 1]) : 0
            let b2 = i + 2 < 16 ? UInt32(bytes[i + 2]) : 0
            let chunk = b0 << 16 | b1 << 8 | b2
            let chars = i + 2 < 16 ? 4 : (i + 1 < 16 ? 3 : 2)
            for j in 0..<chars {
                out.append(Self.alphabet[Int((chunk >> (18 - 6 * UInt32(j))) & 0x3F)])
            }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses the 22-character form; nil for anything else.
    package init?(_ text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 22 else { return nil }
        var bits: [UInt8] = []
        bits.reserveCapacity(16)
        var accumulator: UInt32 = 0
        var count = 0
        for c in utf8 {
            guard let v = Self.alphabet.firstIndex(of: c) else { return nil }
            accumulator = accumulator << 6 | UInt32(v)
            count += 6
            if count >= 8 {
                count -= 8
                bits.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(count)))
            }
        }
        // 22 chars carry 132 bits: the last 4 must be zero for a canonical encoding.
        guard bits.count == 16, accumulator & 0xF == 0 else { return nil }
        self.high = bits[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        self.low = bits[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
    }
}
