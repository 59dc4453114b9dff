/// The command line of `console-producer` (Kafka's `ConsoleProducerConfig`) as given, plus
/// kcat's input options. `validate` applies Kafka's checks and returns the command to run, with
/// the producer configuration Kafka would build (`producerProperties`) and the record reader's.
/// Both spellings of the options renamed in Kafka 4.2 (KIP-1147) are accepted.
package struct ConsoleProducerOptions: Sendable, Equatable {
    package var bootstrapServer: String?
    package var topic: String?
    package var sync = false
    /// `--compression-codec`: `""` when given without a value (Kafka then uses gzip).
    package var compressionCodec: String?
    package var batchSize: Int?
    package var maxPartitionMemoryBytes: Int?
    package var messageSendMaxRetries: Int?
    package var retryBackoffMs: Int64?
    /// `--timeout` (or `--linger-ms`): `linger.ms`.
    package var timeout: Int64?
    package var requestRequiredAcks: String?
    package var requestTimeoutMs: Int?
    package var metadataExpiryMs: Int64?
    package var maxBlockMs: Int64?
    package var maxMemoryBytes: Int64?
    package var socketBufferSize: Int?
    package var lineReader: String?
    /// `--property` (before 4.2).
    package var property: [String] = []
    /// `--reader-property` (4.2).
    package var readerProperty: [String] = []
    package var readerConfig: String?
    /// `--producer-property` (before 4.2).
    package var producerProperty: [String] = []
    /// `--command-property` (4.2).
    package var commandProperty: [String] = []
    /// `--producer.config` (before 4.2).
    package var producerConfig: String?
    /// `--command-config` (4.2).
    package var commandConfig: String?
    // kcat's input options.
    /// `-D`: the record delimiter, with escapes (`\0`, `\x1e`, ...).
    package var delimiter: String?
    /// `-K`: the key delimiter; sets `parse.key` with this `key.separator`.
    package var keyDelimiter: String?
    /// `-k`: a key for every record.
    package var key: String?
    /// `-H name=value`, repeatable.
    package var headers: [String] = []
    /// `-Z`: empty keys and values are sent as null.
    package var emptyAsNull = false
    /// `--format`: an input template (`InputTemplate`).
    package var format: String?
    /// `-p`: the partition of every record.
    package var partition: Int32?

    package init() {}

    /// The producer properties file to load before `validate`.
    package var producerConfigFile: String? { commandConfig ?? producerConfig }

    /// Kafka's defaults of the options that map to producer configs.
    package static let defaults: [(option: String, config: String, value: String)] = [
        ("timeout", "linger.ms", "1000"),
        ("request-required-acks", "acks", "-1"),
        ("request-timeout-ms", "request.timeout.ms", "1500"),
        ("message-send-max-retries", "retries", "3"),
        ("retry-backoff-ms", "retry.backoff.ms", "100"),
        ("socket-buffer-size", "send.buffer.bytes", "102400"),
        ("max-memory-bytes", "buffer.memory", "33554432"),
        ("batch-size", "batch.size", "16384"),
        ("max-partition-memory-bytes", "batch.size", "16384"),
        ("metadata-expiry-ms", "metadata.max.age.ms", "300000"),
        ("max-block-ms", "max.block.ms", "60000"),
    ]

    /// Checks the command line and builds the command. `producerConfigFile` and
    /// `readerConfigFile` are the parsed contents of the files the options name.
    package func validate(
        producerConfigFile: KeyValueArguments = KeyValueArguments(),
        readerConfigFile: KeyValueArguments = KeyValueArguments()
    ) throws(ToolError) -> ConsoleProducerCommand {
        guard let topic else { throw ToolError.missingRequired("topic") }
        guard let bootstrapServer else { throw .usage("Missing required option(s) [bootstrap-server]") }
        try Self.validateBootstrapServer(bootstrapServer)
        if !producerProperty.isEmpty && !commandProperty.isEmpty {
            throw .usage("Options --producer-property and --command-property cannot be specified together.")
        }
        if producerConfig != nil && commandConfig != nil {
            throw .usage("Options --producer.config and --command-config cannot be specified together.")
        }
        if !property.isEmpty && !readerProperty.isEmpty {
            throw .usage("Options --property and --reader-property cannot be specified together.")
        }
        if let lineReader, !ConsoleProducerOptions.lineReaderNames.contains(lineReader) {
            throw .usage("Unsupported line reader class \(lineReader)")
        }

        // producerProps
        var props = producerConfigFile
        props.merge(KeyValueArguments(commandProperty.isEmpty ? producerProperty : commandProperty))
        props["bootstrap.servers"] = bootstrapServer
        let codec = compressionCodec.map { $0.isEmpty ? "gzip" : $0 } ?? "none"
        props["compression.type"] = codec
        if props["client.id"] == nil { props["client.id"] = "console-producer" }
        let given: [String: String?] = [
            "timeout": timeout.map(String.init), "request-required-acks": requestRequiredAcks,
            "request-timeout-ms": requestTimeoutMs.map(String.init),
            "message-send-max-retries": messageSendMaxRetries.map(String.init),
            "retry-backoff-ms": retryBackoffMs.map(String.init),
            "socket-buffer-size": socketBufferSize.map(String.init),
            "max-memory-bytes": maxMemoryBytes.map(String.init), "batch-size": batchSize.map(String.init),
            "max-partition-memory-bytes": maxPartitionMemoryBytes.map(String.init),
            "metadata-expiry-ms": metadataExpiryMs.map(String.init), "max-block-ms": maxBlockMs.map(String.init),
        ]
        // CommandLineUtils.maybeMergeOptions: an option given wins, then the properties, then
        // the option's default.
        for (option, config, value) in Self.defaults {
            if let explicit = given[option] ?? nil {
                props[config] = explicit
            } else if props[config] == nil {
                props[config] = value
            }
        }
        if !["none", "gzip", "snappy", "lz4", "zstd"].contains(props["compression.type"] ?? "") {
            throw .failure(
                "Invalid value \(props["compression.type"] ?? "") for configuration compression.type: String must be one of: none, gzip, snappy, lz4, zstd"
            )
        }
        if !["all", "-1", "0", "1"].contains(props["acks"]?.javaTrimmed().lowercased() ?? "") {
            throw .failure(
                "Invalid value \(props["acks"] ?? "") for configuration acks: String must be one of: all, -1, 0, 1")
        }

        // readerProps
        var readerProps = readerConfigFile
        readerProps["topic"] = topic
        readerProps.merge(KeyValueArguments(readerProperty.isEmpty ? property : readerProperty))
        if let keyDelimiter {
            readerProps["parse.key"] = "true"
            readerProps["key.separator"] = String(decoding: try unescapeBytes(keyDelimiter), as: UTF8.self)
        }
        var reader = try LineReaderConfig(properties: readerProps)
        if keyDelimiter != nil {
            // kcat: a record without the key delimiter is a value without a key.
            reader.ignoreError = true
        }
        if let delimiter { reader.recordDelimiter = try RecordDelimiter.parse(delimiter) }
        if let key { reader.fixedKey = Array(key.utf8) }
        for header in headers {
            guard let eq = header.firstIndex(of: "=") else {
                throw .usage("Header '\(header)' is not name=value")
            }
            reader.extraHeaders.append((String(header[..<eq]), Array(header[header.index(after: eq)...].utf8)))
        }
        reader.emptyAsNull = emptyAsNull
        if let format {
            if keyDelimiter != nil || readerProps["parse.key"].map(javaBooleanProperty) == true
                || readerProps["parse.headers"].map(javaBooleanProperty) == true
            {
                throw .usage("Option --format cannot be used with parse.key, parse.headers or a key delimiter.")
            }
            reader.template = try InputTemplate(format)
        }
        var command = ConsoleProducerCommand(
            bootstrapServer: bootstrapServer, topic: topic, producerProperties: props, reader: reader)
        command.sync = sync
        command.partition = partition
        return command
    }

    static let lineReaderNames: Set<String> = [
        "org.apache.kafka.tools.LineMessageReader", "kafka.tools.LineMessageReader", "LineMessageReader",
    ]

    /// Kafka's `ToolsUtils.validateBootstrapServer`.
    package static func validateBootstrapServer(_ servers: String) throws(ToolError) {
        if servers.javaTrimmed().isEmpty { throw .usage("Error while validating the bootstrap address") }
        let entries = servers.split(separator: ",", omittingEmptySubsequences: false)
        for entry in entries {
            // Utils.getPort: the digits after the last ':'.
            guard let colon = entry.lastIndex(of: ":"), let port = Int(entry[entry.index(after: colon)...]), port >= 0
            else {
                throw .usage("Please provide valid host:port like host1:9091,host2:9092")
            }
        }
    }
}

/// A validated `console-producer` command.
package struct ConsoleProducerCommand: Sendable, Equatable {
    package var bootstrapServer: String
    package var topic: String
    /// `--sync`: each record is sent and acknowledged before the next is read.
    package var sync = false
    /// kcat's `-p`: every record to this partition (a `%p` field overrides it).
    package var partition: Int32?
    /// The producer configuration, Kafka's way: the file, `--producer-property`, then the
    /// tool's options and their defaults (`bootstrap.servers`, `compression.type`,
    /// `client.id=console-producer`, `linger.ms`, `acks`, `batch.size`, ...).
    package var producerProperties: KeyValueArguments
    package var reader: LineReaderConfig

    package init(
        bootstrapServer: String, topic: String, producerProperties: KeyValueArguments, reader: LineReaderConfig
    ) {
        self.bootstrapServer = bootstrapServer
        self.topic = topic
        self.producerProperties = producerProperties
        self.reader = reader
    }
}
