/// A validated `consumer-perf-test` run.
package struct ConsumerPerfCommand: Sendable {
    package enum Subscription: Sendable, Equatable {
        case topic(String)
        case pattern(String)
    }

    package var subscription: Subscription
    package var numMessages: Int64
    package var consumerProperties: KeyValueArguments
    package var printMetrics: Bool
    package var showDetailedStats: Bool
    package var reportingIntervalMs: Int64
    package var dateFormat: SimpleDateFormat
    package var hideHeader: Bool
    package var timeoutMs: Int64
    package var format: PerfOutputFormat
}

/// `kafka-consumer-perf-test.sh`'s options as given (Kafka 4.x, with the 4.2 spellings
/// `--command-config` and `--command-property` next to `--consumer.config`), validated with
/// Kafka's messages.
package struct ConsumerPerfOptions: Sendable {
    package var bootstrapServer: String?
    package var topic: String?
    package var include: String?
    package var group: String?
    package var messages: Int64?
    package var fetchSize: Int = 1024 * 1024
    package var socketBufferSize: Int = 2 * 1024 * 1024
    package var consumerConfig: String?
    package var commandConfig: String?
    package var commandProperty: [String] = []
    package var printMetrics = false
    package var showDetailedStats = false
    package var reportingInterval: Int64 = 5000
    package var dateFormat = "yyyy-MM-dd HH:mm:ss:SSS"
    package var hideHeader = false
    package var fromLatest = false
    package var timeout: Int64 = 10_000
    package var format: String?

    package init() {}

    /// The properties file named by `--consumer.config` / `--command-config`, if any.
    package func configFile() throws(ToolError) -> String? {
        if consumerConfig != nil && commandConfig != nil {
            throw .usage("--consumer.config and --command-config cannot be used together")
        }
        return commandConfig ?? consumerConfig
    }

    /// Kafka's default group: `perf-consumer-` and a random number below 100,000.
    package static func defaultGroup() -> String { "perf-consumer-\(Int.random(in: 0..<100_000))" }

    package func validate(configFileProperties: KeyValueArguments?) throws(ToolError) -> ConsumerPerfCommand {
        let format = try PerfOutputFormat(option: format)
        guard let messages else { throw .missingRequired("messages") }
        let subscription: ConsumerPerfCommand.Subscription
        switch (topic, include) {
        case (let topic?, nil): subscription = .topic(topic)
        case (nil, let include?): subscription = .pattern(include)
        default: throw .usage("Exactly one of the following arguments is required: [topic], [include]")
        }
        guard let bootstrapServer else { throw .missingRequired("bootstrap-server") }
        if reportingInterval <= 0 { throw .failure("Reporting interval must be greater than 0.") }
        let dateFormat = try SimpleDateFormat(self.dateFormat)
        var properties = configFileProperties ?? KeyValueArguments()
        properties.merge(KeyValueArguments(commandProperty))
        properties["bootstrap.servers"] = bootstrapServer
        properties["group.id"] = group ?? Self.defaultGroup()
        properties["receive.buffer.bytes"] = String(socketBufferSize)
        properties["max.partition.fetch.bytes"] = String(fetchSize)
        properties["auto.offset.reset"] = fromLatest ? "latest" : "earliest"
        properties["check.crcs"] = "false"
        if properties["client.id"] == nil { properties["client.id"] = "perf-consumer-client" }
        return ConsumerPerfCommand(
            subscription: subscription, numMessages: messages, consumerProperties: properties,
            printMetrics: printMetrics,
            showDetailedStats: showDetailedStats, reportingIntervalMs: reportingInterval, dateFormat: dateFormat,
            hideHeader: hideHeader, timeoutMs: timeout, format: format)
    }
}
