/// The producer's settings under Kafka's names and with Kafka 4's defaults: `acks` all, `linger.ms`
/// 5, `batch.size` 16384, `compression.type` none, `enable.idempotence` true (turned off quietly when
/// `acks` is not all and idempotence was not asked for, as Kafka does), `retries` Int32.max bounded by
/// `delivery.timeout.ms` 120000, `max.in.flight.requests.per.connection` 5, `buffer.memory` 32 MiB,
/// `max.request.size` 1 MiB.
package struct ProducerConfig: Sendable {
    package var client: ClientConfig
    /// -1 (all), 0 or 1.
    package var acks: Int16 = -1
    package var linger: Duration = .milliseconds(5)
    package var batchSize: Int = 16384
    package var compression: CompressionType = .none
    package var compressionLevel: Int?
    package var enableIdempotence = true
    package var retries = Int(Int32.max)
    package var deliveryTimeout: Duration = .milliseconds(120_000)
    package var maxInFlightRequestsPerConnection = 5
    package var bufferMemory = 33_554_432
    package var maxRequestSize = 1_048_576
    /// Kafka's `max.block.ms` (60000): how long `send` waits for a topic's metadata.
    package var maxBlock: Duration = .milliseconds(60_000)

    /// Producer metadata requests may auto-create topics, as Kafka's producer's do.
    package init(client: ClientConfig) {
        self.client = client
        self.client.allowAutoTopicCreation = true
    }

    package init(properties: [String: String]) throws(KafkaClientError) {
        self.init(client: try ClientConfig(properties: properties))
        let p = ConfigReader(properties)
        if let acks = try p.oneOf("acks", ["all", "-1", "0", "1"]) {
            self.acks = acks == "all" ? -1 : Int16(acks) ?? -1
        }
        linger = try p.milliseconds("linger.ms") ?? linger
        batchSize = try p.int("batch.size", atLeast: 0) ?? batchSize
        if let name = try p.oneOf("compression.type", ["none", "gzip", "snappy", "lz4", "zstd"]) {
            compression = CompressionType.allCases.first { $0.description == name } ?? .none
        }
        if compression != .none, let level = try p.int("compression.\(compression).level") {
            if let range = compression.levelRange, !range.contains(level), level != compression.defaultLevel {
                throw .config(
                    "Invalid value \(level) for configuration compression.\(compression).level: Value must be between \(range.lowerBound) and \(range.upperBound)")
            }
            compressionLevel = level
        }
        retries = try p.int("retries", atLeast: 0) ?? retries
        deliveryTimeout = try p.milliseconds("delivery.timeout.ms") ?? deliveryTimeout
        maxInFlightRequestsPerConnection =
            try p.int("max.in.flight.requests.per.connection", atLeast: 1) ?? maxInFlightRequestsPerConnection
        bufferMemory = try p.int("buffer.memory", atLeast: 0) ?? bufferMemory
        maxRequestSize = try p.int("max.request.size", atLeast: 0) ?? maxRequestSize
        maxBlock = try p.milliseconds("max.block.ms") ?? maxBlock
        let explicitIdempotence = try p.bool("enable.idempotence")
        if explicitIdempotence == true {
            guard acks == -1 else {
                throw .config("Must set acks to all in order to use the idempotent producer. Otherwise we cannot guarantee idempotence.")
            }
            guard maxInFlightRequestsPerConnection <= 5 else {
                throw .config("Must set max.in.flight.requests.per.connection to at most 5 when using the idempotent producer.")
            }
        }
        enableIdempotence = explicitIdempotence ?? (acks == -1 && maxInFlightRequestsPerConnection <= 5 && retries > 0)
        if properties["client.id"] == nil { client.clientId = "producer-1" }
    }

    /// Whether batches carry a producer id and sequence numbers.
    package var isIdempotent: Bool { enableIdempotence && acks == -1 }
}

/// Where a record landed: its partition, offset (-1 with `acks=0`) and timestamp (the broker's
/// LogAppendTime when the topic uses it, else the record's CreateTime).
package struct RecordMetadata: Sendable, Equatable {
    package var topic: String
    package var partition: Int32
    package var offset: Int64
    package var timestamp: Int64

    package init(topic: String, partition: Int32, offset: Int64, timestamp: Int64) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.timestamp = timestamp
    }

    package var topicPartition: TopicPartition { TopicPartition(topic, partition) }
}

/// A record's failed delivery, as `flush()` reports it for records sent without a completion.
package struct DeliveryFailure: Sendable, Equatable, CustomStringConvertible {
    package var partition: TopicPartition
    package var records: Int
    package var error: KafkaClientError

    package var description: String { "Failed to deliver \(records) record(s) to \(partition): \(error)" }
}
