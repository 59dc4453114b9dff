/// One topic as `topics --describe` shows it: what the admin client learns from
/// DescribeTopicPartitions (or Metadata), DescribeConfigs and ListPartitionReassignments.
package struct DescribedTopic: Sendable, Equatable {
    package var name: String
    /// `KafkaUUID.zero` when unknown (the `TopicId:` field is then left out, as Kafka does).
    package var topicId: KafkaUUID
    package var isInternal: Bool
    package var partitions: [DescribedPartition]
    /// Every config DescribeConfigs returned, defaults included (`Configs:` shows the others).
    package var configs: [TopicConfigEntry]

    package init(
        name: String, topicId: KafkaUUID = .zero, isInternal: Bool = false, partitions: [DescribedPartition],
        configs: [TopicConfigEntry] = []
    ) {
        self.name = name
        self.topicId = topicId
        self.isInternal = isInternal
        self.partitions = partitions
        self.configs = configs
    }

    /// `min.insync.replicas` as DescribeConfigs gave it (1 when absent or unreadable).
    package var minInSyncReplicas: Int {
        configs.first { $0.name == "min.insync.replicas" }.flatMap { $0.value.flatMap { Int($0) } } ?? 1
    }

    /// Whether any config is set on the topic or the broker rather than being Kafka's default.
    package var hasOverrides: Bool { configs.contains { !$0.isDefault } }
}

/// A config entry from DescribeConfigs.
package struct TopicConfigEntry: Sendable, Equatable {
    package var name: String
    package var value: String?
    /// The entry's source is `DEFAULT_CONFIG` (Kafka's `ConfigEntry.isDefault`).
    package var isDefault: Bool

    package init(name: String, value: String?, isDefault: Bool) {
        self.name = name
        self.value = value
        self.isDefault = isDefault
    }
}

/// One partition of a described topic. Broker ids are node ids.
package struct DescribedPartition: Sendable, Equatable {
    package var partition: Int32
    /// `nil` when the partition has no leader (`Leader: none`).
    package var leader: Int32?
    package var replicas: [Int32]
    package var isr: [Int32]
    /// Eligible leader replicas; `nil` when the broker could not say (Metadata fallback: `N/A`).
    package var elr: [Int32]?
    package var lastKnownElr: [Int32]?
    /// Set while the partition is being reassigned (ListPartitionReassignments).
    package var reassignment: PartitionReassignmentState?

    package init(
        partition: Int32, leader: Int32?, replicas: [Int32], isr: [Int32], elr: [Int32]? = [],
        lastKnownElr: [Int32]? = [], reassignment: PartitionReassignmentState? = nil
    ) {
        self.partition = partition
        self.leader = leader
        self.replicas = replicas
        self.isr = isr
        self.elr = elr
        self.lastKnownElr = lastKnownElr
        self.reassignment = reassignment
    }

    /// Kafka's `isReassignmentInProgress`: a replica being added or removed is still listed.
    package var isReassigning: Bool {
        guard let reassignment else { return false }
        let changing = Set(reassignment.addingReplicas + reassignment.removingReplicas)
        return replicas.contains { changing.contains($0) }
    }

    /// Kafka's `getReplicationFactor`: replicas being added do not count while they are added.
    package var replicationFactor: Int {
        guard isReassigning, let reassignment else { return replicas.count }
        return reassignment.replicas.count - reassignment.addingReplicas.count
    }

    package var isUnderReplicated: Bool { replicationFactor - isr.count > 0 }

    package func isUnderMinIsr(minInSyncReplicas: Int) -> Bool { leader == nil || isr.count < minInSyncReplicas }

    package func isAtMinIsr(minInSyncReplicas: Int) -> Bool { isr.count == minInSyncReplicas }

    package func isUnavailable(liveBrokers: Set<Int32>) -> Bool {
        guard let leader else { return true }
        return !liveBrokers.contains(leader)
    }
}

/// An ongoing reassignment of one partition (Kafka's `PartitionReassignment`).
package struct PartitionReassignmentState: Sendable, Equatable {
    package var replicas: [Int32]
    package var addingReplicas: [Int32]
    package var removingReplicas: [Int32]

    package init(replicas: [Int32], addingReplicas: [Int32], removingReplicas: [Int32]) {
        self.replicas = replicas
        self.addingReplicas = addingReplicas
        self.removingReplicas = removingReplicas
    }
}

/// The `--describe` report options (Kafka's `DescribeOptions`).
package struct TopicDescribeFilter: Sendable, Equatable {
    package var underReplicatedPartitions = false
    package var unavailablePartitions = false
    package var underMinIsrPartitions = false
    package var atMinIsrPartitions = false
    package var topicsWithOverrides = false

    package init(
        underReplicatedPartitions: Bool = false, unavailablePartitions: Bool = false,
        underMinIsrPartitions: Bool = false, atMinIsrPartitions: Bool = false, topicsWithOverrides: Bool = false
    ) {
        self.underReplicatedPartitions = underReplicatedPartitions
        self.unavailablePartitions = unavailablePartitions
        self.underMinIsrPartitions = underMinIsrPartitions
        self.atMinIsrPartitions = atMinIsrPartitions
        self.topicsWithOverrides = topicsWithOverrides
    }

    /// Topic lines are printed unless a partition report was asked for.
    package var describeConfigs: Bool {
        !unavailablePartitions && !underReplicatedPartitions && !underMinIsrPartitions && !atMinIsrPartitions
    }

    /// Partition lines are printed unless only topics with overrides were asked for.
    package var describePartitions: Bool { !topicsWithOverrides }

    package func shouldPrintTopic(_ topic: DescribedTopic) -> Bool {
        describeConfigs && (!topicsWithOverrides || topic.hasOverrides)
    }

    package func shouldPrint(_ partition: DescribedPartition, of topic: DescribedTopic, liveBrokers: Set<Int32>)
        -> Bool
    {
        guard describePartitions else { return false }
        if describeConfigs { return true }
        let minIsr = topic.minInSyncReplicas
        return (underReplicatedPartitions && partition.isUnderReplicated)
            || (unavailablePartitions && partition.isUnavailable(liveBrokers: liveBrokers))
            || (underMinIsrPartitions && partition.isUnderMinIsr(minInSyncReplicas: minIsr))
            || (atMinIsrPartitions && partition.isAtMinIsr(minInSyncReplicas: minIsr))
    }
}
