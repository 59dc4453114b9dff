/// The five actions of `kafka-topics.sh`; a command line names exactly one.
package enum TopicAction: String, Sendable, CaseIterable {
    case create, list, describe, alter, delete
}

/// The command line of `topics` (Kafka's `TopicCommandOptions`) as given, before any checks: the
/// CLI fills it in and calls `validate()`, which applies Kafka's checks in Kafka's order and
/// returns the command to run. `nil` / `false` means the option was not given.
package struct TopicCommandOptions: Sendable, Equatable {
    /// The actions named on the command line (Kafka wants exactly one).
    package var actions: Set<TopicAction> = []
    package var bootstrapServer: String?
    package var commandConfig: String?
    package var topic: String?
    package var topicId: String?
    package var partitions: Int?
    package var replicationFactor: Int?
    package var replicaAssignment: String?
    /// `--config name=value`, repeatable.
    package var configs: [String] = []
    /// `--delete-config`: accepted and ignored with Kafka's notice since 4.0.
    package var deleteConfigs: [String] = []
    package var underReplicatedPartitions = false
    package var unavailablePartitions = false
    package var underMinIsrPartitions = false
    package var atMinIsrPartitions = false
    package var topicsWithOverrides = false
    package var ifExists = false
    package var ifNotExists = false
    package var excludeInternal = false
    package var partitionSizeLimitPerResponse: Int?
    /// swkafka's `--regex`: `--topic` is a pattern even where an exact name exists, and a delete
    /// may remove every topic it matches (see `TopicSelector`).
    package var regex = false
    /// swkafka's `--format`: Kafka's text or JSON lines for `--list` and `--describe`.
    package var format = TopicOutputFormat.text

    package init() {}

    private var hasReplicationReport: Bool {
        underReplicatedPartitions || unavailablePartitions || underMinIsrPartitions || atMinIsrPartitions
    }

    /// Kafka's `checkArgs`, `checkRequiredArgs` and `checkInvalidArgs`, then the checks its
    /// `TopicService` makes before sending anything (partition and replication factor ranges,
    /// `--replica-assignment` and `--config` syntax, topic config names and values).
    package func validate() throws(ToolError) -> TopicCommand {
        guard actions.count == 1, let action = actions.first else {
            throw .usage("Command must include exactly one action: --list, --describe, --create, --alter or --delete")
        }
        var notices: [ToolNotice] = []
        if !deleteConfigs.isEmpty {
            notices.append(
                .stderr(
                    "delete-config option is no longer supported and deprecated since version 4.0. The config will be fully removed in future releases."
                ))
        }
        // checkRequiredArgs
        guard let bootstrapServer else { throw .usage("--bootstrap-server must be specified") }
        if action == .describe && ifExists {
            if topic == nil && topicId == nil { throw .usage("--topic or --topic-id is required to describe a topic") }
            if topic != nil && topicId != nil {
                notices.append(
                    .stdout(
                        "Only topic id will be used when both --topic and --topic-id are specified and topicId is not Uuid.ZERO_UUID"
                    ))
            }
        }
        if action != .list && action != .describe && topic == nil { throw ToolError.missingRequired("topic") }
        if action == .alter {
            if !configs.isEmpty {
                throw .usage(
                    "Option combination \"[[bootstrap-server], [config]]\" can't be used with option \"[alter]\""
                        + TopicCommandOptions.useKafkaConfigs)
            }
            if partitions == nil { throw ToolError.missingRequired("partitions") }
        }
        // checkInvalidArgs: each option against the actions it does not go with.
        func only(_ option: String, given: Bool, with allowed: Set<TopicAction>) throws(ToolError) {
            if given && !allowed.contains(action) { throw ToolError.cannotBeUsed(option, with: action.rawValue) }
        }
        try only("config", given: !configs.isEmpty, with: [.alter, .create])
        try only("partitions", given: partitions != nil, with: [.alter, .create])
        try only("replication-factor", given: replicationFactor != nil, with: [.create])
        try only("replica-assignment", given: replicaAssignment != nil, with: [.alter, .create])
        if action == .create && replicaAssignment != nil {
            if partitions != nil { throw ToolError.cannotBeUsed("replica-assignment", with: "partitions") }
            if replicationFactor != nil {
                throw ToolError.cannotBeUsed("replica-assignment", with: "replication-factor")
            }
        }
        let reports: [(String, Bool)] = [
            ("under-replicated-partitions", underReplicatedPartitions),
            ("under-min-isr-partitions", underMinIsrPartitions),
            ("at-min-isr-partitions", atMinIsrPartitions),
            ("unavailable-partitions", unavailablePartitions),
        ]
        for (name, given) in reports where given {
            try only(name, given: true, with: [.describe])
            if topicsWithOverrides { throw ToolError.cannotBeUsed(name, with: "topics-with-overrides") }
        }
        try only("topics-with-overrides", given: topicsWithOverrides, with: [.describe])
        try only("if-exists", given: ifExists, with: [.alter, .delete, .describe])
        try only("if-not-exists", given: ifNotExists, with: [.create])
        try only("exclude-internal", given: excludeInternal, with: [.list, .describe])
        // swkafka's own options.
        try only("regex", given: regex, with: [.list, .describe, .alter, .delete])
        try only("format", given: format != .text, with: [.list, .describe])
        if let limit = partitionSizeLimitPerResponse, limit < 1 {
            throw .usage("--partition-size-limit-per-response must be positive")
        }

        var command = TopicCommand(action: action, bootstrapServer: bootstrapServer)
        command.commandConfig = commandConfig
        command.notices = notices
        command.ifExists = ifExists
        command.ifNotExists = ifNotExists
        command.excludeInternal = excludeInternal
        command.format = format
        command.partitionSizeLimitPerResponse = partitionSizeLimitPerResponse ?? 2000
        command.describeFilter = TopicDescribeFilter(
            underReplicatedPartitions: underReplicatedPartitions, unavailablePartitions: unavailablePartitions,
            underMinIsrPartitions: underMinIsrPartitions, atMinIsrPartitions: atMinIsrPartitions,
            topicsWithOverrides: topicsWithOverrides)
        if let topicId, action == .describe {
            guard let id = KafkaUUID(topicId) else {
                throw .failure("Invalid topic id \(topicId)")
            }
            // Kafka ignores the zero id and falls back to --topic.
            if id != .zero { command.topicId = id }
        }
        if let topic {
            command.selector = TopicSelector(topic, regex: regex)
        }
        command.partitions = partitions
        command.replicationFactor = replicationFactor

        // TopicService's own checks, before any request.
        if action == .create {
            guard let topic else { throw ToolError.missingRequired("topic") }
            if topic.contains("_") || topic.contains(".") {
                command.notices.append(
                    .stdout(
                        "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both."
                    ))
            }
            if let rf = replicationFactor, rf > Int(Int16.max) || rf < 1 {
                throw .failure("The replication factor must be between 1 and \(Int16.max) inclusive")
            }
            if let partitions, partitions < 1 { throw .failure("The partitions must be greater than 0") }
        }
        if let replicaAssignment, !replicaAssignment.isEmpty {
            command.replicaAssignment = try TopicCommandOptions.parseReplicaAssignment(replicaAssignment)
        }
        if action == .create || action == .alter {
            command.configs = try TopicCommandOptions.parseTopicConfigs(configs)
        }
        return command
    }

    static let useKafkaConfigs = " (To alter topic configurations, the kafka-configs tool can be used.)"

    /// Kafka's `parseReplicaAssignment`: `,` between partitions, `:` between the replicas of one
    /// partition; blanks around ids are ignored. Every partition must have as many replicas as the
    /// first, and no broker twice.
    package static func parseReplicaAssignment(_ text: String) throws(ToolError) -> [[Int32]] {
        var result: [[Int32]] = []
        for (index, partition) in javaSplit(text, on: ",").enumerated() {
            var brokers: [Int32] = []
            for field in javaSplit(partition, on: ":") {
                let trimmed = field.javaTrimmed()
                guard let id = Int32(trimmed) else {
                    throw .failure("For input string: \"\(trimmed)\"")
                }
                brokers.append(id)
            }
            var seen = Set<Int32>()
            var duplicates: [Int32] = []
            for id in brokers where !seen.insert(id).inserted && !duplicates.contains(id) { duplicates.append(id) }
            if !duplicates.isEmpty {
                throw .failure(
                    "Partition replica lists may not contain duplicate entries: "
                        + duplicates.map(String.init).joined(separator: ","))
            }
            if let first = result.first, first.count != brokers.count {
                throw .failure(
                    "Partition \(index) has different replication factor: ["
                        + brokers.map(String.init).joined(separator: ", ") + "]")
            }
            result.append(brokers)
        }
        return result
    }

    /// Kafka's `parseTopicConfigsToBeAdded`: each `--config` is `name=value` (blanks around `=`
    /// ignored; Java's `split("\\s*=\\s*")`, so `a=` and `a=b=c` are refused), then
    /// `LogConfig.validate` on the whole set.
    package static func parseTopicConfigs(_ arguments: [String]) throws(ToolError) -> [String: String] {
        var configs: [String: String] = [:]
        for argument in arguments {
            let parts = javaSplitAroundEquals(argument)
            guard parts.count == 2 else {
                throw .failure(
                    "requirement failed: Invalid topic config: all configs to be added must be in the format \"key=val\"."
                )
            }
            configs[parts[0].javaTrimmed()] = parts[1].javaTrimmed()
        }
        do {
            _ = try LogConfig.validate(topicOverrides: configs)
        } catch {
            throw .failure(error.message)
        }
        return configs
    }
}

/// Java's `String.split(literal)`: trailing empty strings dropped; an empty input gives `[""]`.
func javaSplit(_ text: String, on separator: Character) -> [String] {
    if text.isEmpty { return [""] }
    var parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    while parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
    if parts.count == 1, parts[0].isEmpty { return [] }
    return parts
}

/// Java's `s.split("\\s*=\\s*")`.
private func javaSplitAroundEquals(_ text: String) -> [String] {
    let units = Array(text.unicodeScalars)
    func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\u{0B}" || s == "\u{0C}" || s == "\r"
    }
    var parts: [String] = []
    var start = 0
    var i = 0
    while i < units.count {
        if units[i] == "=" {
            var from = i
            while from > start, isSpace(units[from - 1]) { from -= 1 }
            var to = i + 1
            while to < units.count, isSpace(units[to]) { to += 1 }
            // Java drops a leading empty string only for a zero-width match, never here.
            parts.append(String(String.UnicodeScalarView(units[start..<from])))
            start = to
            i = to
        } else {
            i += 1
        }
    }
    parts.append(String(String.UnicodeScalarView(units[start..<units.count])))
    while parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
    if parts.count == 1, parts[0].isEmpty, !text.isEmpty { return [] }
    return parts
}

/// A line a tool prints before it starts its work (a deprecation or a warning), and where.
package enum ToolNotice: Sendable, Equatable {
    case stdout(String)
    case stderr(String)
}

/// Kafka's text or swkafka's JSON lines.
package enum TopicOutputFormat: String, Sendable, CaseIterable {
    case text
    case json
}

/// A validated `topics` command: what the CLI runs against the cluster.
package struct TopicCommand: Sendable, Equatable {
    package var action: TopicAction
    package var bootstrapServer: String
    package var commandConfig: String?
    /// Lines to print before anything else.
    package var notices: [ToolNotice] = []
    /// Which topics `--topic` names; `nil` means all of them (list, describe).
    package var selector: TopicSelector?
    /// `--topic-id` for describe (never the zero id).
    package var topicId: KafkaUUID?
    package var partitions: Int?
    package var replicationFactor: Int?
    /// `--replica-assignment`, partition by partition.
    package var replicaAssignment: [[Int32]]?
    /// `--config` for create.
    package var configs: [String: String] = [:]
    package var ifExists = false
    package var ifNotExists = false
    package var excludeInternal = false
    package var format = TopicOutputFormat.text
    package var partitionSizeLimitPerResponse = 2000
    package var describeFilter = TopicDescribeFilter()

    package init(action: TopicAction, bootstrapServer: String) {
        self.action = action
        self.bootstrapServer = bootstrapServer
    }

    /// The name to create (create only; `validate()` made sure it is there).
    package var topicToCreate: String? { action == .create ? selector?.pattern : nil }

    /// For `--alter` with `--replica-assignment`: the assignments of the partitions to add to a topic
    /// that has `existingPartitionCount` (Kafka skips the entries for existing partitions).
    package func newPartitionAssignments(existingPartitionCount: Int) -> [[Int32]]? {
        guard let replicaAssignment else { return nil }
        return Array(replicaAssignment.dropFirst(existingPartitionCount))
    }
}
