import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

@Suite struct ReplicaManagerTests {
    typealias Broker = ReplicationTestBroker
    typealias T = LogTestSupport

    static let ordersId = KafkaUUID(high: 0x1111, low: 0x2222)
    static let orders0 = TopicPartition("orders", 0)
    static let orders1 = TopicPartition("orders", 1)

    static func consumerFetch(
        _ topicPartition: TopicPartition, offset: Int64, maxBytes: Int32 = 1 << 20, epoch: Int32 = -1,
        topicId: KafkaUUID = .zero
    ) -> FetchPartitionRequest {
        FetchPartitionRequest(
            topicPartition: topicPartition, topicId: topicId, fetchOffset: offset, partitionMaxBytes: maxBytes,
            currentLeaderEpoch: epoch)
    }

    // MARK: Leadership from metadata

    @Test func partitionsLedByThisNodeBecomeLeadersWithTheirLogs() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 2)], leaderEpoch: 3))
            let partition = try #require(broker.replicaManager.partition(Self.orders0))
            #expect(partition.isLeader)
            #expect(partition.leaderEpoch == 3)
            #expect(partition.inSyncReplicas == [Broker.nodeId])
            #expect(partition.topicId == Self.ordersId)
            #expect(broker.logManager.getLog(Self.orders1) != nil)
            let metadata = try PartitionMetadataFile(logDirectory: partition.log.directory).read()
            #expect(metadata.topicId == Self.ordersId)
        }
    }

    /// Enough partitions in one update that their epoch checkpoints are synced together: every
    /// partition still has its new epoch in its file, and a later single change is written too.
    @Test func manyNewLeaderEpochsAreAllCheckpointed() async throws {
        try await withReplicationBroker { broker in
            let count = Int32(ReplicaManager.batchedEpochSyncThreshold + 8)
            let manyId = KafkaUUID.random()
            broker.publish(Broker.image([("many", manyId, count)], leaderEpoch: 2))
            for index in 0..<count {
                let partition = try #require(broker.replicaManager.partition(TopicPartition("many", index)))
                #expect(partition.leaderEpoch == 2)
                let file = LeaderEpochCheckpointFile(logDirectory: partition.log.directory)
                #expect(try file.read() == [EpochEntry(epoch: 2, startOffset: 0)])
            }
            var next = broker.image
            next.offset += 1
            var topic = try #require(next.topics["many"])
            var registration = try #require(topic.partitions[0])
            registration.leaderEpoch = 3
            registration.partitionEpoch += 1
            topic.partitions[0] = registration
            next.topics.put(topic)
            broker.publish(next)
            let first = try #require(broker.replicaManager.partition(TopicPartition("many", 0)))
            // Epoch 3 starts where epoch 2 did (no records), so it replaces it.
            #expect(try LeaderEpochCheckpointFile(logDirectory: first.log.directory).read() == [EpochEntry(epoch: 3, startOffset: 0)])
        }
    }

    // MARK: Produce and fetch

    @Test func appendedRecordsAreFetchedBackAndTheHighWatermarkFollows() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 2)]))
            let first = try await broker.produce(Self.orders0)
            let second = try await broker.produce(Self.orders0)
            #expect(first.error == .none && first.baseOffset == 0 && first.logStartOffset == 0)
            #expect(first.logAppendTimeMs == -1)
            #expect(second.baseOffset == 3)
            let results = await broker.replicaManager.fetchMessages(
                FetchParams(),
                [Self.consumerFetch(Self.orders0, offset: 0), Self.consumerFetch(Self.orders1, offset: 0)])
            #expect(results.map(\.topicPartition) == [Self.orders0, Self.orders1])
            #expect(results[0].error == .none)
            #expect(results[0].highWatermark == 6)
            #expect(results[0].lastStableOffset == 6)
            #expect(results[0].logStartOffset == 0)
            #expect(try fetchedBatches(results[0]).map(\.baseOffset) == [0, 3])
            #expect(results[1].records == nil && results[1].highWatermark == 0)
        }
    }

    @Test func acksAllCompletesThroughThePurgatoryOnceTheIsrHasTheRecords() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)]))
            let result = try await broker.produce(Self.orders0, acks: -1)
            #expect(result.error == .none && result.baseOffset == 0)
            #expect(broker.replicaManager.delayedOperationCounts.produce == 0)
            #expect(try #require(broker.replicaManager.partition(Self.orders0)).highWatermark == 3)
        }
    }

    @Test func acksAllIsRefusedWhenTheIsrIsBelowMinInsyncReplicas() async throws {
        try await withReplicationBroker { broker in
            broker.publish(
                Broker.image([("orders", Self.ordersId, 1)], configs: ["orders": ["min.insync.replicas": "2"]]))
            let refused = try await broker.produce(Self.orders0, acks: -1)
            #expect(refused.error == .notEnoughReplicas)
            #expect(refused.baseOffset == -1)
            let acksOne = try await broker.produce(Self.orders0, acks: 1)
            #expect(acksOne.error == .none && acksOne.baseOffset == 0)
        }
    }

    @Test func unknownPartitionsInternalTopicsAndBadAcksAreRefused() async throws {
        try await withReplicationBroker { broker in
            broker.publish(
                Broker.image([("orders", Self.ordersId, 1), ("__consumer_offsets", KafkaUUID(high: 9, low: 9), 1)]))
            let unknownTopic = try await broker.produce(TopicPartition("nope", 0))
            let unknownPartition = try await broker.produce(TopicPartition("orders", 7))
            let internalTopic = try await broker.produce(TopicPartition("__consumer_offsets", 0))
            let badAcks = try await broker.produce(Self.orders0, acks: 2)
            #expect(unknownTopic.error == .unknownTopicOrPartition)
            #expect(unknownPartition.error == .unknownTopicOrPartition)
            #expect(internalTopic.error == .invalidTopicException)
            #expect(badAcks.error == .invalidRequiredAcks)
        }
    }

    @Test func aBatchLargerThanTheTopicsMaxMessageBytesIsRefusedAfterAConfigChange() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)]))
            #expect(try await broker.produce(Self.orders0, valueSize: 500).error == .none)
            broker.publish(
                Broker.image([("orders", Self.ordersId, 1)], configs: ["orders": ["max.message.bytes": "200"]]))
            let refused = try await broker.produce(Self.orders0, valueSize: 500)
            #expect(refused.error == .messageTooLarge)
            #expect(broker.logManager.getLog(Self.orders0)?.config.maxMessageBytes == 200)
        }
    }

    @Test func anIdempotentDuplicateAnswersWithTheOriginalOffsets() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)]))
            _ = try await broker.produce(Self.orders0)
            let batch = try T.batch(
                [T.TestRecord(timestamp: broker.clock.milliseconds(), key: "k", value: "v")], producerId: 1000,
                producerEpoch: 0, baseSequence: 0)
            let rm = broker.replicaManager
            let first = await rm.appendRecords(
                timeoutMs: 1000, requiredAcks: -1, entries: [(Self.orders0, batch)], origin: .client)
            let again = await rm.appendRecords(
                timeoutMs: 1000, requiredAcks: -1, entries: [(Self.orders0, batch)], origin: .client)
            #expect(first[Self.orders0]?.baseOffset == 3)
            #expect(again[Self.orders0]?.error == ErrorCode.none)
            #expect(again[Self.orders0]?.baseOffset == 3)
            #expect(rm.partition(Self.orders0)?.logEndOffset == 4)

            let gap = try T.batch(
                [T.TestRecord(timestamp: broker.clock.milliseconds(), key: "k", value: "v")], producerId: 1000,
                producerEpoch: 0, baseSequence: 5)
            let refused = await rm.appendRecords(
                timeoutMs: 1000, requiredAcks: 1, entries: [(Self.orders0, gap)], origin: .client)
            #expect(refused[Self.orders0]?.error == .outOfOrderSequenceNumber)
        }
    }

    // MARK: Long polls

    @Test func aLongPollFetchIsWokenByAnAppend() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)]))
            let rm = broker.replicaManager
            let params = FetchParams(maxWaitMs: 60_000, minBytes: 1)
            let fetch = Task { await rm.fetchMessages(params, [Self.consumerFetch(Self.orders0, offset: 0)]) }
            try await broker.eventually("the fetch to wait") { rm.delayedOperationCounts.fetch == 1 }
            _ = try await broker.produce(Self.orders0)
            let results = await fetch.value
            #expect(try fetchedBatches(results[0]).map(\.baseOffset) == [0])
            #expect(results[0].highWatermark == 3)
            #expect(rm.delayedOperationCounts.fetch == 0)
        }
    }

    @Test func aLongPollFetchAnswersEmptyAtItsDeadline() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)]))
            let rm = broker.replicaManager
            let params = FetchParams(maxWaitMs: 500, minBytes: 1)
            let fetch = Task { await rm.fetchMessages(params, [Self.consumerFetch(Self.orders0, offset: 0)]) }
            try await broker.eventually("the fetch to wait") { rm.delayedOperationCounts.fetch == 1 }
            broker.scheduler.advance(milliseconds: 499)
            #expect(rm.delayedOperationCounts.fetch == 1)
            broker.scheduler.advance(milliseconds: 1)
            let results = await fetch.value
            #expect(results[0].error == .none && results[0].records == nil)
            #expect(rm.delayedOperationCounts.fetch == 0)
        }
    }

    @Test func aFetchWaitsUntilMinBytesAreThere() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)]))
            let rm = broker.replicaManager
            let params = FetchParams(maxWaitMs: 60_000, minBytes: 400)
            let fetch = Task { await rm.fetchMessages(params, [Self.consumerFetch(Self.orders0, offset: 0)]) }
            try await broker.eventually("the fetch to wait") { rm.delayedOperationCounts.fetch == 1 }
            _ = try await broker.produce(Self.orders0, count: 1, valueSize: 10)
            #expect(rm.delayedOperationCounts.fetch == 1)
            _ = try await broker.produce(Self.orders0, count: 3, valueSize: 200)
            let results = await fetch.value
            #expect(results[0].recordsSize >= 400)
            #expect(try fetchedBatches(results[0]).count == 2)
        }
    }

    // MARK: Size limits

    @Test func fetchMaxBytesAndPartitionLimitsKeepAtLeastOneBatch() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 2)]))
            for _ in 0..<3 {
                _ = try await broker.produce(Self.orders0, count: 2, valueSize: 500)
                _ = try await broker.produce(Self.orders1, count: 2, valueSize: 500)
            }
            let batchSize = try #require(
                try fetchedBatches(
                    await broker.replicaManager.fetchMessages(
                        FetchParams(), [Self.consumerFetch(Self.orders0, offset: 0)])[0]
                ).first?.sizeInBytes)
            #expect(batchSize > 1000)
            let requests = [
                Self.consumerFetch(Self.orders0, offset: 0, maxBytes: 100),
                Self.consumerFetch(Self.orders1, offset: 0, maxBytes: 100),
            ]
            // The first partition with data returns one whole batch past its limit; then nothing more.
            let results = await broker.replicaManager.fetchMessages(FetchParams(maxBytes: 100), requests)
            #expect(results[0].recordsSize == batchSize)
            #expect(try fetchedBatches(results[0]).count == 1)
            #expect(results[1].records == nil)
            // Fetch v0–v2 keep a hard limit: the bytes up to it (a partial batch, as Kafka sends).
            let hard = await broker.replicaManager.fetchMessages(
                FetchParams(maxBytes: 100, hardMaxBytesLimit: true), requests)
            #expect(hard[0].recordsSize == 100)
            #expect(try fetchedBatches(hard[0]).isEmpty)
            #expect(hard[1].records == nil)
            // The response limit is shared: the first partition takes what it can, the next the rest.
            let shared = await broker.replicaManager.fetchMessages(
                FetchParams(maxBytes: Int32(batchSize * 3 / 2)),
                [
                    Self.consumerFetch(Self.orders0, offset: 0, maxBytes: Int32(batchSize)),
                    Self.consumerFetch(Self.orders1, offset: 0, maxBytes: 1 << 20),
                ])
            #expect(shared[0].recordsSize == batchSize)
            #expect(shared[1].recordsSize == batchSize * 3 / 2 - batchSize)
        }
    }

    // MARK: Fetch errors

    @Test func fetchErrorsCarryKafkasCodes() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)], leaderEpoch: 5))
            _ = try await broker.produce(Self.orders0)
            let results = await broker.replicaManager.fetchMessages(
                FetchParams(),
                [
                    Self.consumerFetch(Self.orders0, offset: 10),
                    Self.consumerFetch(Self.orders0, offset: 0, epoch: 4),
                    Self.consumerFetch(Self.orders0, offset: 0, epoch: 6),
                    Self.consumerFetch(TopicPartition("", 0), offset: 0, topicId: KafkaUUID(high: 7, low: 7)),
                    Self.consumerFetch(TopicPartition("nope", 0), offset: 0),
                    Self.consumerFetch(Self.orders0, offset: 0, epoch: 5, topicId: Self.ordersId),
                ])
            #expect(
                results.map(\.error) == [
                    .offsetOutOfRange, .fencedLeaderEpoch, .unknownLeaderEpoch, .unknownTopicId,
                    .unknownTopicOrPartition, .none,
                ])
            #expect(results[0].highWatermark == -1 && results[0].records == nil)
            #expect(results[1].currentLeader?.leaderId == Broker.nodeId && results[1].currentLeader?.leaderEpoch == 5)
        }
    }

    @Test func aFollowerFetchWithADivergedEpochGetsTheDivergingEpoch() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)], leaderEpoch: 2))
            _ = try await broker.produce(Self.orders0)
            broker.publish(Broker.image([("orders", Self.ordersId, 1)], leaderEpoch: 4))
            _ = try await broker.produce(Self.orders0)
            // A follower that fetched up to offset 5 in epoch 3 diverged where epoch 2 ended (3).
            var request = Self.consumerFetch(Self.orders0, offset: 5)
            request.lastFetchedEpoch = 3
            let results = await broker.replicaManager.fetchMessages(FetchParams(replicaId: 2), [request])
            #expect(results[0].divergingEpoch == LeaderEpochEndOffset(epoch: 2, endOffset: 3))
            #expect(results[0].records == nil)
        }
    }

    // MARK: Offsets

    @Test func listOffsetsFindsEarliestLatestAndByTimestamp() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)], leaderEpoch: 1))
            let start = broker.clock.milliseconds()
            _ = try await broker.produce(Self.orders0)  // timestamps start ... start+2
            broker.clock.advance(milliseconds: 1000)
            _ = try await broker.produce(Self.orders0)  // start+1000 ...
            let rm = broker.replicaManager
            func lookup(_ timestamp: Int64) throws -> TimestampAndOffset? {
                try rm.fetchOffset(
                    Self.orders0, timestamp: timestamp, isolationLevel: 0, currentLeaderEpoch: -1,
                    fetchOnlyFromLeader: true)
            }
            #expect(try lookup(ListOffsetsTimestamp.earliest)?.offset == 0)
            #expect(
                try lookup(ListOffsetsTimestamp.latest) == TimestampAndOffset(timestamp: -1, offset: 6, leaderEpoch: 1))
            #expect(try lookup(start + 500)?.offset == 3)
            #expect(try lookup(start + 1)?.offset == 1)
            #expect(try lookup(ListOffsetsTimestamp.maxTimestamp)?.offset == 5)
            #expect(try lookup(start + 5000) == nil)
            #expect(throws: PartitionError.self) {
                try rm.fetchOffset(
                    Self.orders0, timestamp: -1, isolationLevel: 0, currentLeaderEpoch: 0, fetchOnlyFromLeader: true)
            }
        }
    }

    @Test func deleteRecordsMovesTheLogStartOffset() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)]))
            _ = try await broker.produce(Self.orders0)
            _ = try await broker.produce(Self.orders0)
            let rm = broker.replicaManager
            let results = await rm.deleteRecords(
                timeoutMs: 1000, offsets: [Self.orders0: 4, TopicPartition("nope", 0): 1])
            #expect(results[Self.orders0] == LogDeleteRecordsResult(lowWatermark: 4))
            #expect(results[TopicPartition("nope", 0)]?.error == .unknownTopicOrPartition)
            let below = await rm.fetchMessages(FetchParams(), [Self.consumerFetch(Self.orders0, offset: 0)])
            #expect(below[0].error == .offsetOutOfRange)
            let from = await rm.fetchMessages(FetchParams(), [Self.consumerFetch(Self.orders0, offset: 4)])
            #expect(from[0].logStartOffset == 4)
            let earliest = try rm.fetchOffset(
                Self.orders0, timestamp: ListOffsetsTimestamp.earliest, isolationLevel: 0, currentLeaderEpoch: -1,
                fetchOnlyFromLeader: true)
            #expect(earliest?.offset == 4)
            // Past the high watermark is out of range; -1 means the high watermark.
            #expect(
                (await rm.deleteRecords(timeoutMs: 1000, offsets: [Self.orders0: 7]))[Self.orders0]?.error
                    == .offsetOutOfRange)
            #expect(
                (await rm.deleteRecords(timeoutMs: 1000, offsets: [Self.orders0: -1]))[Self.orders0]?.lowWatermark == 6)
        }
    }

    @Test func offsetForLeaderEpochAnswersWhereEachEpochEnded() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)], leaderEpoch: 1))
            _ = try await broker.produce(Self.orders0)
            broker.publish(Broker.image([("orders", Self.ordersId, 1)], leaderEpoch: 3))
            _ = try await broker.produce(Self.orders0)
            let rm = broker.replicaManager
            #expect(
                try rm.lastOffsetForLeaderEpoch(Self.orders0, currentLeaderEpoch: 3, leaderEpoch: 1)
                    == LeaderEpochEndOffset(epoch: 1, endOffset: 3))
            #expect(
                try rm.lastOffsetForLeaderEpoch(Self.orders0, currentLeaderEpoch: -1, leaderEpoch: 2)
                    == LeaderEpochEndOffset(epoch: 1, endOffset: 3))
            #expect(
                try rm.lastOffsetForLeaderEpoch(Self.orders0, currentLeaderEpoch: -1, leaderEpoch: 3)
                    == LeaderEpochEndOffset(epoch: 3, endOffset: 6))
            do {
                _ = try rm.lastOffsetForLeaderEpoch(Self.orders0, currentLeaderEpoch: 2, leaderEpoch: 1)
                Issue.record("an older current leader epoch must be fenced")
            } catch {
                #expect((error as? PartitionError)?.code == .fencedLeaderEpoch)
            }
        }
    }

    // MARK: Topic deletion

    @Test func deletingATopicStopsItsPartitionsAndDeletesTheirLogs() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1), ("clicks", KafkaUUID(high: 3, low: 3), 1)]))
            _ = try await broker.produce(Self.orders0)
            let directory = try #require(broker.logManager.getLog(Self.orders0)).directory
            let partition = try #require(broker.replicaManager.partition(Self.orders0))
            broker.publish(Broker.image([("clicks", KafkaUUID(high: 3, low: 3), 1)]))
            #expect(broker.replicaManager.partition(Self.orders0) == nil)
            #expect(partition.isStopped)
            #expect(broker.logManager.getLog(Self.orders0) == nil)
            #expect(!FileManager.default.fileExists(atPath: directory))
            #expect(broker.replicaManager.partition(TopicPartition("clicks", 0)) != nil)
            #expect(try await broker.produce(Self.orders0).error == .unknownTopicOrPartition)

            // The same name again with a new id starts empty.
            broker.publish(
                Broker.image([("orders", KafkaUUID(high: 5, low: 5), 1), ("clicks", KafkaUUID(high: 3, low: 3), 1)]))
            #expect(try await broker.produce(Self.orders0).baseOffset == 0)
        }
    }

    @Test func anAcksAllProduceWaitingOnADeletedPartitionIsAnswered() async throws {
        try await withReplicationBroker { broker in
            broker.publish(
                Broker.image([("orders", Self.ordersId, 1)], configs: ["orders": ["min.insync.replicas": "1"]]))
            // Stop leading: the partition becomes a follower (leader 2), so acks=all cannot finish.
            var image = broker.image
            image.topics.byName["orders"]?.partitions[0]?.leader = 2
            image.topics.byName["orders"]?.partitions[0]?.leaderEpoch = 1
            image.topics.byName["orders"]?.partitions[0]?.replicas = [1, 2]
            image.topics.byId[Self.ordersId] = image.topics.byName["orders"]
            broker.publish(image)
            let refused = try await broker.produce(Self.orders0, acks: -1)
            #expect(refused.error == .notLeaderOrFollower)
        }
    }
}
