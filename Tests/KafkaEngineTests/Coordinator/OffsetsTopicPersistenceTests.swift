import NIOCore
import Testing

@testable import KafkaEngine

/// The coordinator over a real `__consumer_offsets` log (replica manager, log manager, segment
/// files): what it writes is Kafka's record format, `dump-log --offsets-decoder` reads it, and a
/// new coordinator loading the partition finds the same group and offsets.
@Suite struct OffsetsTopicPersistenceTests {
    static let offsetsTopic = InternalTopics.groupMetadataTopic

    @Test func groupsAndOffsetsRoundTripThroughTheLog() async throws {
        try await withReplicationBroker { broker in
            broker.publish(ReplicationTestBroker.image([(Self.offsetsTopic, KafkaUUID.random(), 1)]))
            let storage = ReplicatedOffsetsTopicStorage(
                replicaManager: broker.replicaManager, commitTimeoutMs: 5000, loadBufferSize: 1 << 20)
            var config = CoordinatorHarness.config()
            config.offsetsTopicPartitions = 1
            let coordinator = GroupCoordinator(
                config: config, clock: broker.clock, scheduler: broker.scheduler, storage: storage)
            await coordinator.becomeLeader(partition: 0, leaderEpoch: 0)

            // One member, v3 (no MEMBER_ID_REQUIRED round), synced with an assignment.
            var join = JoinGroupRequest()
            join.groupId = "persisted"
            join.protocolType = "consumer"
            join.protocols = CoordinatorHarness.protocols(["range"], metadata: "subscription")
            join.sessionTimeoutMs = 10_000
            join.rebalanceTimeoutMs = 10_000
            let joined = Answers<JoinGroupResponse>()
            coordinator.joinGroup(join, version: 3, clientId: "c", clientHost: "/127.0.0.1") { joined.add($0) }
            broker.scheduler.tick()
            let member = try #require(joined.last)
            #expect(member.error == .none)
            var sync = SyncGroupRequest()
            sync.groupId = "persisted"
            sync.memberId = member.memberId
            sync.generationId = member.generationId
            var assignment = SyncGroupRequest.SyncGroupRequestAssignment()
            assignment.memberId = member.memberId
            assignment.assignment = ByteBuffer(string: "assignment")
            sync.assignments = [assignment]
            let synced: SyncGroupResponse = await withCheckedContinuation { continuation in
                coordinator.syncGroup(sync, version: 3) { continuation.resume(returning: $0) }
            }
            #expect(synced.error == .none)

            let errors: [TopicPartition: ErrorCode] = await withCheckedContinuation { continuation in
                coordinator.commitOffsets(
                    .init(groupId: "persisted", memberId: member.memberId, generationId: member.generationId),
                    [.init(topicPartition: TopicPartition("t", 0), offset: 42, leaderEpoch: 3, metadata: "m")]
                ) { continuation.resume(returning: $0) }
            }
            #expect(errors == [TopicPartition("t", 0): .none])

            // The segment decodes as Kafka's offsets-topic records.
            let records = try storage.readAll(partition: 0)
            #expect(records.count == 2)
            let decoded = records.map { OffsetsTopicParser.parse($0) }
            #expect(decoded[0].key?.text == #"{"type":"2","data":{"group":"persisted"}}"#)
            #expect(
                decoded[0].payload?.text.hasPrefix(#"{"version":"3","data":{"protocolType":"consumer","generation":1"#)
                    == true)
            #expect(decoded[1].key?.text == #"{"type":"1","data":{"group":"persisted","topic":"t","partition":0}}"#)
            #expect(
                decoded[1].payload?.text.hasPrefix(
                    #"{"version":"3","data":{"offset":42,"leaderEpoch":3,"metadata":"m""#) == true)

            // A second coordinator loading the same partition sees the same state.
            let reloaded = GroupCoordinator(
                config: config, clock: broker.clock, scheduler: broker.scheduler, storage: storage)
            await reloaded.becomeLeader(partition: 0, leaderEpoch: 1)
            guard case .success(let offsets) = reloaded.fetchOffsets(groupId: "persisted", partitions: nil) else {
                Issue.record("fetch failed")
                return
            }
            #expect(offsets[TopicPartition("t", 0)]?.offset == 42)
            #expect(offsets[TopicPartition("t", 0)]?.leaderEpoch == 3)
            #expect(offsets[TopicPartition("t", 0)]?.metadata == "m")
            let described = reloaded.describeGroup("persisted")
            #expect(described.groupState == "Stable")
            #expect(described.members.map(\.memberId) == [member.memberId])
            #expect(described.members.first?.memberAssignment == ByteBuffer(string: "assignment"))
            var heartbeat = HeartbeatRequest()
            heartbeat.groupId = "persisted"
            heartbeat.memberId = member.memberId
            heartbeat.generationId = member.generationId
            #expect(reloaded.heartbeat(heartbeat) == .none)

            // Losing leadership makes the partition's groups someone else's.
            broker.publish(ReplicationTestBroker.image([]))
            reloaded.resign(partition: 0)
            #expect(reloaded.heartbeat(heartbeat) == .notCoordinator)
        }
    }
}
