import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

@Suite struct MetadataHandlerTests {
    static let topicId = KafkaUUID(high: 1, low: 2)

    static func image() -> MetadataImage {
        var image = MetadataImage()
        image.offset = 10
        image.clusterId = "q1Sh-9_ISia_zwGINzRvyQ"
        image.brokers[1] = BrokerRegistration(
            id: 1, epoch: 5, incarnationId: .one,
            endpoints: [.init(name: "PLAINTEXT", host: "127.0.0.1", port: 9092, securityProtocol: 0)], fenced: false)
        var topic = TopicImage(name: "orders", id: topicId)
        for p in Int32(0)..<3 {
            topic.partitions[p] = PartitionRegistration(
                replicas: [1], isr: [1], leader: 1, leaderEpoch: 0, partitionEpoch: 0)
        }
        image.topics.put(topic)
        return image
    }

    static func context(_ version: Int16, api: ApiKey = .metadata) -> RequestContext {
        var header = RequestHeader()
        header.requestApiKey = api.rawValue
        header.requestApiVersion = version
        return RequestContext(
            header: header, apiKey: api,
            connection: ConnectionInfo(listenerName: "PLAINTEXT", connectionId: "c", remoteAddress: nil, localAddress: nil),
            receivedNanoseconds: 0)
    }

    static func cache(_ image: MetadataImage) -> MetadataCache {
        let cache = MetadataCache()
        cache.onMetadataUpdate(MetadataUpdate(previous: .empty, image: image, isInitialLoad: true))
        return cache
    }

    @Test func allTopicsWithBrokersOnTheRequestListener() async throws {
        let handler = MetadataHandler(
            nodeId: 1, metadataCache: Self.cache(Self.image()), autoCreateTopicsEnable: false, autoCreate: { _ in [:] })
        var request = MetadataRequest()
        request.topics = nil
        let response = await handler.metadata(request, context: Self.context(12))
        #expect(response.brokers.map(\.nodeId) == [1])
        #expect(response.brokers.first?.port == 9092)
        #expect(response.controllerId == 1)
        #expect(response.clusterId == "q1Sh-9_ISia_zwGINzRvyQ")
        #expect(response.topics.map(\.name) == ["orders"])
        #expect(response.topics.first?.partitions.map(\.partitionIndex) == [0, 1, 2])
        #expect(response.topics.first?.partitions.allSatisfy { $0.leaderId == 1 && $0.errorCode == 0 } == true)
        // v0: an empty list means all topics.
        var v0 = MetadataRequest()
        v0.topics = []
        #expect(await handler.metadata(v0, context: Self.context(0)).topics.count == 1)
    }

    /// The all-topics list is kept between requests; an image change (here a new leader, at the
    /// same offset as a test image may be) is answered from the new image.
    @Test func allTopicsFollowTheImageAcrossRequests() async throws {
        let cache = Self.cache(Self.image())
        let handler = MetadataHandler(
            nodeId: 1, metadataCache: cache, autoCreateTopicsEnable: false, autoCreate: { _ in [:] })
        var request = MetadataRequest()
        request.topics = nil
        let first = await handler.metadata(request, context: Self.context(12))
        let again = await handler.metadata(request, context: Self.context(12))
        #expect(again.topics.map(\.name) == first.topics.map(\.name))
        #expect(first.topics.first?.partitions.map(\.leaderId) == [1, 1, 1])
        var image = cache.image
        var topic = try #require(image.topics["orders"])
        var registration = try #require(topic.partitions[1])
        registration.leader = -1
        topic.partitions[1] = registration
        image.topics.put(topic)
        cache.onMetadataUpdate(MetadataUpdate(previous: .empty, image: image, isInitialLoad: false))
        let changed = await handler.metadata(request, context: Self.context(12))
        let partitions = try #require(changed.topics.first?.partitions)
        #expect(partitions.map(\.leaderId) == [1, -1, 1])
        #expect(ErrorCode(rawValue: partitions[1].errorCode) == .leaderNotAvailable)
    }

    @Test func missingTopicsAreCreatedOrReported() async throws {
        let cache = Self.cache(Self.image())
        let created = Mutex<[String]>([])
        let handler = MetadataHandler(
            nodeId: 1, metadataCache: cache, autoCreateTopicsEnable: true,
            autoCreate: { names in
                created.withLock { $0 += names }
                var image = cache.image
                image.offset += 1
                for name in names where name != "bad name" {
                    image.topics.put(TopicImage(name: name, id: KafkaUUID.random(), partitions: [
                        0: PartitionRegistration(replicas: [1], isr: [1], leader: 1, leaderEpoch: 0, partitionEpoch: 0)
                    ]))
                }
                cache.onMetadataUpdate(MetadataUpdate(previous: .empty, image: image, isInitialLoad: false))
                return ["bad name": .invalidTopicException]
            })
        var request = MetadataRequest()
        var a = MetadataRequest.MetadataRequestTopic()
        a.name = "fresh"
        var b = MetadataRequest.MetadataRequestTopic()
        b.name = "bad name"
        request.topics = [a, b, a]
        let response = await handler.metadata(request, context: Self.context(9))
        #expect(created.withLock { $0 } == ["fresh", "bad name"])
        #expect(response.topics.map(\.name) == ["fresh", "bad name", "fresh"])
        #expect(response.topics.map { ErrorCode(rawValue: $0.errorCode) } == [.none, .invalidTopicException, .none])

        // The client may say no (v4+).
        request.allowAutoTopicCreation = false
        var c = MetadataRequest.MetadataRequestTopic()
        c.name = "other"
        request.topics = [c]
        let refused = await handler.metadata(request, context: Self.context(9))
        #expect(ErrorCode(rawValue: refused.topics[0].errorCode) == .unknownTopicOrPartition)
    }

    @Test func topicsByIdAndUnknownIds() async throws {
        let handler = MetadataHandler(
            nodeId: 1, metadataCache: Self.cache(Self.image()), autoCreateTopicsEnable: false, autoCreate: { _ in [:] })
        var request = MetadataRequest()
        var known = MetadataRequest.MetadataRequestTopic()
        known.name = nil
        known.topicId = Self.topicId
        var unknown = MetadataRequest.MetadataRequestTopic()
        unknown.name = nil
        unknown.topicId = KafkaUUID(high: 9, low: 9)
        request.topics = [known, unknown]
        let response = await handler.metadata(request, context: Self.context(12))
        #expect(response.topics[0].name == "orders")
        #expect(ErrorCode(rawValue: response.topics[1].errorCode) == .unknownTopicId)
    }

    @Test func fencedLeaderIsNotAvailable() async throws {
        var image = Self.image()
        image.brokers[1]?.fenced = true
        let handler = MetadataHandler(
            nodeId: 1, metadataCache: Self.cache(image), autoCreateTopicsEnable: false, autoCreate: { _ in [:] })
        var request = MetadataRequest()
        request.topics = nil
        let response = await handler.metadata(request, context: Self.context(12))
        #expect(response.brokers.isEmpty)
        let partition = try #require(response.topics.first?.partitions.first)
        #expect(ErrorCode(rawValue: partition.errorCode) == .leaderNotAvailable)
        #expect(partition.leaderId == -1)
        #expect(partition.offlineReplicas == [1])
    }

    @Test func describeTopicPartitionsPagesWithACursor() async throws {
        let handler = MetadataHandler(
            nodeId: 1, metadataCache: Self.cache(Self.image()), autoCreateTopicsEnable: false, autoCreate: { _ in [:] })
        var request = DescribeTopicPartitionsRequest()
        request.responsePartitionLimit = 2
        let first = handler.describeTopicPartitions(request, context: Self.context(0, api: .describeTopicPartitions))
        #expect(first.topics.first?.partitions.map(\.partitionIndex) == [0, 1])
        let cursor = try #require(first.nextCursor)
        #expect(cursor.topicName == "orders" && cursor.partitionIndex == 2)
        var next = DescribeTopicPartitionsRequest.Cursor()
        next.topicName = cursor.topicName
        next.partitionIndex = cursor.partitionIndex
        request.cursor = next
        let second = handler.describeTopicPartitions(request, context: Self.context(0, api: .describeTopicPartitions))
        #expect(second.topics.first?.partitions.map(\.partitionIndex) == [2])
        #expect(second.nextCursor == nil)
    }
}

@Suite struct ProducerIdManagerTests {
    @Test func idsComeFromBlocksAndAreNeverReused() async throws {
        let next = Mutex<Int64>(0)
        let manager = ProducerIdManager(allocate: {
            let first = next.withLock { value -> Int64 in
                defer { value += 10 }
                return value
            }
            return .success(.init(first: first, count: 10))
        })
        var ids: [Int64] = []
        for _ in 0..<35 {
            ids.append(try await manager.generateProducerId().get())
        }
        #expect(Set(ids).count == 35)
        #expect(ids == Array(0..<35))
    }

    @Test func controllerErrorsAreReturned() async throws {
        let manager = ProducerIdManager(allocate: { .failure(.notController) })
        let result = await manager.generateProducerId()
        guard case .failure(let error) = result else {
            Issue.record("expected the controller's error")
            return
        }
        #expect(error == .notController)
    }
}
