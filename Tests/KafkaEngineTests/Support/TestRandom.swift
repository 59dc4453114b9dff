import NIOCore

@testable import KafkaEngine

/// A seeded random source (SplitMix64) for reproducible randomized tests: print the seed on failure.
struct TestRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { self.state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func coin() -> Bool { next() & 1 == 1 }

    /// Mostly small values and the edges, which is where encodings differ.
    mutating func integer<T: FixedWidthInteger>(_: T.Type) -> T {
        switch next() % 6 {
        case 0: return 0
        case 1: return T.max
        case 2: return T.min
        case 3: return T(truncatingIfNeeded: Int8(truncatingIfNeeded: next()))
        default: return T(truncatingIfNeeded: next())
        }
    }

    mutating func double() -> Double { Double(Int32(truncatingIfNeeded: next())) / 8 }

    mutating func count() -> Int { Int(next() % 4) }

    mutating func string() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz-._0123456789é€😀")
        let length = Int(next() % 12)
        return String((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
    }

    mutating func bytes() -> ByteBuffer {
        let length = Int(next() % 40)
        var buffer = ByteBuffer()
        for _ in 0..<length { buffer.writeInteger(UInt8(truncatingIfNeeded: next())) }
        return buffer
    }

    mutating func uuid() -> KafkaUUID { KafkaUUID(high: next(), low: next()) }

    /// Tags above any Kafka defines, in increasing order.
    mutating func unknownTaggedFields() -> [RawTaggedField] {
        var tag = UInt32(10_000 + next() % 100)
        return (0..<(1 + Int(next() % 2))).map { _ in
            defer { tag += 1 + UInt32(next() % 1000) }
            return RawTaggedField(tag: tag, data: bytes())
        }
    }
}

/// A generated message that can produce random values valid at a version.
protocol RandomizableMessage: KafkaMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self
}

extension ByteBuffer {
    /// Bytes from hex text; whitespace is ignored.
    init(hex: String) {
        self.init()
        var high: UInt8?
        for c in hex.utf8 {
            let v: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v = c - UInt8(ascii: "A") + 10
            default: continue
            }
            if let h = high {
                writeInteger(h << 4 | v)
                high = nil
            } else {
                high = v
            }
        }
    }

    var hexString: String {
        let digits = Array("0123456789abcdef")
        return String(readableBytesView.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] })
    }
}
