/// The type of a configuration, as Kafka's `ConfigDef.Type` names it. Decides how a string from
/// a `.properties` file or a request is parsed, and what DescribeConfigs reports.
package enum ConfigType: String, Sendable, CaseIterable {
    case boolean = "BOOLEAN"
    case string = "STRING"
    case int = "INT"
    case short = "SHORT"
    case long = "LONG"
    case double = "DOUBLE"
    case list = "LIST"
    case `class` = "CLASS"
    case password = "PASSWORD"

    /// The `config_type` DescribeConfigs v3+ reports (`DescribeConfigsResponse.ConfigType`).
    package var describeConfigsType: Int8 {
        switch self {
        case .boolean: 1
        case .string: 2
        case .int: 3
        case .short: 4
        case .long: 5
        case .double: 6
        case .list: 7
        case .class: 8
        case .password: 9
        }
    }

    /// Passwords are never shown: DescribeConfigs returns null for them.
    package var isSensitive: Bool { self == .password }
}

/// How much a configuration matters (`ConfigDef.Importance`).
package enum ConfigImportance: String, Sendable {
    case high = "HIGH"
    case medium = "MEDIUM"
    case low = "LOW"
}

/// Whether a broker configuration can change without a restart, and at which scope
/// (the "Update Mode" column of Kafka's broker configuration docs).
package enum ConfigUpdateMode: String, Sendable {
    case readOnly = "read-only"
    case perBroker = "per-broker"
    case clusterWide = "cluster-wide"
}

/// A parsed configuration value, typed as its definition says.
package enum ConfigValue: Sendable, Equatable, CustomStringConvertible {
    case boolean(Bool)
    case string(String)
    case int(Int32)
    case short(Int16)
    case long(Int64)
    case double(Double)
    case list([String])
    case `class`(String)
    case password(String)

    /// The value as Kafka writes it back (`ConfigDef.convertToString`): lists joined with `,`,
    /// doubles as Java prints them, passwords hidden.
    package var description: String {
        switch self {
        case .boolean(let v): v ? "true" : "false"
        case .string(let v): v
        case .int(let v): String(v)
        case .short(let v): String(v)
        case .long(let v): String(v)
        case .double(let v): JavaNumber.doubleString(v)
        case .list(let v): v.joined(separator: ",")
        case .class(let v): v
        case .password: "[hidden]"
        }
    }

    /// The value as a Java `Object.toString()` shows it inside a `ConfigException` message:
    /// like `description`, except that a list prints as `[a, b]`.
    var javaToString: String {
        if case .list(let v) = self { return "[" + v.joined(separator: ", ") + "]" }
        return description
    }

    /// The number as Java's `Number.doubleValue()`, for range checks.
    var doubleValue: Double? {
        switch self {
        case .int(let v): Double(v)
        case .short(let v): Double(v)
        case .long(let v): Double(v)
        case .double(let v): v
        default: nil
        }
    }

    package var boolValue: Bool? {
        if case .boolean(let v) = self { return v }
        return nil
    }

    /// Any integer type, widened.
    package var integerValue: Int64? {
        switch self {
        case .int(let v): Int64(v)
        case .short(let v): Int64(v)
        case .long(let v): v
        default: nil
        }
    }

    package var stringValue: String? {
        switch self {
        case .string(let v), .class(let v), .password(let v): v
        default: nil
        }
    }

    package var listValue: [String]? {
        if case .list(let v) = self { return v }
        return nil
    }
}

/// Java's rules for turning strings into numbers and numbers into strings, so that parse errors
/// and printed values match Kafka's.
enum JavaNumber {
    /// `Integer.parseInt` / `Short.parseShort` / `Long.parseLong`: an optional `+` or `-`, then one
    /// or more decimal digits (any Unicode decimal digit, as `Character.digit` allows), in range.
    static func parseInteger(_ text: String, min: Int64, max: Int64) -> Int64? {
        var scalars = Substring(text).unicodeScalars[...]
        guard let first = scalars.first else { return nil }
        var negative = false
        if first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
            guard !scalars.isEmpty else { return nil }
        }
        // Accumulate negatively, as Java does, so that the minimum value parses.
        var result: Int64 = 0
        for scalar in scalars {
            guard let digit = decimalDigit(scalar) else { return nil }
            let (shifted, o1) = result.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.subtractingReportingOverflow(Int64(digit))
            if o1 || o2 { return nil }
            result = next
        }
        if negative {
            return result >= min ? result : nil
        }
        guard result != Int64.min else { return nil }
        let positive = -result
        return positive <= max ? positive : nil
    }

    private static func decimalDigit(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.isASCII {
            let v = scalar.value
            return (0x30...0x39).contains(v) ? Int(v - 0x30) : nil
        }
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
            value >= 0, value <= 9
        else { return nil }
        return Int(value)
    }

    /// `Double.parseDouble`: surrounding whitespace (anything up to U+0020) ignored, an optional
    /// sign, `NaN`, `Infinity`, a decimal with optional exponent, or a hexadecimal float with a
    /// binary exponent, optionally followed by one of `fFdD`.
    static func parseDouble(_ text: String) -> Double? {
        let trimmed = javaTrim(text)
        var chars = Array(trimmed.utf8)
        guard !chars.isEmpty else { return nil }
        var index = 0
        var sign = ""
        if chars[0] == UInt8(ascii: "+") || chars[0] == UInt8(ascii: "-") {
            sign = chars[0] == UInt8(ascii: "-") ? "-" : ""
            index = 1
        }
        let body = String(decoding: chars[index...], as: UTF8.self)
        if body == "NaN" { return .nan }
        if body == "Infinity" { return sign == "-" ? -.infinity : .infinity }
        if let last = chars.last, "fFdD".utf8.contains(last), chars.count > index + 1 {
            chars.removeLast()
        }
        let number = Array(chars[index...])
        guard isJavaFloatingLiteral(number) else { return nil }
        return Double(sign + String(decoding: number, as: UTF8.self))
    }

    private static func isJavaFloatingLiteral(_ c: [UInt8]) -> Bool {
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66) }
        var i = 0
        if c.count > 2, c[0] == UInt8(ascii: "0"), c[1] | 0x20 == UInt8(ascii: "x") {
            i = 2
            var digits = 0
            while i < c.count, isHex(c[i]) {
                i += 1
                digits += 1
            }
            if i < c.count, c[i] == UInt8(ascii: ".") {
                i += 1
                while i < c.count, isHex(c[i]) {
                    i += 1
                    digits += 1
                }
            }
            guard digits > 0, i < c.count, c[i] | 0x20 == UInt8(ascii: "p") else { return false }
            i += 1
        } else {
            var digits = 0
            while i < c.count, isDigit(c[i]) {
                i += 1
                digits += 1
            }
            if i < c.count, c[i] == UInt8(ascii: ".") {
                i += 1
                while i < c.count, isDigit(c[i]) {
                    i += 1
                    digits += 1
                }
            }
            guard digits > 0 else { return false }
            guard i < c.count else { return true }
            guard c[i] | 0x20 == UInt8(ascii: "e") else { return false }
            i += 1
        }
        if i < c.count, c[i] == UInt8(ascii: "+") || c[i] == UInt8(ascii: "-") { i += 1 }
        var exponentDigits = 0
        while i < c.count, isDigit(c[i]) {
            i += 1
            exponentDigits += 1
        }
        return exponentDigits > 0 && i == c.count
    }

    /// `Double.toString`: plain decimal for 10^-3 ≤ |d| < 10^7, otherwise `d.dddE±n`; always at
    /// least one digit after the point; shortest digits that round-trip.
    static func doubleString(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        let sign = d < 0 ? "-" : ""
        // Swift's description gives the shortest round-tripping digits; re-lay them out.
        let (digits, exponent) = decimalDigits(of: abs(d))
        let magnitude = abs(d)
        if magnitude >= 1e-3 && magnitude < 1e7 {
            // value = 0.digits × 10^exponent
            if exponent <= 0 {
                return sign + "0." + String(repeating: "0", count: -exponent) + digits
            }
            if exponent >= digits.count {
                return sign + digits + String(repeating: "0", count: exponent - digits.count) + ".0"
            }
            let split = digits.index(digits.startIndex, offsetBy: exponent)
            return sign + digits[..<split] + "." + digits[split...]
        }
        let first = digits.prefix(1)
        let rest = digits.dropFirst()
        return sign + first + "." + (rest.isEmpty ? "0" : rest) + "E" + String(exponent - 1)
    }

    /// The significant digits of a positive finite double and the exponent `e` such that the
    /// value is `0.digits × 10^e`.
    private static func decimalDigits(of d: Double) -> (String, Int) {
        let text = d.description  // e.g. "1234.5", "1e-05", "1.2345e+20"
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var integerPart = mantissa
        var fraction: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fraction = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(integerPart) + String(fraction)
        var pointPosition = integerPart.count + exponent
        // Strip leading zeros (moving the point) and trailing zeros.
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (digits, pointPosition)
    }
}

/// Java's `String.trim()`: drops leading and trailing characters up to U+0020.
func javaTrim(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { $0.value > 0x20 }),
        let end = scalars.lastIndex(where: { $0.value > 0x20 })
    else { return "" }
    return String(scalars[start...end])
}
