import Synchronization

/// A consumer's group state: the coordinator and the client whose connections carry its requests.
struct GroupSession: Sendable {
    let coordinator: ConsumerCoordinator
    let client: KafkaClient
}

/// Kafka's subscribe mode and offset commits: `subscribe` joins `group.id` and the group's
/// assignment decides the partitions (each starting at its committed offset, else by
/// `auto.offset.reset`); `commitSync`/`commitAsync` store positions in the group, `committed`
/// reads them back. Assign mode (`assign`) still works and may commit too when `group.id` is set.
extension KafkaConsumer: ConsumerGroupHost {
    /// Subscribes to these topics in `group.id`. `listener` sees every change of the partitions
    /// this member owns; a `revoked` call comes before the positions are committed away.
    package func subscribe(
        topics: [String], listener: (@Sendable (RebalanceEvent) async -> Void)? = nil
    ) async throws(KafkaClientError) {
        for topic in topics where topic.trimmedClientText().isEmpty {
            throw .config("Topic collection to subscribe to cannot contain null or empty topic")
        }
        try await session().coordinator.subscribe(.topics(Array(Set(topics)).sorted()), listener: listener)
    }

    /// Subscribes to every topic whose whole name matches `pattern` (Java regex syntax as far as
    /// Swift's regex engine shares it), now and as topics come and go (checked every
    /// `metadata.max.age.ms`).
    package func subscribe(
        pattern: String, listener: (@Sendable (RebalanceEvent) async -> Void)? = nil
    ) async throws(KafkaClientError) {
        do {
            _ = try Regex(pattern)
        } catch {
            throw .config("\(pattern) is an invalid regex.")
        }
        try await session().coordinator.subscribe(.pattern(pattern), listener: listener)
    }

    /// Commits `offsets` (the next offset to read, per partition), or when nil the position of every
    /// partition this consumer has read from; waits for the coordinator's answer.
    package func commitSync(_ offsets: [TopicPartition: Int64]? = nil) async throws(KafkaClientError) {
        let session = try await session()
        try await session.coordinator.commit(offsets ?? resolvedPositions())
    }

    /// Starts a commit and returns at once; `completion` gets its outcome.
    package func commitAsync(
        _ offsets: [TopicPartition: Int64]? = nil,
        completion: (@Sendable (KafkaClientError?) -> Void)? = nil
    ) {
        let offsets = offsets ?? resolvedPositions()
        Task {
            do throws(KafkaClientError) {
                let session = try await self.session()
                try await session.coordinator.commit(offsets)
                completion?(nil)
            } catch {
                completion?(error)
            }
        }
    }

    /// The group's committed offsets for `partitions`; a partition with none is absent.
    package func committed(_ partitions: [TopicPartition]) async throws(KafkaClientError) -> [TopicPartition: Int64] {
        try await session().coordinator.fetchCommitted(partitions)
    }

    /// This member's id in the group ("" before it joined).
    package var groupMemberId: String { group.withLock { $0 }?.coordinator.memberId ?? "" }

    /// Whether the member has an assignment and no rebalance is pending.
    package var isGroupStable: Bool { group.withLock { $0 }?.coordinator.isStable ?? false }

    /// The group session, created on first use with a client of its own (see
    /// `ClientGroupCoordinatorChannel`) whose request timeout covers a JoinGroup held for the whole
    /// rebalance timeout, as Kafka's `max(request.timeout.ms, max.poll.interval.ms + 5000)`.
    private func session() async throws(KafkaClientError) -> GroupSession {
        if let existing = group.withLock({ $0 }) { return existing }
        guard let groupId = config.groupId else {
            throw .config(
                "To use group management or offset commit APIs, you must provide a valid group.id in the consumer configuration."
            )
        }
        var clientConfig = config.client
        clientConfig.requestTimeout = max(clientConfig.requestTimeout, config.maxPollInterval + .seconds(5))
        let groupClient = try await KafkaClient.connect(config: clientConfig)
        let coordinator = ConsumerCoordinator(
            config: config.membership(groupId: groupId),
            channel: ClientGroupCoordinatorChannel(client: groupClient, groupId: groupId), host: self)
        let created = GroupSession(coordinator: coordinator, client: groupClient)
        let (chosen, lost) = group.withLock { current -> (GroupSession, Bool) in
            if let current { return (current, true) }
            current = created
            return (created, false)
        }
        // Two first calls raced: keep one session.
        if lost { await groupClient.close() }
        return chosen
    }

    // MARK: ConsumerGroupHost

    package func consumedPositions() -> [TopicPartition: Int64] { resolvedPositions() }

    @discardableResult
    package func changeAssignment(adding: [TopicPartition: StartPosition], removing: Set<TopicPartition>)
        -> [TopicPartition: Int64]
    {
        changePartitions(adding: adding, removing: removing)
    }

    package func report(_ error: KafkaClientError) { reportError(error) }

    package func partitionCounts(_ topics: [String]?) async throws(KafkaClientError) -> [String: Int] {
        let metadata: ClusterMetadata
        if let topics {
            guard !topics.isEmpty else { return [:] }
            metadata = try await client.refreshMetadata(topics: topics)
            var counts: [String: Int] = [:]
            for topic in topics {
                if let found = metadata.topics[topic], found.partitionCount > 0 { counts[topic] = found.partitionCount }
            }
            return counts
        }
        var request = MetadataRequest()
        request.topics = nil
        request.allowAutoTopicCreation = false
        let response = try await client.sendToAnyBroker(request)
        var counts: [String: Int] = [:]
        for topic in response.topics where topic.errorCode == 0 && !topic.isInternal {
            guard let name = topic.name, !topic.partitions.isEmpty else { continue }
            counts[name] = topic.partitions.count
        }
        return counts
    }
}
