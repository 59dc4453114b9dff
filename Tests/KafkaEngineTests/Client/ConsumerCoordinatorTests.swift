import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

/// A coordinator played by a script: each request goes to `respond`, which answers from the test's
/// group state; every request is recorded by API name.
final class ScriptedCoordinator: GroupCoordinatorChannel {
    let log = Mutex<[String]>([])
    let respond: @Sendable (any KafkaRequestMessage) -> (any KafkaResponseMessage)?
    let moved = Atomic<Int>(0)

    init(_ respond: @escaping @Sendable (any KafkaRequestMessage) -> (any KafkaResponseMessage)?) {
        self.respond = respond
    }

    func send<R: KafkaRequestMessage>(_ build: @Sendable (Int16) -> R) async throws(KafkaClientError) -> R.Response {
        let request = build(R.validVersions.upperBound)
        log.withLock { $0.append(R.apiKey.name) }
        guard let response = respond(request) as? R.Response else {
            throw .connection("no scripted answer to \(R.apiKey.name)")
        }
        return response
    }

    func coordinatorMoved() { moved.add(1, ordering: .relaxed) }

    var requests: [String] { log.withLock { $0 } }
}

/// The consumer side, recording what the coordinator told it.
final class RecordingHost: ConsumerGroupHost {
    let assigned = Mutex<[TopicPartition: StartPosition]>([:])
    let errors = Mutex<[KafkaClientError]>([])
    let positions: [TopicPartition: Int64]
    let counts: [String: Int]

    init(positions: [TopicPartition: Int64], counts: [String: Int]) {
        self.positions = positions
        self.counts = counts
    }

    func consumedPositions() -> [TopicPartition: Int64] {
        let owned = assigned.withLock { Set($0.keys) }
        return positions.filter { owned.contains($0.key) }
    }

    func changeAssignment(adding: [TopicPartition: StartPosition], removing: Set<TopicPartition>)
        -> [TopicPartition: Int64]
    {
        assigned.withLock { current in
            for tp in removing { current[tp] = nil }
            current.merge(adding) { $1 }
        }
        return positions.filter { removing.contains($0.key) }
    }

    func report(_ error: KafkaClientError) { errors.withLock { $0.append(error) } }

    func partitionCounts(_ topics: [String]?) async throws(KafkaClientError) -> [String: Int] {
        guard let topics else { return counts }
        return counts.filter { topics.contains($0.key) }
    }
}

/// The scripted group's state, shared by the script and the test.
final class ScriptBox: Sendable {
    private let state = Mutex(ConsumerCoordinatorTests.GroupScript())

    func withLock<T>(_ body: (inout ConsumerCoordinatorTests.GroupScript) -> T) -> T {
        state.withLock { body(&$0) }
    }
}

/// The member state machine against a scripted coordinator.
@Suite struct ConsumerCoordinatorTests {
    /// What the scripted group remembers between requests.
    struct GroupScript {
        var generation: Int32 = 0
        var heartbeatError: ErrorCode = .none
        var lastAssignment = ByteBuffer()
        var committed: [TopicPartition: Int64] = [TopicPartition("t", 0): 5]
        var commits: [[TopicPartition: Int64]] = []
        var joins: [JoinGroupRequest] = []
    }

    static func makeCoordinator(_ script: ScriptBox) -> ScriptedCoordinator {
        ScriptedCoordinator { request in
            switch request {
            case let join as JoinGroupRequest:
                var response = JoinGroupResponse()
                if join.memberId.isEmpty {
                    response.errorCode = ErrorCode.memberIdRequired.rawValue
                    response.memberId = "m1"
                    return response
                }
                let generation = script.withLock { state -> Int32 in
                    state.joins.append(join)
                    state.generation += 1
                    state.heartbeatError = .none
                    return state.generation
                }
                response.generationId = generation
                response.memberId = join.memberId
                response.leader = join.memberId
                response.protocolType = "consumer"
                response.protocolName = join.protocols.first?.name
                var member = JoinGroupResponse.JoinGroupResponseMember()
                member.memberId = join.memberId
                member.metadata = join.protocols.first?.metadata ?? ByteBuffer()
                response.members = [member]
                return response
            case let sync as SyncGroupRequest:
                var response = SyncGroupResponse()
                response.assignment =
                    sync.assignments.first { $0.memberId == sync.memberId }?.assignment ?? ByteBuffer()
                return response
            case is HeartbeatRequest:
                var response = HeartbeatResponse()
                response.errorCode = script.withLock { $0.heartbeatError.rawValue }
                return response
            case let fetch as OffsetFetchRequest:
                let committed = script.withLock { $0.committed }
                var response = OffsetFetchResponse()
                var group = OffsetFetchResponse.OffsetFetchResponseGroup()
                group.groupId = fetch.groups.first?.groupId ?? ""
                group.topics = (fetch.groups.first?.topics ?? []).map { topic in
                    var t = OffsetFetchResponse.OffsetFetchResponseTopics()
                    t.name = topic.name
                    t.partitions = topic.partitionIndexes.map { index in
                        var p = OffsetFetchResponse.OffsetFetchResponsePartitions()
                        p.partitionIndex = index
                        p.committedOffset = committed[TopicPartition(topic.name, index)] ?? -1
                        return p
                    }
                    return t
                }
                response.groups = [group]
                return response
            case let commit as OffsetCommitRequest:
                var offsets: [TopicPartition: Int64] = [:]
                var response = OffsetCommitResponse()
                response.topics = commit.topics.map { topic in
                    var t = OffsetCommitResponse.OffsetCommitResponseTopic()
                    t.name = topic.name
                    t.partitions = topic.partitions.map { p in
                        offsets[TopicPartition(topic.name, p.partitionIndex)] = p.committedOffset
                        var r = OffsetCommitResponse.OffsetCommitResponsePartition()
                        r.partitionIndex = p.partitionIndex
                        return r
                    }
                    return t
                }
                script.withLock { $0.commits.append(offsets) }
                return response
            case is LeaveGroupRequest:
                return LeaveGroupResponse()
            default:
                return nil
            }
        }
    }

    static func waitUntil(_ condition: () -> Bool) async {
        for _ in 0..<200 where !condition() {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Join with MEMBER_ID_REQUIRED, lead, sync, start at the committed offset (else by reset);
    /// a rebalance signalled by the heartbeat revokes everything first (eager) with a commit; close
    /// commits and leaves.
    @Test func eagerMemberLifecycle() async throws {
        let script = ScriptBox()
        let channel = Self.makeCoordinator(script)
        let t0 = TopicPartition("t", 0)
        let t1 = TopicPartition("t", 1)
        let host = RecordingHost(positions: [t0: 9, t1: 4], counts: ["t": 2, "other": 1])
        var config = GroupMembershipConfig(groupId: "g")
        config.assignors = [RangeAssignor()]
        config.heartbeatInterval = .milliseconds(30)
        config.autoOffsetReset = .earliest
        let coordinator = ConsumerCoordinator(config: config, channel: channel, host: host)
        let events = Mutex<[RebalanceEvent]>([])
        coordinator.subscribe(.topics(["t"]), listener: { event in events.withLock { $0.append(event) } })

        await Self.waitUntil { coordinator.isStable }
        #expect(coordinator.isStable)
        #expect(coordinator.memberId == "m1")
        #expect(host.assigned.withLock { $0 } == [t0: .offset(5), t1: .earliest])
        #expect(Array(channel.requests.prefix(4)) == ["JoinGroup", "JoinGroup", "SyncGroup", "OffsetFetch"])
        let join = try #require(script.withLock { $0.joins.first })
        #expect(join.protocols.map(\.name) == ["range"])
        #expect(try ConsumerProtocol.decodeSubscription(join.protocols[0].metadata).topics == ["t"])

        // The coordinator starts a rebalance: eager members commit, revoke all, rejoin.
        script.withLock { $0.heartbeatError = .rebalanceInProgress }
        await Self.waitUntil { script.withLock { $0.generation } == 2 && coordinator.isStable }
        #expect(coordinator.generationId == 2)
        #expect(script.withLock { $0.commits.first } == [t0: 9, t1: 4])
        let log = channel.requests
        let commitIndex = try #require(log.firstIndex(of: "OffsetCommit"))
        #expect(log[commitIndex + 1] == "JoinGroup")
        #expect(events.withLock { $0 } == [.assigned([t0, t1]), .revoked([t0, t1]), .assigned([t0, t1])])

        await coordinator.close()
        #expect(channel.requests.suffix(2) == ["OffsetCommit", "LeaveGroup"])
    }

    /// ILLEGAL_GENERATION on a heartbeat: the partitions are lost (no commit), the member rejoins.
    @Test func fencedMemberLosesPartitions() async throws {
        let script = ScriptBox()
        let channel = Self.makeCoordinator(script)
        let t0 = TopicPartition("t", 0)
        let host = RecordingHost(positions: [t0: 7], counts: ["t": 1])
        var config = GroupMembershipConfig(groupId: "g")
        config.assignors = [CooperativeStickyAssignor()]
        config.heartbeatInterval = .milliseconds(30)
        let coordinator = ConsumerCoordinator(config: config, channel: channel, host: host)
        let events = Mutex<[RebalanceEvent]>([])
        coordinator.subscribe(.topics(["t"]), listener: { event in events.withLock { $0.append(event) } })
        await Self.waitUntil { coordinator.isStable }
        script.withLock { $0.heartbeatError = .illegalGeneration }
        await Self.waitUntil { script.withLock { $0.generation } == 2 && coordinator.isStable }
        #expect(events.withLock { $0 } == [.assigned([t0]), .lost([t0]), .assigned([t0])])
        #expect(script.withLock { $0.commits }.isEmpty)
        // The cooperative rejoin carries the protocol's generation and no owned partitions (lost).
        let rejoin = try #require(script.withLock { $0.joins.last })
        let subscription = try ConsumerProtocol.decodeSubscription(rejoin.protocols[0].metadata)
        #expect(subscription.ownedPartitions.isEmpty)
        #expect(subscription.generationId == nil)
        await coordinator.close()
    }

    /// A pattern subscription joins with the matching topics, internal topics excluded by the host.
    @Test func patternSubscriptionResolvesTopics() async throws {
        let script = ScriptBox()
        let channel = Self.makeCoordinator(script)
        let host = RecordingHost(positions: [:], counts: ["orders-1": 1, "orders-2": 2, "payments": 1])
        var config = GroupMembershipConfig(groupId: "g")
        config.heartbeatInterval = .milliseconds(30)
        let coordinator = ConsumerCoordinator(config: config, channel: channel, host: host)
        coordinator.subscribe(.pattern("orders-.*"), listener: nil)
        await Self.waitUntil { coordinator.isStable }
        let join = try #require(script.withLock { $0.joins.first })
        #expect(try ConsumerProtocol.decodeSubscription(join.protocols[0].metadata).topics == ["orders-1", "orders-2"])
        #expect(Set(host.assigned.withLock { $0.keys }).count == 3)
        await coordinator.close()
    }
}
