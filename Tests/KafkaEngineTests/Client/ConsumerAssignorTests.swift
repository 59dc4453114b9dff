import NIOCore
import Testing

@testable import KafkaEngine

/// Vectors from Kafka's `RangeAssignorTest`, `RoundRobinAssignorTest` and the sticky assignor tests
/// (`AbstractStickyAssignorTest`, `CooperativeStickyAssignorTest`).
@Suite struct ConsumerAssignorTests {
    static func tp(_ topic: String, _ partition: Int32) -> TopicPartition { TopicPartition(topic, partition) }

    static func subs(_ members: [String: [String]]) -> [String: GroupSubscription] {
        members.mapValues { GroupSubscription(topics: $0) }
    }

    // MARK: RangeAssignor

    @Test func rangeOneConsumerNoTopic() {
        let result = RangeAssignor().assign(partitionsPerTopic: [:], subscriptions: Self.subs(["c": []]))
        #expect(result == ["c": []])
    }

    @Test func rangeOnlyAssignsPartitionsFromSubscribedTopics() {
        let result = RangeAssignor().assign(
            partitionsPerTopic: ["topic": 3, "other": 3], subscriptions: Self.subs(["c": ["topic"]]))
        #expect(result == ["c": [Self.tp("topic", 0), Self.tp("topic", 1), Self.tp("topic", 2)]])
    }

    @Test func rangeOneConsumerMultipleTopics() {
        let result = RangeAssignor().assign(
            partitionsPerTopic: ["topic1": 1, "topic2": 2], subscriptions: Self.subs(["c": ["topic1", "topic2"]]))
        #expect(result == ["c": [Self.tp("topic1", 0), Self.tp("topic2", 0), Self.tp("topic2", 1)]])
    }

    @Test func rangeTwoConsumersOneTopicOnePartition() {
        let result = RangeAssignor().assign(
            partitionsPerTopic: ["topic": 1], subscriptions: Self.subs(["c1": ["topic"], "c2": ["topic"]]))
        #expect(result == ["c1": [Self.tp("topic", 0)], "c2": []])
    }

    @Test func rangeMultipleConsumersMixedTopics() {
        let result = RangeAssignor().assign(
            partitionsPerTopic: ["topic1": 3, "topic2": 2],
            subscriptions: Self.subs([
                "consumer1": ["topic1"], "consumer2": ["topic1", "topic2"], "consumer3": ["topic1"],
            ]))
        #expect(
            result == [
                "consumer1": [Self.tp("topic1", 0)],
                "consumer2": [Self.tp("topic1", 1), Self.tp("topic2", 0), Self.tp("topic2", 1)],
                "consumer3": [Self.tp("topic1", 2)],
            ])
    }

    @Test func rangeTwoConsumersTwoTopicsSixPartitions() {
        let result = RangeAssignor().assign(
            partitionsPerTopic: ["topic1": 3, "topic2": 3],
            subscriptions: Self.subs(["consumer1": ["topic1", "topic2"], "consumer2": ["topic1", "topic2"]]))
        #expect(
            result == [
                "consumer1": [Self.tp("topic1", 0), Self.tp("topic1", 1), Self.tp("topic2", 0), Self.tp("topic2", 1)],
                "consumer2": [Self.tp("topic1", 2), Self.tp("topic2", 2)],
            ])
    }

    /// Static members are ordered by instance id ahead of member id (Kafka's `MemberInfo`).
    @Test func rangeOrdersStaticMembersByInstanceId() {
        var subscriptions = Self.subs(["a": ["topic"], "b": ["topic"], "c": ["topic"]])
        subscriptions["b"]?.groupInstanceId = "instance-1"
        subscriptions["a"]?.groupInstanceId = "instance-2"
        let result = RangeAssignor().assign(partitionsPerTopic: ["topic": 3], subscriptions: subscriptions)
        #expect(result == ["b": [Self.tp("topic", 0)], "a": [Self.tp("topic", 1)], "c": [Self.tp("topic", 2)]])
    }

    // MARK: RoundRobinAssignor

    @Test func roundRobinTwoConsumersTwoTopicsSixPartitions() {
        let result = RoundRobinAssignor().assign(
            partitionsPerTopic: ["topic1": 3, "topic2": 3],
            subscriptions: Self.subs(["consumer1": ["topic1", "topic2"], "consumer2": ["topic1", "topic2"]]))
        #expect(
            result == [
                "consumer1": [Self.tp("topic1", 0), Self.tp("topic1", 2), Self.tp("topic2", 1)],
                "consumer2": [Self.tp("topic1", 1), Self.tp("topic2", 0), Self.tp("topic2", 2)],
            ])
    }

    @Test func roundRobinMultipleConsumersMixedTopics() {
        let result = RoundRobinAssignor().assign(
            partitionsPerTopic: ["topic1": 3, "topic2": 2],
            subscriptions: Self.subs([
                "consumer1": ["topic1"], "consumer2": ["topic1", "topic2"], "consumer3": ["topic1"],
            ]))
        #expect(
            result == [
                "consumer1": [Self.tp("topic1", 0)],
                "consumer2": [Self.tp("topic1", 1), Self.tp("topic2", 0), Self.tp("topic2", 1)],
                "consumer3": [Self.tp("topic1", 2)],
            ])
    }

    @Test func roundRobinIgnoresMissingTopics() {
        let result = RoundRobinAssignor().assign(
            partitionsPerTopic: ["topic": 1], subscriptions: Self.subs(["c": ["topic", "missing"]]))
        #expect(result == ["c": [Self.tp("topic", 0)]])
    }

    // MARK: CooperativeStickyAssignor

    @Test func stickyTwoConsumersTwoTopicsSixPartitions() {
        let result = CooperativeStickyAssignor().assign(
            partitionsPerTopic: ["topic": 3, "topic2": 3],
            subscriptions: Self.subs(["consumer1": ["topic", "topic2"], "consumer2": ["topic", "topic2"]]))
        #expect(
            result == [
                "consumer1": [Self.tp("topic", 0), Self.tp("topic", 2), Self.tp("topic2", 1)],
                "consumer2": [Self.tp("topic", 1), Self.tp("topic2", 0), Self.tp("topic2", 2)],
            ])
    }

    /// A second member joins: the first keeps what it can, and the partition that moves is left
    /// out until its owner revoked it; the follow-up rebalance assigns it.
    @Test func stickyNewMemberGetsMovedPartitionInSecondRebalance() {
        let assignor = CooperativeStickyAssignor()
        let all = [Self.tp("t", 0), Self.tp("t", 1), Self.tp("t", 2)]
        let first = assignor.assign(
            partitionsPerTopic: ["t": 3],
            subscriptions: [
                "c1": GroupSubscription(topics: ["t"], ownedPartitions: all, generationId: 1),
                "c2": GroupSubscription(topics: ["t"]),
            ])
        #expect(first == ["c1": [Self.tp("t", 0), Self.tp("t", 1)], "c2": []])
        let second = assignor.assign(
            partitionsPerTopic: ["t": 3],
            subscriptions: [
                "c1": GroupSubscription(topics: ["t"], ownedPartitions: first["c1"] ?? [], generationId: 2),
                "c2": GroupSubscription(topics: ["t"], ownedPartitions: [], generationId: 2),
            ])
        #expect(second == ["c1": [Self.tp("t", 0), Self.tp("t", 1)], "c2": [Self.tp("t", 2)]])
    }

    /// Owned partitions of an older generation are ignored (`AbstractStickyAssignor.allSubscriptionsEqual`).
    @Test func stickyIgnoresOwnedPartitionsOfOlderGenerations() {
        let result = CooperativeStickyAssignor().assign(
            partitionsPerTopic: ["t": 2],
            subscriptions: [
                "c1": GroupSubscription(topics: ["t"], ownedPartitions: [Self.tp("t", 1)], generationId: 1),
                "c2": GroupSubscription(topics: ["t"], ownedPartitions: [Self.tp("t", 0)], generationId: 2),
            ])
        #expect(result == ["c1": [Self.tp("t", 1)], "c2": [Self.tp("t", 0)]])
    }

    /// A partition two members of the same generation claim is transferred, not kept by either.
    @Test func stickyDoublyClaimedPartitionIsWithheld() {
        let result = CooperativeStickyAssignor().assign(
            partitionsPerTopic: ["t": 2],
            subscriptions: [
                "c1": GroupSubscription(topics: ["t"], ownedPartitions: [Self.tp("t", 0)], generationId: 3),
                "c2": GroupSubscription(topics: ["t"], ownedPartitions: [Self.tp("t", 0)], generationId: 3),
            ])
        #expect(result == ["c1": [], "c2": [Self.tp("t", 1)]])
    }

    /// Unequal subscriptions take the general path: balanced, owned partitions kept where possible,
    /// every partition with a member subscribed to its topic.
    @Test func stickyGeneralAssignmentIsBalancedAndSticky() {
        let assignor = CooperativeStickyAssignor()
        let result = assignor.assign(
            partitionsPerTopic: ["a": 4, "b": 2],
            subscriptions: [
                "c1": GroupSubscription(
                    topics: ["a", "b"], ownedPartitions: [Self.tp("a", 0), Self.tp("a", 1)], generationId: 1),
                "c2": GroupSubscription(topics: ["a"], ownedPartitions: [Self.tp("a", 2)], generationId: 1),
                "c3": GroupSubscription(topics: ["b"]),
            ])
        let assigned = result.values.flatMap { $0 }
        #expect(Set(assigned).count == assigned.count)
        #expect(
            Set(assigned)
                == Set([
                    Self.tp("a", 0), Self.tp("a", 1), Self.tp("a", 2), Self.tp("a", 3), Self.tp("b", 0),
                    Self.tp("b", 1),
                ]))
        #expect(result["c3"]?.allSatisfy { $0.topic == "b" } == true)
        #expect(result["c2"]?.allSatisfy { $0.topic == "a" } == true)
        #expect(result["c1"]?.contains(Self.tp("a", 0)) == true && result["c1"]?.contains(Self.tp("a", 1)) == true)
        #expect(result["c2"]?.contains(Self.tp("a", 2)) == true)
        let counts = result.values.map(\.count)
        #expect((counts.max() ?? 0) - (counts.min() ?? 0) <= 1)
    }

    /// With no owned partitions, every assignor hands out each partition exactly once, balanced.
    @Test(arguments: ["range", "roundrobin", "cooperative-sticky"])
    func everyPartitionOnce(name: String) throws {
        let assignor = try #require(ConsumerAssignors.named(name))
        let members = (0..<5).map { "member-\($0)" }
        let result = assignor.assign(
            partitionsPerTopic: ["x": 7, "y": 3],
            subscriptions: Dictionary(
                uniqueKeysWithValues: members.map { ($0, GroupSubscription(topics: ["x", "y"])) }))
        let assigned = result.values.flatMap { $0 }
        #expect(assigned.count == 10 && Set(assigned).count == 10)
        #expect(Set(result.keys) == Set(members))
    }

    @Test func strategyNamesAcceptJavaClassesAndShortNames() throws {
        let config = try ConsumerConfig(properties: [
            "bootstrap.servers": "localhost:9092",
            "partition.assignment.strategy":
                "org.apache.kafka.clients.consumer.RoundRobinAssignor, cooperative-sticky",
        ])
        #expect(config.assignors.map(\.name) == ["roundrobin", "cooperative-sticky"])
        #expect(config.membership(groupId: "g").rebalanceProtocol == .eager)
        let cooperative = try ConsumerConfig(properties: [
            "bootstrap.servers": "localhost:9092", "partition.assignment.strategy": "cooperative-sticky",
        ])
        #expect(cooperative.membership(groupId: "g").rebalanceProtocol == .cooperative)
        #expect(throws: KafkaClientError.self) {
            try ConsumerConfig(properties: [
                "bootstrap.servers": "localhost:9092", "partition.assignment.strategy": "sticky-ish",
            ])
        }
    }
}

/// The consumer protocol's subscription and assignment bytes.
@Suite struct ConsumerProtocolTests {
    /// librdkafka (confluent-kafka) sends a v3 subscription: one topic, empty user data, no owned
    /// partitions, generation -1, null rack. Decoding and re-encoding reproduces its bytes.
    @Test func librdkafkaSubscriptionFromCapturedJoinGroup() throws {
        let frames = try CapturedFrame.load(apiKey: ApiKey.joinGroup.rawValue)
        let frame = try #require(frames.first { $0.entry.client == "confluent-kafka" })
        let request = try #require(try RequestFrame(decoding: frame.bytes).body as? JoinGroupRequest)
        #expect(request.protocolType == "consumer")
        #expect(request.protocols.map(\.name) == ["range", "roundrobin"])
        for entry in request.protocols {
            let subscription = try ConsumerProtocol.decodeSubscription(entry.metadata)
            #expect(subscription.topics == ["capture-confluent-kafka"])
            #expect(subscription.ownedPartitions.isEmpty)
            #expect(subscription.generationId == nil)
            #expect(subscription.rackId == "")
            #expect(subscription.userData?.readableBytes == 0)
            #expect(ConsumerProtocol.encode(subscription) == entry.metadata)
        }
    }

    /// Every captured JoinGroup's consumer subscriptions decode, whichever client sent them.
    @Test func everyCapturedSubscriptionDecodes() throws {
        let frames = try CapturedFrame.load(apiKey: ApiKey.joinGroup.rawValue)
        #expect(!frames.isEmpty)
        for frame in frames {
            let request = try #require(try RequestFrame(decoding: frame.bytes).body as? JoinGroupRequest)
            for entry in request.protocols {
                let subscription = try ConsumerProtocol.decodeSubscription(entry.metadata)
                #expect(!subscription.topics.isEmpty, "\(frame.entry.file) \(entry.name)")
            }
        }
    }

    /// Every captured SyncGroup assignment (the leader's) decodes to partitions of the captured topic.
    @Test func capturedAssignmentsDecode() throws {
        let frames = try CapturedFrame.load(apiKey: ApiKey.syncGroup.rawValue)
        var partitions: [TopicPartition] = []
        for frame in frames {
            let request = try #require(try RequestFrame(decoding: frame.bytes).body as? SyncGroupRequest)
            for entry in request.assignments {
                partitions += try ConsumerProtocol.decodeAssignment(entry.assignment).partitions
            }
        }
        #expect(!partitions.isEmpty)
        #expect(partitions.allSatisfy { $0.topic.hasPrefix("capture-") })
    }

    /// Kafka's layout, byte for byte: int16 version, topics, user data, owned partitions grouped
    /// by topic, generation, rack.
    @Test func subscriptionV3Bytes() throws {
        var userData = ByteBuffer()
        userData.writeInteger(Int32(7))
        let subscription = GroupSubscription(
            topics: ["t"], userData: userData, ownedPartitions: [TopicPartition("t", 0), TopicPartition("t", 2)],
            generationId: 7, rackId: "r1")
        let bytes = ConsumerProtocol.encode(subscription)
        let expected: [UInt8] =
            [0, 3, 0, 0, 0, 1, 0, 1, 0x74, 0, 0, 0, 4, 0, 0, 0, 7]
            + [0, 0, 0, 1, 0, 1, 0x74, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2]
            + [0, 0, 0, 7, 0, 2, 0x72, 0x31]
        #expect(Array(bytes.readableBytesView) == expected)
        #expect(try ConsumerProtocol.decodeSubscription(bytes) == subscription)
        // v0 carries topics and user data only.
        let v0 = ConsumerProtocol.encode(subscription, version: 0)
        #expect(Array(v0.readableBytesView) == [0, 0, 0, 0, 0, 1, 0, 1, 0x74, 0, 0, 0, 4, 0, 0, 0, 7])
        #expect(try ConsumerProtocol.decodeSubscription(v0) == GroupSubscription(topics: ["t"], userData: userData))
    }

    @Test func assignmentRoundTripAndEmpty() throws {
        let assignment = GroupAssignment(partitions: [
            TopicPartition("a", 1), TopicPartition("b", 0), TopicPartition("a", 3),
        ])
        let bytes = ConsumerProtocol.encode(assignment)
        let decoded = try ConsumerProtocol.decodeAssignment(bytes)
        #expect(Set(decoded.partitions) == Set(assignment.partitions))
        #expect(try ConsumerProtocol.decodeAssignment(ByteBuffer()).partitions.isEmpty)
    }

    /// A newer version decodes as the newest known one; garbage throws, never traps.
    @Test func futureVersionsAndGarbage() throws {
        var future = ConsumerProtocol.encode(GroupSubscription(topics: ["x"]))
        future.setInteger(Int16(9), at: future.readerIndex)
        future.writeBytes([1, 2, 3])
        #expect(try ConsumerProtocol.decodeSubscription(future).topics == ["x"])
        for bytes in [[0], [0, 1, 0xff, 0xff, 0xff, 0x7f], [0xff, 0xff, 0, 0], [0, 0, 0x7f, 0xff, 0xff, 0xff]]
            as [[UInt8]]
        {
            #expect(throws: KafkaProtocolError.self) {
                try ConsumerProtocol.decodeSubscription(ByteBuffer(bytes: bytes))
            }
            #expect(throws: KafkaProtocolError.self) { try ConsumerProtocol.decodeAssignment(ByteBuffer(bytes: bytes)) }
        }
    }
}
