/// The key/value pairs of a Java `.properties` text, read with exactly the rules of
/// `java.util.Properties.load(Reader)`: `#`/`!` comment lines, `=`, `:` or whitespace between key
/// and value, backslash line continuation (leading whitespace of the continued line dropped),
/// `\t \n \r \f \uXXXX` escapes, any other escaped character taken literally (so separators can be
/// escaped in keys), a later key replacing an earlier one, and trailing whitespace kept in values.
///
/// Invariants: `entries` holds each key once, in the order of its first appearance, with the value
/// and (1-based) line number of its last appearance; the line is where that logical line starts.
/// Parsing never traps; the one input Java rejects (a malformed `\uXXXX`) throws.
package struct JavaProperties: Sendable, Equatable {
    package struct Entry: Sendable, Equatable {
        package var key: String
        package var value: String
        /// The line (1-based) on which the logical line holding this key starts.
        package var line: Int

        package init(key: String, value: String, line: Int) {
            self.key = key
            self.value = value
            self.line = line
        }
    }

    package private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]

    package init() {}

    /// Pairs given in order; a later key replaces an earlier one, as `Properties.put` does.
    package init(_ pairs: [(key: String, value: String)]) {
        for (key, value) in pairs { set(key, value, line: 0) }
    }

    package var keys: [String] { entries.map(\.key) }
    package var isEmpty: Bool { entries.isEmpty }
    package var count: Int { entries.count }

    package subscript(key: String) -> String? {
        guard let i = index[key] else { return nil }
        return entries[i].value
    }

    /// The line the key's effective value came from, or nil when the key is absent or was set
    /// programmatically (line 0).
    package func line(of key: String) -> Int? {
        guard let i = index[key], entries[i].line > 0 else { return nil }
        return entries[i].line
    }

    /// The pairs as a dictionary (the effective value of each key).
    package var dictionary: [String: String] {
        var result: [String: String] = [:]
        for entry in entries { result[entry.key] = entry.value }
        return result
    }

    /// Sets `key` to `value`, keeping the key's first position when it already exists.
    package mutating func set(_ key: String, _ value: String, line: Int = 0) {
        if let i = index[key] {
            entries[i].value = value
            entries[i].line = line
        } else {
            index[key] = entries.count
            entries.append(Entry(key: key, value: value, line: line))
        }
    }

    /// This set with every pair of `other` put on top (later wins), as `Properties.putAll` does.
    package func merging(_ other: JavaProperties) -> JavaProperties {
        var result = self
        for entry in other.entries { result.set(entry.key, entry.value, line: entry.line) }
        return result
    }

    // MARK: Parsing

    /// Parses `.properties` text as `Properties.load(Reader)` does.
    package static func parse(_ text: String) throws(ConfigError) -> JavaProperties {
        // Java works on UTF-16 code units; so do we, which also keeps surrogate escapes exact.
        let units = Array(text.utf16)
        var reader = LineReader(units: units)
        var result = JavaProperties()
        while let line = reader.readLogicalLine() {
            let (key, value) = try splitKeyValue(line.units, line: line.number)
            result.set(key, value, line: line.number)
        }
        return result
    }

    /// Parses the bytes of a `.properties` file: UTF-8, or ISO-8859-1 (the encoding of
    /// `Properties.load(InputStream)`, which Kafka uses) when the bytes are not valid UTF-8.
    package static func parse(bytes: [UInt8]) throws(ConfigError) -> JavaProperties {
        if let text = String(validating: bytes, as: UTF8.self) {
            return try parse(text)
        }
        var latin1 = String.UnicodeScalarView()
        for byte in bytes { latin1.append(Unicode.Scalar(byte)) }
        return try parse(String(latin1))
    }

    private static let space: UInt16 = 0x20, tab: UInt16 = 0x09, formFeed: UInt16 = 0x0C
    private static let lf: UInt16 = 0x0A, cr: UInt16 = 0x0D
    private static let backslash: UInt16 = 0x5C, equals: UInt16 = 0x3D, colon: UInt16 = 0x3A
    private static let hash: UInt16 = 0x23, bang: UInt16 = 0x21

    private static func isWhitespace(_ c: UInt16) -> Bool { c == space || c == tab || c == formFeed }

    /// Splits one logical line into key and value (`Properties.load0`).
    private static func splitKeyValue(_ line: [UInt16], line number: Int) throws(ConfigError) -> (String, String) {
        let limit = line.count
        var keyLength = 0
        var valueStart = limit
        var hasSeparator = false
        var precedingBackslash = false
        while keyLength < limit {
            let c = line[keyLength]
            if (c == equals || c == colon) && !precedingBackslash {
                valueStart = keyLength + 1
                hasSeparator = true
                break
            } else if isWhitespace(c) && !precedingBackslash {
                valueStart = keyLength + 1
                break
            }
            precedingBackslash = c == backslash ? !precedingBackslash : false
            keyLength += 1
        }
        while valueStart < limit {
            let c = line[valueStart]
            if !isWhitespace(c) {
                if !hasSeparator && (c == equals || c == colon) {
                    hasSeparator = true
                } else {
                    break
                }
            }
            valueStart += 1
        }
        let key = try unescape(line[0..<keyLength], line: number)
        let value = try unescape(line[valueStart..<limit], line: number)
        return (key, value)
    }

    /// Resolves backslash escapes (`Properties.loadConvert`).
    private static func unescape(_ units: ArraySlice<UInt16>, line: Int) throws(ConfigError) -> String {
        guard units.contains(backslash) else { return String(decoding: units, as: UTF16.self) }
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var i = units.startIndex
        let end = units.endIndex
        while i < end {
            var c = units[i]
            i += 1
            guard c == backslash else {
                out.append(c)
                continue
            }
            // A logical line never ends in an unpaired backslash, but stay safe on any input.
            guard i < end else { break }
            c = units[i]
            i += 1
            switch c {
            case 0x75:  // 'u'
                guard end - i >= 4 else { throw malformedEscape(line: line) }
                var scalar: UInt16 = 0
                for _ in 0..<4 {
                    let digit = units[i]
                    i += 1
                    guard let v = hexValue(digit) else { throw malformedEscape(line: line) }
                    scalar = scalar << 4 | v
                }
                out.append(scalar)
            case 0x74: out.append(tab)  // 't'
            case 0x72: out.append(cr)  // 'r'
            case 0x6E: out.append(lf)  // 'n'
            case 0x66: out.append(formFeed)  // 'f'
            default: out.append(c)
            }
        }
        // Java keeps lone surrogates; a Swift String cannot, so they become U+FFFD.
        return String(decoding: out, as: UTF16.self)
    }

    private static func hexValue(_ c: UInt16) -> UInt16? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        case 0x41...0x46: c - 0x41 + 10
        default: nil
        }
    }

    private static func malformedEscape(line: Int) -> ConfigError {
        ConfigError("Malformed \\uxxxx encoding.", line: line)
    }

    /// Reads logical lines (`Properties.LineReader.readLine`): skips blank and comment lines, joins
    /// continued lines, and remembers the line number each logical line starts on.
    private struct LineReader {
        let units: [UInt16]
        var offset = 0
        /// Line number (1-based) of the character at `offset`.
        var lineNumber = 1

        init(units: [UInt16]) { self.units = units }

        /// Consumes one line terminator (`\n`, `\r` or `\r\n`) starting at `offset - 1`.
        private mutating func finishTerminator(_ c: UInt16) {
            lineNumber += 1
            if c == JavaProperties.cr, offset < units.count, units[offset] == JavaProperties.lf {
                offset += 1
            }
        }

        mutating func readLogicalLine() -> (units: [UInt16], number: Int)? {
            var line: [UInt16] = []
            var skipWhitespace = true
            var appendedLineBegin = false
            var precedingBackslash = false
            var startLine = lineNumber
            while true {
                guard offset < units.count else {
                    if line.isEmpty { return nil }
                    if precedingBackslash { line.removeLast() }
                    return (line, startLine)
                }
                let c = units[offset]
                offset += 1
                let isTerminator = c == JavaProperties.lf || c == JavaProperties.cr
                if skipWhitespace {
                    if JavaProperties.isWhitespace(c) { continue }
                    if !appendedLineBegin && isTerminator {
                        finishTerminator(c)
                        continue
                    }
                    skipWhitespace = false
                    appendedLineBegin = false
                }
                if line.isEmpty {
                    if !isTerminator { startLine = lineNumber }
                    if c == JavaProperties.hash || c == JavaProperties.bang {
                        // A comment runs to the end of its natural line and is never continued.
                        while offset < units.count {
                            let d = units[offset]
                            offset += 1
                            if d == JavaProperties.lf || d == JavaProperties.cr {
                                finishTerminator(d)
                                break
                            }
                        }
                        skipWhitespace = true
                        continue
                    }
                }
                if !isTerminator {
                    line.append(c)
                    precedingBackslash = c == JavaProperties.backslash ? !precedingBackslash : false
                    continue
                }
                finishTerminator(c)
                if line.isEmpty {
                    skipWhitespace = true
                    continue
                }
                guard offset < units.count else {
                    if precedingBackslash { line.removeLast() }
                    return (line, startLine)
                }
                if precedingBackslash {
                    // The backslash joins the next natural line, minus its leading whitespace.
                    line.removeLast()
                    skipWhitespace = true
                    appendedLineBegin = true
                    precedingBackslash = false
                } else {
                    return (line, startLine)
                }
            }
        }
    }
}
