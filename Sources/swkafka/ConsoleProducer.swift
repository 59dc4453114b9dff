import ArgumentParser
import KafkaEngine

/// `swkafka console-producer`: Kafka's `kafka-console-producer.sh` (both spellings of the options
/// renamed in Kafka 4.2), plus kcat's input options.
struct ConsoleProducerCommandLine: AsyncParsableCommand, KafkaStyleArguments {
    static let configuration = CommandConfiguration(
        commandName: "console-producer",
        abstract: "Read data from standard input and publish it to Kafka.",
        discussion: """
            Each line of standard input is a record (parse.key / parse.headers split it, see --property). On a \
            terminal a '>' prompt is printed before each line, which is edited with GNU readline; Ctrl-D on an \
            empty line ends the input. The lines typed are kept in $SWKAFKA_HISTORY_FILE, by default \
            $HOME/.swkafka_history (the newest 1000; set the variable to an empty string to keep none).

            Exit status: 0 when every record was acknowledged; 1 when any was not (their count and the first \
            error on stderr) or the input was invalid; 2 on a usage error.
            """
    )

    @Option(
        name: .customLong("bootstrap-server"),
        help: ArgumentHelp(
            "REQUIRED: The server(s) to connect to. The broker list string in the form HOST1:PORT1,HOST2:PORT2.",
            valueName: "server to connect to"))
    var bootstrapServer: String?

    @Option(
        name: .customLong("topic"),
        help: ArgumentHelp("REQUIRED: The topic id to produce messages to.", valueName: "topic"))
    var topic: String?

    @Flag(
        name: .customLong("sync"),
        help: "If set message send requests to the brokers are synchronously, one at a time as they arrive.")
    var sync = false

    @Option(
        name: .customLong("compression-codec"),
        help: ArgumentHelp(
            "The compression codec: either 'none', 'gzip', 'snappy', 'lz4', or 'zstd'. If specified without value, then it defaults to 'gzip'.",
            valueName: "compression-codec"))
    var compressionCodec: String?

    @Option(
        name: .customLong("batch-size"),
        help: ArgumentHelp(
            "Number of messages to send in a single batch if they are not being sent synchronously. (default: 16384)",
            valueName: "size"))
    var batchSize: Int?

    @Option(
        name: .customLong("max-partition-memory-bytes"),
        help: ArgumentHelp(
            "The buffer size allocated for a partition. (default: 16384)", valueName: "memory in bytes per partition"))
    var maxPartitionMemoryBytes: Int?

    @Option(
        name: .customLong("message-send-max-retries"),
        help: ArgumentHelp("The number of retries before the producer gives up. (default: 3)", valueName: "retries"))
    var messageSendMaxRetries: Int?

    @Option(
        name: .customLong("retry-backoff-ms"),
        help: ArgumentHelp(
            "Before each retry, the producer refreshes the metadata of relevant topics. (default: 100)", valueName: "ms"
        ))
    var retryBackoffMs: Int64?

    @Option(
        name: [.customLong("timeout"), .customLong("linger-ms")],
        help: ArgumentHelp(
            "If set and the producer is running in asynchronous mode, this gives the maximum amount of time a message will queue awaiting sufficient batch size; linger.ms. (default: 1000)",
            valueName: "timeout_ms"))
    var timeout: Int64?

    @Option(
        name: .customLong("request-required-acks"),
        help: ArgumentHelp(
            "The required acks of the producer requests: -1, 0, 1 or all. (default: -1)",
            valueName: "request required acks"))
    var requestRequiredAcks: String?

    @Option(
        name: .customLong("request-timeout-ms"),
        help: ArgumentHelp("The ack timeout of the producer requests. (default: 1500)", valueName: "request timeout ms")
    )
    var requestTimeoutMs: Int?

    @Option(
        name: .customLong("metadata-expiry-ms"),
        help: ArgumentHelp(
            "The period of time in milliseconds after which we force a refresh of metadata. (default: 300000)",
            valueName: "metadata expiration interval"))
    var metadataExpiryMs: Int64?

    @Option(
        name: .customLong("max-block-ms"),
        help: ArgumentHelp(
            "The max time that the producer will block for during a send request. (default: 60000)",
            valueName: "max block on send"))
    var maxBlockMs: Int64?

    @Option(
        name: .customLong("max-memory-bytes"),
        help: ArgumentHelp(
            "The total memory used by the producer to buffer records waiting to be sent to the server. (default: 33554432)",
            valueName: "total memory in bytes"))
    var maxMemoryBytes: Int64?

    @Option(
        name: .customLong("socket-buffer-size"),
        help: ArgumentHelp("The size of the tcp RECV size. (default: 102400)", valueName: "size"))
    var socketBufferSize: Int?

    @Option(
        name: .customLong("line-reader"),
        help: ArgumentHelp(
            "The class name of the class to use for reading lines from standard in (only org.apache.kafka.tools.LineMessageReader).",
            valueName: "reader_class"))
    var lineReader: String?

    @Option(
        name: .customLong("property"), parsing: .singleValue,
        help: ArgumentHelp(
            "A mechanism to pass user-defined properties in the form key=value to the message reader: parse.key, key.separator, parse.headers, headers.delimiter, headers.separator, headers.key.separator, null.marker, ignore.error.",
            valueName: "prop"))
    var property: [String] = []

    @Option(
        name: .customLong("reader-property"), parsing: .singleValue,
        help: ArgumentHelp("The 4.2 spelling of --property.", valueName: "prop"))
    var readerProperty: [String] = []

    @Option(
        name: .customLong("reader-config"),
        help: ArgumentHelp(
            "Config properties file for the message reader. Note that --property takes precedence over this config.",
            valueName: "config file"))
    var readerConfig: String?

    @Option(
        name: .customLong("producer-property"), parsing: .singleValue,
        help: ArgumentHelp(
            "A mechanism to pass user-defined properties in the form key=value to the producer.",
            valueName: "producer_prop"))
    var producerProperty: [String] = []

    @Option(
        name: .customLong("command-property"), parsing: .singleValue,
        help: ArgumentHelp("The 4.2 spelling of --producer-property.", valueName: "producer_prop"))
    var commandProperty: [String] = []

    @Option(
        name: .customLong("producer.config"),
        help: ArgumentHelp(
            "Producer config properties file. Note that --producer-property takes precedence over this config.",
            valueName: "config file"))
    var producerConfig: String?

    @Option(
        name: .customLong("command-config"),
        help: ArgumentHelp("The 4.2 spelling of --producer.config.", valueName: "config file"))
    var commandConfig: String?

    @Option(
        name: .customShort("D"),
        help: ArgumentHelp(
            "kcat: the record delimiter instead of a newline (escapes such as \\0 and \\x1e).", valueName: "delim"))
    var delimiter: String?

    @Option(
        name: .customShort("K"),
        help: ArgumentHelp(
            "kcat: the key delimiter; each record is key<delim>value (a record without it has no key).",
            valueName: "delim"))
    var keyDelimiter: String?

    @Option(name: .customShort("k"), help: ArgumentHelp("kcat: the key of every record.", valueName: "key"))
    var key: String?

    @Option(
        name: .customShort("H"), parsing: .singleValue,
        help: ArgumentHelp("kcat: a header of every record. Repeatable.", valueName: "name=value"))
    var headers: [String] = []

    @Flag(name: .customShort("Z"), help: "kcat: send empty keys and values as null.")
    var emptyAsNull = false

    @Option(name: .customShort("p"), help: ArgumentHelp("kcat: the partition of every record.", valueName: "partition"))
    var partition: Int32?

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "An input template: fields %k key, %v value, %p partition, %T timestamp, %h headers between literal text.",
            valueName: "template"))
    var format: String?

    /// `--compression-codec` without a value means gzip (jopt-simple's optional argument: the next
    /// argument is its value unless it is an option).
    static func normalize(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--compression-codec" && (i + 1 >= arguments.count || arguments[i + 1].hasPrefix("-")) {
                result.append(contentsOf: ["--compression-codec", "gzip"])
            } else {
                result.append(argument)
            }
            i += 1
        }
        return result
    }

    func run() async throws {
        var options = ConsoleProducerOptions()
        options.bootstrapServer = bootstrapServer
        options.topic = topic
        options.sync = sync
        options.compressionCodec = compressionCodec
        options.batchSize = batchSize
        options.maxPartitionMemoryBytes = maxPartitionMemoryBytes
        options.messageSendMaxRetries = messageSendMaxRetries
        options.retryBackoffMs = retryBackoffMs
        options.timeout = timeout
        options.requestRequiredAcks = requestRequiredAcks
        options.requestTimeoutMs = requestTimeoutMs
        options.metadataExpiryMs = metadataExpiryMs
        options.maxBlockMs = maxBlockMs
        options.maxMemoryBytes = maxMemoryBytes
        options.socketBufferSize = socketBufferSize
        options.lineReader = lineReader
        options.property = property
        options.readerProperty = readerProperty
        options.readerConfig = readerConfig
        options.producerProperty = producerProperty
        options.commandProperty = commandProperty
        options.producerConfig = producerConfig
        options.commandConfig = commandConfig
        options.delimiter = delimiter
        options.keyDelimiter = keyDelimiter
        options.key = key
        options.headers = headers
        options.emptyAsNull = emptyAsNull
        options.partition = partition
        options.format = format
        try await ToolCommand.run(commandName: "swkafka console-producer") { () throws(ToolError) in
            let producerFile = try options.producerConfigFile.map { path throws(ToolError) in
                try loadToolProperties(path: path)
            }
            let readerFile = try options.readerConfig.map { path throws(ToolError) in try loadToolProperties(path: path)
            }
            let command = try options.validate(
                producerConfigFile: producerFile ?? KeyValueArguments(),
                readerConfigFile: readerFile ?? KeyValueArguments())
            let input: any ConsoleInput
            if ToolStreams.isTerminal(0) {
                let editor = LineEditor()
                input = InteractiveLineInput(readLine: editor.readLine, finish: editor.finish)
            } else {
                input = StandardInputChunks(fd: 0)
            }
            let outcome = try await ConsoleProducerRunner.run(command, input: input)
            if outcome.recordsFailed > 0 {
                throw .failure(
                    "\(outcome.recordsFailed) of \(outcome.recordsRead) records were not acknowledged; the first error: \(outcome.firstError ?? "unknown")"
                )
            }
        }
    }
}
