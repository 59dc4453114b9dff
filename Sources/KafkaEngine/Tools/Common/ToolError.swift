/// Why a tool refuses to run, in Kafka's words: a usage error (a bad command line; swkafka exits
/// 2 where Kafka prints its usage and exits 1) or a failure found while preparing the work
/// (Kafka's `IllegalArgumentException`s and the like; exit 1). `message` is one line, Kafka's text
/// where Kafka has one.
package struct ToolError: Error, Equatable, Sendable, CustomStringConvertible {
    package enum Kind: Sendable, Equatable {
        case usage
        case failure
    }

    package var kind: Kind
    package var message: String

    package init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    package var description: String { message }

    package static func usage(_ message: String) -> ToolError { ToolError(.usage, message) }
    package static func failure(_ message: String) -> ToolError { ToolError(.failure, message) }

    /// jopt-simple prints an option as its list of names: `[topic]`.
    package static func spec(_ option: String) -> String { "[\(option)]" }

    /// `CommandLineUtils.checkRequiredArgs`.
    package static func missingRequired(_ option: String) -> ToolError {
        .usage("Missing required argument \"\(spec(option))\"")
    }

    /// `CommandLineUtils.checkInvalidArgs`.
    package static func cannotBeUsed(_ option: String, with other: String) -> ToolError {
        .usage("Option \"\(spec(option))\" can't be used with option \"\(spec(other))\"")
    }
}

/// Kafka's `CommandLineUtils.parseKeyValueArgs`: each `key=value` splits at the first `=`; a
/// missing value is the empty string. Later arguments win; the order of first appearance is kept.
package struct KeyValueArguments: Sendable, Equatable {
    package private(set) var pairs: [(key: String, value: String)] = []

    package init() {}

    package init(_ arguments: [String]) {
        for argument in arguments {
            if let eq = argument.firstIndex(of: "=") {
                self[String(argument[..<eq])] = String(argument[argument.index(after: eq)...])
            } else {
                self[argument] = ""
            }
        }
    }

    package init(_ dictionary: [String: String]) {
        for key in dictionary.keys.sorted() { self[key] = dictionary[key] }
    }

    package subscript(key: String) -> String? {
        get { pairs.first { $0.key == key }?.value }
        set {
            if let i = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[i].value = newValue } else { pairs.remove(at: i) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    package func contains(_ key: String) -> Bool { self[key] != nil }

    /// `other`'s entries on top of these (`Properties.putAll`).
    package mutating func merge(_ other: KeyValueArguments) {
        for (key, value) in other.pairs { self[key] = value }
    }

    package var dictionary: [String: String] {
        Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    package static func == (lhs: KeyValueArguments, rhs: KeyValueArguments) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.key == $1.key && $0.value == $1.value }
    }
}

/// Java's `Boolean` property reading as the tools do it: `trim().equalsIgnoreCase("true")`.
package func javaBooleanProperty(_ value: String) -> Bool {
    value.javaTrimmed().lowercased() == "true"
}

extension String {
    /// Java's `String.trim()`: strips leading and trailing characters <= U+0020.
    package func javaTrimmed() -> String {
        let scalars = self.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0.value > 0x20 }),
            let last = scalars.lastIndex(where: { $0.value > 0x20 })
        else { return "" }
        return String(scalars[first...last])
    }
}
