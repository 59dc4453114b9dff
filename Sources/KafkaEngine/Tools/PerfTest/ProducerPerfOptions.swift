/// How the perf tools print: Kafka's text lines, or one JSON object per line (ours).
package enum PerfOutputFormat: String, Sendable, Equatable {
    case text
    case json

    package init(option: String?) throws(ToolError) {
        guard let option else {
            self = .text
            return
        }
        guard let format = PerfOutputFormat(rawValue: option) else {
            throw .usage("--format must be text or json, not '\(option)'")
        }
        self = format
    }
}

/// Where `producer-perf-test` takes its payloads from: exactly one of Kafka's three options.
package enum ProducerPayload: Sendable, Equatable {
    /// `--record-size`: fresh random uppercase letters of this many bytes per record.
    case randomBytes(Int)
    /// `--payload-file`: a payload picked at random from the file's payloads per record.
    case file([[UInt8]])
    /// `--payload-monotonic`: the record number in decimal.
    case monotonic
}

/// A validated `producer-perf-test` run.
package struct ProducerPerfCommand: Sendable {
    package var topic: String
    package var numRecords: Int64
    package var warmupRecords: Int64
    package var payload: ProducerPayload
    package var throughput: Double
    package var producerProperties: KeyValueArguments
    package var printMetrics: Bool
    package var reportingIntervalMs: Int64
    package var format: PerfOutputFormat
    /// Lines Kafka prints while reading the options (the payload file's).
    package var notices: [String]
}

/// `kafka-producer-perf-test.sh`'s options as given (Kafka 4.x, with the 4.2 spellings
/// `--command-property`, `--command-config`, `--bootstrap-server` and `--reporting-interval` next to
/// `--producer-props` and `--producer.config`), validated in Kafka's order with its messages.
package struct ProducerPerfOptions: Sendable {
    package var topic: String?
    package var numRecords: Int64?
    package var recordSize: Int?
    package var payloadFile: String?
    package var payloadMonotonic = false
    /// Kafka's default is the two characters `\n`, read as a newline.
    package var payloadDelimiter = "\\n"
    package var throughput: Double?
    package var producerProps: [String]?
    package var commandProperty: [String]?
    package var producerConfig: String?
    package var commandConfig: String?
    package var bootstrapServer: String?
    package var printMetrics = false
    package var transactionalId: String?
    package var transactionDurationMs: Int64?
    package var warmupRecords: Int64 = 0
    package var reportingInterval: Int64?
    package var format: String?

    package init() {}

    /// The properties file named by `--producer.config` / `--command-config`, if any.
    package func configFile() throws(ToolError) -> String? {
        if producerConfig != nil && commandConfig != nil {
            throw .usage("--producer.config and --command-config cannot be used together")
        }
        return commandConfig ?? producerConfig
    }

    /// Checks the options as argparse4j and `ConfigPostProcessor` do, reads the payload file, and
    /// merges the producer properties: file, then `--producer-props`/`--command-property`, then
    /// `--bootstrap-server`.
    package func validate(
        configFileProperties: KeyValueArguments?,
        readPayloads: (String, String) throws(ToolError) -> [[UInt8]] = {
            path, delimiter throws(ToolError) in try PayloadFile.read(path: path, delimiter: delimiter)
        }
    ) throws(ToolError) -> ProducerPerfCommand {
        let format = try PerfOutputFormat(option: format)
        var missing: [String] = []
        if topic == nil { missing.append("--topic") }
        if numRecords == nil { missing.append("--num-records") }
        if throughput == nil { missing.append("--throughput") }
        if !missing.isEmpty {
            throw .usage("the following arguments are required: \(missing.joined(separator: ", "))")
        }
        var given: [String] = []
        if recordSize != nil { given.append("--record-size") }
        if payloadFile != nil { given.append("--payload-file") }
        if payloadMonotonic { given.append("--payload-monotonic") }
        if given.isEmpty {
            throw .usage("one of the arguments --record-size --payload-file --payload-monotonic is required")
        }
        if given.count > 1 {
            throw .usage("argument \(given[1]): not allowed with argument \(given[0])")
        }
        guard let topic, let numRecords, let throughput else { throw .usage("missing arguments") }
        let warmup = max(warmupRecords, 0)
        if numRecords <= 0 { throw .usage("--num-records should be greater than zero") }
        if warmup >= numRecords {
            throw .usage(
                "The value for --warmup-records must be strictly fewer than the number of records in the test, --num-records."
            )
        }
        if let recordSize, recordSize <= 0 { throw .usage("--record-size should be greater than zero") }
        if producerProps == nil && commandProperty == nil && configFileProperties == nil && bootstrapServer == nil {
            throw .usage(
                "Either --bootstrap-server, --command-property, --producer-props, --command-config or --producer.config must be specified."
            )
        }
        if let transactionDurationMs, transactionDurationMs <= 0 {
            throw .usage("--transaction-duration-ms should be greater than zero")
        }
        if throughput == 0 {
            throw .usage("--throughput 0 would block after the first record; use a positive rate, or -1 for no limit")
        }
        let interval = reportingInterval ?? 5000
        if interval <= 0 { throw .usage("--reporting-interval should be greater than zero") }

        var notices: [String] = []
        let payload: ProducerPayload
        if let recordSize {
            payload = .randomBytes(recordSize)
        } else if let payloadFile {
            let delimiter = payloadDelimiter == "\\n" ? "\n" : payloadDelimiter
            notices.append("Reading payloads from: \(PayloadFile.absolutePath(payloadFile))")
            let payloads = try readPayloads(payloadFile, delimiter)
            if payloads.isEmpty { throw .failure("File does not exist or empty file provided.") }
            notices.append("Number of messages read: \(payloads.count)")
            payload = .file(payloads)
        } else {
            payload = .monotonic
        }

        var properties = configFileProperties ?? KeyValueArguments()
        for property in (producerProps ?? []) + (commandProperty ?? []) {
            // Java's `prop.split("=")` must give exactly two pieces (trailing empty pieces dropped).
            var pieces = property.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
            while let last = pieces.last, last.isEmpty { pieces.removeLast() }
            guard pieces.count == 2 else { throw .failure("Invalid property: \(property)") }
            properties[pieces[0]] = pieces[1]
        }
        if let bootstrapServer { properties["bootstrap.servers"] = bootstrapServer }
        if properties["client.id"] == nil { properties["client.id"] = "perf-producer-client" }

        if transactionalId != nil || transactionDurationMs != nil || properties.contains("transactional.id") {
            throw .failure(
                "Transactions are not supported by swkafka yet (no transaction coordinator): --transactional-id, --transaction-duration-ms and transactional.id cannot be used."
            )
        }
        return ProducerPerfCommand(
            topic: topic, numRecords: numRecords, warmupRecords: warmup, payload: payload, throughput: throughput,
            producerProperties: properties, printMetrics: printMetrics, reportingIntervalMs: interval, format: format,
            notices: notices)
    }
}
