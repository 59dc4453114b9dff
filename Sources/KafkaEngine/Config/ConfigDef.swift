/// A numeric bound of a range check, kept as Kafka writes it so messages read
/// `Value must be at least 1048576` (an integer bound) or `... at least 0.5` (a real one).
package enum ConfigNumber: Sendable, Equatable, CustomStringConvertible {
    case integer(Int64)
    case real(Double)

    var doubleValue: Double {
        switch self {
        case .integer(let v): Double(v)
        case .real(let v): v
        }
    }

    package var description: String {
        switch self {
        case .integer(let v): String(v)
        case .real(let v): JavaNumber.doubleString(v)
        }
    }
}

/// The check a definition runs on every parsed value (Kafka's `ConfigDef.Validator`
/// implementations), with their exact error texts.
package enum ConfigValidator: Sendable, Equatable {
    /// `Range.atLeast` / `Range.between`.
    case range(min: ConfigNumber?, max: ConfigNumber?)
    /// `ValidString.in`: the value is one of these, case-sensitively.
    case oneOf([String])
    /// `CaseInsensitiveValidString.in`.
    case oneOfIgnoringCase([String])
    /// `ValidList`: no duplicates, no empty element, each element one of `allowed` when it is not
    /// empty; `emptyAllowed`/`nullAllowed` as `ValidList.in(...)` / `anyNonDuplicateValues(...)`.
    case list(allowed: [String], emptyAllowed: Bool, nullAllowed: Bool)
    /// `NonEmptyString`.
    case nonEmptyString
    /// `NonNullValidator`.
    case nonNull
    /// gzip levels: 1...9, or -1 for the codec's default (`GzipCompression.LevelValidator`).
    case gzipLevel
    /// Each element `{id}@{host}:{port}` (`QuorumConfig.ControllerQuorumVotersValidator`).
    case quorumVoters
    /// Each element `{host}:{port}` (`QuorumConfig.ControllerQuorumBootstrapServersValidator`).
    case quorumBootstrapServers
    /// `*` or `partition:broker,...` (`ThrottledReplicaListValidator`).
    case throttledReplicas

    static func atLeast(_ min: Int64) -> ConfigValidator { .range(min: .integer(min), max: nil) }
    static func between(_ min: Int64, _ max: Int64) -> ConfigValidator {
        .range(min: .integer(min), max: .integer(max))
    }
    static func anyNonDuplicateValues(emptyAllowed: Bool, nullAllowed: Bool) -> ConfigValidator {
        .list(allowed: [], emptyAllowed: emptyAllowed, nullAllowed: nullAllowed)
    }

    /// Throws Kafka's `ConfigException` for a value this validator refuses (nil is Java's null).
    func ensureValid(_ name: String, _ value: ConfigValue?) throws(ConfigError) {
        func invalid(_ reason: String) -> ConfigError {
            .invalidValue(name, value?.javaToString ?? "null", reason)
        }
        switch self {
        case .range(let min, let max):
            guard let value else { throw invalid("Value must be non-null") }
            guard let n = value.doubleValue else { return }
            if let min, n < min.doubleValue { throw invalid("Value must be at least \(min)") }
            if let max, n > max.doubleValue { throw invalid("Value must be no more than \(max)") }
        case .oneOf(let allowed):
            guard let s = value?.stringValue, allowed.contains(s) else {
                throw invalid("String must be one of: " + allowed.joined(separator: ", "))
            }
        case .oneOfIgnoringCase(let allowed):
            guard let s = value?.stringValue, allowed.contains(where: { $0.uppercased() == s.uppercased() }) else {
                throw invalid(
                    "String must be one of (case insensitive): "
                        + allowed.map { $0.uppercased() }.joined(separator: ", "))
            }
        case .list(let allowed, let emptyAllowed, let nullAllowed):
            guard let value else {
                if nullAllowed { return }
                throw ConfigError("Configuration '\(name)' values must not be null.", key: name)
            }
            let values = value.listValue ?? []
            if !emptyAllowed && values.isEmpty {
                let valid = allowed.isEmpty ? "any non-empty value" : "[" + allowed.joined(separator: ", ") + "]"
                throw ConfigError(
                    "Configuration '\(name)' must not be empty. Valid values include: \(valid)", key: name)
            }
            if Set(values).count != values.count {
                throw ConfigError("Configuration '\(name)' values must not be duplicated.", key: name)
            }
            for element in values {
                if element.isEmpty {
                    throw ConfigError("Configuration '\(name)' values must not be empty.", key: name)
                }
                if !allowed.isEmpty && !allowed.contains(element) {
                    throw ConfigError.invalidValue(
                        name, element, "String must be one of: " + allowed.joined(separator: ", "))
                }
            }
        case .nonEmptyString:
            if let s = value?.stringValue, s.isEmpty { throw invalid("String must be non-empty") }
        case .nonNull:
            if value == nil { throw invalid("entry must be non null") }
        case .gzipLevel:
            guard let value else { throw invalid("Value must be non-null") }
            let level = value.integerValue ?? 0
            if level > 9 || (level < 1 && level != -1) {
                throw invalid("Value must be between 1 and 9 or equal to -1")
            }
        case .quorumVoters:
            guard let value else { throw ConfigError.invalidValue(name, "null", nil) }
            _ = try ControllerQuorumVoter.parse(value.listValue ?? [], requireRoutable: false)
        case .quorumBootstrapServers:
            guard let value else { throw ConfigError.invalidValue(name, "null", nil) }
            for entry in value.listValue ?? [] { _ = try HostPort.parseBootstrapServer(entry) }
        case .throttledReplicas:
            let entries = value?.listValue ?? []
            let valid =
                entries.allSatisfy { isThrottledReplicaEntry(javaTrim($0)) } || entries.joined() == "*"
            if !valid {
                throw invalid(
                    "\(name) must be the literal '*' or a list of replicas in the following format: "
                        + "[partitionId]:[brokerId],[partitionId]:[brokerId],...")
            }
        }
    }

    /// The "Valid Values" column of Kafka's docs.
    package var documentation: String {
        switch self {
        case .range(let min, let max):
            switch (min, max) {
            case (nil, nil): return "[...]"
            case (nil, let max?): return "[...,\(max)]"
            case (let min?, nil): return "[\(min),...]"
            case (let min?, let max?): return "[\(min),...,\(max)]"
            }
        case .oneOf(let allowed): return "[" + allowed.joined(separator: ", ") + "]"
        case .oneOfIgnoringCase(let allowed):
            return "(case insensitive) [" + allowed.map { $0.uppercased() }.joined(separator: ", ") + "]"
        case .list(let allowed, let emptyAllowed, let nullAllowed):
            return "[" + allowed.joined(separator: ", ") + "]"
                + (emptyAllowed ? " (empty config allowed)" : " (empty not allowed)")
                + (nullAllowed ? " (null config allowed)" : " (null not allowed)")
        case .nonEmptyString: return "non-empty string"
        case .nonNull: return "non-null string"
        case .gzipLevel: return "[1,...,9] or -1"
        case .quorumVoters, .quorumBootstrapServers: return "non-empty list"
        case .throttledReplicas: return "[partitionId]:[brokerId],[partitionId]:[brokerId],..."
        }
    }
}

/// What a definition falls back to when a key is not set.
package enum ConfigDefault: Sendable, Equatable {
    /// No default: the key must be set (`ConfigDef.NO_DEFAULT_VALUE`).
    case required
    /// Defaults to null: the key is optional and has no value unless set.
    case null
    case value(ConfigValue)
}

/// One configuration definition (Kafka's `ConfigDef.ConfigKey`): name, type, default,
/// validation, importance and a one-line description.
package struct ConfigKey: Sendable {
    package let name: String
    package let type: ConfigType
    package let defaultValue: ConfigDefault
    package let validator: ConfigValidator?
    package let importance: ConfigImportance
    package let documentation: String
    /// Internal configurations (`defineInternal`) work but are left out of DescribeConfigs.
    package let isInternal: Bool
    /// Whether (and how) the value may change at runtime; broker configurations only.
    package let updateMode: ConfigUpdateMode

    package init(
        _ name: String, _ type: ConfigType, _ defaultValue: ConfigDefault, _ validator: ConfigValidator? = nil,
        _ importance: ConfigImportance, _ documentation: String, isInternal: Bool = false,
        updateMode: ConfigUpdateMode = .readOnly
    ) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.validator = validator
        self.importance = importance
        self.documentation = documentation
        self.isInternal = isInternal
        self.updateMode = updateMode
    }

    /// The default as Kafka documents it (`null` when there is none, `""` shown as is).
    package var defaultString: String? {
        if case .value(let v) = defaultValue { return v.description }
        return nil
    }

    /// Parses a raw string as this key's type (`ConfigDef.parseType`), without validating it.
    package func parse(_ raw: String) throws(ConfigError) -> ConfigValue {
        let trimmed = javaTrim(raw)
        func notANumber() -> ConfigError { .invalidValue(name, raw, "Not a number of type \(type.rawValue)") }
        switch type {
        case .boolean:
            switch trimmed.lowercased() {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            default: throw .invalidValue(name, raw, "Expected value to be either true or false")
            }
        case .string: return .string(trimmed)
        case .password: return .password(trimmed)
        case .class: return .class(trimmed)
        case .int:
            guard let v = JavaNumber.parseInteger(trimmed, min: Int64(Int32.min), max: Int64(Int32.max)) else {
                throw notANumber()
            }
            return .int(Int32(v))
        case .short:
            guard let v = JavaNumber.parseInteger(trimmed, min: Int64(Int16.min), max: Int64(Int16.max)) else {
                throw notANumber()
            }
            return .short(Int16(v))
        case .long:
            guard let v = JavaNumber.parseInteger(trimmed, min: Int64.min, max: Int64.max) else {
                throw notANumber()
            }
            return .long(v)
        case .double:
            guard let v = JavaNumber.parseDouble(trimmed) else { throw notANumber() }
            return .double(v)
        case .list:
            return .list(ConfigKey.splitList(trimmed))
        }
    }

    /// Parses and validates a raw string (`ConfigDef.parseValue` for a key that is set).
    package func parseAndValidate(_ raw: String) throws(ConfigError) -> ConfigValue {
        let value = try parse(raw)
        try validator?.ensureValid(name, value)
        return value
    }

    /// `trimmed.split("\\s*,\\s*", -1)`, with the empty string meaning the empty list.
    static func splitList(_ trimmed: String) -> [String] {
        if trimmed.isEmpty { return [] }
        func isRegexSpace(_ c: Unicode.Scalar) -> Bool {
            c == " " || c == "\t" || c == "\n" || c == "\u{0B}" || c == "\u{0C}" || c == "\r"
        }
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in trimmed.unicodeScalars {
            if scalar == "," {
                while let last = current.last, isRegexSpace(last) { current.removeLast() }
                parts.append(String(current))
                current = String.UnicodeScalarView()
            } else if current.isEmpty && isRegexSpace(scalar) && !parts.isEmpty {
                continue  // whitespace right after a comma belongs to the separator
            } else {
                current.append(scalar)
            }
        }
        parts.append(String(current))
        return parts
    }
}

/// An ordered set of configuration definitions (Kafka's `ConfigDef`) and the parsing of a whole
/// set of raw strings against it.
package struct ConfigDef: Sendable {
    package let keys: [ConfigKey]
    private let byName: [String: Int]

    package init(_ keys: [ConfigKey]) {
        self.keys = keys
        var byName: [String: Int] = [:]
        for (i, key) in keys.enumerated() where byName[key.name] == nil { byName[key.name] = i }
        self.byName = byName
    }

    package subscript(name: String) -> ConfigKey? {
        guard let i = byName[name] else { return nil }
        return keys[i]
    }

    package func contains(_ name: String) -> Bool { byName[name] != nil }

    package var names: [String] { keys.map(\.name) }

    /// Every key's value: the parsed raw string when set, the default otherwise (nil for a null
    /// default), each validated, in definition order (`ConfigDef.parse`). The first failure throws,
    /// with the line of the offending key when `lines` knows it.
    package func parse(_ raw: [String: String], lines: [String: Int] = [:]) throws(ConfigError) -> [String:
        ConfigValue?]
    {
        var values: [String: ConfigValue?] = [:]
        values.reserveCapacity(keys.count)
        for key in keys {
            let value: ConfigValue?
            do throws(ConfigError) {
                if let string = raw[key.name] {
                    value = try key.parse(string)
                } else {
                    switch key.defaultValue {
                    case .required:
                        throw ConfigError(
                            "Missing required configuration \"\(key.name)\" which has no default value.", key: key.name)
                    case .null: value = nil
                    case .value(let v): value = v
                    }
                }
                try key.validator?.ensureValid(key.name, value)
            } catch {
                throw error.at(line: lines[key.name])
            }
            values[key.name] = .some(value)
        }
        return values
    }
}
