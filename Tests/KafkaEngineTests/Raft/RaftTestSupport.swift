import Foundation
import Synchronization
import Testing

@testable import KafkaEngine

/// A fresh directory for an async test body, removed afterwards.
@discardableResult
func withTemporaryMetadataDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("swkafka-meta-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try await body(url.path)
}

/// A listener that keeps what it is handed.
final class RecordingRaftListener: RaftListener {
    private let state = Mutex<(batches: [CommittedMetadataBatch], leaders: [(Int32?, Int32)])>(([], []))

    var batches: [CommittedMetadataBatch] { state.withLock { $0.batches } }
    var records: [MetadataRecord] { batches.flatMap(\.records) }
    var leaderChanges: [(Int32?, Int32)] { state.withLock { $0.leaders } }

    func handleCommit(_ batch: CommittedMetadataBatch) { state.withLock { $0.batches.append(batch) } }
    func handleLeaderChange(leaderId: Int32?, epoch: Int32) { state.withLock { $0.leaders.append((leaderId, epoch)) } }
}

/// A publisher that keeps every update.
final class RecordingPublisher: MetadataPublisher {
    private let updates = Mutex<[MetadataUpdate]>([])
    var name: String { "RecordingPublisher" }
    var received: [MetadataUpdate] { updates.withLock { $0 } }
    func onMetadataUpdate(_ update: MetadataUpdate) { updates.withLock { $0.append(update) } }
}

func topicRecord(_ name: String, _ id: KafkaUUID) -> MetadataRecord {
    var record = TopicRecord()
    record.name = name
    record.topicId = id
    return MetadataRecord(record, version: 0)
}

func partitionRecord(_ topicId: KafkaUUID, _ partition: Int32, replicas: [Int32] = [1]) -> MetadataRecord {
    var record = PartitionRecord()
    record.topicId = topicId
    record.partitionId = partition
    record.replicas = replicas
    record.isr = replicas
    record.leader = replicas[0]
    record.leaderEpoch = 0
    record.partitionEpoch = 0
    record.directories = replicas.map { _ in .zero }
    return MetadataRecord(record, version: 1)
}

func configRecord(_ type: ConfigResource.ResourceType, _ name: String, _ key: String, _ value: String?)
    -> MetadataRecord
{
    var record = ConfigRecord()
    record.resourceType = type.rawValue
    record.resourceName = name
    record.name = key
    record.value = value
    return MetadataRecord(record, version: 0)
}

/// A single-node controller over a fresh metadata log in `dir`, started, with broker 1 registered
/// and unfenced as the in-process broker does it.
func startedController(
    dir: String, overrides: [String] = [], clock: ManualClock = ManualClock(), registerBroker: Bool = true
) async throws -> (QuorumController, KafkaRaftClient, MetadataLoader) {
    let config = try BrokerConfig.embeddedDefault(overrides: ["log.dirs=\(dir)"] + overrides)
    let raft = try KafkaRaftClient.open(nodeId: 1, voters: [1], logDir: dir, clusterId: "test-cluster", clock: clock)
    let loader = MetadataLoader(publishers: [], clusterId: "test-cluster")
    raft.register(loader)
    let controller = QuorumController(nodeId: 1, config: config, raft: raft, clock: clock)
    try await controller.start()
    if registerBroker {
        var registration = BrokerRegistrationRequest()
        registration.brokerId = 1
        registration.clusterId = "test-cluster"
        registration.incarnationId = KafkaUUID(high: 7, low: 7)
        var listener = BrokerRegistrationRequest.Listener()
        listener.name = "PLAINTEXT"
        listener.host = "localhost"
        listener.port = 9092
        registration.listeners = [listener]
        let registered = await controller.registerBroker(registration)
        #expect(registered.errorCode == 0)
        var heartbeat = BrokerHeartbeatRequest()
        heartbeat.brokerId = 1
        heartbeat.brokerEpoch = registered.brokerEpoch
        heartbeat.currentMetadataOffset = loader.image.offset
        let beat = await controller.brokerHeartbeat(heartbeat)
        #expect(beat.errorCode == 0)
        #expect(beat.isFenced == false)
    }
    return (controller, raft, loader)
}

func creatableTopic(
    _ name: String, partitions: Int32 = 1, replicationFactor: Int16 = 1, configs: [String: String?] = [:]
) -> CreateTopicsRequest.CreatableTopic {
    var topic = CreateTopicsRequest.CreatableTopic()
    topic.name = name
    topic.numPartitions = partitions
    topic.replicationFactor = replicationFactor
    topic.configs = configs.keys.sorted().map { key in
        var config = CreateTopicsRequest.CreatableTopicConfig()
        config.name = key
        config.value = configs[key] ?? nil
        return config
    }
    return topic
}

func createTopicsRequest(_ topics: [CreateTopicsRequest.CreatableTopic], validateOnly: Bool = false)
    -> CreateTopicsRequest
{
    var request = CreateTopicsRequest()
    request.topics = topics
    request.validateOnly = validateOnly
    return request
}
