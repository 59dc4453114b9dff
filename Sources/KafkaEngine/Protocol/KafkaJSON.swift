import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// A record schema that can be written as Kafka's JSON (its generated `JsonConverter.write`):
/// the form kafka-dump-log's decoders print. The conformances are generated (`Generated/JSON/`).
package protocol KafkaJSONConvertible {
    /// Writes the message as one JSON object with the fields `version` has.
    func writeJSON(to json: inout KafkaJSONWriter, version: Int16)
}

extension KafkaJSONConvertible {
    /// The message as compact JSON, as Jackson's `JsonNode.toString()` prints it.
    package func jsonString(version: Int16) -> String {
        var json = KafkaJSONWriter()
        self.writeJSON(to: &json, version: version)
        return json.text
    }
}

/// Builds compact JSON byte for byte as Kafka's tools print it through Jackson's `JsonNode.toString()`:
/// no whitespace, strings escaped as Jackson escapes them (`\"`, `\\`, `\b \t \n \f \r`, other
/// control characters as `\u00XX` with upper-case hex, everything else raw UTF-8), binary as
/// standard base64 with padding, doubles as Java's `Double.toString`.
///
/// The writer does not check that calls nest properly; the generated converters and the tools
/// pair every `begin` with its `end` and put a `key` before every value inside an object.
package struct KafkaJSONWriter: Sendable {
    package private(set) var bytes: [UInt8] = []
    /// Whether the next value or key in the current container follows another one.
    private var needsComma = false
    /// Set by `key(_:)`: the value that follows belongs to it and takes no comma.
    private var afterKey = false

    package init() {}

    /// The JSON written so far.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Structure

    package mutating func beginObject() {
        self.valueStart()
        self.bytes.append(UInt8(ascii: "{"))
        self.needsComma = false
    }

    package mutating func endObject() {
        self.bytes.append(UInt8(ascii: "}"))
        self.needsComma = true
    }

    package mutating func beginArray() {
        self.valueStart()
        self.bytes.append(UInt8(ascii: "["))
        self.needsComma = false
    }

    package mutating func endArray() {
        self.bytes.append(UInt8(ascii: "]"))
        self.needsComma = true
    }

    /// An object member's name; the next call writes its value.
    package mutating func key(_ name: String) {
        if self.needsComma { self.bytes.append(UInt8(ascii: ",")) }
        Self.appendQuoted(name, to: &self.bytes)
        self.bytes.append(UInt8(ascii: ":"))
        self.afterKey = true
        self.needsComma = false
    }

    // MARK: Values

    package mutating func null() {
        self.valueStart()
        self.bytes.append(contentsOf: "null".utf8)
        self.needsComma = true
    }

    package mutating func bool(_ value: Bool) {
        self.valueStart()
        self.bytes.append(contentsOf: (value ? "true" : "false").utf8)
        self.needsComma = true
    }

    package mutating func integer<T: BinaryInteger>(_ value: T) {
        self.valueStart()
        self.bytes.append(contentsOf: String(value).utf8)
        self.needsComma = true
    }

    /// Java's `Double.toString`; NaN and the infinities quoted, as Jackson writes them by default.
    package mutating func double(_ value: Double) {
        self.valueStart()
        let text = JavaDouble.toString(value)
        if value.isFinite {
            self.bytes.append(contentsOf: text.utf8)
        } else {
            Self.appendQuoted(text, to: &self.bytes)
        }
        self.needsComma = true
    }

    package mutating func string(_ value: String) {
        self.valueStart()
        Self.appendQuoted(value, to: &self.bytes)
        self.needsComma = true
    }

    /// Bytes as Jackson writes a `BinaryNode`: a base64 string (standard alphabet, padded).
    package mutating func base64(_ value: ByteBuffer) {
        self.valueStart()
        self.bytes.append(UInt8(ascii: "\""))
        value.withUnsafeReadableBytes { Base64Encoding.encode($0, into: &self.bytes) }
        self.bytes.append(UInt8(ascii: "\""))
        self.needsComma = true
    }

    /// A value that is already JSON (a nested converter's output), copied as is.
    package mutating func raw(_ json: String) {
        self.valueStart()
        self.bytes.append(contentsOf: json.utf8)
        self.needsComma = true
    }

    private mutating func valueStart() {
        if self.afterKey {
            self.afterKey = false
        } else if self.needsComma {
            self.bytes.append(UInt8(ascii: ","))
        }
    }

    // MARK: Escaping

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Appends `value` as a JSON string with Jackson's escapes.
    package static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x00..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Standard base64 with padding (RFC 4648 §4), as Java's encoders and Jackson write it.
package enum Base64Encoding {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    package static func encode(_ input: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        var i = 0
        let count = input.count
        out.reserveCapacity(out.count + (count + 2) / 3 * 4)
        while i + 3 <= count {
            let chunk = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
            out.append(alphabet[Int(chunk >> 18 & 0x3F)])
            out.append(alphabet[Int(chunk >> 12 & 0x3F)])
            out.append(alphabet[Int(chunk >> 6 & 0x3F)])
            out.append(alphabet[Int(chunk & 0x3F)])
            i += 3
        }
        let left = count - i
        if left > 0 {
            let b0 = UInt32(input[i])
            let b1 = left == 2 ? UInt32(input[i + 1]) : 0
            let chunk = b0 << 16 | b1 << 8
            out.append(alphabet[Int(chunk >> 18 & 0x3F)])
            out.append(alphabet[Int(chunk >> 12 & 0x3F)])
            out.append(left == 2 ? alphabet[Int(chunk >> 6 & 0x3F)] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
    }

    package static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        bytes.withUnsafeBytes { encode($0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value correctly rounded to two significant digits (`%.1e`), as digits and the point
    /// position (value = 0.<digits> x 10^point).
    private static func twoDigits(_ value: Double) -> (digits: [UInt8], point: Int)? {
        var buffer = [CChar](repeating: 0, count: 32)
        let written = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.1e", $0) }
        guard written > 0, written < buffer.count else { return nil }
        let text = String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // d.de[+-]xx
        let parts = text.split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return nil }
        let digits = parts[0].utf8.filter { $0 != UInt8(ascii: ".") }
        guard digits.count == 2 else { return nil }
        return (Array(digits), exponent + 1)
    }
}

/// Java's `Double.toString`: the shortest digits that identify the value, written as
/// `123.45` when 10^-3 <= |d| < 10^7 and as `1.2345E-5` otherwise, always with a digit after the
/// point; `NaN`, `Infinity`, `-Infinity`, `0.0`, `-0.0`.
package enum JavaDouble {
    package static func toString(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description also prints the shortest round-tripping digits; take them apart.
        var text = Substring(value.magnitude.description)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        var digits: [UInt8] = []
        var pointPosition: Int?
        for c in text.utf8 {
            if c == UInt8(ascii: ".") {
                pointPosition = digits.count
            } else {
                digits.append(c)
            }
        }
        // value = 0.<digits> x 10^point
        var point = (pointPosition ?? digits.count) + exponent
        while let first = digits.first, first == UInt8(ascii: "0"), digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        while let last = digits.last, last == UInt8(ascii: "0"), digits.count > 1 {
            digits.removeLast()
        }
        if digits.count == 1, let two = twoDigits(value.magnitude) {
            // Java picks, among the two-digit decimals, the one closest to the value when a single
            // digit would do: Double.MIN_VALUE prints as 4.9E-324, where the shortest is 5e-324.
            digits = two.digits
            point = two.point
            while let last = digits.last, last == UInt8(ascii: "0"), digits.count > 1 {
                digits.removeLast()
            }
        }
        var out: [UInt8] = value.sign == .minus ? [UInt8(ascii: "-")] : []
        let scientificExponent = point - 1
        if scientificExponent >= -3 && scientificExponent < 7 {
            if point <= 0 {
                out.append(contentsOf: "0.".utf8)
                out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -point))
                out.append(contentsOf: digits)
            } else if digits.count <= point {
                out.append(contentsOf: digits)
                out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: point - digits.count))
                out.append(contentsOf: ".0".utf8)
            } else {
                out.append(contentsOf: digits[..<point])
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: digits[point...])
            }
        } else {
            out.append(digits[0])
            out.append(UInt8(ascii: "."))
            if digits.count > 1 {
                out.append(contentsOf: digits[1...])
            } else {
                out.append(UInt8(ascii: "0"))
            }
            out.append(UInt8(ascii: "E"))
            out.append(contentsOf: String(scientificExponent).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value correctly rounded to two significant digits (`%.1e`), as digits and the point
    /// position (value = 0.<digits> x 10^point).
    private static func twoDigits(_ value: Double) -> (digits: [UInt8], point: Int)? {
        var buffer = [CChar](repeating: 0, count: 32)
        let written = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.1e", $0) }
        guard written > 0, written < buffer.count else { return nil }
        let text = String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // d.de[+-]xx
        let parts = text.split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return nil }
        let digits = parts[0].utf8.filter { $0 != UInt8(ascii: ".") }
        guard digits.count == 2 else { return nil }
        return (Array(digits), exponent + 1)
    }
}
