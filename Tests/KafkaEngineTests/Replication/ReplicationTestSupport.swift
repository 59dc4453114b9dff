import Foundation
import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

/// One broker's data path on a temporary log dir: a started log manager and a replica manager fed
/// by hand-built metadata images, with time and background work (including delayed-operation
/// deadlines) on a manual clock and scheduler.
final class ReplicationTestBroker: Sendable {
    typealias T = LogTestSupport
    static let nodeId: Int32 = 1
    static let clusterId = "swkafka-replication-test"

    let root: String
    let clock: ManualClock
    let scheduler: ManualScheduler
    let config: BrokerConfig
    let logManager: LogManager
    let replicaManager: ReplicaManager
    let metadataCache = MetadataCache()
    private let current = Mutex(MetadataImage.empty)

    private init(
        root: String, clock: ManualClock, config: BrokerConfig, logManager: LogManager, scheduler: ManualScheduler
    ) {
        self.root = root
        self.clock = clock
        self.scheduler = scheduler
        self.config = config
        self.logManager = logManager
        self.replicaManager = ReplicaManager(
            nodeId: Self.nodeId, config: config, logManager: logManager, clock: clock, scheduler: scheduler)
    }

    static func start(root: String, overrides: [String] = []) async throws -> ReplicationTestBroker {
        let logDir = StorageFile.join(root, "data")
        try FileManager.default.createDirectory(atPath: logDir, withIntermediateDirectories: true)
        _ = try LogManager.format(logDir: logDir, clusterId: clusterId, nodeId: nodeId)
        let config = try BrokerConfig.embeddedDefault(overrides: ["log.dirs=\(logDir)"] + overrides)
        let clock = ManualClock()
        let scheduler = ManualScheduler(clock: clock)
        var options = LogManager.Options(config: config)
        options.initialTaskDelayMs = 0
        let logManager = LogManager(options: options, clock: clock, scheduler: scheduler)
        _ = try await logManager.startup()
        return ReplicationTestBroker(
            root: root, clock: clock, config: config, logManager: logManager, scheduler: scheduler)
    }

    func stop() async throws {
        replicaManager.shutdown()
        try await logManager.shutdown()
    }

    /// Publishes `image` as the next metadata update, to the replica manager and the cache.
    func publish(_ image: MetadataImage) {
        let previous = current.withLock { current -> MetadataImage in
            defer { current = image }
            return current
        }
        let update = MetadataUpdate(previous: previous, image: image, isInitialLoad: previous == .empty)
        metadataCache.onMetadataUpdate(update)
        replicaManager.onMetadataUpdate(update)
    }

    var image: MetadataImage { current.withLock { $0 } }

    /// An image with `topics` (name, id, partitions), each partition led by this node, epoch
    /// `leaderEpoch`, and `configs` per topic.
    static func image(
        _ topics: [(String, KafkaUUID, Int32)], leaderEpoch: Int32 = 0, configs: [String: [String: String]] = [:]
    ) -> MetadataImage {
        var image = MetadataImage()
        image.offset = 1
        for (name, id, count) in topics {
            var partitions: [Int32: PartitionRegistration] = [:]
            for partition in 0..<count {
                partitions[partition] = PartitionRegistration(
                    replicas: [nodeId], isr: [nodeId], leader: nodeId, leaderEpoch: leaderEpoch, partitionEpoch: 0)
            }
            image.topics.put(TopicImage(name: name, id: id, partitions: partitions))
        }
        for (name, values) in configs { image.configs[ConfigResource(type: .topic, name: name)] = values }
        return image
    }

    /// A produce of one batch of `count` records to `topicPartition`.
    func produce(
        _ topicPartition: TopicPartition, count: Int = 3, valueSize: Int = 10, acks: Int16 = 1,
        timeoutMs: Int32 = 30_000
    ) async throws -> ProducePartitionResult {
        let batch = try T.batch(count: count, timestamp: clock.milliseconds(), valueSize: valueSize)
        let results = await replicaManager.appendRecords(
            timeoutMs: timeoutMs, requiredAcks: acks, entries: [(topicPartition, batch)], origin: .client)
        return try #require(results[topicPartition])
    }

    /// Waits (yielding, on real time) until `condition` holds; fails after about five seconds.
    func eventually(_ what: String, _ condition: () -> Bool) async throws {
        for _ in 0..<5000 {
            if condition() { return }
            try await Task.sleep(nanoseconds: 1_000_000)
        }
        Issue.record("timed out waiting for \(what)")
    }
}

/// A fresh temporary directory for an async test body.
func withReplicationBroker<R>(
    overrides: [String] = [], _ body: (ReplicationTestBroker) async throws -> R
) async throws -> R {
    try await withTemporaryDirectoryAsync { root in
        let broker = try await ReplicationTestBroker.start(root: root, overrides: overrides)
        do {
            let result = try await body(broker)
            try await broker.stop()
            return result
        } catch {
            try? await broker.stop()
            throw error
        }
    }
}

/// The batches of a fetch result's records.
func fetchedBatches(_ result: FetchPartitionResult) throws -> [RecordBatch] {
    guard let records = result.records else { return [] }
    return LogTestSupport.batches(try records.readBytes())
}
