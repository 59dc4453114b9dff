import Foundation

/// What the planner needs to know about the partitions being reset, fetched by the runner:
/// committed offsets of the group, log start and end offsets, and (for `--to-datetime` /
/// `--by-duration`) the first offset at the timestamp, `nil` where no record is that recent.
/// A partition missing from a map is one whose offset could not be found.
package struct ResetOffsetsInputs: Sendable, Equatable {
    package var committed: [TopicPartition: Int64]
    package var logStart: [TopicPartition: Int64]
    package var logEnd: [TopicPartition: Int64]
    package var timestampOffsets: [TopicPartition: Int64?]

    package init(
        committed: [TopicPartition: Int64] = [:], logStart: [TopicPartition: Int64] = [:],
        logEnd: [TopicPartition: Int64] = [:], timestampOffsets: [TopicPartition: Int64?] = [:]
    ) {
        self.committed = committed
        self.logStart = logStart
        self.logEnd = logEnd
        self.timestampOffsets = timestampOffsets
    }
}

/// A group's planned reset: the new offset of each partition, the WARN log messages Kafka's
/// `checkOffsetsRange` logs when it clamps, and the notes Kafka prints on stdout (an empty
/// partition falling back to the latest offset, a missing plan in `--from-file`).
package struct ResetOffsetsPlan: Sendable, Equatable {
    package var offsets: [TopicPartition: Int64] = [:]
    package var warnings: [String] = []
    package var notes: [String] = []

    package init(offsets: [TopicPartition: Int64] = [:], warnings: [String] = [], notes: [String] = []) {
        self.offsets = offsets
        self.warnings = warnings
        self.notes = notes
    }
}

/// Kafka's `ConsumerGroupCommand.prepareOffsetsToReset` for one group, without I/O: each scenario
/// computes the requested offset exactly as Kafka's `ResetOffsetsService` does, and the scenarios
/// Kafka range-checks (`--to-offset`, `--shift-by`, `--from-file`) are clamped into
/// [log start, log end] with Kafka's WARN messages.
package enum ResetOffsetsPlanner {
    /// Plans `scenario` for `partitions` (for `--from-file`, `filePlan` is the group's part of the
    /// file, or nil when the file has none). Throws Kafka's messages: usage errors where Kafka prints
    /// its usage, failures otherwise.
    package static func plan(
        _ scenario: ResetScenario, group: String, partitions: [TopicPartition], inputs: ResetOffsetsInputs,
        filePlan: [TopicPartition: Int64]? = nil
    ) throws(ToolError) -> ResetOffsetsPlan {
        let sorted = Array(Set(partitions)).sorted()
        var plan = ResetOffsetsPlan()
        switch scenario {
        case .toOffset(let offset):
            plan = checkOffsetsRange(Dictionary(uniqueKeysWithValues: sorted.map { ($0, offset) }), inputs: inputs)
        case .toEarliest:
            for tp in sorted {
                guard let start = inputs.logStart[tp] else {
                    throw .usage("Error getting starting offset of topic partition: \(tp)")
                }
                plan.offsets[tp] = start
            }
        case .toLatest:
            for tp in sorted {
                guard let end = inputs.logEnd[tp] else {
                    throw .usage("Error getting ending offset of topic partition: \(tp)")
                }
                plan.offsets[tp] = end
            }
        case .shiftBy(let shift):
            var requested: [TopicPartition: Int64] = [:]
            for tp in sorted {
                guard let current = inputs.committed[tp] else {
                    throw .usage("Cannot shift offset for partition \(tp) since there is no current committed offset")
                }
                requested[tp] =
                    current.addingReportingOverflow(shift).overflow
                    ? (shift < 0 ? Int64.min : Int64.max) : current + shift
            }
            plan = checkOffsetsRange(requested, inputs: inputs)
        case .toDatetime, .byDuration:
            for tp in sorted {
                switch inputs.timestampOffsets[tp] {
                case .some(.some(let offset)):
                    plan.offsets[tp] = offset
                case .some(.none):
                    plan.notes.append(
                        "\nWarn: Partition \(tp.partition) from topic \(tp.topic) is empty. Falling back to latest known offset."
                    )
                    guard let end = inputs.logEnd[tp] else {
                        throw .usage("Error getting offset by timestamp of topic partition: \(tp)")
                    }
                    plan.offsets[tp] = end
                case .none:
                    throw .usage("Error getting offset by timestamp of topic partition: \(tp)")
                }
            }
        case .fromFile:
            guard let filePlan else {
                plan.notes.append("\nError: No reset plan for group \(group) found.")
                return plan
            }
            plan = checkOffsetsRange(filePlan, inputs: inputs)
        case .toCurrent:
            for tp in sorted {
                if let current = inputs.committed[tp] {
                    plan.offsets[tp] = current
                } else if let end = inputs.logEnd[tp] {
                    plan.offsets[tp] = end
                } else {
                    throw .failure("Error getting ending offset of topic partition: \(tp)")
                }
            }
        }
        return plan
    }

    /// Kafka's `checkOffsetsRange`: above the log end → the log end, below the log start → the log
    /// start, each with a WARN; an unknown bound does not clamp.
    static func checkOffsetsRange(_ requested: [TopicPartition: Int64], inputs: ResetOffsetsInputs) -> ResetOffsetsPlan
    {
        var plan = ResetOffsetsPlan()
        for tp in requested.keys.sorted() {
            guard let offset = requested[tp] else { continue }
            if let end = inputs.logEnd[tp], offset > end {
                plan.warnings.append(
                    "New offset (\(offset)) is higher than latest offset for topic partition \(tp). Value will be set to \(end)."
                )
                plan.offsets[tp] = end
            } else if let start = inputs.logStart[tp], offset < start {
                plan.warnings.append(
                    "New offset (\(offset)) is lower than earliest offset for topic partition \(tp). Value will be set to \(start)."
                )
                plan.offsets[tp] = start
            } else {
                plan.offsets[tp] = offset
            }
        }
        return plan
    }
}

/// The `--from-file` CSV (Kafka's `CsvUtils`): `topic,partition,offset` when exactly one group is
/// given and the first line has that shape, else `group,topic,partition,offset` on every line.
package enum ResetPlanFile {
    /// Parses `text` into group → partition → offset. `singleGroup` is the group when exactly one
    /// `--group` was given.
    package static func parse(_ text: String, singleGroup: String?) throws(ToolError) -> [String: [TopicPartition:
        Int64]]
    {
        // Java's split("\n") drops trailing empty strings.
        // "\r\n" is one Character in Swift: split on both, so a Windows file reads the same.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        let oldFormat = lines.first.map { noGroupRecord($0) != nil } ?? false
        var plan: [String: [TopicPartition: Int64]] = [:]
        if let singleGroup, oldFormat {
            for line in lines {
                guard let record = noGroupRecord(line) else { throw malformed(line) }
                plan[singleGroup, default: [:]][record.0] = record.1
            }
        } else {
            for line in lines {
                let fields = csvFields(line)
                guard fields.count == 4, let partition = Int32(fields[2]), let offset = Int64(fields[3]) else {
                    throw malformed(line)
                }
                plan[fields[0], default: [:]][TopicPartition(fields[1], partition)] = offset
            }
        }
        return plan
    }

    /// Writes a reset as Kafka's `--export` does: one record per line, with the group column unless
    /// `withoutGroup`.
    package static func export(_ plans: [(group: String, offsets: [TopicPartition: Int64])], withoutGroup: Bool)
        -> String
    {
        var out = ""
        for (group, offsets) in plans {
            for tp in offsets.keys.sorted() {
                guard let offset = offsets[tp] else { continue }
                let fields = (withoutGroup ? [] : [group]) + [tp.topic, String(tp.partition), String(offset)]
                out += fields.map(quoted).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    private static func noGroupRecord(_ line: String) -> (TopicPartition, Int64)? {
        let fields = csvFields(line)
        guard fields.count == 3, let partition = Int32(fields[1]), let offset = Int64(fields[2]) else { return nil }
        return (TopicPartition(fields[0], partition), offset)
    }

    private static func malformed(_ line: String) -> ToolError {
        .failure("The reset plan line '\(line)' is not a CSV record of the expected shape")
    }

    /// One CSV line's fields; a field may be double-quoted with `""` for a quote.
    static func csvFields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.append("\"")
                        chars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        fields.append(field)
        return fields
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// `--to-datetime` and `--by-duration` parsing as Kafka does it (`Utils.getDateTime`, Java's
/// `Duration.parse`).
package enum ResetDateTime {
    /// `yyyy-MM-dd'T'HH:mm:ss.SSS` followed by `Z`, `±hh:mm`, `±hhmm` or `±hh`; without a zone the
    /// time is UTC (Kafka appends `Z`). Returns epoch milliseconds.
    package static func parse(_ input: String) throws(ToolError) -> Int64 {
        let parts = input.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count >= 2 else {
            throw .failure(
                "java.text.ParseException: Error parsing timestamp. It does not contain a 'T' according to ISO8601 format: \(input)"
            )
        }
        var text = input
        let time = parts[1]
        if !(time.contains("+") || time.contains("-") || time.contains("Z")) { text += "Z" }
        guard let millis = parseISO(text) else {
            throw .failure("java.text.ParseException: Unparseable date: \"\(text)\"")
        }
        return millis
    }

    private static func parseISO(_ text: String) -> Int64? {
        var scanner = Array(text.unicodeScalars)[...]
        func number(maxDigits: Int = 10) -> Int64? {
            var digits = 0
            var value: Int64 = 0
            while let c = scanner.first, c.properties.numericType == .decimal, let d = Int64(String(c)), c.isASCII {
                guard digits < maxDigits else { return nil }
                value = value * 10 + d
                digits += 1
                scanner.removeFirst()
            }
            return digits == 0 ? nil : value
        }
        func expect(_ c: Character) -> Bool {
            guard let first = scanner.first, Character(first) == c else { return false }
            scanner.removeFirst()
            return true
        }
        guard let year = number(), expect("-"), let month = number(), expect("-"), let day = number(), expect("T"),
            let hour = number(), expect(":"), let minute = number(), expect(":"), let second = number(), expect("."),
            let millis = number()
        else { return nil }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), (0...23).contains(hour),
            (0...59).contains(minute), (0...59).contains(second), (0...999).contains(millis)
        else { return nil }
        var offsetMinutes: Int64 = 0
        if expect("Z") {
            offsetMinutes = 0
        } else if let sign = scanner.first, sign == "+" || sign == "-" {
            scanner.removeFirst()
            let start = scanner
            guard let first = number(maxDigits: 4) else { return nil }
            let digits = start.count - scanner.count
            var hours: Int64
            var minutes: Int64 = 0
            if digits == 2 {
                hours = first
                if expect(":") {
                    guard let m = number(maxDigits: 2) else { return nil }
                    minutes = m
                }
            } else if digits == 4 {
                hours = first / 100
                minutes = first % 100
            } else {
                return nil
            }
            guard hours <= 23, minutes <= 59 else { return nil }
            offsetMinutes = (hours * 60 + minutes) * (sign == "-" ? -1 : 1)
        } else {
            return nil
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60
        return seconds * 1000 + millis
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Java's `Duration.parse` (`PnDTnHnMn.nS`, case-insensitive, optional signs) in milliseconds.
    package static func parseDuration(_ input: String) throws(ToolError) -> Int64 {
        let failure = ToolError.failure("Text cannot be parsed to a Duration")
        var s = Array(input.uppercased())[...]
        var negate = false
        if let c = s.first, c == "+" || c == "-" {
            negate = c == "-"
            s.removeFirst()
        }
        guard s.popFirst() == "P" else { throw failure }
        func component() -> (value: Int64, fraction: Int64, unit: Character)? {
            var copy = s
            var sign: Int64 = 1
            if let c = copy.first, c == "+" || c == "-" {
                sign = c == "-" ? -1 : 1
                copy.removeFirst()
            }
            var digits = ""
            while let c = copy.first, c.isASCII, c.isNumber {
                digits.append(c)
                copy.removeFirst()
            }
            guard !digits.isEmpty, digits.count <= 18, let value = Int64(digits) else { return nil }
            var fraction: Int64 = 0
            if let c = copy.first, c == "." || c == "," {
                copy.removeFirst()
                var fractionDigits = ""
                while let c = copy.first, c.isASCII, c.isNumber {
                    fractionDigits.append(c)
                    copy.removeFirst()
                }
                guard fractionDigits.count <= 9, copy.first == "S" else { return nil }
                fraction = Int64((fractionDigits + "000").prefix(3)) ?? 0
            }
            guard let unit = copy.popFirst() else { return nil }
            s = copy
            return (sign * value, sign * fraction, unit)
        }
        var total: Int64 = 0
        var sawAny = false
        func add(_ value: Int64, _ factor: Int64) throws(ToolError) {
            let (product, o1) = value.multipliedReportingOverflow(by: factor)
            let (sum, o2) = total.addingReportingOverflow(product)
            if o1 || o2 { throw failure }
            total = sum
        }
        if let c = s.first, c != "T" {
            guard let day = component(), day.unit == "D", day.fraction == 0 else { throw failure }
            try add(day.value, 86_400_000)
            sawAny = true
        }
        if s.first == "T" {
            s.removeFirst()
            var units: [Character] = []
            while !s.isEmpty {
                guard let part = component(), ["H", "M", "S"].contains(part.unit),
                    units.allSatisfy({ order($0) < order(part.unit) })
                else { throw failure }
                units.append(part.unit)
                if part.unit != "S" && part.fraction != 0 { throw failure }
                switch part.unit {
                case "H": try add(part.value, 3_600_000)
                case "M": try add(part.value, 60_000)
                default:
                    try add(part.value, 1000)
                    try add(part.fraction, 1)
                }
            }
            guard !units.isEmpty else { throw failure }
            sawAny = true
        }
        guard sawAny, s.isEmpty else { throw failure }
        return negate ? -total : total
    }

    private static func order(_ unit: Character) -> Int {
        switch unit {
        case "H": 0
        case "M": 1
        default: 2
        }
    }
}
