import ArgumentParser
import KafkaEngine

/// `swkafka console-consumer`: Kafka's `kafka-console-consumer.sh` (both spellings of the options
/// renamed in Kafka 4.2), plus `--format` and `--exit-at-end`.
struct ConsoleConsumerCommandLine: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console-consumer",
        abstract: "Consume messages from Kafka topics and write them to standard output.",
        discussion: """
            Without --partition the consumer subscribes to --topic (or the topics --include matches) in a \
            consumer group: --group (or group.id), with offsets auto-committed, or a generated \
            console-consumer-NNNNN group without commits. Each assigned partition starts at the group's \
            committed offset, else at the end (the beginning with --from-beginning). On exit the offsets after \
            the last record written are committed (auto-commit on) and the member leaves the group. With \
            --partition, or with an --offset range and no group, partitions are read directly without a group; \
            an --offset range with --group is refused.

            At exit 'Processed a total of N messages' is printed on stderr, also on SIGINT and when standard \
            output is closed (e.g. '| head').

            Exit status: 0 at the end of consumption (--max-messages, --timeout-ms without a record, \
            --exit-at-end, SIGINT, closed output); 1 on failure; 2 on a usage error.
            """
    )

    @Option(
        name: .customLong("bootstrap-server"),
        help: ArgumentHelp("REQUIRED: The server(s) to connect to.", valueName: "server to connect to"))
    var bootstrapServer: String?

    @Option(name: .customLong("topic"), help: ArgumentHelp("The topic to consume on.", valueName: "topic"))
    var topic: String?

    @Option(
        name: .customLong("include"),
        help: ArgumentHelp(
            "Regular expression specifying list of topics to include for consumption.", valueName: "Java regex (String)"
        ))
    var include: String?

    @Option(
        name: .customLong("partition"),
        help: ArgumentHelp(
            "The partition to consume from. Consumption starts from the end of the partition unless '--offset' is specified.",
            valueName: "partition"))
    var partition: Int32?

    @Option(
        name: .customLong("offset"), parsing: .unconditional,
        help: ArgumentHelp(
            "The offset to consume from (a non-negative number), or 'earliest' which means from beginning, or 'latest' which means from end (these need --partition); or a range: -N, A:B, A:end, @time, @t1:@t2.",
            valueName: "consume offset"))
    var offset: String?

    @Flag(
        name: .customLong("from-beginning"),
        help:
            "If the consumer does not already have an established offset to consume from, start with the earliest message present in the log rather than the latest message."
    )
    var fromBeginning = false

    @Option(
        name: .customLong("max-messages"),
        help: ArgumentHelp(
            "The maximum number of messages to consume before exiting. If not set, consumption is continual.",
            valueName: "num_messages"))
    var maxMessages: Int?

    @Option(
        name: .customLong("timeout-ms"),
        help: ArgumentHelp(
            "If specified, exit if no message is available for consumption for the specified interval.",
            valueName: "timeout_ms"))
    var timeoutMs: Int64?

    @Flag(
        name: .customLong("skip-message-on-error"),
        help: "If there is an error when processing a message, skip it instead of halt.")
    var skipMessageOnError = false

    @Option(
        name: .customLong("group"),
        help: ArgumentHelp(
            "The consumer group id of the consumer.", valueName: "consumer group id"))
    var group: String?

    @Option(
        name: .customLong("isolation-level"),
        help: ArgumentHelp(
            "Set to read_committed in order to filter out transactional messages which are not committed. Set to read_uncommitted to read all messages. (default: read_uncommitted)",
            valueName: "isolation level"))
    var isolationLevel: String?

    @Option(
        name: .customLong("formatter"),
        help: ArgumentHelp(
            "The name of a class to use for formatting kafka messages for display: org.apache.kafka.tools.consumer.DefaultMessageFormatter (the default) or NoOpMessageFormatter.",
            valueName: "class"))
    var formatter: String?

    @Option(
        name: .customLong("property"), parsing: .singleValue,
        help: ArgumentHelp(
            "The properties to initialize the message formatter: print.timestamp, print.key, print.offset, print.partition, print.delivery, print.epoch, print.headers, print.value, key.separator, line.separator, headers.separator, null.literal, key.deserializer, value.deserializer, headers.deserializer.",
            valueName: "prop"))
    var property: [String] = []

    @Option(
        name: .customLong("formatter-property"), parsing: .singleValue,
        help: ArgumentHelp("The 4.2 spelling of --property.", valueName: "prop"))
    var formatterProperty: [String] = []

    @Option(
        name: .customLong("formatter-config"),
        help: ArgumentHelp(
            "Config properties file to initialize the message formatter. Note that --property takes precedence over this config.",
            valueName: "config file"))
    var formatterConfig: String?

    @Option(
        name: .customLong("consumer-property"), parsing: .singleValue,
        help: ArgumentHelp(
            "A mechanism to pass user-defined properties in the form key=value to the consumer.",
            valueName: "consumer_prop"))
    var consumerProperty: [String] = []

    @Option(
        name: .customLong("command-property"), parsing: .singleValue,
        help: ArgumentHelp("The 4.2 spelling of --consumer-property.", valueName: "consumer_prop"))
    var commandProperty: [String] = []

    @Option(
        name: .customLong("consumer.config"),
        help: ArgumentHelp(
            "Consumer config properties file. Note that --consumer-property takes precedence over this config.",
            valueName: "config file"))
    var consumerConfig: String?

    @Option(
        name: .customLong("command-config"),
        help: ArgumentHelp("The 4.2 spelling of --consumer.config.", valueName: "config file"))
    var commandConfig: String?

    @Option(
        name: .customLong("key-deserializer"),
        help: ArgumentHelp("The name of the class to use for deserializing keys.", valueName: "deserializer for key"))
    var keyDeserializer: String?

    @Option(
        name: .customLong("value-deserializer"),
        help: ArgumentHelp(
            "The name of the class to use for deserializing values.", valueName: "deserializer for values"))
    var valueDeserializer: String?

    @Flag(
        name: .customLong("enable-systest-events"),
        help:
            "Log lifecycle events of the consumer in addition to logging consumed messages. (This is specific for system tests.)"
    )
    var enableSystestEvents = false

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Instead of Kafka's formatter: 'json' (one object per record) or a template (%t topic, %p partition, %o offset, %k key, %v value, %T timestamp, %h headers, ...).",
            valueName: "json|template"))
    var format: String?

    @Flag(
        name: .customLong("exit-at-end"),
        help: "Exit once every partition has been read up to the end offset it had when consumption started.")
    var exitAtEnd = false

    func run() async throws {
        var options = ConsoleConsumerOptions()
        options.bootstrapServer = bootstrapServer
        options.topic = topic
        options.include = include
        options.partition = partition
        options.offset = offset
        options.fromBeginning = fromBeginning
        options.maxMessages = maxMessages
        options.timeoutMs = timeoutMs
        options.skipMessageOnError = skipMessageOnError
        options.group = group
        options.isolationLevel = isolationLevel
        options.formatter = formatter
        options.property = property
        options.formatterProperty = formatterProperty
        options.formatterConfig = formatterConfig
        options.consumerProperty = consumerProperty
        options.commandProperty = commandProperty
        options.consumerConfig = consumerConfig
        options.commandConfig = commandConfig
        options.keyDeserializer = keyDeserializer
        options.valueDeserializer = valueDeserializer
        options.enableSystestEvents = enableSystestEvents
        options.format = format
        options.exitAtEnd = exitAtEnd
        try await ToolCommand.run(commandName: "swkafka console-consumer") { () throws(ToolError) in
            let consumerFile = try options.consumerConfigFile.map { path throws(ToolError) in
                try loadToolProperties(path: path)
            }
            let formatterFile = try options.formatterConfig.map { path throws(ToolError) in
                try loadToolProperties(path: path)
            }
            let command = try options.validate(
                consumerConfigFile: consumerFile ?? KeyValueArguments(),
                formatterConfigFile: formatterFile ?? KeyValueArguments())
            ToolStreams.ignoreBrokenPipe()
            let interrupt = InterruptFlag()
            interrupt.catchSignals()
            let outcome = try await ConsoleConsumerRunner.run(command, interrupt: interrupt)
            if outcome.outputClosed {
                ToolStreams.write(ConsoleConsumerCommand.closedStdoutLine, to: ToolStreams.standardError)
            }
            ToolStreams.write(ConsoleConsumerCommand.processedLine(outcome.processed), to: ToolStreams.standardError)
        }
    }
}
