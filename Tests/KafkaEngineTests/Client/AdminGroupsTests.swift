import Foundation
import Synchronization
import Testing

@testable import KafkaEngine

/// The admin client's group calls and the `consumer-groups` runner against an in-process broker:
/// a group made only of committed offsets (as Kafka's admin makes one), listed, described, reset,
/// its offsets deleted, then the group deleted.
@Suite struct AdminGroupsTests {
    @Test("admin group calls: alter, list, describe, fetch, delete offsets, delete group")
    func groupLifecycle() async throws {
        try await TestBroker.with { broker in
            let admin = try await AdminClient.connect(config: broker.clientConfig)
            defer { Task { await admin.close() } }
            try await admin.create("events", partitions: 2)
            let p0 = TopicPartition("events", 0)
            let p1 = TopicPartition("events", 1)

            let altered = try await admin.alterConsumerGroupOffsets(
                group: "billing",
                offsets: [p0: ConsumerGroupOffset(offset: 0, metadata: "m"), p1: ConsumerGroupOffset(offset: 0)])
            #expect(altered.count == 2)
            #expect(altered.values.allSatisfy { (try? $0.get()) != nil })

            let fetched = try await admin.listConsumerGroupOffsets(group: "billing")
            #expect(fetched == [p0: ConsumerGroupOffset(offset: 0, metadata: "m"), p1: ConsumerGroupOffset(offset: 0)])
            #expect(
                try await admin.listConsumerGroupOffsets(group: "billing", partitions: [p1]) == [
                    p1: ConsumerGroupOffset(offset: 0)
                ])
            #expect(try await admin.listConsumerGroupOffsets(group: "nobody").isEmpty)

            let listed = try await admin.listGroups()
            #expect(listed.map(\.groupId).contains("billing"))
            #expect(try await admin.listGroups(states: [.stable]).map(\.groupId).contains("billing") == false)

            let described = try #require(
                try await admin.describeConsumerGroups(["billing", "nobody"])["billing"]?.get())
            #expect(described.state == .empty)
            #expect(described.members.isEmpty)
            #expect(described.coordinator.id == 1)
            #expect(described.coordinator.port == broker.port)
            let nobody = try #require(try await admin.describeConsumerGroups(["nobody"])["nobody"]?.get())
            #expect(nobody.state == .dead)

            let deleted = try await admin.deleteConsumerGroupOffsets(group: "billing", partitions: [p0])
            #expect(deleted.groupError == nil)
            #expect(deleted.partitions.count == 1 && deleted.partitions[p0] == .some(nil))
            #expect(try await admin.listConsumerGroupOffsets(group: "billing") == [p1: ConsumerGroupOffset(offset: 0)])

            let groups = try await admin.deleteConsumerGroups(["billing", "nobody"])
            #expect((try? groups["billing"]?.get()) != nil)
            guard case .failure(let missing)? = groups["nobody"] else {
                Issue.record("deleting a missing group succeeded")
                return
            }
            #expect(missing.code == .groupIdNotFound)
            #expect(try await admin.listGroups().map(\.groupId).contains("billing") == false)
        }
    }

    @Test("coordinator errors: moved or loading is retried until the deadline, anything else fails at once")
    func coordinatorRetries() async throws {
        try await TestBroker.with { broker in
            let admin = try await AdminClient.connect(config: broker.clientConfig)
            defer { Task { await admin.close() } }
            let deadline = { ContinuousClock.now + .seconds(20) }
            let attempts = Mutex(0)
            let answer = try await admin.withCoordinator(of: "retrying", deadline: deadline()) {
                (node) throws(KafkaClientError) -> AdminClient.CoordinatorOutcome<Int32> in
                let attempt = attempts.withLock { n in
                    n += 1
                    return n
                }
                switch attempt {
                case 1: return .failed(.notCoordinator, nil)
                case 2: return .failed(.coordinatorNotAvailable, nil)
                case 3: return .failed(.coordinatorLoadInProgress, nil)
                default: return .done(node.id)
                }
            }
            #expect(answer == 1)
            #expect(attempts.withLock { $0 } == 4)

            let refused = Mutex(0)
            await #expect(throws: KafkaClientError.broker(.groupAuthorizationFailed)) {
                try await admin.withCoordinator(of: "refused", deadline: deadline()) {
                    (_) throws(KafkaClientError) -> AdminClient.CoordinatorOutcome<Void> in
                    refused.withLock { $0 += 1 }
                    return .failed(.groupAuthorizationFailed, nil)
                }
            }
            #expect(refused.withLock { $0 } == 1)

            let start = ContinuousClock.now
            await #expect(throws: KafkaClientError.broker(.notCoordinator)) {
                try await admin.withCoordinator(of: "moving", deadline: ContinuousClock.now + .milliseconds(600)) {
                    (_) throws(KafkaClientError) -> AdminClient.CoordinatorOutcome<Void> in
                    .failed(.notCoordinator, nil)
                }
            }
            #expect(ContinuousClock.now - start < .seconds(5))
        }
    }

    @Test("the runner resets an inactive group, clamping with Kafka's warning, and prints Kafka's table")
    func runnerResetsAndDescribes() async throws {
        try await TestBroker.with { broker in
            let admin = try await AdminClient.connect(config: broker.clientConfig)
            defer { Task { await admin.close() } }
            try await admin.create("ledger", partitions: 1)
            let p0 = TopicPartition("ledger", 0)
            _ = try await admin.alterConsumerGroupOffsets(group: "audit", offsets: [p0: ConsumerGroupOffset(offset: 0)])

            var options = ConsumerGroupCommandOptions()
            options.bootstrapServer = broker.bootstrap
            options.actions = [.resetOffsets]
            options.groups = ["audit"]
            options.topics = ["ledger"]
            options.toOffset = 5
            options.execute = true
            let reset = try await ConsumerGroupsRunner.run(try options.validate(), admin: admin)
            #expect(!reset.failed)
            #expect(
                reset.stderr.contains(
                    " WARN New offset (5) is higher than latest offset for topic partition ledger-0. Value will be set to 0. ("
                ))
            func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: w - s.count) }
            #expect(
                reset.stdout
                    == "\n" + pad("GROUP", 30) + " " + pad("TOPIC", 30) + " " + pad("PARTITION", 10) + " "
                    + pad("NEW-OFFSET", 15)
                    + "\n" + pad("audit", 30) + " " + pad("ledger", 30) + " " + pad("0", 10) + " " + pad("0", 15) + "\n"
            )

            var describe = ConsumerGroupCommandOptions()
            describe.bootstrapServer = broker.bootstrap
            describe.actions = [.describe]
            describe.groups = ["audit", "absent"]
            let described = try await ConsumerGroupsRunner.run(try describe.validate(), admin: admin)
            #expect(described.failed)
            #expect(
                described.chunks == [
                    .stdout("\nError: Consumer group 'absent' does not exist.\n"),
                    .stderr("\nConsumer group 'audit' has no active members.\n"),
                    .stdout(
                        "\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID"
                            + "\naudit           ledger          0          0               0               0               -               -               -\n"
                    ),
                ])
        }
    }
}
