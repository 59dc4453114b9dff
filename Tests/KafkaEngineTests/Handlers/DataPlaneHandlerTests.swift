import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

#if canImport(Glibc)
    import Glibc
#endif

/// The data-plane handlers over a real replica manager: Produce, Fetch (zero-copy layout and fetch
/// sessions), ListOffsets, OffsetForLeaderEpoch, DeleteRecords, DescribeLogDirs.
@Suite struct DataPlaneHandlerTests {
    typealias Broker = ReplicationTestBroker
    typealias T = LogTestSupport

    static let ordersId = KafkaUUID(high: 0xabc, low: 0xdef)
    static let orders0 = TopicPartition("orders", 0)

    static func context(_ apiKey: ApiKey, _ version: Int16, clientId: String = "test-client") -> RequestContext {
        var header = RequestHeader()
        header.requestApiKey = apiKey.rawValue
        header.requestApiVersion = version
        header.correlationId = 7
        header.clientId = clientId
        return RequestContext(
            header: header, apiKey: apiKey,
            connection: ConnectionInfo(
                listenerName: "PLAINTEXT", connectionId: "test", remoteAddress: nil, localAddress: nil),
            receivedNanoseconds: 0)
    }

    /// The body the parts make, file regions read from their descriptors (which are then closed,
    /// as the network layer does after sending).
    static func concatenate(_ parts: [ResponsePart]) throws -> ByteBuffer {
        var body = ByteBuffer()
        for part in parts {
            switch part {
            case .bytes(let bytes):
                body.writeImmutableBuffer(bytes)
            case .file(let descriptor, let offset, let count):
                var chunk = [UInt8](repeating: 0, count: count)
                let read = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
                close(descriptor)
                #expect(read == count)
                body.writeBytes(chunk)
            }
        }
        return body
    }

    static func fetchRequest(
        version: Int16, offset: Int64 = 0, sessionId: Int32 = 0, epoch: Int32 = -1, partitions: [Int32] = [0],
        maxWaitMs: Int32 = 0
    ) -> FetchRequest {
        var request = FetchRequest()
        request.maxWaitMs = maxWaitMs
        request.minBytes = 1
        request.sessionId = sessionId
        request.sessionEpoch = epoch
        var topic = FetchRequest.FetchTopic()
        topic.topic = version <= 12 ? "orders" : ""
        topic.topicId = version >= 13 ? ordersId : .zero
        for index in partitions {
            var partition = FetchRequest.FetchPartition()
            partition.partition = index
            partition.fetchOffset = offset
            partition.partitionMaxBytes = 1 << 20
            topic.partitions.append(partition)
        }
        request.topics = [topic]
        return request
    }

    static func fetch(_ handler: FetchHandler, _ request: FetchRequest, version: Int16) async throws -> (
        FetchResponse, parts: [ResponsePart]
    ) {
        guard case .body(let parts) = await handler.handle(request, context: context(.fetch, version)) else {
            Issue.record("Fetch did not answer with body parts")
            return (FetchResponse(), [])
        }
        return (try FetchResponse(decoding: try concatenate(parts), version: version), parts)
    }

    // MARK: Fetch

    @Test(arguments: [4, 11, 12, 13, 16, 17] as [Int16])
    func fetchResponsePartsDecodeToTheLogsRecords(version: Int16) async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 2)], leaderEpoch: 2))
            _ = try await broker.produce(Self.orders0)
            _ = try await broker.produce(Self.orders0, count: 2, valueSize: 300)
            let handler = FetchHandler(
                replicaManager: broker.replicaManager, metadataCache: broker.metadataCache, config: broker.config)
            let (response, parts) = try await Self.fetch(
                handler, Self.fetchRequest(version: version, partitions: [0, 1]), version: version)
            // Records travel as a file region, not as bytes.
            #expect(parts.contains { if case .file = $0 { true } else { false } })
            #expect(response.errorCode == 0)
            let topic = try #require(response.responses.first)
            #expect(response.responses.count == 1)
            if version >= 13 { #expect(topic.topicId == Self.ordersId) } else { #expect(topic.topic == "orders") }
            #expect(topic.partitions.map(\.partitionIndex) == [0, 1])
            let data = topic.partitions[0]
            #expect(data.errorCode == 0 && data.highWatermark == 5)
            if version >= 5 { #expect(data.logStartOffset == 0) }
            let log = try #require(broker.logManager.getLog(Self.orders0))
            let expected = try #require(
                try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .highWatermark, minOneMessage: true).records
            ).readBytes()
            #expect(data.records == expected)
            #expect(T.batches(try #require(data.records)).map(\.baseOffset) == [0, 3])
            #expect(topic.partitions[1].records?.readableBytes == 0)
        }
    }

    @Test func fetchErrorsAndDivergingEpochsAreEncodedForFlexibleVersions() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)], leaderEpoch: 2))
            let handler = FetchHandler(
                replicaManager: broker.replicaManager, metadataCache: broker.metadataCache, config: broker.config)
            var request = Self.fetchRequest(version: 12, offset: 99)
            request.topics[0].partitions[0].currentLeaderEpoch = 1
            let (fenced, _) = try await Self.fetch(handler, request, version: 12)
            let data = try #require(fenced.responses.first?.partitions.first)
            #expect(data.errorCode == ErrorCode.fencedLeaderEpoch.rawValue)
            #expect(data.currentLeader.leaderId == 1 && data.currentLeader.leaderEpoch == 2)
            #expect(data.highWatermark == -1)

            var unknown = Self.fetchRequest(version: 13)
            unknown.topics[0].topicId = KafkaUUID(high: 1, low: 2)
            let (answer, _) = try await Self.fetch(handler, unknown, version: 13)
            #expect(answer.responses.first?.topicId == KafkaUUID(high: 1, low: 2))
            #expect(answer.responses.first?.partitions.first?.errorCode == ErrorCode.unknownTopicId.rawValue)
        }
    }

    @Test func fetchSessionsAnswerOnlyPartitionsWithNews() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 2)]))
            let handler = FetchHandler(
                replicaManager: broker.replicaManager, metadataCache: broker.metadataCache, config: broker.config)
            _ = try await broker.produce(Self.orders0)
            let (full, _) = try await Self.fetch(
                handler, Self.fetchRequest(version: 12, epoch: 0, partitions: [0, 1]), version: 12)
            let sessionId = full.sessionId
            #expect(sessionId != 0)
            #expect(full.responses.first?.partitions.count == 2)

            // The client moves partition 0 to offset 3; nothing new anywhere: an empty answer.
            let (quiet, _) = try await Self.fetch(
                handler, Self.fetchRequest(version: 12, offset: 3, sessionId: sessionId, epoch: 1), version: 12)
            #expect(quiet.sessionId == sessionId)
            #expect(quiet.responses.isEmpty)

            // New records in partition 1: only it is answered, though the request names no partition.
            _ = try await broker.produce(TopicPartition("orders", 1))
            var incremental = Self.fetchRequest(version: 12, sessionId: sessionId, epoch: 2)
            incremental.topics = []
            let (news, _) = try await Self.fetch(handler, incremental, version: 12)
            #expect(news.responses.first?.partitions.map(\.partitionIndex) == [1])
            #expect(news.responses.first?.partitions.first?.records.map { T.batches($0).count } == 1)

            // A stale epoch is refused at the top level.
            let (stale, _) = try await Self.fetch(handler, incremental, version: 12)
            #expect(stale.errorCode == ErrorCode.invalidFetchSessionEpoch.rawValue)
            #expect(stale.sessionId == 0 && stale.responses.isEmpty)
            var unknown = incremental
            unknown.sessionId = sessionId &+ 1
            let (missing, _) = try await Self.fetch(handler, unknown, version: 12)
            #expect(missing.errorCode == ErrorCode.fetchSessionIdNotFound.rawValue)
        }
    }

    @Test func aLongPollFetchThroughTheHandlerIsWokenByAProduce() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)]))
            let fetchHandler = FetchHandler(
                replicaManager: broker.replicaManager, metadataCache: broker.metadataCache, config: broker.config)
            let produceHandler = ProduceHandler(
                replicaManager: broker.replicaManager, metadataCache: broker.metadataCache)
            let waiting = Task {
                try await Self.fetch(fetchHandler, Self.fetchRequest(version: 11, maxWaitMs: 30_000), version: 11).0
            }
            try await broker.eventually("the fetch to wait") {
                broker.replicaManager.delayedOperationCounts.fetch == 1
            }
            var produce = ProduceRequest()
            produce.acks = -1
            produce.timeoutMs = 1000
            var topic = ProduceRequest.TopicProduceData()
            topic.name = "orders"
            var partition = ProduceRequest.PartitionProduceData()
            partition.records = try T.batch(count: 2, timestamp: broker.clock.milliseconds())
            topic.partitionData = [partition]
            produce.topicData = [topic]
            guard case .response(let answer) = await produceHandler.handle(produce, context: Self.context(.produce, 9))
            else {
                Issue.record("no produce response")
                return
            }
            let produced = try #require(answer as? ProduceResponse)
            #expect(produced.responses.first?.partitionResponses.first?.errorCode == 0)
            let fetched = try await waiting.value
            #expect(fetched.responses.first?.partitions.first?.records.map { T.batches($0).count } == 1)
        }
    }

    // MARK: Produce

    @Test func produceAnswersPerPartitionAndAcksZeroAnswersNothing() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)]))
            let handler = ProduceHandler(replicaManager: broker.replicaManager, metadataCache: broker.metadataCache)
            let batch = try T.batch(count: 3, timestamp: broker.clock.milliseconds())
            var request = ProduceRequest()
            request.acks = 1
            request.timeoutMs = 1000
            var orders = ProduceRequest.TopicProduceData()
            orders.name = "orders"
            var good = ProduceRequest.PartitionProduceData()
            good.index = 0
            good.records = batch
            var missing = ProduceRequest.PartitionProduceData()
            missing.index = 5
            missing.records = batch
            orders.partitionData = [good, missing]
            var two = batch
            two.writeImmutableBuffer(batch)
            var other = ProduceRequest.TopicProduceData()
            other.name = "other"
            var doubled = ProduceRequest.PartitionProduceData()
            doubled.records = two
            other.partitionData = [doubled]
            request.topicData = [orders, other]
            guard case .response(let message) = await handler.handle(request, context: Self.context(.produce, 9)) else {
                Issue.record("no response")
                return
            }
            let response = try #require(message as? ProduceResponse)
            let answers = response.responses.map { $0.partitionResponses.map(\.errorCode) }
            #expect(
                answers == [
                    [ErrorCode.none.rawValue, ErrorCode.unknownTopicOrPartition.rawValue],
                    [ErrorCode.invalidRecord.rawValue],
                ])
            #expect(response.responses[0].partitionResponses[0].baseOffset == 0)
            #expect(
                response.responses[1].partitionResponses[0].errorMessage?.contains("exactly one record batch") == true)
            // The response encodes at the request's version.
            _ = try response.encoded(version: 9)

            request.acks = 0
            request.topicData = [orders]
            request.topicData[0].partitionData = [good]
            guard case .noResponse = await handler.handle(request, context: Self.context(.produce, 9)) else {
                Issue.record("acks=0 must not answer")
                return
            }
            request.topicData[0].partitionData = [missing]
            guard case .close = await handler.handle(request, context: Self.context(.produce, 9)) else {
                Issue.record("a failed acks=0 produce closes the connection")
                return
            }
            #expect(broker.replicaManager.partition(Self.orders0)?.logEndOffset == 6)
        }
    }

    // MARK: Offsets, deletion, log dirs

    @Test func listOffsetsPastTheLastRecordAnswersMinusOne() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)], leaderEpoch: 4))
            _ = try await broker.produce(Self.orders0)
            let handler = ListOffsetsHandler(replicaManager: broker.replicaManager)
            func ask(_ timestamps: [Int64], version: Int16) async throws -> [ListOffsetsResponse
                .ListOffsetsPartitionResponse]
            {
                var request = ListOffsetsRequest()
                request.replicaId = -1
                var topic = ListOffsetsRequest.ListOffsetsTopic()
                topic.name = "orders"
                topic.partitions = timestamps.map { timestamp in
                    var partition = ListOffsetsRequest.ListOffsetsPartition()
                    partition.timestamp = timestamp
                    partition.maxNumOffsets = 10
                    return partition
                }
                request.topics = [topic]
                guard
                    case .response(let message) = await handler.handle(
                        request, context: Self.context(.listOffsets, version)),
                    let response = message as? ListOffsetsResponse
                else { return [] }
                _ = try response.encoded(version: version)
                return response.topics.first?.partitions ?? []
            }
            let future = broker.clock.milliseconds() + 60_000
            let answers = try await ask([future], version: 7)
            #expect(answers.map(\.errorCode) == [0])
            #expect(answers.first?.offset == -1 && answers.first?.timestamp == -1 && answers.first?.leaderEpoch == -1)
            let latest = try await ask([-1], version: 7)
            #expect(latest.first?.offset == 3 && latest.first?.leaderEpoch == 4)
            // The same partition twice is INVALID_REQUEST.
            let twice = try await ask([-1, -2], version: 7)
            #expect(twice.map(\.errorCode) == [ErrorCode.invalidRequest.rawValue, ErrorCode.invalidRequest.rawValue])
            let legacy = try await ask([-1], version: 0)
            #expect(legacy.first?.oldStyleOffsets == [3, 0])
        }
    }

    @Test func deleteRecordsOffsetForLeaderEpochAndDescribeLogDirsAnswer() async throws {
        try await withReplicationBroker { broker in
            broker.publish(Broker.image([("orders", Self.ordersId, 1)], leaderEpoch: 1))
            _ = try await broker.produce(Self.orders0)
            let rm = broker.replicaManager

            var delete = DeleteRecordsRequest()
            var deleteTopic = DeleteRecordsRequest.DeleteRecordsTopic()
            deleteTopic.name = "orders"
            var deletePartition = DeleteRecordsRequest.DeleteRecordsPartition()
            deletePartition.offset = 2
            deleteTopic.partitions = [deletePartition]
            delete.topics = [deleteTopic]
            guard
                case .response(let deleted) = await DeleteRecordsHandler(replicaManager: rm).handle(
                    delete, context: Self.context(.deleteRecords, 2))
            else { return }
            let deleteResponse = try #require(deleted as? DeleteRecordsResponse)
            #expect(deleteResponse.topics.first?.partitions.first?.lowWatermark == 2)
            #expect(rm.partition(Self.orders0)?.logStartOffset == 2)

            var epochs = OffsetForLeaderEpochRequest()
            var epochTopic = OffsetForLeaderEpochRequest.OffsetForLeaderTopic()
            epochTopic.topic = "orders"
            var known = OffsetForLeaderEpochRequest.OffsetForLeaderPartition()
            known.leaderEpoch = 1
            var missing = OffsetForLeaderEpochRequest.OffsetForLeaderPartition()
            missing.partition = 3
            epochTopic.partitions = [known, missing]
            epochs.topics = [epochTopic]
            guard
                case .response(let epochAnswer) = await OffsetForLeaderEpochHandler(replicaManager: rm).handle(
                    epochs, context: Self.context(.offsetForLeaderEpoch, 4))
            else { return }
            let epochResponse = try #require(epochAnswer as? OffsetForLeaderEpochResponse)
            let answers = try #require(epochResponse.topics.first?.partitions)
            #expect(answers[0].errorCode == 0 && answers[0].leaderEpoch == 1 && answers[0].endOffset == 3)
            #expect(answers[1].errorCode == ErrorCode.unknownTopicOrPartition.rawValue && answers[1].endOffset == -1)

            var describe = DescribeLogDirsRequest()
            describe.topics = nil
            guard
                case .response(let dirs) = await DescribeLogDirsHandler(replicaManager: rm).handle(
                    describe, context: Self.context(.describeLogDirs, 4))
            else { return }
            let dirsResponse = try #require(dirs as? DescribeLogDirsResponse)
            let dir = try #require(dirsResponse.results.first)
            #expect(dir.logDir == broker.config.logDirs[0])
            #expect(dir.totalBytes > 0)
            #expect(dir.topics.first?.name == "orders")
            #expect(
                dir.topics.first?.partitions.first?.partitionSize == Int64(rm.partition(Self.orders0)?.log.size ?? -1))
            _ = try dirsResponse.encoded(version: 4)
        }
    }
}
