/// `console-consumer --offset`: Kafka's forms, which need `--partition`, and swkafka's ranges
/// (kcat/rpk style), which work with or without it:
///
/// | text | start | stop |
/// |---|---|---|
/// | `earliest`, `latest`, `N` (Kafka) | log start / end / offset N | – |
/// | `-N` | N records before the end | – |
/// | `A:B` | A | before offset B |
/// | `A:end`, `:end` | A (`earliest` when empty) | the end offsets at start |
/// | `@T` | first record at or after time T | – |
/// | `@T1:@T2`, `@T1:T2` | time T1 | before the first record at or after T2 |
/// | `@T:end` | time T | the end offsets at start |
///
/// `A` is `earliest`, `latest`, `-N` or an offset. Times are milliseconds since the epoch or
/// ISO-8601 (`2024-10-25`, `2024-10-25T13:45:00`, with optional `.SSS` and `Z`/`±HH:MM`; UTC
/// when no zone is given).
package struct ConsumerOffsetSpec: Sendable, Equatable {
    package var start: ConsumerStartPosition
    package var stop: ConsumerStopPosition?
    /// One of Kafka's own forms (which require `--partition`).
    package var isKafkaForm: Bool

    package static func parse(_ text: String) throws(ToolError) -> ConsumerOffsetSpec {
        let invalid = ToolError.usage(
            "The provided offset value '\(text)' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long."
        )
        switch text.lowercased() {
        case "earliest": return ConsumerOffsetSpec(start: .earliest, stop: nil, isKafkaForm: true)
        case "latest": return ConsumerOffsetSpec(start: .latest, stop: nil, isKafkaForm: true)
        default: break
        }
        if let n = Int64(text) {
            if n >= 0 { return ConsumerOffsetSpec(start: .offset(n), stop: nil, isKafkaForm: true) }
            guard n != .min else { throw invalid }
            return ConsumerOffsetSpec(start: .beforeEnd(-n), stop: nil, isKafkaForm: false)
        }
        // A bare timestamp may itself contain ':' (ISO times): try it whole first.
        if text.hasPrefix("@"), let t = parseTimestamp(String(text.dropFirst())) {
            return ConsumerOffsetSpec(start: .timestamp(t), stop: nil, isKafkaForm: false)
        }
        // `start:stop`: the first ':' at which both sides read.
        var index = text.startIndex
        while let colon = text[index...].firstIndex(of: ":") {
            if let spec = range(String(text[..<colon]), String(text[text.index(after: colon)...])) { return spec }
            index = text.index(after: colon)
        }
        throw invalid
    }

    private static func range(_ startText: String, _ stopText: String) -> ConsumerOffsetSpec? {
        let start: ConsumerStartPosition
        switch startText.lowercased() {
        case "", "earliest": start = .earliest
        case "latest": start = .latest
        default:
            if startText.hasPrefix("@"), let t = parseTimestamp(String(startText.dropFirst())) {
                start = .timestamp(t)
            } else if let n = Int64(startText), n != .min {
                start = n >= 0 ? .offset(n) : .beforeEnd(-n)
            } else {
                return nil
            }
        }
        let stop: ConsumerStopPosition
        if stopText.lowercased() == "end" {
            stop = .endOffsetsAtStart
        } else if stopText.hasPrefix("@"), let t = parseTimestamp(String(stopText.dropFirst())) {
            stop = .timestamp(t)
        } else if case .timestamp = start, let t = parseTimestamp(stopText) {
            stop = .timestamp(t)
        } else if let n = Int64(stopText), n >= 0 {
            stop = .offset(n)
        } else {
            return nil
        }
        return ConsumerOffsetSpec(start: start, stop: stop, isKafkaForm: false)
    }

    /// Milliseconds since the epoch, from digits or ISO-8601.
    package static func parseTimestamp(_ text: String) -> Int64? {
        if let ms = Int64(text) { return ms }
        let s = Array(text.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= s.count else { return nil }
            var v = 0
            for k in i..<(i + digits) {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[k]) else { return nil }
                v = v * 10 + Int(s[k] - UInt8(ascii: "0"))
            }
            i += digits
            return v
        }
        func expect(_ c: Character) -> Bool {
            guard i < s.count, s[i] == c.asciiValue else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var hour = 0, minute = 0, second = 0, millis = 0, offsetMinutes = 0
        if i < s.count, s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: " ") {
            i += 1
            guard let h = number(2), expect(":"), let m = number(2), h < 24, m < 60 else { return nil }
            hour = h
            minute = m
            if expect(":") {
                guard let sec = number(2), sec < 61 else { return nil }
                second = sec
                if expect(".") {
                    var digits = 0
                    while i < s.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[i]) {
                        if digits < 3 { millis = millis * 10 + Int(s[i] - UInt8(ascii: "0")) }
                        digits += 1
                        i += 1
                    }
                    guard digits > 0 else { return nil }
                    for _ in digits..<3 where digits < 3 { millis *= 10 }
                }
            }
            if expect("Z") {
            } else if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
                let sign = s[i] == UInt8(ascii: "-") ? -1 : 1
                i += 1
                guard let oh = number(2) else { return nil }
                _ = expect(":")
                guard let om = number(2) else { return nil }
                offsetMinutes = sign * (oh * 60 + om)
            }
        }
        guard i == s.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetMinutes * 60)
        return seconds * 1000 + Int64(millis)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
