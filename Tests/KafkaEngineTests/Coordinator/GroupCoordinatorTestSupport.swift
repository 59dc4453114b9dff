import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

/// `__consumer_offsets` in memory: batches get offsets as a log would assign them; appends
/// complete at once (or fail with `failure` when set).
final class MemoryOffsetsStorage: OffsetsTopicStorage {
    private struct State {
        var batches: [Int32: [ByteBuffer]] = [:]
        var nextOffset: [Int32: Int64] = [:]
        var failure: ErrorCode?
    }

    private let state = Mutex(State())

    func fail(with error: ErrorCode?) { state.withLock { $0.failure = error } }

    func append(partition: Int32, batch: ByteBuffer, completion: @escaping @Sendable (Result<Int64, ErrorCode>) -> Void)
    {
        let result = state.withLock { state -> Result<Int64, ErrorCode> in
            if let failure = state.failure { return .failure(failure) }
            guard var parsed = try? RecordBatch(batch) else { return .failure(.corruptMessage) }
            let base = state.nextOffset[partition] ?? 0
            parsed.setBaseOffset(base)
            state.batches[partition, default: []].append(parsed.buffer)
            state.nextOffset[partition] = parsed.nextOffset
            return .success(base)
        }
        completion(result)
    }

    func readAll(partition: Int32) throws -> [Record] {
        let batches = state.withLock { $0.batches[partition] ?? [] }
        return try batches.flatMap { try RecordBatch($0).records(maxDecompressedBytes: 1 << 20) }
    }

    /// Every record written, decoded.
    func records(partition: Int32 = 0) throws -> [OffsetsTopicRecord] {
        try readAll(partition: partition).compactMap { try OffsetsTopicRecord(key: $0.key, value: $0.value) }
    }
}

/// Collects the answers a callback gets.
final class Answers<T: Sendable>: Sendable {
    private let values = Mutex<[T]>([])

    func add(_ value: T) { values.withLock { $0.append(value) } }
    var all: [T] { values.withLock { $0 } }
    var last: T? { all.last }
    var count: Int { all.count }
}

/// A group coordinator with one offsets partition (loaded), time on a manual clock.
struct CoordinatorHarness {
    let clock = ManualClock()
    let scheduler: ManualScheduler
    let storage: MemoryOffsetsStorage
    let coordinator: GroupCoordinator

    static func config(
        initialDelayMs: Int32 = 0, maxGroupSize: Int32 = Int32.max, metadataMaxBytes: Int32 = 4096
    ) -> GroupCoordinatorConfig {
        var config = GroupCoordinatorConfig()
        config.offsetsTopicPartitions = 1
        config.initialRebalanceDelayMs = initialDelayMs
        config.maxGroupSize = maxGroupSize
        config.minSessionTimeoutMs = 1000
        config.offsetMetadataMaxBytes = metadataMaxBytes
        config.offsetsRetentionMs = 60_000
        config.offsetsRetentionCheckIntervalMs = 1000
        return config
    }

    static func start(
        _ config: GroupCoordinatorConfig = config(), storage: MemoryOffsetsStorage = MemoryOffsetsStorage()
    ) async -> CoordinatorHarness {
        let harness = CoordinatorHarness(config: config, storage: storage)
        await harness.coordinator.becomeLeader(partition: 0, leaderEpoch: 0)
        return harness
    }

    private init(config: GroupCoordinatorConfig, storage: MemoryOffsetsStorage) {
        scheduler = ManualScheduler(clock: clock)
        self.storage = storage
        coordinator = GroupCoordinator(config: config, clock: clock, scheduler: scheduler, storage: storage)
    }

    static func protocols(_ names: [String] = ["range"], metadata: String = "m") -> [JoinGroupRequest
        .JoinGroupRequestProtocol]
    {
        names.map { name in
            var entry = JoinGroupRequest.JoinGroupRequestProtocol()
            entry.name = name
            entry.metadata = ByteBuffer(string: metadata)
            return entry
        }
    }

    func join(
        group: String = "g", memberId: String = "", instanceId: String? = nil, version: Int16 = 9,
        protocolType: String = "consumer", protocols: [JoinGroupRequest.JoinGroupRequestProtocol] = protocols(),
        sessionTimeoutMs: Int32 = 10_000, rebalanceTimeoutMs: Int32 = 30_000
    ) -> Answers<JoinGroupResponse> {
        var request = JoinGroupRequest()
        request.groupId = group
        request.memberId = memberId
        request.groupInstanceId = instanceId
        request.protocolType = protocolType
        request.protocols = protocols
        request.sessionTimeoutMs = sessionTimeoutMs
        request.rebalanceTimeoutMs = rebalanceTimeoutMs
        let answers = Answers<JoinGroupResponse>()
        coordinator.joinGroup(request, version: version, clientId: "client", clientHost: "/127.0.0.1") {
            answers.add($0)
        }
        return answers
    }

    /// A dynamic member's full join (v4+: MEMBER_ID_REQUIRED, then the join with the given id).
    func joinNewMember(_ group: String = "g", instanceId: String? = nil, sessionTimeoutMs: Int32 = 10_000)
        -> Answers<JoinGroupResponse>
    {
        let first = join(group: group, instanceId: instanceId, sessionTimeoutMs: sessionTimeoutMs)
        guard instanceId == nil, let response = first.last, response.errorCode == ErrorCode.memberIdRequired.rawValue
        else { return first }
        return join(group: group, memberId: response.memberId, sessionTimeoutMs: sessionTimeoutMs)
    }

    func sync(
        group: String = "g", memberId: String, generation: Int32, assignments: [String: String] = [:],
        instanceId: String? = nil
    ) -> Answers<SyncGroupResponse> {
        var request = SyncGroupRequest()
        request.groupId = group
        request.memberId = memberId
        request.generationId = generation
        request.groupInstanceId = instanceId
        request.assignments = assignments.sorted { $0.key < $1.key }.map { id, bytes in
            var entry = SyncGroupRequest.SyncGroupRequestAssignment()
            entry.memberId = id
            entry.assignment = ByteBuffer(string: bytes)
            return entry
        }
        let answers = Answers<SyncGroupResponse>()
        coordinator.syncGroup(request, version: 5) { answers.add($0) }
        return answers
    }

    func heartbeat(group: String = "g", memberId: String, generation: Int32, instanceId: String? = nil) -> ErrorCode {
        var request = HeartbeatRequest()
        request.groupId = group
        request.memberId = memberId
        request.generationId = generation
        request.groupInstanceId = instanceId
        return coordinator.heartbeat(request)
    }

    func commit(
        group: String = "g", memberId: String = "", generation: Int32 = -1, offsets: [String: Int64],
        metadata: String = "", apiVersion: Int16 = 9
    ) -> [TopicPartition: ErrorCode]? {
        let answers = Answers<[TopicPartition: ErrorCode]>()
        let entries = offsets.sorted { $0.key < $1.key }.map { key, offset in
            GroupCoordinator.OffsetCommitEntry(
                topicPartition: Self.topicPartition(key), offset: offset, metadata: metadata)
        }
        coordinator.commitOffsets(
            .init(groupId: group, memberId: memberId, generationId: generation, apiVersion: apiVersion), entries
        ) { answers.add($0) }
        return answers.last
    }

    func fetch(_ group: String = "g") -> [String: Int64] {
        guard case .success(let offsets) = coordinator.fetchOffsets(groupId: group, partitions: nil) else { return [:] }
        var result: [String: Int64] = [:]
        for (topicPartition, offset) in offsets {
            result["\(topicPartition.topic)-\(topicPartition.partition)"] = offset.offset
        }
        return result
    }

    /// "t-0" as a topic partition.
    static func topicPartition(_ key: String) -> TopicPartition {
        let dash = key.lastIndex(of: "-") ?? key.endIndex
        return TopicPartition(String(key[..<dash]), Int32(key[key.index(after: dash)...]) ?? 0)
    }

    func state(_ group: String = "g") -> String { coordinator.describeGroup(group).groupState }
}

extension JoinGroupResponse {
    var error: ErrorCode { ErrorCode(rawValue: errorCode) }
}

extension SyncGroupResponse {
    var error: ErrorCode { ErrorCode(rawValue: errorCode) }
}
