import Foundation

/// Java's `java.util.SplittableRandom` with its seed constructor: the generator Kafka's
/// `ProducerPerformance` seeds with 0, so payloads and payload-file picks come out in Kafka's order.
package struct SplittableRandom: Sendable {
    private static let goldenGamma: UInt64 = 0x9e37_79b9_7f4a_7c15
    private var seed: UInt64
    private let gamma: UInt64

    package init(seed: Int64) {
        self.seed = UInt64(bitPattern: seed)
        self.gamma = Self.goldenGamma
    }

    private mutating func nextSeed() -> UInt64 {
        seed &+= gamma
        return seed
    }

    private static func mix32(_ value: UInt64) -> Int32 {
        var z = value
        z = (z ^ (z >> 33)) &* 0x62a9_d9ed_7997_05f5
        return Int32(truncatingIfNeeded: ((z ^ (z >> 28)) &* 0xcb24_d0a5_c88c_35b3) >> 32)
    }

    /// `nextInt()`.
    package mutating func nextInt() -> Int32 { Self.mix32(nextSeed()) }

    /// `nextInt(bound)` for `bound > 0` (Java's `RandomSupport.boundedNextInt`: a mask for powers of
    /// two, otherwise rejection of the over-represented top values).
    package mutating func nextInt(_ bound: Int32) -> Int32 {
        precondition(bound > 0)
        var r = nextInt()
        let m = bound &- 1
        if bound & m == 0 {
            return r & m
        }
        var u = Int32(bitPattern: UInt32(bitPattern: r) >> 1)
        while true {
            r = u % bound
            if u &+ m &- r >= 0 { return r }
            u = Int32(bitPattern: UInt32(bitPattern: nextInt()) >> 1)
        }
    }

    /// Fills `bytes` with uppercase letters as Kafka's `generateRandomPayload` does:
    /// `(byte) (random.nextInt(26) + 65)` per byte.
    /// `nextInt(26)` is inlined with its constant bound (a multiply instead of a division, on every
    /// byte of every record).
    package mutating func fillUppercase(_ bytes: UnsafeMutableRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var seed = self.seed
        for i in 0..<bytes.count {
            var u: UInt32
            var r: UInt32
            // Java's rejection test `u + 25 - r < 0` (int overflow): u in the last, partial block of 26.
            repeat {
                seed &+= gamma
                u = UInt32(bitPattern: Self.mix32(seed)) >> 1
                r = u % 26
            } while u - r > UInt32(Int32.max) - 25
            base.storeBytes(of: UInt8(truncatingIfNeeded: r + 65), toByteOffset: i, as: UInt8.self)
        }
        self.seed = seed
    }
}

/// Reads `--payload-file` as Kafka does: the file as UTF-8 text, split as a `java.util.Scanner`
/// with `delimiter` splits it (one delimiter match skipped before each token, so a leading
/// delimiter and the final one add nothing and two in a row make an empty payload). The delimiter
/// is a regular expression, as Java's; text that is not one, or one that matches the empty
/// string, is taken literally.
package enum PayloadFile {
    package static func read(path: String, delimiter: String) throws(ToolError) -> [[UInt8]] {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else {
            throw .failure("File does not exist or empty file provided.")
        }
        let text = String(decoding: data, as: UTF8.self)
        return split(text, delimiter: delimiter).map { Array($0.utf8) }
    }

    /// Scanner's tokens of `text` between matches of `delimiter`.
    package static func split(_ text: String, delimiter: String) -> [Substring] {
        // A pattern that matches the empty string (`|`, `a*`) would split between every character;
        // such a delimiter is taken literally.
        var regex: Regex<AnyRegexOutput>? = try? Regex(delimiter)
        if let pattern = regex, (try? pattern.wholeMatch(in: "")) != nil { regex = nil }
        func match(in slice: Substring) -> Range<String.Index>? {
            if let regex {
                guard let found = try? regex.firstMatch(in: slice) else { return nil }
                return found.range
            }
            return slice.range(of: delimiter)
        }
        var tokens: [Substring] = []
        var position = text.startIndex
        while position < text.endIndex {
            let rest = text[position...]
            // Skip one delimiter at the current position.
            if let skip = match(in: rest), skip.lowerBound == position, skip.upperBound > position {
                position = skip.upperBound
                if position == text.endIndex { break }
            }
            let remaining = text[position...]
            if let next = match(in: remaining), next.upperBound > next.lowerBound {
                tokens.append(text[position..<next.lowerBound])
                position = next.lowerBound
            } else {
                tokens.append(remaining)
                position = text.endIndex
            }
        }
        return tokens
    }

    /// Absolute form of `path` for Kafka's `Reading payloads from: ` line.
    package static func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
