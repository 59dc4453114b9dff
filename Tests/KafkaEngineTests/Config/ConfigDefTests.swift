import Testing

@testable import KafkaEngine

/// Every definition refuses bad values with Kafka's exact message, and the numbers Kafka prints
/// come out as Java prints them.
@Suite struct ConfigDefTests {
    struct BadValue: CustomStringConvertible {
        var key: String
        var raw: String
        var message: String
        var description: String { "\(key)=\(raw)" }
    }

    /// Keys whose values are free text (no type or validator can refuse a string): listed here so
    /// that a new definition needs a deliberate decision.
    static let freeForm: Set<String> = [
        "authorizer.class.name", "early.start.listeners", "broker.rack", "sasl.mechanism.controller.protocol",
        "metadata.log.dir", "listener.security.protocol.map", "max.connections.per.ip.overrides",
        "inter.broker.listener.name", "replica.selector.class", "create.topic.policy.class.name",
        "alter.config.policy.class.name", "metric.reporters", "sasl.enabled.mechanisms",
        "sasl.mechanism.inter.broker.protocol", "ssl.protocol", "ssl.enabled.protocols", "ssl.keystore.type",
        "ssl.keystore.location", "ssl.keystore.password", "ssl.key.password", "ssl.truststore.type",
        "ssl.truststore.location", "ssl.truststore.password", "ssl.endpoint.identification.algorithm",
    ]

    static func kafkaInvalid(_ key: String, _ value: String, _ reason: String) -> String {
        "Invalid value \(value) for configuration \(key): \(reason)"
    }

    /// Bad values derived from each definition's type and validator, with the message Kafka's
    /// `ConfigDef` would give.
    static func badValues(_ def: ConfigDef) -> [BadValue] {
        var cases: [BadValue] = []
        for key in def.keys {
            let name = key.name
            func add(_ raw: String, _ message: String) { cases.append(BadValue(key: name, raw: raw, message: message)) }
            switch key.type {
            case .int, .short, .long:
                add("abc", kafkaInvalid(name, "abc", "Not a number of type \(key.type.rawValue)"))
                add("1.5", kafkaInvalid(name, "1.5", "Not a number of type \(key.type.rawValue)"))
                let tooBig = key.type == .int ? "2147483648" : key.type == .short ? "32768" : "9223372036854775808"
                add(tooBig, kafkaInvalid(name, tooBig, "Not a number of type \(key.type.rawValue)"))
            case .double:
                add("abc", kafkaInvalid(name, "abc", "Not a number of type DOUBLE"))
            case .boolean:
                add("yes", kafkaInvalid(name, "yes", "Expected value to be either true or false"))
            default:
                break
            }
            switch key.validator {
            case .range(let min, let max)?:
                // Kafka prints the parsed number: a double below an integer bound shows as `-0.5`.
                if case .integer(let m)? = min {
                    let below = key.type == .double ? "\(m - 1).5" : "\(m - 1)"
                    add(below, kafkaInvalid(name, below, "Value must be at least \(m)"))
                }
                if case .integer(let m)? = max {
                    let above = key.type == .double ? "\(m).5" : "\(m + 1)"
                    add(above, kafkaInvalid(name, above, "Value must be no more than \(m)"))
                }
            case .oneOf(let allowed)?:
                add("bogus", kafkaInvalid(name, "bogus", "String must be one of: " + allowed.joined(separator: ", ")))
                if let first = allowed.first, first.uppercased() != first {
                    add(
                        first.uppercased(),
                        kafkaInvalid(
                            name, first.uppercased(), "String must be one of: " + allowed.joined(separator: ", ")))
                }
            case .oneOfIgnoringCase(let allowed)?:
                add(
                    "bogus",
                    kafkaInvalid(
                        name, "bogus",
                        "String must be one of (case insensitive): "
                            + allowed.map { $0.uppercased() }.joined(separator: ", ")))
            case .list(let allowed, let emptyAllowed, _)?:
                let good = allowed.first ?? "x"
                add("\(good),\(good)", "Configuration '\(name)' values must not be duplicated.")
                add("\(good),,\(good)x", "Configuration '\(name)' values must not be empty.")
                if !emptyAllowed {
                    let valid = allowed.isEmpty ? "any non-empty value" : "[" + allowed.joined(separator: ", ") + "]"
                    add(" ", "Configuration '\(name)' must not be empty. Valid values include: \(valid)")
                }
                if !allowed.isEmpty {
                    add(
                        "bogus",
                        kafkaInvalid(name, "bogus", "String must be one of: " + allowed.joined(separator: ", ")))
                }
            case .gzipLevel?:
                add("0", kafkaInvalid(name, "0", "Value must be between 1 and 9 or equal to -1"))
                add("10", kafkaInvalid(name, "10", "Value must be between 1 and 9 or equal to -1"))
            case .quorumVoters?:
                let form = "Each entry should be in the form `{id}@{host}:{port}`."
                add("localhost:9093", "Invalid configuration value for controller.quorum.voters. \(form)")
                add("x@localhost:9093", "Failed to parse voter ID as an integer from x")
                add(
                    "1@localhost",
                    "Failed to parse host name from entry 1@localhost for the configuration "
                        + "controller.quorum.voters. \(form)")
            case .quorumBootstrapServers?:
                add(
                    "localhost",
                    "Failed to parse host name from localhost for the configuration "
                        + "controller.quorum.bootstrap.servers. Each entry should be in the form \"{host}:{port}\"")
            case .throttledReplicas?:
                add(
                    "0:1,x",
                    kafkaInvalid(
                        name, "[0:1, x]",
                        "\(name) must be the literal '*' or a list of replicas in the following format: "
                            + "[partitionId]:[brokerId],[partitionId]:[brokerId],..."))
            case .nonEmptyString?, .nonNull?, nil:
                break
            }
        }
        return cases
    }

    static let brokerCases = badValues(.broker)
    static let topicCases = badValues(.topic)

    @Test(arguments: brokerCases)
    func brokerKeyRefusesBadValue(_ bad: BadValue) throws {
        let key = try #require(ConfigDef.broker[bad.key])
        #expect(throws: ConfigError(bad.message, key: bad.key)) { try key.parseAndValidate(bad.raw) }
    }

    @Test(arguments: topicCases)
    func topicKeyRefusesBadValue(_ bad: BadValue) throws {
        let key = try #require(ConfigDef.topic[bad.key])
        #expect(throws: ConfigError(bad.message, key: bad.key)) { try key.parseAndValidate(bad.raw) }
        // The same value in a CreateTopics request gets the same message.
        #expect(throws: ConfigError(bad.message, key: bad.key)) {
            try LogConfig.validate(topicOverrides: [bad.key: bad.raw])
        }
    }

    @Test func everyKeyHasABadValueOrIsDeclaredFreeForm() {
        let covered = Set(Self.brokerCases.map(\.key) + Self.topicCases.map(\.key))
        let all = ConfigDef.broker.names + ConfigDef.topic.names
        let uncovered = Set(all).subtracting(covered)
        #expect(uncovered == Self.freeForm)
    }

    @Test func everyDefaultPassesItsOwnValidator() throws {
        for key in ConfigDef.broker.keys + ConfigDef.topic.keys {
            guard case .value(let value) = key.defaultValue else { continue }
            #expect(throws: Never.self, "\(key.name)") { try key.validator?.ensureValid(key.name, value) }
            // And its string form parses back to itself, as the defaults Kafka documents do.
            #expect(try key.parseAndValidate(value.description) == value, "\(key.name)")
        }
    }

    @Test func namesAreUniqueAndTopicSynonymsExist() {
        #expect(Set(ConfigDef.broker.names).count == ConfigDef.broker.keys.count)
        #expect(Set(ConfigDef.topic.names).count == ConfigDef.topic.keys.count)
        for (topicName, synonyms) in ConfigDef.topicConfigSynonyms {
            #expect(ConfigDef.topic.contains(topicName), "\(topicName)")
            for synonym in synonyms { #expect(ConfigDef.broker.contains(synonym.name), "\(synonym.name)") }
        }
    }

    @Test func kafkaDefaultsAndDocumentedValidValues() throws {
        #expect(ConfigDef.broker["message.max.bytes"]?.defaultString == "1048588")
        #expect(ConfigDef.broker["log.cleaner.io.max.bytes.per.second"]?.defaultString == "1.7976931348623157E308")
        #expect(ConfigDef.broker["listeners"]?.defaultString == "PLAINTEXT://:9092")
        #expect(ConfigDef.broker["log.retention.ms"]?.defaultString == nil)
        #expect(ConfigDef.topic["segment.bytes"]?.validator?.documentation == "[1048576,...]")
        #expect(ConfigDef.topic["min.cleanable.dirty.ratio"]?.validator?.documentation == "[0,...,1]")
        #expect(
            ConfigDef.topic["compression.type"]?.validator?.documentation
                == "[uncompressed, zstd, lz4, snappy, gzip, producer]")
        #expect(
            ConfigDef.topic["cleanup.policy"]?.validator?.documentation
                == "[compact, delete] (empty config allowed) (null not allowed)")
    }

    @Test func valuesAreTrimmedAndListsSplitAsKafkaDoes() throws {
        let partitions = try #require(ConfigDef.broker["num.partitions"])
        #expect(try partitions.parseAndValidate("  12 \t") == .int(12))
        #expect(try partitions.parseAndValidate("+3") == .int(3))
        // The untrimmed text is what the message shows.
        #expect(
            throws: ConfigError(
                "Invalid value 1 2  for configuration num.partitions: Not a number of type INT",
                key: "num.partitions")
        ) {
            try partitions.parseAndValidate("1 2 ")
        }
        let policy = try #require(ConfigDef.topic["cleanup.policy"])
        #expect(try policy.parseAndValidate(" compact ,  delete ") == .list(["compact", "delete"]))
        #expect(try policy.parseAndValidate("") == .list([]))
        let flag = try #require(ConfigDef.broker["auto.create.topics.enable"])
        #expect(try flag.parseAndValidate(" TRUE ") == .boolean(true))
        let ratio = try #require(ConfigDef.topic["min.cleanable.dirty.ratio"])
        #expect(try ratio.parseAndValidate(".25") == .double(0.25))
        #expect(
            throws: ConfigError(
                "Invalid value -0.5 for configuration min.cleanable.dirty.ratio: Value must be at least 0",
                key: "min.cleanable.dirty.ratio")
        ) {
            try ratio.parseAndValidate("-.5")
        }
        #expect(ConfigKey.splitList("a,,b, ,c,") == ["a", "", "b", "", "c", ""])
    }

    /// Java's outputs, from `Double.toString` / `Integer.parseInt` / `Double.parseDouble` on JDK 17.
    @Test func numbersFollowJava() {
        let doubles: [(Double, String)] = [
            (1.7976931348623157E308, "1.7976931348623157E308"), (0.5, "0.5"), (1e7, "1.0E7"), (1e-4, "1.0E-4"),
            (100.0, "100.0"), (123456.789, "123456.789"), (-0.0, "-0.0"), (0.001, "0.001"), (9999999.0, "9999999.0"),
            (2.0, "2.0"), (1e21, "1.0E21"), (12345678.9, "1.23456789E7"), (0.1 + 0.2, "0.30000000000000004"),
        ]
        for (value, java) in doubles { #expect(JavaNumber.doubleString(value) == java) }
        let int32 = (min: Int64(Int32.min), max: Int64(Int32.max))
        #expect(JavaNumber.parseInteger("+5", min: int32.min, max: int32.max) == 5)
        #expect(JavaNumber.parseInteger("-0", min: int32.min, max: int32.max) == 0)
        #expect(JavaNumber.parseInteger("2147483647", min: int32.min, max: int32.max) == 2_147_483_647)
        #expect(JavaNumber.parseInteger("2147483648", min: int32.min, max: int32.max) == nil)
        #expect(JavaNumber.parseInteger("-2147483648", min: int32.min, max: int32.max) == -2_147_483_648)
        #expect(JavaNumber.parseInteger("\u{663}", min: int32.min, max: int32.max) == 3)  // Arabic-Indic three
        #expect(JavaNumber.parseInteger(" 5", min: int32.min, max: int32.max) == nil)
        #expect(JavaNumber.parseInteger("0x10", min: int32.min, max: int32.max) == nil)
        #expect(JavaNumber.parseInteger("", min: int32.min, max: int32.max) == nil)
        #expect(JavaNumber.parseInteger("-", min: int32.min, max: int32.max) == nil)
        #expect(JavaNumber.parseInteger("-9223372036854775808", min: Int64.min, max: Int64.max) == Int64.min)
        let parsed: [(String, Double?)] = [
            ("1e3", 1000), ("1.", 1), (".5", 0.5), ("1f", 1), ("0x1p3", 8), ("Infinity", .infinity),
            ("-Infinity", -.infinity), ("+.5e-2D", 0.005), (" 2 ", 2), ("inf", nil), ("1e", nil), ("0x1.8", nil),
            ("1_0", nil), ("", nil), ("f", nil), (".", nil),
        ]
        for (text, value) in parsed { #expect(JavaNumber.parseDouble(text) == value, "\(text)") }
        #expect(JavaNumber.parseDouble("NaN")?.isNaN == true)
    }
}
