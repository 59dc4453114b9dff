import Foundation
import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

@Suite("client", .serialized) struct ClientTests {
    @Test("an unreachable bootstrap server fails fast with one line")
    func unreachableBootstrap() async throws {
        var config = ClientConfig(bootstrapServers: [BrokerAddress(host: "127.0.0.1", port: 1)])
        config.connectionSetupTimeout = .seconds(5)
        do {
            _ = try await KafkaClient.connect(config: config)
            Issue.record("connected to port 1")
        } catch {
            #expect(error.kind == .bootstrap)
            // "connection refused" (not "timed out"): the refusal ended the attempt, no timer did.
            #expect(error.description == "Could not connect to any of the bootstrap servers [127.0.0.1:1]: connection refused")
        }
    }

    @Test("bootstrap.servers parsing and client properties")
    func configParsing() throws {
        let config = try ClientConfig(properties: [
            "bootstrap.servers": "a:1, b:2,[::1]:3", "client.id": "x", "request.timeout.ms": "1500",
        ])
        #expect(config.bootstrapServers == [.init(host: "a", port: 1), .init(host: "b", port: 2), .init(host: "::1", port: 3)])
        #expect(config.clientId == "x")
        #expect(config.requestTimeout == .milliseconds(1500))
        #expect(throws: KafkaClientError.self) { try ClientConfig(properties: ["bootstrap.servers": "nohost"]) }
        #expect(throws: KafkaClientError.self) {
            try ProducerConfig(properties: ["bootstrap.servers": "a:1", "acks": "1", "enable.idempotence": "true"])
        }
        let producer = try ProducerConfig(properties: ["bootstrap.servers": "a:1", "acks": "1"])
        #expect(!producer.isIdempotent)
        #expect(producer.linger == .milliseconds(5))
    }

    @Test("admin: create, list, describe, configs, partitions, offsets, delete")
    func adminLifecycle() async throws {
        try await TestBroker.with { broker in
            let admin = try await AdminClient.connect(config: broker.clientConfig)
            defer { Task { await admin.close() } }

            let validated = try await admin.createTopics([NewTopic(name: "only-validated", numPartitions: 2, replicationFactor: 1)], validateOnly: true)
            #expect((try? validated["only-validated"]?.get()) != nil)

            let created = try await admin.createTopics([
                NewTopic(name: "orders", numPartitions: 2, replicationFactor: 1, configs: ["retention.ms": "3600000"]),
                NewTopic(name: "assigned", replicaAssignment: [0: [1], 1: [1], 2: [1]]),
            ])
            let orders = try #require(try created["orders"]?.get())
            #expect(orders.topicId != .zero)
            #expect(orders.numPartitions == 2)
            _ = try #require(try created["assigned"]?.get())

            let again = try await admin.createTopics([NewTopic(name: "orders", numPartitions: 1, replicationFactor: 1)])
            guard case .failure(let exists)? = again["orders"] else { Issue.record("created twice"); return }
            #expect(exists.code == .topicAlreadyExists)
            #expect(exists.message == "Topic 'orders' already exists.")

            let listing = try await admin.listTopics()
            #expect(listing.map(\.name).contains("orders"))
            #expect(!listing.map(\.name).contains("only-validated"))
            #expect(listing.allSatisfy { !$0.isInternal || $0.name.hasPrefix("__") })

            let described = try await admin.describeTopics(["orders", "assigned", "missing"])
            let description = try #require(try described["orders"]?.get())
            #expect(description.topicId == orders.topicId)
            #expect(description.partitions.map(\.partition) == [0, 1])
            #expect(description.partitions.allSatisfy { $0.leader == 1 && $0.replicas == [1] && $0.isr == [1] })
            #expect(try #require(try described["assigned"]?.get()).partitions.count == 3)
            guard case .failure(let missing)? = described["missing"] else { Issue.record("missing topic described"); return }
            #expect(missing.code == .unknownTopicOrPartition)

            let byId = try await admin.describeTopics(ids: [orders.topicId])
            #expect(try byId[orders.topicId]?.get().name == "orders")

            let resource = AdminConfigResource(.topic, "orders")
            var configs = try #require(try await admin.describeConfigs([resource])[resource]?.get())
            #expect(configs.first { $0.name == "retention.ms" }?.value == "3600000")
            #expect(configs.first { $0.name == "retention.ms" }?.source == 1)
            let altered = try await admin.incrementalAlterConfigs([
                resource: [AlterConfigOp(name: "cleanup.policy", value: "compact"), AlterConfigOp(name: "retention.ms", value: nil, op: .delete)]
            ])
            _ = try #require(try altered[resource]?.get())
            configs = try #require(try await admin.describeConfigs([resource])[resource]?.get())
            #expect(configs.first { $0.name == "cleanup.policy" }?.value == "compact")
            #expect(configs.first { $0.name == "retention.ms" }?.source == 5)
            let bad = try await admin.incrementalAlterConfigs([resource: [AlterConfigOp(name: "retention.ms", value: "soon")]])
            guard case .failure(let invalid)? = bad[resource] else { Issue.record("bad value accepted"); return }
            #expect(invalid.code == .invalidConfig)

            let brokerResource = AdminConfigResource(.broker, "1")
            let brokerConfigs = try #require(try await admin.describeConfigs([brokerResource])[brokerResource]?.get())
            #expect(brokerConfigs.contains { $0.name == "log.dirs" })

            let increased = try await admin.createPartitions(["orders": NewPartitions(totalCount: 4)])
            _ = try #require(try increased["orders"]?.get())
            let decrease = try await admin.createPartitions(["orders": NewPartitions(totalCount: 1)])
            guard case .failure(let decreaseError)? = decrease["orders"] else { Issue.record("partitions decreased"); return }
            #expect(decreaseError.code == .invalidPartitions)
            #expect(try await admin.describeTopics(["orders"])["orders"]?.get().partitions.count == 4)

            let cluster = try await admin.describeCluster()
            #expect(cluster.brokers.map(\.id) == [1])
            #expect(cluster.brokers.first?.port == broker.port)
            #expect(!cluster.clusterId.isEmpty)

            let offsets = try await admin.listOffsets([TopicPartition("orders", 0): .earliest, TopicPartition("orders", 1): .latest])
            #expect(try offsets[TopicPartition("orders", 0)]?.get().offset == 0)
            #expect(try offsets[TopicPartition("orders", 1)]?.get().offset == 0)

            let deleted = try await admin.deleteTopics(names: ["orders", "never-was"])
            #expect((try? deleted["orders"]?.get()) != nil)
            guard case .failure(let unknown)? = deleted["never-was"] else { Issue.record("deleted a missing topic"); return }
            #expect(unknown.code == .unknownTopicOrPartition)
            let assignedId = try #require(try created["assigned"]?.get()).topicId
            let deletedById = try await admin.deleteTopics(ids: [assignedId])
            #expect(try deletedById[assignedId]?.get() == "assigned")
            let after = try await admin.listTopics()
            #expect(!after.map(\.name).contains("orders"))
            #expect(!after.map(\.name).contains("assigned"))
        }
    }

    /// Produces keyed and keyless records with headers under each codec and acks, and reads every
    /// partition back from the beginning.
    @Test("produce with each codec and acks, consume back exactly", arguments: [
        (CompressionType.none, Int16(-1)), (.gzip, -1), (.snappy, -1), (.lz4, -1), (.zstd, -1), (.none, 1), (.lz4, 0),
    ])
    func produceConsume(compression: CompressionType, acks: Int16) async throws {
        try await TestBroker.with { broker in
            let admin = AdminClient(client: try await KafkaClient.connect(config: broker.clientConfig))
            try await admin.create("t", partitions: 3)
            var config = ProducerConfig(client: broker.clientConfig)
            config.compression = compression
            config.acks = acks
            config.batchSize = 2048
            let producer = KafkaProducer(client: admin.client, config: config)
            var expected: [TopicPartition: [(String?, String, [RecordHeader])]] = [:]
            let delivered = Mutex<[RecordMetadata]>([])
            for i in 0..<300 {
                let key: String? = i % 2 == 0 ? "key-\(i % 17)" : nil
                let headers = i % 3 == 0 ? [RecordHeader(key: "h", value: ByteBuffer(text: "\(i)")), RecordHeader(key: "n", value: nil)] : []
                let value = "value-\(i)-" + String(repeating: "x", count: i % 50)
                try await producer.send(
                    topic: "t", key: key.map { ByteBuffer(text: $0) }, value: ByteBuffer(text: value), headers: headers,
                    completion: { result in
                        if case .success(let metadata) = result { delivered.withLock { $0.append(metadata) } }
                    })
                _ = expected
                if let key {
                    let partition = Murmur2.partition(forKey: Array(key.utf8), partitionCount: 3)
                    expected[TopicPartition("t", partition), default: []].append((key, value, headers))
                }
            }
            let failures = await producer.flush()
            #expect(failures.isEmpty)
            let deliveries = delivered.withLock { $0 }
            #expect(deliveries.count == 300)
            if acks != 0 {
                #expect(Set(deliveries.map { "\($0.partition)/\($0.offset)" }).count == 300)
            }
            let consumer = KafkaConsumer(client: admin.client, config: ConsumerConfig(client: broker.clientConfig))
            consumer.assign([TopicPartition("t", 0): .earliest, TopicPartition("t", 1): .earliest, TopicPartition("t", 2): .earliest])
            var records: [ConsumerRecord] = []
            let deadline = ContinuousClock.now + .seconds(20)
            while records.count < 300 && ContinuousClock.now < deadline {
                records += try await consumer.poll(timeout: .milliseconds(500))
            }
            #expect(records.count == 300)
            var byPartition: [Int32: [ConsumerRecord]] = [:]
            for record in records { byPartition[record.partition, default: []].append(record) }
            for (partition, list) in byPartition {
                #expect(list.map(\.offset) == Array(0..<Int64(list.count)), "partition \(partition) offsets")
                let keyed = list.filter { $0.key != nil }.map { ($0.key?.text, $0.value?.text ?? "", $0.headers) }
                let wanted = expected[TopicPartition("t", partition)] ?? []
                #expect(keyed.map(\.0) == wanted.map(\.0))
                #expect(keyed.map(\.1) == wanted.map(\.1))
                #expect(keyed.map(\.2) == wanted.map(\.2))
                #expect(list.allSatisfy { $0.timestampType == .createTime && $0.timestamp > 0 })
            }
            let values = Set(records.compactMap { $0.value?.text })
            #expect(values.count == 300)
            await producer.close()
            await consumer.close()
            await admin.close()
        }
    }

    @Test("awaitable sends return consecutive offsets; keyed records follow murmur2 as librdkafka does")
    func partitionerMatchesLibrdkafka() async throws {
        let text = String(decoding: try CodecTestSupport.fixture("codecs/murmur2-librdkafka.tsv"), as: UTF8.self)
        var rows: [(key: [UInt8], count: Int32, partition: Int32)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let count = Int32(fields[1]), let partition = Int32(fields[2]),
                let key = CodecTestSupport.bytes(hex: String(fields[0]))
            else { continue }
            rows.append((Array(key), count, partition))
        }
        let counts = Dictionary(grouping: rows, by: \.count)
        let count = try #require(counts.keys.filter { $0 > 1 && $0 <= 16 }.max { (counts[$0]?.count ?? 0) < (counts[$1]?.count ?? 0) })
        let sample = try #require(counts[count])
        try await TestBroker.with { broker in
            let admin = AdminClient(client: try await KafkaClient.connect(config: broker.clientConfig))
            try await admin.create("keyed", partitions: count)
            let producer = KafkaProducer(client: admin.client, config: ProducerConfig(client: broker.clientConfig))
            var lastOffset: [Int32: Int64] = [:]
            for row in sample.prefix(60) {
                var key = ByteBuffer()
                key.writeBytes(row.key)
                let metadata = try await producer.send(topic: "keyed", key: key, value: ByteBuffer(text: "v"))
                #expect(metadata.partition == row.partition, "key \(row.key)")
                #expect(metadata.offset == (lastOffset[metadata.partition] ?? -1) + 1)
                lastOffset[metadata.partition] = metadata.offset
            }
            // Keyless records stick to one partition per batch.
            let first = try await producer.send(topic: "keyed", value: ByteBuffer(text: "a"))
            let explicit = try await producer.send(topic: "keyed", partition: count - 1, value: ByteBuffer(text: "b"))
            #expect(explicit.partition == count - 1)
            #expect(first.timestamp > 0)
            await producer.close()
            await admin.close()
        }
    }

    @Test("a record above max.request.size is refused at send with Kafka's message; the partition goes on")
    func oversizedRecordIsRefusedAtSend() async throws {
        try await TestBroker.with { broker in
            let admin = AdminClient(client: try await KafkaClient.connect(config: broker.clientConfig))
            try await admin.create("sizes", partitions: 1)
            var config = ProducerConfig(client: broker.clientConfig)
            config.maxRequestSize = 1000
            let producer = KafkaProducer(client: admin.client, config: config)
            let first = try await producer.send(topic: "sizes", partition: 0, value: ByteBuffer(text: "small"))
            do {
                _ = try await producer.send(
                    topic: "sizes", partition: 0, value: ByteBuffer(repeating: 0x61, count: 2000))
                Issue.record("a 2000-byte record was taken with max.request.size=1000")
            } catch let error as KafkaClientError {
                #expect(error.code == .messageTooLarge)
                #expect(
                    error.message
                        == "The message is 2082 bytes when serialized which is larger than 1000, which is the value of the max.request.size configuration."
                )
            }
            // No sequence number was spent on the refused record: the next one is accepted.
            let next = try await producer.send(topic: "sizes", partition: 0, value: ByteBuffer(text: "small2"))
            #expect(next.offset == first.offset + 1)
            await producer.close()
            await admin.close()
        }
    }

    @Test("idempotent retries after killed connections neither duplicate nor reorder")
    func idempotentRetries() async throws {
        try await TestBroker.with { broker in
            let client = try await KafkaClient.connect(config: broker.clientConfig)
            let admin = AdminClient(client: client)
            try await admin.create("idem", partitions: 1)
            var config = ProducerConfig(client: broker.clientConfig)
            config.batchSize = 512
            config.linger = .milliseconds(1)
            config.client.retryBackoff = .milliseconds(10)
            let producer = KafkaProducer(client: client, config: config)
            let total = 4000
            let killer = Task {
                for _ in 0..<8 {
                    try? await Task.sleep(for: .milliseconds(15))
                    if let connection = try? await client.connection(to: 1) { await connection.connection.close() }
                }
            }
            for i in 0..<total {
                try await producer.send(topic: "idem", value: ByteBuffer(text: "\(i)"), completion: nil)
                if i % 200 == 0 { try await Task.sleep(for: .milliseconds(2)) }
            }
            await killer.value
            let failures = await producer.flush()
            #expect(failures.isEmpty, "\(failures)")
            let consumer = KafkaConsumer(client: client, config: ConsumerConfig(client: broker.clientConfig))
            consumer.assign([TopicPartition("idem", 0): .earliest])
            var values: [String] = []
            let deadline = ContinuousClock.now + .seconds(20)
            while values.count < total && ContinuousClock.now < deadline {
                values += try await consumer.poll(timeout: .milliseconds(300)).compactMap { $0.value?.text }
            }
            _ = try await consumer.poll(timeout: .milliseconds(300))
            #expect(values.count == total)
            #expect(values == (0..<total).map { "\($0)" })
            #expect(producer.retriedBatchCount > 0, "no request was cut off; the test proved nothing")
            await producer.close()
            await admin.close()
        }
    }

    @Test("a full buffer.memory holds senders back and frees as batches complete")
    func bufferMemoryFrees() async throws {
        try await TestBroker.with { broker in
            let client = try await KafkaClient.connect(config: broker.clientConfig)
            let admin = AdminClient(client: client)
            try await admin.create("small-buffer", partitions: 1)
            var config = ProducerConfig(client: broker.clientConfig)
            config.bufferMemory = 16_384
            config.batchSize = 4096
            let producer = KafkaProducer(client: client, config: config)
            let total = 30_000
            for i in 0..<total {
                try await producer.send(topic: "small-buffer", value: ByteBuffer(text: "\(i)"), completion: nil)
            }
            #expect(await producer.flush().isEmpty)
            let tp = TopicPartition("small-buffer", 0)
            #expect(try await admin.listOffsets([tp: .latest])[tp]?.get().offset == Int64(total))
            await producer.close()
            await admin.close()
        }
    }

    @Test("a run of records sent at once: in order, keyed by murmur2, refusals by index, buffer.memory respected")
    func sendManyAtOnce() async throws {
        try await TestBroker.with { broker in
            let client = try await KafkaClient.connect(config: broker.clientConfig)
            let admin = AdminClient(client: client)
            try await admin.create("runs", partitions: 1)
            try await admin.create("runs-keyed", partitions: 5)
            var config = ProducerConfig(client: broker.clientConfig)
            config.bufferMemory = 65_536
            config.batchSize = 4096
            config.maxRequestSize = 20_000
            let producer = KafkaProducer(client: client, config: config)
            // More records than one hold of the lock takes, and more bytes than buffer.memory holds.
            let total = KafkaProducer.recordsPerLock * 3 + 17
            var records = (0..<total).map { ProducerRecord(key: nil, value: ByteBuffer(text: "\($0)")) }
            records[5] = ProducerRecord(key: nil, value: ByteBuffer(repeating: 0x61, count: 30_000))
            records[9] = ProducerRecord(key: nil, value: ByteBuffer(text: "9"), partition: 3)
            let sent = await producer.send(topic: "runs", records: records)
            #expect(sent.stopped == nil)
            #expect(sent.stoppedAt == total)
            #expect(sent.accepted == total - 2)
            #expect(sent.rejected.map(\.index) == [5, 9])
            #expect(sent.rejected.map(\.error.code) == [.messageTooLarge, nil])
            #expect(sent.rejected.last?.error.message.hasPrefix("Invalid partition given with record: 3") == true)

            let keys = (0..<200).map { ByteBuffer(text: "key-\($0)") }
            let keyed = await producer.send(
                topic: "runs-keyed", records: keys.map { ProducerRecord(key: $0, value: $0) })
            #expect(keyed.accepted == keys.count && keyed.rejected.isEmpty)
            #expect(await producer.flush().isEmpty)

            let consumer = KafkaConsumer(client: client, config: ConsumerConfig(client: broker.clientConfig))
            var positions: [TopicPartition: StartPosition] = [TopicPartition("runs", 0): .earliest]
            for partition in Int32(0)..<5 { positions[TopicPartition("runs-keyed", partition)] = .earliest }
            consumer.assign(positions)
            var values: [String] = []
            var partitionOfKey: [String: Int32] = [:]
            let deadline = ContinuousClock.now + .seconds(20)
            while values.count + partitionOfKey.count < total - 2 + keys.count && ContinuousClock.now < deadline {
                for record in try await consumer.poll(timeout: .milliseconds(300)) {
                    if record.topic == "runs" {
                        values.append(record.value?.text ?? "")
                    } else {
                        partitionOfKey[record.key?.text ?? ""] = record.partition
                    }
                }
            }
            #expect(values == (0..<total).filter { $0 != 5 && $0 != 9 }.map { "\($0)" })
            for key in keys {
                let expected = key.withUnsafeReadableBytes { Murmur2.toPositive(Murmur2.hash($0)) % 5 }
                #expect(partitionOfKey[key.text] == expected, "\(key.text)")
            }
            await producer.close()
            let closed = await producer.send(topic: "runs", records: [ProducerRecord(key: nil, value: ByteBuffer(text: "late"))])
            #expect(closed.stopped?.kind == .closed && closed.stoppedAt == 0 && closed.accepted == 0)
            await admin.close()
        }
    }

    @Test("metadata is refreshed after a topic gets more partitions")
    func metadataRefreshAfterCreatePartitions() async throws {
        try await TestBroker.with { broker in
            var clientConfig = broker.clientConfig
            clientConfig.metadataMaxAge = .milliseconds(200)
            let client = try await KafkaClient.connect(config: clientConfig)
            let admin = AdminClient(client: client)
            try await admin.create("grow", partitions: 1)
            let producer = KafkaProducer(client: client, config: ProducerConfig(client: clientConfig))
            let before = try await producer.send(topic: "grow", key: ByteBuffer(text: "k1"), value: ByteBuffer(text: "v"))
            #expect(before.partition == 0)
            _ = try #require(try await admin.createPartitions(["grow": NewPartitions(totalCount: 3)])["grow"]?.get())
            try await Task.sleep(for: .milliseconds(400))
            #expect(try await client.metadata(for: ["grow"]).topics["grow"]?.partitionCount == 3)
            var seen: Set<Int32> = []
            for i in 0..<40 {
                let key = "key-\(i)"
                let metadata = try await producer.send(topic: "grow", key: ByteBuffer(text: key), value: ByteBuffer(text: "v"))
                #expect(metadata.partition == Murmur2.partition(forKey: Array(key.utf8), partitionCount: 3))
                seen.insert(metadata.partition)
            }
            #expect(seen == [0, 1, 2])
            await producer.close()
            await admin.close()
        }
    }

    @Test("consumer offsets: beginning, end, by time, seek, position, out-of-range reset")
    func consumerOffsets() async throws {
        try await TestBroker.with { broker in
            let client = try await KafkaClient.connect(config: broker.clientConfig)
            let admin = AdminClient(client: client)
            try await admin.create("o", partitions: 1)
            let producer = KafkaProducer(client: client, config: ProducerConfig(client: broker.clientConfig))
            for i in 0..<10 {
                _ = try await producer.send(topic: "o", value: ByteBuffer(text: "\(i)"), timestamp: 1_000 + Int64(i) * 10)
            }
            let tp = TopicPartition("o", 0)
            var config = ConsumerConfig(client: broker.clientConfig)
            config.autoOffsetReset = .earliest
            config.maxPollRecords = 4
            let consumer = KafkaConsumer(client: client, config: config)
            #expect(try await consumer.beginningOffsets([tp]) == [tp: 0])
            #expect(try await consumer.endOffsets([tp]) == [tp: 10])
            let byTime = try await consumer.offsetsForTimes([tp: 1_035])
            #expect(byTime[tp]??.offset == 4)
            #expect(byTime[tp]??.timestamp == 1_040)
            #expect(try await consumer.offsetsForTimes([tp: 9_999])[tp]! == nil)
            let max = try await admin.listOffsets([tp: .maxTimestamp])
            #expect(try max[tp]?.get().offset == 9)

            consumer.assign([tp: .timestamp(1_050)])
            #expect(try await consumer.position(tp) == 5)
            var got = try await poll(consumer, count: 4)
            #expect(got.map(\.offset) == [5, 6, 7, 8])
            #expect(try await consumer.position(tp) == 9)
            #expect(got.first?.timestamp == 1_050)
            #expect(got.first?.leaderEpoch != nil)

            consumer.seek(tp, to: 2)
            got = try await poll(consumer, count: 1)
            #expect(got.first?.offset == 2)

            consumer.seek(tp, to: .latest)
            #expect(try await consumer.position(tp) == 10)
            #expect(try await consumer.poll(timeout: .milliseconds(200)).isEmpty)

            // Out of range: reset to earliest.
            consumer.seek(tp, to: 1_000)
            got = try await poll(consumer, count: 1)
            #expect(got.first?.offset == 0)

            var strict = ConsumerConfig(client: broker.clientConfig)
            strict.autoOffsetReset = .none
            let failing = KafkaConsumer(client: client, config: strict)
            failing.assign([tp: .offset(1_000)])
            do {
                _ = try await failing.poll(timeout: .seconds(5))
                Issue.record("no out-of-range error")
            } catch {
                #expect((error as? KafkaClientError)?.code == .offsetOutOfRange)
            }
            await producer.close()
            await admin.close()
        }
    }

    private func poll(_ consumer: KafkaConsumer, count: Int) async throws -> [ConsumerRecord] {
        var records: [ConsumerRecord] = []
        let deadline = ContinuousClock.now + .seconds(10)
        while records.count < count && ContinuousClock.now < deadline {
            records += try await consumer.poll(timeout: .milliseconds(500))
        }
        return records
    }
}
