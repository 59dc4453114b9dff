/// A configuration Kafka would refuse: a value of the wrong type or out of range, a missing
/// required key, or settings that contradict each other. `message` is one line in Kafka's own
/// wording (`Invalid value abc for configuration num.partitions: Not a number of type INT`), so
/// it can be printed as is; `key` and `line` say where it came from when that is known.
package struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    package var message: String
    /// The configuration the error is about, when there is one.
    package var key: String?
    /// The line of the `.properties` file the offending value came from, when it came from one.
    package var line: Int?

    package init(_ message: String, key: String? = nil, line: Int? = nil) {
        self.message = ConfigError.oneLine(message)
        self.key = key
        self.line = line
    }

    package var description: String { message }

    /// `file:line: message` when the line is known, otherwise `file: message`.
    package func located(in file: String) -> String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }

    /// Kafka's `ConfigException(name, value, message)`:
    /// `Invalid value <value> for configuration <name>[: <message>]`.
    package static func invalidValue(_ key: String, _ value: String, _ reason: String?) -> ConfigError {
        var message = "Invalid value \(value) for configuration \(key)"
        if let reason { message += ": \(reason)" }
        return ConfigError(message, key: key)
    }

    /// This error with the line it came from filled in (an earlier line is kept).
    func at(line: Int?) -> ConfigError {
        var copy = self
        if copy.line == nil { copy.line = line }
        return copy
    }

    /// Line breaks inside values would split the message; show them as escapes instead.
    private static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Something in a configuration that does not stop the broker but deserves a log line, such as
/// a key that is not a known configuration. Returned to the caller, never printed here.
package struct ConfigWarning: Equatable, Sendable, CustomStringConvertible {
    package var message: String
    package var key: String?
    package var line: Int?

    package init(_ message: String, key: String? = nil, line: Int? = nil) {
        self.message = message
        self.key = key
        self.line = line
    }

    package var description: String { message }

    package func located(in file: String) -> String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
