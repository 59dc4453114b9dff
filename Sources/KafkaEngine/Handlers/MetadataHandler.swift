import Synchronization
import NIOCore

/// Metadata and DescribeTopicPartitions: topics, partitions and live brokers as the current metadata
/// image has them, addressed by the listener the request came in on. Metadata may create missing
/// topics (`auto.create.topics.enable` and the request's `allowAutoTopicCreation`); the creation goes
/// through the controller and the answer waits for it, so the client gets the new topic's leaders in
/// the same round trip instead of `LEADER_NOT_AVAILABLE` and a retry.
package struct MetadataHandler: ApiHandler {
    /// Creates topics with the broker's defaults; returns the error for each topic that failed.
    package typealias AutoCreate = @Sendable (_ topics: [String]) async -> [String: ErrorCode]

    private let nodeId: Int32
    private let metadataCache: MetadataCache
    private let autoCreateTopicsEnable: Bool
    private let autoCreate: AutoCreate
    private let allTopics = AllTopicsCache()

    package init(nodeId: Int32, metadataCache: MetadataCache, autoCreateTopicsEnable: Bool, autoCreate: @escaping AutoCreate) {
        self.nodeId = nodeId
        self.metadataCache = metadataCache
        self.autoCreateTopicsEnable = autoCreateTopicsEnable
        self.autoCreate = autoCreate
    }

    package var versions: [ApiKey: ClosedRange<Int16>] {
        [.metadata: MetadataRequest.validVersions, .describeTopicPartitions: DescribeTopicPartitionsRequest.validVersions]
    }

    /// Topic operations granted when no authorizer is configured: READ, WRITE, CREATE, DELETE, ALTER,
    /// DESCRIBE, DESCRIBE_CONFIGS, ALTER_CONFIGS (Kafka's `AclOperation` codes as bits).
    static let allTopicOperations: Int32 = [3, 4, 5, 6, 7, 8, 10, 11].reduce(0) { $0 | (1 << $1) }
    /// Cluster operations granted when no authorizer is configured.
    static let allClusterOperations: Int32 = [5, 7, 8, 9, 10, 11, 12, 13, 14].reduce(0) { $0 | (1 << $1) }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        switch request {
        case let request as MetadataRequest: .response(await metadata(request, context: context))
        case let request as DescribeTopicPartitionsRequest: .response(describeTopicPartitions(request, context: context))
        default: .close
        }
    }

    // MARK: Metadata

    func metadata(_ request: MetadataRequest, context: RequestContext) async -> MetadataResponse {
        let version = context.apiVersion
        var image = metadataCache.image
        // v0 asks for every topic with an empty list; v1+ with a null one.
        let allTopics = request.topics == nil || (version == 0 && request.topics?.isEmpty == true)
        var responseTopics: [MetadataResponse.MetadataResponseTopic] = []
        if allTopics {
            responseTopics = self.allTopics.topics(image: image, listener: context.connection.listenerName) {
                var topics: [MetadataResponse.MetadataResponseTopic] = []
                topics.reserveCapacity(image.topics.byName.count)
                for name in image.topics.byName.keys.sorted() {
                    if let topic = image.topics[name] {
                        topics.append(topicMetadata(topic, image: image, listener: context.connection.listenerName))
                    }
                }
                return topics
            }
        } else {
            let requested = request.topics ?? []
            // Auto-create (v4+ lets the client say no; earlier versions always allow it).
            let allowCreate = autoCreateTopicsEnable && (version < 4 || request.allowAutoTopicCreation)
            var createErrors: [String: ErrorCode] = [:]
            let missing = requested.compactMap(\.name).filter { image.topics[$0] == nil }
            if allowCreate && !missing.isEmpty {
                var unique: [String] = []
                for name in missing where !unique.contains(name) { unique.append(name) }
                createErrors = await autoCreate(unique)
                image = metadataCache.image
            }
            for requestedTopic in requested {
                if let name = requestedTopic.name {
                    if let topic = image.topics[name] {
                        responseTopics.append(
                            topicMetadata(topic, image: image, listener: context.connection.listenerName))
                    } else {
                        var error = ErrorCode.unknownTopicOrPartition
                        if let createError = createErrors[name], createError != .topicAlreadyExists {
                            error = createError
                        }
                        responseTopics.append(Self.errorTopic(name: name, id: .zero, error: error))
                    }
                } else if let topic = image.topics[id: requestedTopic.topicId] {
                    responseTopics.append(topicMetadata(topic, image: image, listener: context.connection.listenerName))
                } else {
                    responseTopics.append(Self.errorTopic(name: nil, id: requestedTopic.topicId, error: .unknownTopicId))
                }
            }
        }
        var response = MetadataResponse()
        response.brokers = brokers(image: image, listener: context.connection.listenerName)
        response.clusterId = image.clusterId
        response.controllerId = MetadataImage.clientVisibleControllerId(
            preferred: nodeId, live: response.brokers.map(\.nodeId))
        response.topics = responseTopics
        if request.includeClusterAuthorizedOperations && version >= 8 && version <= 10 {
            response.clusterAuthorizedOperations = Self.allClusterOperations
        }
        if !request.includeTopicAuthorizedOperations {
            for index in response.topics.indices { response.topics[index].topicAuthorizedOperations = Int32.min }
        }
        return response
    }

    static func errorTopic(name: String?, id: KafkaUUID, error: ErrorCode) -> MetadataResponse.MetadataResponseTopic {
        var topic = MetadataResponse.MetadataResponseTopic()
        topic.errorCode = error.rawValue
        topic.name = name
        topic.topicId = id
        topic.isInternal = false
        return topic
    }

    func brokers(image: MetadataImage, listener: String) -> [MetadataResponse.MetadataResponseBroker] {
        image.liveBrokers(listener: listener).map { live in
            var broker = MetadataResponse.MetadataResponseBroker()
            broker.nodeId = live.broker.id
            broker.host = live.endpoint.host
            broker.port = live.endpoint.port
            broker.rack = live.broker.rack
            return broker
        }
    }

    func topicMetadata(_ topic: TopicImage, image: MetadataImage, listener: String) -> MetadataResponse.MetadataResponseTopic {
        var result = MetadataResponse.MetadataResponseTopic()
        result.name = topic.name
        result.topicId = topic.id
        result.isInternal = topic.isInternal
        result.topicAuthorizedOperations = Self.allTopicOperations
        result.partitions = topic.partitions.keys.sorted().compactMap { index in
            guard let registration = topic.partitions[index] else { return nil }
            var partition = MetadataResponse.MetadataResponsePartition()
            partition.partitionIndex = index
            let status = Self.partitionStatus(registration, image: image, listener: listener)
            partition.errorCode = status.error.rawValue
            partition.leaderId = status.leader
            partition.leaderEpoch = registration.leaderEpoch
            partition.replicaNodes = registration.replicas
            partition.isrNodes = registration.isr
            partition.offlineReplicas = status.offline
            return partition
        }
        return result
    }

    /// The leader a client should use (-1 when it has none reachable on this listener), the error
    /// Kafka reports for the partition, and its replicas on fenced brokers.
    static func partitionStatus(_ registration: PartitionRegistration, image: MetadataImage, listener: String)
        -> (leader: Int32, error: ErrorCode, offline: [Int32])
    {
        let offline = registration.replicas.filter { image.brokers[$0].map(\.fenced) ?? true }
        let leader = registration.leader
        guard leader >= 0, let broker = image.brokers[leader], !broker.fenced else {
            return (-1, .leaderNotAvailable, offline)
        }
        guard broker.endpoint(listener: listener) != nil else { return (-1, .listenerNotFound, offline) }
        return (leader, .none, offline)
    }

    // MARK: DescribeTopicPartitions

    func describeTopicPartitions(_ request: DescribeTopicPartitionsRequest, context: RequestContext)
        -> DescribeTopicPartitionsResponse
    {
        let image = metadataCache.image
        let listener = context.connection.listenerName
        // An empty topic list means every topic, in name order (Kafka's paging order).
        var names = request.topics.isEmpty ? image.topics.byName.keys.sorted() : request.topics.map(\.name).sorted()
        if let cursor = request.cursor {
            names = names.filter { $0 >= cursor.topicName }
        }
        var remaining = max(Int(request.responsePartitionLimit), 1)
        var response = DescribeTopicPartitionsResponse()
        for name in names {
            guard let topic = image.topics[name] else {
                var missing = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic()
                missing.errorCode = ErrorCode.unknownTopicOrPartition.rawValue
                missing.name = name
                response.topics.append(missing)
                continue
            }
            var result = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic()
            result.name = name
            result.topicId = topic.id
            result.isInternal = topic.isInternal
            result.topicAuthorizedOperations = Self.allTopicOperations
            let firstPartition = request.cursor.flatMap { $0.topicName == name ? $0.partitionIndex : nil } ?? 0
            for index in topic.partitions.keys.sorted() where index >= firstPartition {
                if remaining == 0 {
                    var cursor = DescribeTopicPartitionsResponse.Cursor()
                    cursor.topicName = name
                    cursor.partitionIndex = index
                    response.nextCursor = cursor
                    break
                }
                guard let registration = topic.partitions[index] else { continue }
                var partition = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition()
                let status = Self.partitionStatus(registration, image: image, listener: listener)
                partition.partitionIndex = index
                partition.leaderId = status.leader
                partition.leaderEpoch = registration.leaderEpoch
                partition.replicaNodes = registration.replicas
                partition.isrNodes = registration.isr
                partition.eligibleLeaderReplicas = registration.elr
                partition.lastKnownElr = registration.lastKnownElr
                partition.offlineReplicas = status.offline
                result.partitions.append(partition)
                remaining -= 1
            }
            response.topics.append(result)
            if response.nextCursor != nil { break }
        }
        return response
    }
}

/// The topics of the last all-topics Metadata answer, with the image and listener it was built for.
/// With 10,000 partitions building them takes milliseconds, and clients ask for every topic often
/// while the image rarely changes. A new image (compared in full: images sharing storage compare in
/// constant time) or another listener rebuilds the entry.
final class AllTopicsCache: Sendable {
    private struct Entry {
        var image: MetadataImage
        var listener: String
        var topics: [MetadataResponse.MetadataResponseTopic]
    }

    private let entry = Mutex<Entry?>(nil)

    func topics(
        image: MetadataImage, listener: String, build: () -> [MetadataResponse.MetadataResponseTopic]
    ) -> [MetadataResponse.MetadataResponseTopic] {
        if let cached = entry.withLock({ $0 }), cached.listener == listener, cached.image == image {
            return cached.topics
        }
        let topics = build()
        entry.withLock { $0 = Entry(image: image, listener: listener, topics: topics) }
        return topics
    }
}
