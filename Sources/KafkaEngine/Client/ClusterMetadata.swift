/// A broker as metadata names it.
package struct BrokerNode: Hashable, Sendable, CustomStringConvertible {
    package var id: Int32
    package var host: String
    package var port: Int
    package var rack: String?

    package init(id: Int32, host: String, port: Int, rack: String? = nil) {
        self.id = id
        self.host = host
        self.port = port
        self.rack = rack
    }

    package var address: BrokerAddress { BrokerAddress(host: host, port: port) }
    package var description: String { "\(host):\(port) (id: \(id) rack: \(rack ?? "null"))" }
}

/// One partition in metadata: its leader (-1 when none), epoch, replicas, ISR and offline replicas.
package struct TopicPartitionInfo: Equatable, Sendable {
    package var partition: Int32
    package var error: ErrorCode
    package var leader: Int32
    package var leaderEpoch: Int32
    package var replicas: [Int32]
    package var isr: [Int32]
    package var offlineReplicas: [Int32]
    /// From DescribeTopicPartitions only (nil when the broker sent none or answered with Metadata).
    package var eligibleLeaderReplicas: [Int32]?
    package var lastKnownElr: [Int32]?

    package init(
        partition: Int32, error: ErrorCode = .none, leader: Int32, leaderEpoch: Int32 = -1, replicas: [Int32] = [],
        isr: [Int32] = [], offlineReplicas: [Int32] = [], eligibleLeaderReplicas: [Int32]? = nil,
        lastKnownElr: [Int32]? = nil
    ) {
        self.partition = partition
        self.error = error
        self.leader = leader
        self.leaderEpoch = leaderEpoch
        self.replicas = replicas
        self.isr = isr
        self.offlineReplicas = offlineReplicas
        self.eligibleLeaderReplicas = eligibleLeaderReplicas
        self.lastKnownElr = lastKnownElr
    }

    package var hasLeader: Bool { leader >= 0 }
}

/// One topic in metadata; `partitions` are sorted by partition number.
package struct TopicMetadata: Equatable, Sendable {
    package var name: String
    package var topicId: KafkaUUID
    package var isInternal: Bool
    package var partitions: [TopicPartitionInfo]

    package init(name: String, topicId: KafkaUUID = .zero, isInternal: Bool = false, partitions: [TopicPartitionInfo]) {
        self.name = name
        self.topicId = topicId
        self.isInternal = isInternal
        self.partitions = partitions.sorted { $0.partition < $1.partition }
    }

    package var partitionCount: Int { partitions.count }
}

/// An immutable snapshot of what the client knows about the cluster: brokers, the controller,
/// and the topics it has asked about (not necessarily every topic). Replaced whole on refresh.
package struct ClusterMetadata: Sendable {
    package var clusterId: String?
    package var controllerId: Int32
    package var brokers: [Int32: BrokerNode]
    package var topics: [String: TopicMetadata]
    /// When this snapshot was fetched (for `metadata.max.age.ms`).
    package var fetchedAt: ContinuousClock.Instant

    package init(
        clusterId: String? = nil, controllerId: Int32 = -1, brokers: [Int32: BrokerNode] = [:],
        topics: [String: TopicMetadata] = [:], fetchedAt: ContinuousClock.Instant = .now
    ) {
        self.clusterId = clusterId
        self.controllerId = controllerId
        self.brokers = brokers
        self.topics = topics
        self.fetchedAt = fetchedAt
    }

    /// The leader of `partition`, nil when unknown or leaderless.
    package func leader(for partition: TopicPartition) -> Int32? {
        guard let topic = topics[partition.topic], partition.partition >= 0,
            Int(partition.partition) < topic.partitions.count
        else { return nil }
        let p = topic.partitions[Int(partition.partition)]
        return p.partition == partition.partition && p.hasLeader ? p.leader : nil
    }

    package func partitionMetadata(_ partition: TopicPartition) -> TopicPartitionInfo? {
        topics[partition.topic]?.partitions.first { $0.partition == partition.partition }
    }

    /// Brokers sorted by id.
    package var sortedBrokers: [BrokerNode] { brokers.values.sorted { $0.id < $1.id } }

    package func topicName(forId id: KafkaUUID) -> String? {
        topics.values.first { $0.topicId == id }?.name
    }
}
