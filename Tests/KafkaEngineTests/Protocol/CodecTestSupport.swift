import Foundation
import NIOCore
import Testing

/// Fixture loading and deterministic data for the checksum, hash and compression tests.
enum CodecTestSupport {
    /// A file under `Fixtures/` (copied into the test bundle).
    static func fixture(_ path: String) throws -> [UInt8] {
        let base = try #require(Bundle.module.resourceURL)
        let url = base.appendingPathComponent("Fixtures").appendingPathComponent(path)
        return [UInt8](try Data(contentsOf: url))
    }

    /// A fixture stored as hex text (whitespace ignored).
    static func hexFixture(_ path: String) throws -> [UInt8] {
        let text = String(decoding: try fixture(path), as: UTF8.self)
        return try #require(bytes(hex: text))
    }

    static func bytes(hex text: String) -> [UInt8]? {
        let digits = Array(text.utf8.filter { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) })
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Deterministic pseudo-random bytes (splitmix64), incompressible for every codec.
    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 8)
        while bytes.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            withUnsafeBytes(of: z.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return Array(bytes.prefix(count))
    }

    /// Roughly `count` bytes of JSON log lines, the kind of values records carry.
    static func logLines(_ count: Int) -> [UInt8] {
        var text = ""
        var i = 0
        let levels = ["INFO", "WARN", "DEBUG", "ERROR"]
        while text.utf8.count < count {
            text += #"{"ts":"2024-06-11T10:00:\#(i % 60)Z","level":"\#(levels[i % 4])","service":"svc-\#(i % 7)","#
            text += #""request":\#(i &* 7919 % 100_003),"msg":"request \#(i) served in \#(i % 250) ms"}"# + "\n"
            i += 1
        }
        return Array(text.utf8.prefix(count))
    }

    static func buffer(_ bytes: [UInt8]) -> ByteBuffer {
        ByteBuffer(bytes: bytes)
    }
}
