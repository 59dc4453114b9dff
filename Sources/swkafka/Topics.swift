import ArgumentParser
import KafkaEngine

/// `swkafka topics`: Kafka's `kafka-topics.sh` (TopicCommand), with Kafka's options plus `--regex`
/// and `--format`.
struct TopicsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "Create, delete, describe, or change a topic.",
        discussion: """
            Exactly one of --create, --list, --describe, --alter or --delete. --topic is a name; where no topic \
            has exactly that name it is matched as a regular expression (Kafka's behaviour), except that \
            --delete refuses to widen unless --regex is given.

            Exit status: 0 on success; 1 when the command failed (the reason on stderr); 2 on a usage error.
            """
    )

    @Option(
        name: .customLong("bootstrap-server"),
        help: ArgumentHelp("REQUIRED: The Kafka server to connect to.", valueName: "server to connect to"))
    var bootstrapServer: String?

    @Option(
        name: .customLong("command-config"),
        help: ArgumentHelp(
            "Property file containing configs to be passed to Admin Client.", valueName: "command config property file")
    )
    var commandConfig: String?

    @Flag(name: .customLong("create"), help: "Create a new topic.")
    var create = false

    @Flag(name: .customLong("list"), help: "List all available topics.")
    var list = false

    @Flag(name: .customLong("describe"), help: "List details for the given topics.")
    var describe = false

    @Flag(name: .customLong("alter"), help: "Alter the number of partitions and replica assignment.")
    var alter = false

    @Flag(name: .customLong("delete"), help: "Delete a topic.")
    var delete = false

    @Option(
        name: .customLong("topic"),
        help: ArgumentHelp(
            "The topic to create, alter, describe or delete. It also accepts a regular expression, except for --create option. Put topic name in double quotes and use the '\\' prefix to escape regular expression symbols; e.g. \"test\\.topic\".",
            valueName: "topic"))
    var topic: String?

    @Option(
        name: .customLong("topic-id"),
        help: ArgumentHelp(
            "The topic-id to describe. This is used only with --bootstrap-server option for describing topics.",
            valueName: "topic-id"))
    var topicId: String?

    @Option(
        name: .customLong("partitions"),
        help: ArgumentHelp(
            "The number of partitions for the topic being created or altered. If not supplied for create, defaults to the cluster default.",
            valueName: "# of partitions"))
    var partitions: Int?

    @Option(
        name: .customLong("replication-factor"),
        help: ArgumentHelp(
            "The replication factor for each partition in the topic being created. If not supplied, defaults to the cluster default.",
            valueName: "replication factor"))
    var replicationFactor: Int?

    @Option(
        name: .customLong("replica-assignment"),
        help: ArgumentHelp(
            "A list of manual partition-to-broker assignments for the topic being created or altered.",
            valueName:
                "broker_id_for_part1_replica1 : broker_id_for_part1_replica2 , broker_id_for_part2_replica1 : broker_id_for_part2_replica2 , ..."
        ))
    var replicaAssignment: String?

    @Option(
        name: .customLong("config"), parsing: .singleValue,
        help: ArgumentHelp(
            "A topic configuration override for the topic being created. Repeatable.", valueName: "name=value"))
    var config: [String] = []

    @Option(
        name: .customLong("delete-config"), parsing: .singleValue,
        help: ArgumentHelp("This option is no longer supported and has been deprecated since 4.0.", valueName: "name"))
    var deleteConfig: [String] = []

    @Flag(
        name: .customLong("if-exists"),
        help: "If set when altering or deleting or describing topics, the action will only execute if the topic exists."
    )
    var ifExists = false

    @Flag(
        name: .customLong("if-not-exists"),
        help: "If set when creating topics, the action will only execute if the topic does not already exist.")
    var ifNotExists = false

    @Flag(
        name: .customLong("exclude-internal"),
        help:
            "Exclude internal topics when running list or describe command. The internal topics will be listed by default."
    )
    var excludeInternal = false

    @Flag(
        name: .customLong("under-replicated-partitions"),
        help: "If set when describing topics, only show under replicated partitions.")
    var underReplicatedPartitions = false

    @Flag(
        name: .customLong("unavailable-partitions"),
        help: "If set when describing topics, only show partitions whose leader is not available.")
    var unavailablePartitions = false

    @Flag(
        name: .customLong("under-min-isr-partitions"),
        help: "If set when describing topics, only show partitions whose isr count is less than the configured minimum."
    )
    var underMinIsrPartitions = false

    @Flag(
        name: .customLong("at-min-isr-partitions"),
        help: "If set when describing topics, only show partitions whose isr count is equal to the configured minimum.")
    var atMinIsrPartitions = false

    @Flag(
        name: .customLong("topics-with-overrides"),
        help: "If set when describing topics, only show topics that have overridden configs.")
    var topicsWithOverrides = false

    @Option(
        name: .customLong("partition-size-limit-per-response"),
        help: ArgumentHelp(
            "The maximum partition size to be included in one DescribeTopicPartitions response.",
            valueName: "maximum number of partitions per response"))
    var partitionSizeLimitPerResponse: Int?

    @Flag(
        name: .customLong("regex"),
        help:
            "Treat --topic as a regular expression even when a topic has exactly that name, and let --delete remove every topic it matches."
    )
    var regex = false

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Output of --list and --describe: text (Kafka's) or json (one object per line).", valueName: "text|json"))
    var format: String = "text"

    func run() async throws {
        var options = TopicCommandOptions()
        let actions: [(Bool, TopicAction)] = [
            (create, .create), (list, .list), (describe, .describe), (alter, .alter), (delete, .delete),
        ]
        options.actions = Set(actions.filter(\.0).map(\.1))
        options.bootstrapServer = bootstrapServer
        options.commandConfig = commandConfig
        options.topic = topic
        options.topicId = topicId
        options.partitions = partitions
        options.replicationFactor = replicationFactor
        options.replicaAssignment = replicaAssignment
        options.configs = config
        options.deleteConfigs = deleteConfig
        options.ifExists = ifExists
        options.ifNotExists = ifNotExists
        options.excludeInternal = excludeInternal
        options.underReplicatedPartitions = underReplicatedPartitions
        options.unavailablePartitions = unavailablePartitions
        options.underMinIsrPartitions = underMinIsrPartitions
        options.atMinIsrPartitions = atMinIsrPartitions
        options.topicsWithOverrides = topicsWithOverrides
        options.partitionSizeLimitPerResponse = partitionSizeLimitPerResponse
        options.regex = regex
        guard let outputFormat = TopicOutputFormat(rawValue: format) else {
            throw ValidationError("--format must be text or json")
        }
        options.format = outputFormat
        try await ToolCommand.run(commandName: "swkafka topics", errorPrefix: "Error while executing topic command : ")
        {
            () throws(ToolError) in
            let command = try options.validate()
            let properties =
                try command.commandConfig.map { path throws(ToolError) in try loadToolProperties(path: path) }
                ?? KeyValueArguments()
            try await TopicsRunner.run(command, properties: properties)
        }
    }
}

/// Runs a tool's engine call and maps its `ToolError` to swkafka's conventions: a usage error is
/// one line plus the `--help` hint, exit 2; a failure is one line, exit 1.
enum ToolCommand {
    static func run(
        commandName: String, errorPrefix: String = "", _ body: () async throws(ToolError) -> Void
    ) async throws {
        do {
            try await body()
        } catch {
            switch error.kind {
            case .usage:
                SwKafka.writeStandardError("\(commandName): \(error.message)\nRun '\(commandName) --help' for usage.\n")
                throw ExitCode(SwKafka.usageExitCode)
            case .failure:
                SwKafka.writeStandardError("\(errorPrefix)\(error.message)\n")
                throw ExitCode(1)
            }
        }
    }
}
