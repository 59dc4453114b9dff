import ArgumentParser
import KafkaEngine

/// `swkafka producer-perf-test`: Kafka's `kafka-producer-perf-test.sh` (4.x options, with the 4.2
/// spellings), plus `--format json`.
struct ProducerPerfTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "producer-perf-test",
        abstract: "This tool is used to verify the producer performance.",
        discussion: """
            Sends --num-records records to --topic as fast as --throughput allows and prints, every reporting \
            interval, the records sent, records/sec, MB/sec and the average and maximum latency (send to \
            acknowledgement), then the same for the whole run with the 50th, 95th, 99th and 99.9th percentile \
            latencies (exact, over every record). Transactions (--transactional-id, --transaction-duration-ms, \
            transactional.id) are not supported yet and are refused.

            Exit status: 0 when every record was acknowledged; 1 when any failed (their errors on stderr) or the \
            producer could not start; 2 on a usage error.
            """
    )

    @Option(name: .customLong("topic"), help: ArgumentHelp("produce messages to this topic", valueName: "TOPIC"))
    var topic: String?

    @Option(
        name: .customLong("num-records"), help: ArgumentHelp("number of messages to produce", valueName: "NUM-RECORDS"))
    var numRecords: Int64?

    @Option(
        name: .customLong("record-size"),
        help: ArgumentHelp(
            "message size in bytes. Note that you must provide exactly one of --record-size or --payload-file or --payload-monotonic.",
            valueName: "RECORD-SIZE"))
    var recordSize: Int?

    @Option(
        name: .customLong("payload-file"),
        help: ArgumentHelp(
            "file to read the message payloads from. This works only for UTF-8 encoded text files. Payloads will be read from this file and a payload will be randomly selected when sending messages. Note that you must provide exactly one of --record-size or --payload-file or --payload-monotonic.",
            valueName: "PAYLOAD-FILE"))
    var payloadFile: String?

    @Flag(
        name: .customLong("payload-monotonic"),
        help:
            "payload is monotonically increasing integer. Note that you must provide exactly one of --record-size or --payload-file or --payload-monotonic."
    )
    var payloadMonotonic = false

    @Option(
        name: .customLong("payload-delimiter"),
        help: ArgumentHelp(
            "provides delimiter to be used when --payload-file is provided. Defaults to new line. Note that this parameter will be ignored if --payload-file is not provided. (default: \\n)",
            valueName: "PAYLOAD-DELIMITER"))
    var payloadDelimiter: String = "\\n"

    @Option(
        name: .customLong("throughput"), parsing: .unconditional,
        help: ArgumentHelp(
            "throttle maximum message throughput to *approximately* THROUGHPUT messages/sec. Set this to -1 to disable throttling.",
            valueName: "THROUGHPUT"))
    var throughput: Double?

    @Option(
        name: .customLong("bootstrap-server"),
        help: ArgumentHelp(
            "The server(s) to connect to. This config takes precedence over bootstrap.servers specified via --command-property or --command-config.",
            valueName: "BOOTSTRAP-SERVERS"))
    var bootstrapServer: String?

    @Option(
        name: .customLong("producer-props"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "(deprecated, use --command-property) kafka producer related configuration properties like bootstrap.servers,client.id etc. These configs take precedence over those passed via --producer.config.",
            valueName: "PROP-NAME=PROP-VALUE"))
    var producerProps: [String] = []

    @Option(
        name: .customLong("command-property"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "Kafka producer related configuration properties like client.id. These configs take precedence over those passed via --command-config.",
            valueName: "PROP-NAME=PROP-VALUE"))
    var commandProperty: [String] = []

    @Option(
        name: .customLong("producer.config"),
        help: ArgumentHelp(
            "(deprecated, use --command-config) producer config properties file.", valueName: "CONFIG-FILE"))
    var producerConfig: String?

    @Option(
        name: .customLong("command-config"),
        help: ArgumentHelp("Producer config properties file.", valueName: "CONFIG-FILE"))
    var commandConfig: String?

    @Flag(name: .customLong("print-metrics"), help: "print out metrics at the end of the test.")
    var printMetrics = false

    @Option(
        name: .customLong("transactional-id"),
        help: ArgumentHelp(
            "The transactional id to use (not supported by swkafka yet: refused).", valueName: "TRANSACTIONAL-ID"))
    var transactionalId: String?

    @Option(
        name: .customLong("transaction-duration-ms"),
        help: ArgumentHelp(
            "The max age of each transaction (not supported by swkafka yet: refused).",
            valueName: "TRANSACTION-DURATION"))
    var transactionDurationMs: Int64?

    @Option(
        name: .customLong("warmup-records"), parsing: .unconditional,
        help: ArgumentHelp(
            "The number of records to treat as warmup; these initial records will not be included in steady-state statistics. An additional summary line will be printed describing the steady-state statistics. (default: 0)",
            valueName: "WARMUP-RECORDS"))
    var warmupRecords: Int64 = 0

    @Option(
        name: .customLong("reporting-interval"), parsing: .unconditional,
        help: ArgumentHelp(
            "Interval in milliseconds at which to print progress info. (default: 5000)", valueName: "INTERVAL-MS"))
    var reportingInterval: Int64?

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "text (Kafka's lines) or json (one JSON object per report line).", valueName: "text|json"))
    var format: String?

    func run() async throws {
        var options = ProducerPerfOptions()
        options.topic = topic
        options.numRecords = numRecords
        options.recordSize = recordSize
        options.payloadFile = payloadFile
        options.payloadMonotonic = payloadMonotonic
        options.payloadDelimiter = payloadDelimiter
        options.throughput = throughput
        options.producerProps = producerProps.isEmpty ? nil : producerProps
        options.commandProperty = commandProperty.isEmpty ? nil : commandProperty
        options.producerConfig = producerConfig
        options.commandConfig = commandConfig
        options.bootstrapServer = bootstrapServer
        options.printMetrics = printMetrics
        options.transactionalId = transactionalId
        options.transactionDurationMs = transactionDurationMs
        options.warmupRecords = warmupRecords
        options.reportingInterval = reportingInterval
        options.format = format
        ToolStreams.ignoreBrokenPipe()
        try await ToolCommand.run(commandName: "swkafka producer-perf-test") { () throws(ToolError) in
            let file = try options.configFile().map { path throws(ToolError) in try loadToolProperties(path: path) }
            let command = try options.validate(configFileProperties: file)
            let printer = ProducerPerfRunner.Printer(
                out: { ToolStreams.write($0 + "\n", to: ToolStreams.standardOutput) },
                err: { ToolStreams.write($0 + "\n", to: ToolStreams.standardError) })
            for notice in command.notices {
                if command.format == .json { printer.err(notice) } else { printer.out(notice) }
            }
            let outcome = try await ProducerPerfRunner.run(command, printer: printer)
            if outcome.failed > 0 || outcome.stopped != nil {
                throw .failure("\(outcome.failed) of \(command.numRecords) records failed.")
            }
        }
    }
}
