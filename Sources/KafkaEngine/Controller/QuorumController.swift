/// The active controller of the metadata quorum (Kafka's `QuorumController`): it validates
/// administrative requests against the committed metadata, turns each into metadata records,
/// writes them through the Raft client and answers once they are committed.
///
/// Invariants:
/// - State changes only by replaying committed records (`view` is a `RaftListener`); an
///   operation never mutates it directly.
/// - Each operation validates and writes within one step of the actor (the Raft append does not
///   suspend), so operations apply one after the other against the state the previous one left.
/// - A response reporting success is sent only after the records are committed; when the write
///   fails the operation answers with an error instead.
package actor QuorumController {
    /// Kafka's `MetadataVersion.IBP_3_9_IV0`: the `metadata.version` a new cluster is bootstrapped
    /// with, as `kafka-storage format` does for 3.9 (directory assignment, KIP-853 not yet on).
    package static let bootstrapMetadataVersion: Int16 = 21
    /// Kafka's `ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE`.
    package static let producerIdBlockSize: Int32 = 1000

    /// Record versions written at `bootstrapMetadataVersion`.
    enum RecordVersion {
        static let topic: Int16 = 0
        static let partition: Int16 = 1
        static let partitionChange: Int16 = 1
        static let config: Int16 = 0
        static let removeTopic: Int16 = 0
        static let registerBroker: Int16 = 3
        static let fenceBroker: Int16 = 0
        static let unfenceBroker: Int16 = 0
        static let featureLevel: Int16 = 0
        static let producerIds: Int16 = 0
    }

    package nonisolated let nodeId: Int32
    package nonisolated let config: BrokerConfig
    package nonisolated let raft: KafkaRaftClient
    let clock: any KafkaClock
    let view: ControllerMetadataView
    var random = SystemRandomNumberGenerator()
    /// Last heartbeat (clock milliseconds) of each broker that sent one since this controller
    /// started; a broker silent for `broker.session.timeout.ms` is fenced by `fenceStaleBrokers`.
    var lastHeartbeatMs: [Int32: Int64] = [:]

    package init(nodeId: Int32, config: BrokerConfig, raft: KafkaRaftClient, clock: any KafkaClock) {
        self.nodeId = nodeId
        self.config = config
        self.raft = raft
        self.clock = clock
        self.view = ControllerMetadataView(clusterId: raft.clusterId)
        raft.register(view)
    }

    /// The committed metadata as the controller sees it.
    package var image: MetadataImage { view.image }

    /// Starts the Raft client if it is not yet (replaying the log into the controller's view), then
    /// writes the bootstrap records into a log that has none: `metadata.version`.
    package func start() async throws {
        try await raft.start()
        if image.features[MetadataFeatures.metadataVersion] == nil {
            var feature = FeatureLevelRecord()
            feature.name = MetadataFeatures.metadataVersion
            feature.featureLevel = Self.bootstrapMetadataVersion
            try raft.appendSynchronously([MetadataRecord(feature, version: RecordVersion.featureLevel)])
        }
    }

    /// Writes `records` and waits for their commit; nil on success, the error code to answer
    /// otherwise (NOT_CONTROLLER when this node no longer leads).
    func write(_ records: [MetadataRecord]) -> (ErrorCode, String)? {
        guard !records.isEmpty else { return nil }
        do {
            try raft.appendSynchronously(records)
            return nil
        } catch RaftError.notLeader {
            return (.notController, ErrorCode.notController.defaultMessage)
        } catch {
            return (.unknownServerError, "\(error)")
        }
    }

    // MARK: Brokers

    /// Kafka's `ClusterControlManager.registerBroker`: checks the cluster id, the broker's
    /// `metadata.version` range and that no live broker holds the id with another incarnation, then
    /// writes a fenced `RegisterBrokerRecord`. The broker epoch is the record's offset.
    package func registerBroker(_ request: BrokerRegistrationRequest) async -> BrokerRegistrationResponse {
        var response = BrokerRegistrationResponse()
        func fail(_ code: ErrorCode) -> BrokerRegistrationResponse {
            response.errorCode = code.rawValue
            return response
        }
        let image = self.image
        if !raft.clusterId.isEmpty && request.clusterId != raft.clusterId { return fail(.inconsistentClusterId) }
        if let level = image.features[MetadataFeatures.metadataVersion],
            let supported = request.features.first(where: { $0.name == MetadataFeatures.metadataVersion }),
            !(supported.minSupportedVersion...max(supported.minSupportedVersion, supported.maxSupportedVersion))
                .contains(level)
        {
            return fail(.unsupportedVersion)
        }
        let now = clock.milliseconds()
        if let existing = image.brokers[request.brokerId], existing.incarnationId != request.incarnationId,
            let last = lastHeartbeatMs[request.brokerId], now - last < Int64(config.brokerSessionTimeoutMs)
        {
            return fail(.duplicateBrokerRegistration)
        }
        let brokerEpoch = raft.logEndOffset
        var record = RegisterBrokerRecord()
        record.brokerId = request.brokerId
        record.incarnationId = request.incarnationId
        record.brokerEpoch = brokerEpoch
        record.endPoints = request.listeners.map { listener in
            var endpoint = RegisterBrokerRecord.BrokerEndpoint()
            endpoint.name = listener.name
            endpoint.host = listener.host
            endpoint.port = listener.port
            endpoint.securityProtocol = listener.securityProtocol
            return endpoint
        }
        record.features = request.features.map { feature in
            var entry = RegisterBrokerRecord.BrokerFeature()
            entry.name = feature.name
            entry.minSupportedVersion = feature.minSupportedVersion
            entry.maxSupportedVersion = feature.maxSupportedVersion
            return entry
        }
        record.rack = request.rack
        record.fenced = true
        record.logDirs = request.logDirs
        if let error = write([MetadataRecord(record, version: RecordVersion.registerBroker)]) {
            return fail(error.0)
        }
        lastHeartbeatMs[request.brokerId] = now
        response.brokerEpoch = brokerEpoch
        return response
    }

    /// Kafka's `processBrokerHeartbeat`: a caught-up broker that does not want to be fenced is
    /// unfenced (and becomes leader of the partitions left without one), a broker that wants to
    /// be fenced or to shut down is fenced.
    package func brokerHeartbeat(_ request: BrokerHeartbeatRequest) async -> BrokerHeartbeatResponse {
        var response = BrokerHeartbeatResponse()
        let image = self.image
        guard let broker = image.brokers[request.brokerId] else {
            response.errorCode = ErrorCode.brokerIdNotRegistered.rawValue
            return response
        }
        guard broker.epoch == request.brokerEpoch else {
            response.errorCode = ErrorCode.staleBrokerEpoch.rawValue
            return response
        }
        lastHeartbeatMs[request.brokerId] = clock.milliseconds()
        // The broker epoch is the offset of its registration record.
        let caughtUp = request.currentMetadataOffset >= broker.epoch
        var records: [MetadataRecord] = []
        var fenced = broker.fenced
        if request.wantShutDown || request.wantFence {
            if !broker.fenced {
                records = fenceRecords(broker, image: image)
                fenced = true
            }
        } else if broker.fenced && caughtUp {
            records = unfenceRecords(broker, image: image)
            fenced = false
        }
        if let error = write(records) {
            response.errorCode = error.0.rawValue
            return response
        }
        response.isCaughtUp = caughtUp
        response.isFenced = fenced
        response.shouldShutDown = request.wantShutDown
        return response
    }

    /// Fences every broker whose last heartbeat is older than `broker.session.timeout.ms`.
    package func fenceStaleBrokers() async {
        let now = clock.milliseconds()
        let image = self.image
        var records: [MetadataRecord] = []
        for (id, last) in lastHeartbeatMs.sorted(by: { $0.key < $1.key })
        where now - last >= Int64(config.brokerSessionTimeoutMs) {
            guard let broker = image.brokers[id], !broker.fenced else { continue }
            records += fenceRecords(broker, image: image)
        }
        _ = write(records)
    }

    /// `FenceBrokerRecord`, after taking away the broker's leaderships (Kafka's
    /// `handleBrokerFenced`): with no other live in-sync replica a partition is left without a
    /// leader, its ISR unchanged, and gets one back when the broker is unfenced.
    func fenceRecords(_ broker: BrokerRegistration, image: MetadataImage) -> [MetadataRecord] {
        var records: [MetadataRecord] = []
        for topic in image.topics.byName.values.sorted(by: { $0.name < $1.name }) {
            for (partitionId, partition) in topic.partitions.sorted(by: { $0.key < $1.key })
            where partition.leader == broker.id {
                let next = partition.isr.first { id in
                    id != broker.id && image.brokers[id].map { !$0.fenced && !$0.inControlledShutdown } == true
                }
                var change = PartitionChangeRecord()
                change.topicId = topic.id
                change.partitionId = partitionId
                change.leader = next ?? PartitionChangeRecordConstants.noLeader
                if next != nil { change.isr = partition.isr.filter { $0 != broker.id } }
                records.append(MetadataRecord(change, version: RecordVersion.partitionChange))
            }
        }
        var fence = FenceBrokerRecord()
        fence.id = broker.id
        fence.epoch = broker.epoch
        records.append(MetadataRecord(fence, version: RecordVersion.fenceBroker))
        return records
    }

    /// `UnfenceBrokerRecord`, then the broker leads the partitions without a leader whose ISR
    /// holds it (Kafka's `handleBrokerUnfenced`).
    func unfenceRecords(_ broker: BrokerRegistration, image: MetadataImage) -> [MetadataRecord] {
        var unfence = UnfenceBrokerRecord()
        unfence.id = broker.id
        unfence.epoch = broker.epoch
        var records = [MetadataRecord(unfence, version: RecordVersion.unfenceBroker)]
        for topic in image.topics.byName.values.sorted(by: { $0.name < $1.name }) {
            for (partitionId, partition) in topic.partitions.sorted(by: { $0.key < $1.key })
            where partition.leader == PartitionChangeRecordConstants.noLeader && partition.isr.contains(broker.id) {
                var change = PartitionChangeRecord()
                change.topicId = topic.id
                change.partitionId = partitionId
                change.leader = broker.id
                records.append(MetadataRecord(change, version: RecordVersion.partitionChange))
            }
        }
        return records
    }

    // MARK: Producer ids

    /// Kafka's `ProducerIdControlManager.generateNextProducerId`: the next block of 1000 ids,
    /// recorded with a `ProducerIdsRecord` so no two blocks overlap across restarts.
    package func allocateProducerIds(brokerId: Int32, brokerEpoch: Int64) async -> AllocateProducerIdsResponse {
        var response = AllocateProducerIdsResponse()
        let image = self.image
        guard let broker = image.brokers[brokerId], broker.epoch == brokerEpoch else {
            response.errorCode = ErrorCode.staleBrokerEpoch.rawValue
            return response
        }
        let start = image.nextProducerId
        guard start <= Int64.max - Int64(Self.producerIdBlockSize) else {
            response.errorCode = ErrorCode.unknownServerError.rawValue
            return response
        }
        var record = ProducerIdsRecord()
        record.brokerId = brokerId
        record.brokerEpoch = brokerEpoch
        record.nextProducerId = start + Int64(Self.producerIdBlockSize)
        if let error = write([MetadataRecord(record, version: RecordVersion.producerIds)]) {
            response.errorCode = error.0.rawValue
            return response
        }
        response.producerIdStart = start
        response.producerIdLen = Self.producerIdBlockSize
        return response
    }
}

/// Names of the finalized features the metadata log carries.
package enum MetadataFeatures {
    package static let metadataVersion = "metadata.version"
}
