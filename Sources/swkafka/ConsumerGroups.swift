import ArgumentParser
import KafkaEngine

/// `swkafka consumer-groups`: Kafka's `kafka-consumer-groups.sh` (ConsumerGroupCommand), with
/// Kafka's options plus `--summary`, `--log-start-offset` and `--format`.
struct ConsumerGroupsCommand: AsyncParsableCommand, KafkaStyleArguments {
    static let configuration = CommandConfiguration(
        commandName: "consumer-groups",
        abstract:
            "List all consumer groups, describe a consumer group, delete consumer group info, or reset consumer group offsets.",
        discussion: """
            Exactly one of --list, --describe, --delete, --reset-offsets or --delete-offsets. The text output is \
            Kafka's, byte for byte; --format json prints one JSON document per group instead.

            Exit status: 0 on success; 1 when the command failed (Kafka's tool exits 0 and only prints \
            "Error: ..." on stdout; swkafka prints the same text and exits 1), including a group that does not \
            exist and a reset refused because the group is active; 2 on a usage error.
            """
    )

    @Option(
        name: .customLong("bootstrap-server"),
        help: ArgumentHelp("REQUIRED: The server(s) to connect to.", valueName: "server to connect to"))
    var bootstrapServer: String?

    @Option(
        name: .customLong("command-config"),
        help: ArgumentHelp(
            "Property file containing configs to be passed to Admin Client and Consumer.",
            valueName: "command config property file"))
    var commandConfig: String?

    @Flag(name: .customLong("list"), help: "List all consumer groups.")
    var list = false

    @Flag(
        name: .customLong("describe"),
        help:
            "Describe consumer group and list offset lag (number of messages not yet processed) related to given group."
    )
    var describe = false

    @Flag(
        name: .customLong("delete"),
        help:
            "Pass in groups to delete topic partition offsets and ownership information over the entire consumer group. For instance --group g1 --group g2"
    )
    var delete = false

    @Flag(
        name: .customLong("reset-offsets"),
        help: ArgumentHelp(
            "Reset offsets of consumer group. Supports one consumer group at the time, and instances should be inactive.",
            discussion:
                "Has 2 execution options: --dry-run (the default) to plan which offsets to reset, and --execute to update the offsets. Additionally, the --export option is used to export the results to a CSV format. You must choose one of the following reset specifications: --to-datetime, --by-duration, --to-earliest, --to-latest, --shift-by, --from-file, --to-current, --to-offset. To define the scope use --all-topics or --topic. One scope must be specified unless you use '--from-file'."
        ))
    var resetOffsets = false

    @Flag(
        name: .customLong("delete-offsets"),
        help: "Delete offsets of consumer group. Supports one consumer group at the time, and multiple topics.")
    var deleteOffsets = false

    @Option(
        name: .customLong("group"), parsing: .singleValue,
        help: ArgumentHelp("The consumer group we wish to act on. Repeatable.", valueName: "consumer group"))
    var group: [String] = []

    @Flag(name: .customLong("all-groups"), help: "Apply to all consumer groups.")
    var allGroups = false

    @Option(
        name: .customLong("topic"), parsing: .singleValue,
        help: ArgumentHelp(
            "The topic whose consumer group information should be deleted or topic whose should be included in the reset offset process. In `reset-offsets` case, partitions can be specified using this format: `topic1:0,1,2`, where 0,1,2 are the partition to be included in the process. Reset-offsets also supports multiple topic inputs.",
            valueName: "topic"))
    var topic: [String] = []

    @Flag(
        name: .customLong("all-topics"), help: "Consider all topics assigned to a group in the `reset-offsets` process."
    )
    var allTopics = false

    @Flag(
        name: .customLong("offsets"),
        help:
            "Describe the group and list all topic partitions in the group along with their offset lag. This is the default sub-action of and may be used with '--describe' option only."
    )
    var offsets = false

    @Flag(
        name: .customLong("members"),
        help: "Describe members of the group. This option may be used with '--describe' option only.")
    var members = false

    @Flag(
        name: .customLong("verbose"),
        help:
            "Provide additional information, if any, when describing the group. This option may be used with '--offsets'/'--members'/'--state' options only."
    )
    var verbose = false

    @Option(
        name: .customLong("state"),
        help: ArgumentHelp(
            "When specified with '--describe', includes the state of the group. When specified with '--list', it displays the state of all groups; with a value (e.g. stable,empty) it lists only groups in those states.",
            valueName: "states"))
    var state: String?

    @Option(
        name: .customLong("type"),
        help: ArgumentHelp(
            "When specified with '--list', it displays the types of all the groups; with a value (e.g. classic,consumer) it lists only groups of those types.",
            valueName: "types"))
    var type: String?

    @Option(
        name: .customLong("timeout"),
        help: ArgumentHelp(
            "The timeout that can be set for some use cases. For example, it can be used when describing the group to specify the maximum amount of time in milliseconds to wait before the group stabilizes (when the group is just created, or is going through some changes). (default: 5000)",
            valueName: "timeout (ms)"))
    var timeout: Int64?

    @Flag(
        name: .customLong("dry-run"),
        help: "Only show results without executing changes on Consumer Groups. Supported operations: reset-offsets.")
    var dryRun = false

    @Flag(name: .customLong("execute"), help: "Execute operation. Supported operations: reset-offsets.")
    var execute = false

    @Flag(
        name: .customLong("export"),
        help: "Export operation execution to a CSV file. Supported operations: reset-offsets.")
    var export = false

    @Option(
        name: .customLong("to-offset"), help: ArgumentHelp("Reset offsets to a specific offset.", valueName: "offset"))
    var toOffset: Int64?

    @Option(
        name: .customLong("from-file"),
        help: ArgumentHelp("Reset offsets to values defined in CSV file.", valueName: "path to CSV file"))
    var fromFile: String?

    @Option(
        name: .customLong("to-datetime"),
        help: ArgumentHelp(
            "Reset offsets to offset from datetime. Format: 'YYYY-MM-DDTHH:mm:SS.sss' (UTC unless a zone such as Z or +02:00 follows).",
            valueName: "datetime"))
    var toDatetime: String?

    @Option(
        name: .customLong("by-duration"),
        help: ArgumentHelp(
            "Reset offsets to offset by duration from current timestamp. Format: 'PnDTnHnMnS'", valueName: "duration"))
    var byDuration: String?

    @Flag(name: .customLong("to-earliest"), help: "Reset offsets to earliest offset.")
    var toEarliest = false

    @Flag(name: .customLong("to-latest"), help: "Reset offsets to latest offset.")
    var toLatest = false

    @Flag(name: .customLong("to-current"), help: "Reset offsets to current offset.")
    var toCurrent = false

    @Option(
        name: .customLong("shift-by"),
        help: ArgumentHelp(
            "Reset offsets shifting current offset by 'n', where 'n' can be positive or negative.",
            valueName: "number-of-offsets"))
    var shiftBy: Int64?

    @Flag(
        name: .customLong("summary"),
        help: "With --describe: after the tables, one line per group with its STATE, #MEMBERS and TOTAL-LAG.")
    var summary = false

    @Flag(
        name: .customLong("log-start-offset"),
        help: "With --describe: add a LOG-START-OFFSET column to the offsets table.")
    var logStartOffset = false

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Output: text (Kafka's) or json (one JSON document per group, one per line).", valueName: "text|json"))
    var format: String = "text"

    /// Marks `--state` / `--type` given without a value.
    static let emptyValue = "\u{0}"

    /// jopt-simple's spellings that swift-argument-parser reads differently: `--state` / `--type`
    /// take an optional value (the next argument, unless it is an option),
    /// and a negative number after `--shift-by` / `--to-offset` / `--timeout` is that option's value,
    /// not an option.
    static func normalize(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if ["--shift-by", "--to-offset", "--timeout"].contains(argument), i + 1 < arguments.count,
                arguments[i + 1].hasPrefix("-"), Int64(arguments[i + 1]) != nil
            {
                out.append("\(argument)=\(arguments[i + 1])")
                i += 2
                continue
            }
            out.append(argument)
            if argument == "--state" || argument == "--type" {
                let next = i + 1 < arguments.count ? arguments[i + 1] : nil
                if next.map({ $0.hasPrefix("--") }) ?? true { out.append(emptyValue) }
            }
            i += 1
        }
        return out
    }

    func run() async throws {
        var options = ConsumerGroupCommandOptions()
        let actions: [(Bool, ConsumerGroupAction)] = [
            (list, .list), (describe, .describe), (delete, .delete), (resetOffsets, .resetOffsets),
            (deleteOffsets, .deleteOffsets),
        ]
        options.actions = Set(actions.filter(\.0).map(\.1))
        options.bootstrapServer = bootstrapServer
        options.commandConfig = commandConfig
        options.groups = group
        options.allGroups = allGroups
        options.topics = topic
        options.allTopics = allTopics
        options.offsets = offsets
        options.members = members
        options.verbose = verbose
        options.state = state.map { $0 == Self.emptyValue ? nil : $0 }
        options.type = type.map { $0 == Self.emptyValue ? nil : $0 }
        options.timeoutMs = timeout
        options.dryRun = dryRun
        options.execute = execute
        options.export = export
        options.toOffset = toOffset
        options.fromFile = fromFile
        options.toDatetime = toDatetime
        options.byDuration = byDuration
        options.toEarliest = toEarliest
        options.toLatest = toLatest
        options.toCurrent = toCurrent
        options.shiftBy = shiftBy
        options.summary = summary
        options.logStartOffset = logStartOffset
        guard let outputFormat = ConsumerGroupOutputFormat(rawValue: format) else {
            throw ValidationError("--format must be text or json")
        }
        options.format = outputFormat
        var failed = false
        try await ToolCommand.run(commandName: "swkafka consumer-groups") { () throws(ToolError) in
            let command = try options.validate()
            let properties =
                try command.commandConfig.map { path throws(ToolError) in try loadToolProperties(path: path) }
                ?? KeyValueArguments()
            ToolStreams.ignoreBrokenPipe()
            failed = try await ConsumerGroupsRunner.run(command, properties: properties)
        }
        if failed { throw ExitCode(1) }
    }
}
