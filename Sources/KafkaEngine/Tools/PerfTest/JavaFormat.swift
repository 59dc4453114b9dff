#if canImport(Glibc)
    import Glibc
#endif

/// The bits of `java.util.Formatter` and `java.text.SimpleDateFormat` the perf tools print with,
/// so that their lines match Kafka's character for character.
package enum JavaFormat {
    /// Java's `%.<precision>f`: the shortest decimal that reads back as `value` (`Double.toString`'s
    /// digits), rounded half-up at `precision` digits; `NaN`, `Infinity` and `-Infinity` as Java
    /// spells them. (C's `printf` rounds the exact binary value instead: `%.1f` of 0.25 is "0.2"
    /// there and "0.3" in Java.)
    package static func fixed(_ value: Double, precision: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let negative = value.sign == .minus
        // Shortest round-trip digits and decimal exponent from Swift's description ("1.5e-05").
        let text = "\(Swift.abs(value))"
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var pointAt = 0
        var seenPoint = false
        for c in mantissa.utf8 {
            if c == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            digits.append(c - UInt8(ascii: "0"))
            if !seenPoint { pointAt += 1 }
        }
        pointAt += exponent
        // Integer part digits: digits[0..<pointAt] (padded with zeros); fraction after.
        if pointAt < 0 {
            digits = [UInt8](repeating: 0, count: -pointAt) + digits
            pointAt = 0
        }
        while digits.count < pointAt + precision + 1 { digits.append(0) }
        // Round half-up at the digit after the last kept one.
        var kept = Array(digits[0..<(pointAt + precision)])
        if digits[pointAt + precision] >= 5 {
            var i = kept.count - 1
            var carry = true
            while carry && i >= 0 {
                if kept[i] == 9 {
                    kept[i] = 0
                    i -= 1
                } else {
                    kept[i] += 1
                    carry = false
                }
            }
            if carry {
                kept.insert(1, at: 0)
                pointAt += 1
            }
        }
        var integer = kept[0..<pointAt].drop { $0 == 0 }.map { Character(Unicode.Scalar($0 + 48)) }
        if integer.isEmpty { integer = ["0"] }
        var result = negative ? "-" : ""
        result += String(integer)
        if precision > 0 {
            result += "." + String(kept[pointAt...].map { Character(Unicode.Scalar($0 + 48)) })
        }
        return result
    }

    /// Java's `%f` (six decimals).
    package static func fixed(_ value: Double) -> String { fixed(value, precision: 6) }

    /// Kafka's `ToolsUtils.printMetrics` table: a blank line, a `Metric Name   Value` header, then
    /// `group:name:{tags}` padded to the longest name, ` : `, and the value (`%.3f` for a double,
    /// as is for anything else), sorted by name.
    package static func metricsTable(_ metrics: [(name: String, value: MetricValue)]) -> [String] {
        guard !metrics.isEmpty else { return [] }
        let sorted = metrics.sorted { Array($0.name.utf16).lexicographicallyPrecedes(Array($1.name.utf16)) }
        let width = sorted.map { $0.name.count }.max() ?? 0
        func pad(_ text: String) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = ["", pad("Metric Name") + "   Value"]
        for (name, value) in sorted {
            switch value {
            case .double(let d): lines.append(pad(name) + " : " + fixed(d, precision: 3))
            case .text(let t): lines.append(pad(name) + " : " + t)
            }
        }
        return lines
    }

    /// A metric's value as Kafka's table prints it.
    package enum MetricValue: Sendable, Equatable {
        case double(Double)
        case text(String)
    }
}

/// The subset of `java.text.SimpleDateFormat` the perf tools' `--date-format` needs: the letters
/// y M L d D H k K h m s S a E u Z z X and quoting ('' for a quote), other ASCII letters refused as Java
/// refuses them (`Illegal pattern character`), in the machine's local time zone.
package struct SimpleDateFormat: Sendable, Equatable {
    private enum Field: Sendable, Equatable {
        case literal(String)
        case letter(Character, Int)
    }

    private let fields: [Field]

    package init(_ pattern: String) throws(ToolError) {
        var fields: [Field] = []
        var chars = Array(pattern)
        var i = 0
        var literal = ""
        while i < chars.count {
            let c = chars[i]
            if c == "'" {
                if i + 1 < chars.count && chars[i + 1] == "'" {
                    literal.append("'")
                    i += 2
                    continue
                }
                var j = i + 1
                while j < chars.count {
                    if chars[j] == "'" {
                        if j + 1 < chars.count && chars[j + 1] == "'" {
                            literal.append("'")
                            j += 2
                            continue
                        }
                        break
                    }
                    literal.append(chars[j])
                    j += 1
                }
                if j >= chars.count { throw .failure("Unterminated quote") }
                i = j + 1
                continue
            }
            if c.isASCII && c.isLetter {
                guard "GyYMLwWDdFEuaHkKhmsSzZX".contains(c) else { throw .failure("Illegal pattern character '\(c)'") }
                // Era, week-in-year/month and day-of-week-in-month are not rendered here.
                guard !"GwWF".contains(c) else { throw .failure("Unsupported pattern character '\(c)'") }
                if !literal.isEmpty {
                    fields.append(.literal(literal))
                    literal = ""
                }
                var n = 1
                while i + n < chars.count && chars[i + n] == c { n += 1 }
                fields.append(.letter(c, n))
                i += n
                continue
            }
            literal.append(c)
            i += 1
        }
        if !literal.isEmpty { fields.append(.literal(literal)) }
        chars.removeAll()
        self.fields = fields
    }

    /// `format(new Date(milliseconds))`, in local time (or UTC, for tests).
    package func format(milliseconds: Int64, utc: Bool = false) -> String {
        var seconds = time_t(milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000)
        let millis = Int(milliseconds - Int64(seconds) * 1000)
        var tm = Glibc.tm()
        if utc { gmtime_r(&seconds, &tm) } else { localtime_r(&seconds, &tm) }
        var out = ""
        for field in fields {
            switch field {
            case .literal(let text): out += text
            case .letter(let letter, let n): out += Self.render(letter, n, tm, millis)
            }
        }
        return out
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    private static let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    private static func number(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func render(_ letter: Character, _ n: Int, _ tm: Glibc.tm, _ millis: Int) -> String {
        switch letter {
        case "y", "Y":
            let year = Int(tm.tm_year) + 1900
            return n == 2 ? number(year % 100, 2) : number(year, n)
        case "M", "L":
            let month = Int(tm.tm_mon)
            if n >= 4 { return months[month] }
            if n == 3 { return String(months[month].prefix(3)) }
            return number(month + 1, n)
        case "d": return number(Int(tm.tm_mday), n)
        case "D": return number(Int(tm.tm_yday) + 1, n)
        case "H": return number(Int(tm.tm_hour), n)
        case "k": return number(tm.tm_hour == 0 ? 24 : Int(tm.tm_hour), n)
        case "K": return number(Int(tm.tm_hour) % 12, n)
        case "h": return number(Int(tm.tm_hour) % 12 == 0 ? 12 : Int(tm.tm_hour) % 12, n)
        case "m": return number(Int(tm.tm_min), n)
        case "s": return number(Int(tm.tm_sec), n)
        case "S": return number(millis, n)
        case "a": return tm.tm_hour < 12 ? "AM" : "PM"
        case "E": return n >= 4 ? days[Int(tm.tm_wday)] : String(days[Int(tm.tm_wday)].prefix(3))
        case "u": return String(tm.tm_wday == 0 ? 7 : Int(tm.tm_wday))
        case "Z", "X", "z":
            let offset = Int(tm.tm_gmtoff) / 60
            let sign = offset < 0 ? "-" : "+"
            let hours = number(Swift.abs(offset) / 60, 2)
            let minutes = number(Swift.abs(offset) % 60, 2)
            if letter == "X" && offset == 0 { return "Z" }
            if letter == "X" && n == 1 { return sign + hours }
            if letter == "X" && n >= 3 { return sign + hours + ":" + minutes }
            if letter == "z" {
                if let zone = tm.tm_zone { return String(cString: zone) }
                return "GMT" + sign + hours + ":" + minutes
            }
            return sign + hours + minutes
        default:
            return number(0, n)
        }
    }
}
