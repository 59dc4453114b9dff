import ArgumentParser
import KafkaEngine

/// `swkafka consumer-perf-test`: Kafka's `kafka-consumer-perf-test.sh` (4.x options, with the 4.2
/// spellings), plus `--format json`.
struct ConsumerPerfTestCommand: AsyncParsableCommand, KafkaStyleArguments {
    static let configuration = CommandConfiguration(
        commandName: "consumer-perf-test",
        abstract: "This tool is used to verify the consumer performance.",
        discussion: """
            Joins --group (default perf-consumer-<random>), subscribes to --topic or the topics matching \
            --include, and reads --messages records from the earliest offset (the latest with --from-latest) \
            when the group has none committed, then prints the data consumed (key and value bytes, MB = 2^20 \
            bytes), the rates, the rebalance time and the fetch time.

            Exit status: 0 when --messages records were read; 1 when --timeout ms passed without a record first \
            (Kafka's warning is printed, and the summary), or the consumer failed; 2 on a usage error.
            """
    )

    @Option(
        name: .customLong("bootstrap-server"),
        help: ArgumentHelp("REQUIRED: The server(s) to connect to.", valueName: "server to connect to"))
    var bootstrapServer: String?

    @Option(name: .customLong("topic"), help: ArgumentHelp("The topic to consume from.", valueName: "topic"))
    var topic: String?

    @Option(
        name: .customLong("include"),
        help: ArgumentHelp(
            "Regular expression specifying list of topics to include for consumption.", valueName: "Java regex (String)"
        ))
    var include: String?

    @Option(
        name: .customLong("group"),
        help: ArgumentHelp("The group id to consume on. (default: perf-consumer-<random>)", valueName: "gid"))
    var group: String?

    @Option(
        name: .customLong("messages"),
        help: ArgumentHelp("REQUIRED: The number of messages to consume.", valueName: "count"))
    var messages: Int64?

    @Option(
        name: .customLong("fetch-size"),
        help: ArgumentHelp("The amount of data to fetch in a single request. (default: 1048576)", valueName: "size"))
    var fetchSize: Int = 1024 * 1024

    @Flag(
        name: .customLong("from-latest"),
        help:
            "If the consumer does not already have an established offset to consume from, start with the latest message present in the log rather than the earliest message."
    )
    var fromLatest = false

    @Option(
        name: .customLong("socket-buffer-size"),
        help: ArgumentHelp("The size of the tcp RECV size. (default: 2097152)", valueName: "size"))
    var socketBufferSize: Int = 2 * 1024 * 1024

    @Option(
        name: .customLong("consumer.config"),
        help: ArgumentHelp(
            "(deprecated, use --command-config) Consumer config properties file.", valueName: "config file"))
    var consumerConfig: String?

    @Option(
        name: .customLong("command-config"),
        help: ArgumentHelp("Consumer config properties file.", valueName: "config file"))
    var commandConfig: String?

    @Option(
        name: .customLong("command-property"), parsing: .singleValue,
        help: ArgumentHelp(
            "Consumer config properties in the form key=value; they take precedence over --command-config.",
            valueName: "prop"))
    var commandProperty: [String] = []

    @Flag(name: .customLong("print-metrics"), help: "Print out the metrics.")
    var printMetrics = false

    @Flag(
        name: .customLong("show-detailed-stats"),
        help: "If set, stats are reported for each reporting interval as configured by reporting-interval")
    var showDetailedStats = false

    @Option(
        name: .customLong("timeout"),
        help: ArgumentHelp(
            "The maximum allowed time in milliseconds between returned records. (default: 10000)",
            valueName: "milliseconds"))
    var timeout: Int64 = 10_000

    @Option(
        name: .customLong("reporting-interval"),
        help: ArgumentHelp(
            "Interval in milliseconds at which to print progress info. (default: 5000)", valueName: "interval_ms"))
    var reportingInterval: Int64 = 5000

    @Option(
        name: .customLong("date-format"),
        help: ArgumentHelp(
            "The date format to use for formatting the time field. See java.text.SimpleDateFormat for options. (default: yyyy-MM-dd HH:mm:ss:SSS)",
            valueName: "date format"))
    var dateFormat = "yyyy-MM-dd HH:mm:ss:SSS"

    @Flag(name: .customLong("hide-header"), help: "If set, skips printing the header for the stats")
    var hideHeader = false

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "text (Kafka's lines) or json (one JSON object per report line).", valueName: "text|json"))
    var format: String?

    /// `--timeout` takes an optional value in Kafka (jopt-simple): without one it keeps its default.
    static func normalize(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (i, argument) in arguments.enumerated() {
            if argument == "--timeout" && (i + 1 >= arguments.count || arguments[i + 1].hasPrefix("--")) { continue }
            result.append(argument)
        }
        return result
    }

    func run() async throws {
        var options = ConsumerPerfOptions()
        options.bootstrapServer = bootstrapServer
        options.topic = topic
        options.include = include
        options.group = group
        options.messages = messages
        options.fetchSize = fetchSize
        options.socketBufferSize = socketBufferSize
        options.consumerConfig = consumerConfig
        options.commandConfig = commandConfig
        options.commandProperty = commandProperty
        options.printMetrics = printMetrics
        options.showDetailedStats = showDetailedStats
        options.reportingInterval = reportingInterval
        options.dateFormat = dateFormat
        options.hideHeader = hideHeader
        options.fromLatest = fromLatest
        options.timeout = timeout
        options.format = format
        ToolStreams.ignoreBrokenPipe()
        try await ToolCommand.run(commandName: "swkafka consumer-perf-test") { () throws(ToolError) in
            let file = try options.configFile().map { path throws(ToolError) in try loadToolProperties(path: path) }
            let command = try options.validate(configFileProperties: file)
            let printer = ProducerPerfRunner.Printer(
                out: { ToolStreams.write($0 + "\n", to: ToolStreams.standardOutput) },
                err: { ToolStreams.write($0 + "\n", to: ToolStreams.standardError) })
            let outcome = try await ConsumerPerfRunner.run(command, printer: printer)
            if outcome.timedOut {
                throw .failure("Read \(outcome.messages) of the \(command.numMessages) messages expected.")
            }
        }
    }
}
