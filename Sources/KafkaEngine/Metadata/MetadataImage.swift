import NIOCore

/// The cluster's metadata at one committed offset of the `__cluster_metadata` log: brokers, topics
/// and their partitions, configs, features and the producer-id high mark. Immutable: a new image is
/// built by replaying records into a `MetadataDelta`, and readers hold whichever image they took.
/// Invariant: `topics.byName` and `topics.byId` hold the same topics.
package struct MetadataImage: Sendable, Equatable {
    /// The offset and epoch of the last record replayed into this image (-1 when empty).
    package var offset: Int64 = -1
    package var epoch: Int32 = -1
    package var clusterId: String = ""
    /// Finalized feature levels (`metadata.version` and others) by name.
    package var features: [String: Int16] = [:]
    package var brokers: [Int32: BrokerRegistration] = [:]
    package var topics = TopicsImage()
    /// Dynamic configs by resource; the broker resource with an empty name holds cluster-wide defaults.
    package var configs: [ConfigResource: [String: String]] = [:]
    /// The next producer id the controller will hand out (from `ProducerIdsRecord`).
    package var nextProducerId: Int64 = 0

    package init() {}

    package static let empty = MetadataImage()

    /// Unfenced brokers that have an endpoint on `listener`, by id, with that endpoint.
    package func liveBrokers(listener: String) -> [(broker: BrokerRegistration, endpoint: BrokerRegistration.Endpoint)] {
        brokers.values.filter { !$0.fenced }.sorted { $0.id < $1.id }.compactMap { broker in
            broker.endpoint(listener: listener).map { (broker, $0) }
        }
    }

    /// The controller id Kafka reports to clients, which cannot reach KRaft controllers: a live
    /// broker, `preferred` when it is one of `live`, else the first; -1 when there is none.
    package static func clientVisibleControllerId(preferred: Int32, live: [Int32]) -> Int32 {
        live.contains(preferred) ? preferred : (live.first ?? -1)
    }

    /// Dynamic configs of one topic (empty when there are none).
    package func topicConfigs(_ topic: String) -> [String: String] {
        configs[ConfigResource(type: .topic, name: topic)] ?? [:]
    }
}

/// A config resource as the metadata log names it (`ConfigRecord.resourceType`/`resourceName`).
package struct ConfigResource: Sendable, Hashable, CustomStringConvertible {
    /// Kafka's `ConfigResource.Type` ids.
    package enum ResourceType: Int8, Sendable, Hashable {
        case unknown = 0
        case topic = 2
        case broker = 4
        case brokerLogger = 8
        case clientMetrics = 16
        case group = 32
    }

    package var type: ResourceType
    package var name: String

    package init(type: ResourceType, name: String) {
        self.type = type
        self.name = name
    }

    package var description: String { "ConfigResource(type=\(type), name='\(name)')" }
}

/// All topics, indexed by name and by id.
package struct TopicsImage: Sendable, Equatable {
    package var byName: [String: TopicImage] = [:]
    package var byId: [KafkaUUID: TopicImage] = [:]

    package init() {}

    package subscript(name: String) -> TopicImage? { byName[name] }
    package subscript(id id: KafkaUUID) -> TopicImage? { byId[id] }

    package func partition(_ topicPartition: TopicPartition) -> PartitionRegistration? {
        byName[topicPartition.topic]?.partitions[topicPartition.partition]
    }

    /// Adds or replaces a topic under both indexes.
    package mutating func put(_ topic: TopicImage) {
        byName[topic.name] = topic
        byId[topic.id] = topic
    }

    /// Removes a topic from both indexes; returns it.
    @discardableResult
    package mutating func remove(id: KafkaUUID) -> TopicImage? {
        guard let topic = byId.removeValue(forKey: id) else { return nil }
        byName.removeValue(forKey: topic.name)
        return topic
    }
}

/// One topic: its name, id and partitions by partition id.
package struct TopicImage: Sendable, Equatable {
    package var name: String
    package var id: KafkaUUID
    package var partitions: [Int32: PartitionRegistration]

    package init(name: String, id: KafkaUUID, partitions: [Int32: PartitionRegistration] = [:]) {
        self.name = name
        self.id = id
        self.partitions = partitions
    }

    package var isInternal: Bool { name == "__consumer_offsets" || name == "__transaction_state" }
}

/// The controller's view of one partition, as `PartitionRecord` and `PartitionChangeRecord` set it.
/// Invariant: `isr` ⊆ `replicas`; `leader` is -1 (no leader) or a member of `isr`.
package struct PartitionRegistration: Sendable, Equatable {
    package var replicas: [Int32]
    package var directories: [KafkaUUID]
    package var isr: [Int32]
    package var removingReplicas: [Int32]
    package var addingReplicas: [Int32]
    package var elr: [Int32]
    package var lastKnownElr: [Int32]
    package var leader: Int32
    /// 0: recovered; 1: recovering after an unclean election.
    package var leaderRecoveryState: Int8
    package var leaderEpoch: Int32
    package var partitionEpoch: Int32

    package init(
        replicas: [Int32], directories: [KafkaUUID] = [], isr: [Int32], removingReplicas: [Int32] = [],
        addingReplicas: [Int32] = [], elr: [Int32] = [], lastKnownElr: [Int32] = [], leader: Int32,
        leaderRecoveryState: Int8 = 0, leaderEpoch: Int32, partitionEpoch: Int32
    ) {
        self.replicas = replicas
        self.directories = directories
        self.isr = isr
        self.removingReplicas = removingReplicas
        self.addingReplicas = addingReplicas
        self.elr = elr
        self.lastKnownElr = lastKnownElr
        self.leader = leader
        self.leaderRecoveryState = leaderRecoveryState
        self.leaderEpoch = leaderEpoch
        self.partitionEpoch = partitionEpoch
    }
}

/// A broker as registered with the controller (`RegisterBrokerRecord`, fence/unfence records).
package struct BrokerRegistration: Sendable, Equatable {
    package struct Endpoint: Sendable, Equatable {
        package var name: String
        package var host: String
        package var port: Int32
        /// Kafka's `SecurityProtocol` id: 0 PLAINTEXT, 1 SSL, 2 SASL_PLAINTEXT, 3 SASL_SSL.
        package var securityProtocol: Int16

        package init(name: String, host: String, port: Int32, securityProtocol: Int16) {
            self.name = name
            self.host = host
            self.port = port
            self.securityProtocol = securityProtocol
        }
    }

    package var id: Int32
    package var epoch: Int64
    package var incarnationId: KafkaUUID
    /// Listeners in registration order, by name.
    package var endpoints: [Endpoint]
    package var rack: String?
    package var fenced: Bool
    package var inControlledShutdown: Bool
    package var logDirs: [KafkaUUID]

    package init(
        id: Int32, epoch: Int64, incarnationId: KafkaUUID, endpoints: [Endpoint], rack: String? = nil,
        fenced: Bool, inControlledShutdown: Bool = false, logDirs: [KafkaUUID] = []
    ) {
        self.id = id
        self.epoch = epoch
        self.incarnationId = incarnationId
        self.endpoints = endpoints
        self.rack = rack
        self.fenced = fenced
        self.inControlledShutdown = inControlledShutdown
        self.logDirs = logDirs
    }

    package func endpoint(listener: String) -> Endpoint? { endpoints.first { $0.name == listener } }
}
