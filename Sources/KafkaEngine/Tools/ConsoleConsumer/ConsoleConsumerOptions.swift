/// The command line of `console-consumer` (Kafka's `ConsoleConsumerOptions`) as given, before
/// any checks. `validate` applies Kafka's checks in Kafka's order, with its messages, and returns
/// the command to run. Both spellings of the renamed options (KIP-1147, Kafka 4.2) are accepted.
package struct ConsoleConsumerOptions: Sendable, Equatable {
    package var bootstrapServer: String?
    package var topic: String?
    /// `--include`: a Java regex of topics to subscribe to.
    package var include: String?
    package var partition: Int32?
    /// `--offset`: Kafka's `earliest|latest|N`, or swkafka's ranges (see `ConsumerOffsetSpec`).
    package var offset: String?
    package var fromBeginning = false
    package var maxMessages: Int?
    package var timeoutMs: Int64?
    package var skipMessageOnError = false
    package var group: String?
    package var isolationLevel: String?
    /// `--formatter`: a formatter class name.
    package var formatter: String?
    /// `--property` (before 4.2).
    package var property: [String] = []
    /// `--formatter-property` (4.2).
    package var formatterProperty: [String] = []
    package var formatterConfig: String?
    /// `--consumer-property` (before 4.2).
    package var consumerProperty: [String] = []
    /// `--command-property` (4.2).
    package var commandProperty: [String] = []
    /// `--consumer.config` (before 4.2).
    package var consumerConfig: String?
    /// `--command-config` (4.2).
    package var commandConfig: String?
    package var keyDeserializer: String?
    package var valueDeserializer: String?
    package var enableSystestEvents = false
    /// swkafka's `--format`: `json` or an output template, instead of Kafka's formatter.
    package var format: String?
    /// swkafka's `--exit-at-end`: stop at the end offsets found at start (kcat `-e`).
    package var exitAtEnd = false

    package init() {}

    /// The consumer properties file to load before `validate` (`--command-config` or
    /// `--consumer.config`).
    package var consumerConfigFile: String? { commandConfig ?? consumerConfig }

    /// Checks the command line and builds the command. `consumerConfigFile` and
    /// `formatterConfigFile` are the parsed contents of the files the options name.
    /// `randomGroupSuffix` picks the number of a generated group id (`console-consumer-NNNNN`).
    package func validate(
        consumerConfigFile fileProperties: KeyValueArguments = KeyValueArguments(),
        formatterConfigFile: KeyValueArguments = KeyValueArguments(),
        randomGroupSuffix: () -> Int = { Int.random(in: 0..<100_000) }
    ) throws(ToolError) -> ConsoleConsumerCommand {
        // checkRequiredArgs
        if (topic == nil) == (include == nil) {
            throw .usage("Exactly one of the following arguments is required: [topic], [include]")
        }
        let spec = try offset.map { (text) throws(ToolError) in try ConsumerOffsetSpec.parse(text) }
        if partition != nil {
            if topic == nil { throw .usage("The topic is required when partition is specified.") }
            if fromBeginning && offset != nil {
                throw .usage("Options from-beginning and offset cannot be specified together.")
            }
        } else if let spec, spec.isKafkaForm {
            throw .usage("The partition is required when offset is specified.")
        } else if fromBeginning && offset != nil {
            throw .usage("Options from-beginning and offset cannot be specified together.")
        }
        guard let bootstrapServer else { throw ToolError.missingRequired("bootstrap-server") }
        if !consumerProperty.isEmpty && !commandProperty.isEmpty {
            throw .usage("Options --consumer-property and --command-property cannot be specified together.")
        }
        if consumerConfig != nil && commandConfig != nil {
            throw .usage("Options --consumer.config and --command-config cannot be specified together.")
        }
        let extra = KeyValueArguments(commandProperty.isEmpty ? consumerProperty : commandProperty)

        // checkConsumerGroup
        var groupIds: [String] = []
        for id in [group, fileProperties["group.id"], extra["group.id"]].compactMap({ $0 }) where !groupIds.contains(id)
        {
            groupIds.append(id)
        }
        if groupIds.count > 1 {
            throw .usage(
                "The group ids provided in different places (directly using '--group', via '--consumer-property', or via '--consumer.config') do not match. Detected group ids: "
                    + groupIds.map { "'\($0)'" }.joined(separator: ", "))
        }
        if !groupIds.isEmpty && partition != nil {
            throw .usage("Options group and partition cannot be specified together.")
        }

        // buildConsumerProps
        var props = fileProperties
        props.merge(extra)
        if let reset = props["auto.offset.reset"] {
            if fromBeginning && reset != "earliest" {
                throw .failure(
                    "Can't simultaneously specify --from-beginning and 'auto.offset.reset=\(reset)', please remove one option"
                )
            }
        } else {
            props["auto.offset.reset"] = fromBeginning ? "earliest" : "latest"
        }
        props["bootstrap.servers"] = bootstrapServer
        if props["client.id"] == nil { props["client.id"] = "console-consumer" }
        if let isolationLevel { props["isolation.level"] = isolationLevel }
        if props["isolation.level"] == nil { props["isolation.level"] = "read_uncommitted" }
        guard let isolation = ConsumerIsolationLevel(rawValue: props["isolation.level"] ?? "") else {
            throw .failure(
                "Invalid value \(props["isolation.level"] ?? "") for configuration isolation.level: String must be one of: read_committed, read_uncommitted"
            )
        }
        let generatedGroup = groupIds.isEmpty
        if let id = groupIds.first {
            props["group.id"] = id
        } else {
            props["group.id"] = "console-consumer-\(randomGroupSuffix())"
            if props["enable.auto.commit"] == nil { props["enable.auto.commit"] = "false" }
        }

        // parseOffset
        let start: ConsumerStartPosition
        var stop: ConsumerStopPosition? = exitAtEnd ? .endOffsetsAtStart : nil
        if let spec {
            start = spec.start
            if let specStop = spec.stop { stop = specStop }
        } else if partition != nil {
            start = fromBeginning ? .earliest : .latest
        } else {
            let reset = props["auto.offset.reset"]
            start = .committed(reset: reset == "earliest" ? .earliest : reset == "none" ? .none : .latest)
        }

        // buildFormatter
        if !property.isEmpty && !formatterProperty.isEmpty {
            throw .usage("Options --property and --formatter-property cannot be specified together.")
        }
        let output: RecordOutputFormat
        if let format {
            if !property.isEmpty || !formatterProperty.isEmpty || formatter != nil {
                throw .usage("Option --format cannot be used with --formatter, --property or --formatter-property.")
            }
            output = try RecordOutputFormat.parse(format)
        } else {
            var formatterArgs = formatterConfigFile
            if let keyDeserializer, !keyDeserializer.isEmpty { formatterArgs["key.deserializer"] = keyDeserializer }
            if let valueDeserializer, !valueDeserializer.isEmpty {
                formatterArgs["value.deserializer"] = valueDeserializer
            }
            formatterArgs.merge(KeyValueArguments(formatterProperty.isEmpty ? property : formatterProperty))
            switch formatter ?? ConsoleFormatterClass.defaultMessageFormatter {
            case let name where ConsoleFormatterClass.defaultNames.contains(name):
                output = .kafka(try DefaultMessageFormatter(properties: formatterArgs))
            case let name where ConsoleFormatterClass.noOpNames.contains(name):
                output = .discard
            case let name:
                throw .usage("Unsupported formatter class \(name)")
            }
        }

        var command = ConsoleConsumerCommand(
            bootstrapServer: bootstrapServer,
            subscription: topic.map { .topic($0) } ?? .pattern(include ?? ""),
            consumerProperties: props, groupId: props["group.id"] ?? "", output: output)
        command.generatedGroup = generatedGroup
        command.partition = partition
        command.start = start
        command.stop = stop
        command.isolationLevel = isolation
        if let maxMessages, maxMessages != -1 { command.maxMessages = max(0, maxMessages) }
        if let timeoutMs, timeoutMs >= 0 { command.timeoutMs = timeoutMs }
        command.skipMessageOnError = skipMessageOnError
        return command
    }
}

/// The formatter class names `--formatter` accepts.
package enum ConsoleFormatterClass {
    package static let defaultMessageFormatter = "org.apache.kafka.tools.consumer.DefaultMessageFormatter"
    static let defaultNames: Set<String> = [
        defaultMessageFormatter, "kafka.tools.DefaultMessageFormatter", "DefaultMessageFormatter",
    ]
    static let noOpNames: Set<String> = [
        "org.apache.kafka.tools.consumer.NoOpMessageFormatter", "kafka.tools.NoOpMessageFormatter",
        "NoOpMessageFormatter",
    ]
}

package enum ConsumerIsolationLevel: String, Sendable, Equatable {
    case readUncommitted = "read_uncommitted"
    case readCommitted = "read_committed"
}

/// What `console-consumer` subscribes to.
package enum ConsumerSubscription: Sendable, Equatable {
    case topic(String)
    /// `--include`: a regex matched against whole topic names.
    case pattern(String)
}

/// Where consumption starts in each partition.
package enum ConsumerStartPosition: Sendable, Equatable {
    /// A group's committed offset, else `auto.offset.reset` (subscribe mode).
    case committed(reset: OffsetResetPolicy)
    case earliest
    case latest
    case offset(Int64)
    /// `count` records before the end offset (kcat `-o -N`); the log start offset if fewer.
    case beforeEnd(Int64)
    /// The first record whose timestamp is at least this (ms since the epoch; ListOffsets).
    case timestamp(Int64)
}

package enum OffsetResetPolicy: String, Sendable, Equatable {
    case earliest, latest, none
}

/// Where consumption stops in each partition (swkafka; Kafka has only `--max-messages` and the
/// idle `--timeout-ms`). The command ends once every partition has stopped.
package enum ConsumerStopPosition: Sendable, Equatable {
    /// Before this offset (exclusive).
    case offset(Int64)
    /// At the end offsets (high watermark, or last stable offset under read_committed) read when
    /// consumption starts (`--exit-at-end`, `--offset N:end`).
    case endOffsetsAtStart
    /// Before the first record whose timestamp is at least this (ms).
    case timestamp(Int64)
}

/// A validated `console-consumer` command.
package struct ConsoleConsumerCommand: Sendable, Equatable {
    package var bootstrapServer: String
    package var subscription: ConsumerSubscription
    /// `--partition`: assign this partition of the topic (no group).
    package var partition: Int32?
    package var start: ConsumerStartPosition = .committed(reset: .latest)
    package var stop: ConsumerStopPosition?
    /// `nil`: no limit.
    package var maxMessages: Int?
    /// Exit when no record arrived for this long; `nil`: wait forever.
    package var timeoutMs: Int64?
    /// The consumer configuration: files, `--consumer-property`, then the tool's own settings
    /// (`bootstrap.servers`, `client.id`, `auto.offset.reset`, `isolation.level`, `group.id`,
    /// `enable.auto.commit=false` for a generated group).
    package var consumerProperties: KeyValueArguments
    package var groupId: String
    /// The group id was generated (`console-consumer-NNNNN`), not given.
    package var generatedGroup = false
    package var isolationLevel = ConsumerIsolationLevel.readUncommitted
    package var output: RecordOutputFormat
    package var skipMessageOnError = false

    package init(
        bootstrapServer: String, subscription: ConsumerSubscription, consumerProperties: KeyValueArguments,
        groupId: String, output: RecordOutputFormat
    ) {
        self.bootstrapServer = bootstrapServer
        self.subscription = subscription
        self.consumerProperties = consumerProperties
        self.groupId = groupId
        self.output = output
    }

    /// Kafka's line on stderr at exit.
    package static func processedLine(_ count: Int) -> String { "Processed a total of \(count) messages\n" }

    /// Kafka's line on stderr when stdout closes.
    package static let closedStdoutLine = "Unable to write to standard out, closing consumer.\n"
}
