/// How `console-producer` cuts its input into records: Kafka's `LineMessageReader` properties
/// (`--property`), plus kcat's extras (record delimiter, fixed key, extra headers, empty as
/// null) and an input template (`--format`).
///
/// Separators are bytes (UTF-8 of the property's text); the null marker applies to the key, the
/// value and header values, as in Kafka.
package struct LineReaderConfig: Sendable, Equatable {
    package var parseKey = false
    package var keySeparator: [UInt8] = [0x09]
    package var parseHeaders = false
    package var headersDelimiter: [UInt8] = [0x09]
    /// `headers.separator`: Kafka compiles it as a regex; it is literal here unless it holds a
    /// regex metacharacter.
    package var headersSeparator = ","
    package var headersKeySeparator: [UInt8] = [UInt8(ascii: ":")]
    package var nullMarker: [UInt8]?
    package var ignoreError = false
    /// What ends a record: Java's lines (`\n`, `\r` or `\r\n`) or any byte string (kcat `-D`,
    /// NUL included).
    package var recordDelimiter = RecordDelimiter.lines
    /// kcat `-k`: the key of every record that has none from the input.
    package var fixedKey: [UInt8]?
    /// kcat `-H name=value`: headers added to every record, after the parsed ones.
    package var extraHeaders: [(key: String, value: [UInt8]?)] = []
    /// kcat `-Z`: an empty key or value is sent as null.
    package var emptyAsNull = false
    /// `--format`: fields of each record by template instead of the separators above.
    package var template: InputTemplate?

    package init() {}

    /// Kafka's `LineMessageReader.configure`, with its refusals (`KafkaException` texts).
    package init(properties: KeyValueArguments) throws(ToolError) {
        self.init()
        if let v = properties["parse.key"] { parseKey = javaBooleanProperty(v) }
        if let v = properties["key.separator"] { keySeparator = Array(v.utf8) }
        if let v = properties["parse.headers"] { parseHeaders = javaBooleanProperty(v) }
        if let v = properties["headers.delimiter"] { headersDelimiter = Array(v.utf8) }
        if let v = properties["headers.separator"] { headersSeparator = v }
        if HeaderSplitter(headersSeparator) == nil {
            throw .usage("\(headersSeparator) is an invalid headers.separator pattern")
        }
        if let v = properties["headers.key.separator"] { headersKeySeparator = Array(v.utf8) }
        if let v = properties["ignore.error"] { ignoreError = javaBooleanProperty(v) }
        let separator = Array(headersSeparator.utf8)
        if headersDelimiter == separator { throw .usage("headers.delimiter and headers.separator may not be equal") }
        if headersDelimiter == headersKeySeparator {
            throw .usage("headers.delimiter and headers.key.separator may not be equal")
        }
        if separator == headersKeySeparator {
            throw .usage("headers.separator and headers.key.separator may not be equal")
        }
        if let v = properties["null.marker"] { nullMarker = Array(v.utf8) }
        if let nullMarker {
            if keySeparator == nullMarker { throw .usage("null.marker and key.separator may not be equal") }
            if separator == nullMarker { throw .usage("null.marker and headers.separator may not be equal") }
            if headersDelimiter == nullMarker { throw .usage("null.marker and headers.delimiter may not be equal") }
            if headersKeySeparator == nullMarker {
                throw .usage("null.marker and headers.key.separator may not be equal")
            }
        }
    }

    package static func == (lhs: LineReaderConfig, rhs: LineReaderConfig) -> Bool {
        lhs.parseKey == rhs.parseKey && lhs.keySeparator == rhs.keySeparator && lhs.parseHeaders == rhs.parseHeaders
            && lhs.headersDelimiter == rhs.headersDelimiter && lhs.headersSeparator == rhs.headersSeparator
            && lhs.headersKeySeparator == rhs.headersKeySeparator && lhs.nullMarker == rhs.nullMarker
            && lhs.ignoreError == rhs.ignoreError && lhs.recordDelimiter == rhs.recordDelimiter
            && lhs.fixedKey == rhs.fixedKey && lhs.emptyAsNull == rhs.emptyAsNull && lhs.template == rhs.template
            && lhs.extraHeaders.elementsEqual(rhs.extraHeaders) { $0.key == $1.key && $0.value == $1.value }
    }
}

/// What ends one input record.
package enum RecordDelimiter: Sendable, Equatable {
    /// Java's `BufferedReader.readLine`: `\n`, `\r`, or `\r\n`.
    case lines
    /// Exactly these bytes (never empty).
    case bytes([UInt8])

    /// kcat's escapes in a delimiter argument: `\n \r \t \0 \\` and `\xHH`.
    package static func parse(_ text: String) throws(ToolError) -> RecordDelimiter {
        let bytes = try unescapeBytes(text)
        guard !bytes.isEmpty else { throw .usage("The record delimiter must not be empty") }
        return bytes == [0x0A] ? .lines : .bytes(bytes)
    }
}

/// kcat's backslash escapes: `\n \r \t \0 \\` and `\xHH`; anything else is kept as written.
package func unescapeBytes(_ text: String) throws(ToolError) -> [UInt8] {
    let input = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(input.count)
    var i = 0
    while i < input.count {
        let c = input[i]
        guard c == UInt8(ascii: "\\"), i + 1 < input.count else {
            out.append(c)
            i += 1
            continue
        }
        switch input[i + 1] {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "0"): out.append(0x00)
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "x"):
            guard i + 3 < input.count, let hi = hexValue(input[i + 2]), let lo = hexValue(input[i + 3]) else {
                throw .usage("Invalid escape in '\(text)': \\x needs two hex digits")
            }
            out.append(hi << 4 | lo)
            i += 4
            continue
        default:
            out.append(c)
            out.append(input[i + 1])
        }
        i += 2
    }
    return out
}

private func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
    default: nil
    }
}

/// Splits a headers field as Kafka's `Pattern.split` does: literally when the separator has no
/// regex metacharacter, as a regex otherwise; trailing empty pieces dropped.
struct HeaderSplitter: Sendable {
    private let literal: [UInt8]?
    private let pattern: String

    init?(_ separator: String) {
        pattern = separator
        if separator.contains(where: { "\\^$.|?*+()[]{}".contains($0) }) {
            guard (try? Regex(separator)) != nil else { return nil }
            literal = nil
        } else {
            literal = Array(separator.utf8)
        }
    }

    /// Byte ranges (relative to `bytes`) of the pieces.
    func split(_ bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        if let literal, !literal.isEmpty {
            var start = 0
            while let at = ByteSearch.firstIndex(of: literal, in: bytes, from: start) {
                pieces.append(start..<at)
                start = at + literal.count
            }
            pieces.append(start..<bytes.count)
        } else if let regex = try? Regex(pattern) {
            let text = String(decoding: bytes, as: UTF8.self)
            var start = text.startIndex
            for match in text.matches(of: regex) where !match.range.isEmpty {
                pieces.append(utf8Range(text, start..<match.range.lowerBound))
                start = match.range.upperBound
            }
            pieces.append(utf8Range(text, start..<text.endIndex))
        } else {
            pieces.append(0..<bytes.count)
        }
        if bytes.count == 0 { return [0..<0] }
        while pieces.count > 1, pieces.last?.isEmpty == true { pieces.removeLast() }
        if pieces.count == 1, pieces[0].isEmpty { return [] }
        return pieces
    }

    private func utf8Range(_ text: String, _ range: Range<String.Index>) -> Range<Int> {
        let lower = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
        return lower..<(lower + text.utf8.distance(from: range.lowerBound, to: range.upperBound))
    }
}
