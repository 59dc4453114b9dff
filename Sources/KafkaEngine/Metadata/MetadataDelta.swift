/// The changes to a `MetadataImage` made by replaying committed metadata records (Kafka's
/// `MetadataDelta`). Records are applied in log order; `apply()` gives the resulting image.
/// Record types that carry nothing the image holds (ACLs, quotas, SCRAM, delegation tokens, no-ops)
/// only move the offset.
package struct MetadataDelta: Sendable {
    /// The image the delta started from.
    package let base: MetadataImage
    private var image: MetadataImage

    package init(image: MetadataImage) {
        self.base = image
        self.image = image
    }

    /// Whether any record or offset was replayed since `init`.
    package var hasChanges: Bool { image != base }

    /// The image with every replayed record applied.
    package func apply() -> MetadataImage { image }

    /// Moves the offset and epoch without a record (a control batch, such as a leader change).
    package mutating func advance(offset: Int64, epoch: Int32) {
        image.offset = offset
        image.epoch = epoch
    }

    /// Applies one committed record found at `offset`, written in leader epoch `epoch`.
    package mutating func replay(_ record: MetadataRecord, offset: Int64, epoch: Int32) {
        advance(offset: offset, epoch: epoch)
        switch record.message {
        case let topic as TopicRecord:
            image.topics.put(TopicImage(name: topic.name, id: topic.topicId))
        case let partition as PartitionRecord:
            replay(partition)
        case let change as PartitionChangeRecord:
            replay(change)
        case let remove as RemoveTopicRecord:
            if let topic = image.topics.remove(id: remove.topicId) {
                image.configs.removeValue(forKey: ConfigResource(type: .topic, name: topic.name))
            }
        case let config as ConfigRecord:
            replay(config)
        case let register as RegisterBrokerRecord:
            image.brokers[register.brokerId] = BrokerRegistration(
                id: register.brokerId, epoch: register.brokerEpoch, incarnationId: register.incarnationId,
                endpoints: register.endPoints.map {
                    BrokerRegistration.Endpoint(
                        name: $0.name, host: $0.host, port: Int32($0.port), securityProtocol: $0.securityProtocol)
                },
                rack: register.rack, fenced: register.fenced, inControlledShutdown: register.inControlledShutdown,
                logDirs: register.logDirs)
        case let unregister as UnregisterBrokerRecord:
            if let broker = image.brokers[unregister.brokerId], broker.epoch == unregister.brokerEpoch {
                image.brokers.removeValue(forKey: unregister.brokerId)
            }
        case let fence as FenceBrokerRecord:
            updateBroker(fence.id, epoch: fence.epoch) { $0.fenced = true }
        case let unfence as UnfenceBrokerRecord:
            updateBroker(unfence.id, epoch: unfence.epoch) { $0.fenced = false }
        case let change as BrokerRegistrationChangeRecord:
            updateBroker(change.brokerId, epoch: change.brokerEpoch) { broker in
                // BrokerRegistrationFencingChange: 1 fence, -1 unfence, 0 none.
                switch change.fenced {
                case 1: broker.fenced = true
                case -1: broker.fenced = false
                default: break
                }
                // BrokerRegistrationInControlledShutdownChange: 1 in controlled shutdown.
                if change.inControlledShutdown == 1 { broker.inControlledShutdown = true }
                if !change.logDirs.isEmpty { broker.logDirs = change.logDirs }
            }
        case let feature as FeatureLevelRecord:
            // Level 0 means the feature is not set (Kafka's FeaturesDelta).
            if feature.featureLevel == 0 {
                image.features.removeValue(forKey: feature.name)
            } else {
                image.features[feature.name] = feature.featureLevel
            }
        case let producerIds as ProducerIdsRecord:
            image.nextProducerId = producerIds.nextProducerId
        default:
            break
        }
    }

    private mutating func replay(_ record: PartitionRecord) {
        guard var topic = image.topics[id: record.topicId] else { return }
        topic.partitions[record.partitionId] = PartitionRegistration(
            replicas: record.replicas, directories: record.directories, isr: record.isr,
            removingReplicas: record.removingReplicas, addingReplicas: record.addingReplicas,
            elr: record.eligibleLeaderReplicas ?? [], lastKnownElr: record.lastKnownElr ?? [], leader: record.leader,
            leaderRecoveryState: record.leaderRecoveryState, leaderEpoch: record.leaderEpoch,
            partitionEpoch: record.partitionEpoch)
        image.topics.put(topic)
    }

    /// Kafka's `PartitionRegistration.merge`: unset fields keep their value; a new leader (anything
    /// but -2, "no change") bumps the leader epoch; every change bumps the partition epoch.
    private mutating func replay(_ record: PartitionChangeRecord) {
        guard var topic = image.topics[id: record.topicId],
            var partition = topic.partitions[record.partitionId]
        else { return }
        if let replicas = record.replicas {
            partition.replicas = replicas
            if record.directories == nil { partition.directories = replicas.map { _ in .zero } }
        }
        if let directories = record.directories { partition.directories = directories }
        if let isr = record.isr { partition.isr = isr }
        if let removing = record.removingReplicas { partition.removingReplicas = removing }
        if let adding = record.addingReplicas { partition.addingReplicas = adding }
        if let elr = record.eligibleLeaderReplicas { partition.elr = elr }
        if let lastKnownElr = record.lastKnownElr { partition.lastKnownElr = lastKnownElr }
        if record.leader != PartitionChangeRecordConstants.noLeaderChange {
            partition.leader = record.leader
            partition.leaderEpoch += 1
        }
        if record.leaderRecoveryState != -1 { partition.leaderRecoveryState = record.leaderRecoveryState }
        partition.partitionEpoch += 1
        topic.partitions[record.partitionId] = partition
        image.topics.put(topic)
    }

    private mutating func replay(_ record: ConfigRecord) {
        guard let type = ConfigResource.ResourceType(rawValue: record.resourceType) else { return }
        let resource = ConfigResource(type: type, name: record.resourceName)
        var configs = image.configs[resource] ?? [:]
        configs[record.name] = record.value
        image.configs[resource] = configs.isEmpty ? nil : configs
    }

    private mutating func updateBroker(_ id: Int32, epoch: Int64, _ change: (inout BrokerRegistration) -> Void) {
        guard var broker = image.brokers[id], broker.epoch == epoch else { return }
        change(&broker)
        image.brokers[id] = broker
    }
}

/// Sentinels of `PartitionChangeRecord` (Kafka's `PartitionRegistration` / `LeaderConstants`).
package enum PartitionChangeRecordConstants {
    /// `leader` when the record does not change it.
    package static let noLeaderChange: Int32 = -2
    /// `leader` when the partition has none.
    package static let noLeader: Int32 = -1
}
