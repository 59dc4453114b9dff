import NIOCore

/// A group's state as the broker names it (Kafka's `GroupState`); `unknown` for a name this client
/// does not know.
package enum ConsumerGroupState: String, Sendable, CaseIterable {
    case unknown = "Unknown"
    case preparingRebalance = "PreparingRebalance"
    case completingRebalance = "CompletingRebalance"
    case stable = "Stable"
    case dead = "Dead"
    case empty = "Empty"
    case assigning = "Assigning"
    case reconciling = "Reconciling"

    /// Kafka's `GroupState.parse`: case-insensitive, `unknown` when nothing matches.
    package init(parsing name: String) {
        self = Self.allCases.first { $0.rawValue.lowercased() == name.lowercased() } ?? .unknown
    }
}

/// A group's type (Kafka's `GroupType`); `unknown` for a name this client does not know.
package enum GroupType: String, Sendable, CaseIterable {
    case unknown = "Unknown"
    case consumer = "Consumer"
    case classic = "Classic"
    case share = "Share"

    /// Kafka's `GroupType.parse`: case-insensitive, `unknown` when nothing matches.
    package init(parsing name: String) {
        self = Self.allCases.first { $0.rawValue.lowercased() == name.lowercased() } ?? .unknown
    }
}

/// One group as ListGroups shows it. `state` and `type` are nil when the broker's ListGroups
/// version does not carry them.
package struct ListedConsumerGroup: Sendable, Equatable {
    package var groupId: String
    package var protocolType: String
    package var state: ConsumerGroupState?
    package var type: GroupType?

    package init(
        groupId: String, protocolType: String = "consumer", state: ConsumerGroupState? = nil, type: GroupType? = nil
    ) {
        self.groupId = groupId
        self.protocolType = protocolType
        self.state = state
        self.type = type
    }
}

/// One member of a consumer group: ids, host, and the partitions its assignment names (decoded
/// from the ConsumerProtocolAssignment bytes; empty while none is assigned).
package struct ConsumerGroupMember: Sendable, Equatable {
    package var memberId: String
    package var groupInstanceId: String?
    package var clientId: String
    package var host: String
    package var assignment: [TopicPartition]
    /// The topics of its ConsumerProtocolSubscription (empty when the metadata does not decode).
    package var subscription: [String]

    package init(
        memberId: String, groupInstanceId: String? = nil, clientId: String, host: String,
        assignment: [TopicPartition] = [], subscription: [String] = []
    ) {
        self.memberId = memberId
        self.groupInstanceId = groupInstanceId
        self.clientId = clientId
        self.host = host
        self.assignment = assignment
        self.subscription = subscription
    }
}

/// A consumer group as DescribeGroups shows it (Kafka's `ConsumerGroupDescription`): state,
/// assignor, members, and the coordinator that answered. A group that does not exist is `dead`
/// with no members.
package struct ConsumerGroupDescription: Sendable, Equatable {
    package var groupId: String
    /// Whether the group has no protocol type (offsets committed without membership).
    package var isSimpleConsumerGroup: Bool
    package var members: [ConsumerGroupMember]
    /// The assignor the group agreed on (DescribeGroups' protocol data); empty when none.
    package var partitionAssignor: String
    package var state: ConsumerGroupState
    package var coordinator: BrokerNode

    package init(
        groupId: String, isSimpleConsumerGroup: Bool = false, members: [ConsumerGroupMember] = [],
        partitionAssignor: String = "", state: ConsumerGroupState, coordinator: BrokerNode
    ) {
        self.groupId = groupId
        self.isSimpleConsumerGroup = isSimpleConsumerGroup
        self.members = members
        self.partitionAssignor = partitionAssignor
        self.state = state
        self.coordinator = coordinator
    }
}

/// A committed offset (Kafka's `OffsetAndMetadata`).
package struct ConsumerGroupOffset: Sendable, Equatable {
    package var offset: Int64
    package var leaderEpoch: Int32?
    package var metadata: String

    package init(offset: Int64, leaderEpoch: Int32? = nil, metadata: String = "") {
        self.offset = offset
        self.leaderEpoch = leaderEpoch
        self.metadata = metadata
    }
}

/// What DeleteConsumerGroupOffsets returned: the group-level error (nil when none) and each
/// partition's outcome.
package struct DeletedGroupOffsets: Sendable, Equatable {
    package var groupError: KafkaClientError?
    package var partitions: [TopicPartition: KafkaClientError?]
}

extension AdminClient {
    // MARK: Group calls (Kafka's Admin.listGroups / describeConsumerGroups / ...)

    /// Every consumer group (protocol type `consumer` or empty) on every broker (ListGroups to each,
    /// merged and sorted by id). `states` / `types` filter on the broker when its ListGroups
    /// version supports them, and here in any case.
    package func listGroups(
        states: Set<ConsumerGroupState> = [], types: Set<GroupType> = [], timeout: Duration? = nil
    ) async throws(KafkaClientError) -> [ListedConsumerGroup] {
        let deadline = ContinuousClock.now + (timeout ?? client.config.defaultApiTimeout)
        let metadata = try await client.refreshMetadata(topics: [])
        var byId: [String: ListedConsumerGroup] = [:]
        for broker in metadata.sortedBrokers {
            let response = try await listGroups(on: broker.id, states: states, types: types, deadline: deadline)
            for group in response.groups where group.protocolType == "consumer" || group.protocolType.isEmpty {
                let listing = ListedConsumerGroup(
                    groupId: group.groupId, protocolType: group.protocolType,
                    state: group.groupState.isEmpty ? nil : ConsumerGroupState(parsing: group.groupState),
                    type: group.groupType.isEmpty ? nil : GroupType(parsing: group.groupType))
                if !states.isEmpty, let state = listing.state, !states.contains(state) { continue }
                if !types.isEmpty, let type = listing.type, !types.contains(type) { continue }
                byId[group.groupId] = listing
            }
        }
        return byId.keys.sorted().compactMap { byId[$0] }
    }

    private func listGroups(
        on node: Int32, states: Set<ConsumerGroupState>, types: Set<GroupType>, deadline: ContinuousClock.Instant
    ) async throws(KafkaClientError) -> ListGroupsResponse {
        while true {
            let negotiated = try await client.connection(to: node)
            guard let version = negotiated.version(for: .listGroups) else {
                throw KafkaClientError(
                    kind: .unsupportedVersion, code: .unsupportedVersion,
                    message: "The broker does not support LIST_GROUPS")
            }
            var request = ListGroupsRequest()
            if version >= 4 { request.statesFilter = states.map(\.rawValue).sorted() }
            if version >= 5 { request.typesFilter = types.map(\.rawValue).sorted() }
            let response = try await client.send(request, version: version, on: negotiated, node: node)
            let code = ErrorCode(rawValue: response.errorCode)
            if code == .none { return response }
            guard code.isRetriable, ContinuousClock.now + client.config.retryBackoff < deadline else {
                throw .broker(code)
            }
            try await client.backoff()
        }
    }

    /// Describes consumer groups (FindCoordinator, then DescribeGroups to each group's coordinator).
    /// A group that does not exist comes back `dead` with no members, as DescribeGroups reports it.
    package func describeConsumerGroups(
        _ ids: [String], timeout: Duration? = nil
    ) async throws(KafkaClientError) -> [String: Result<ConsumerGroupDescription, KafkaClientError>] {
        let deadline = ContinuousClock.now + (timeout ?? client.config.defaultApiTimeout)
        var results: [String: Result<ConsumerGroupDescription, KafkaClientError>] = [:]
        for id in ids where results[id] == nil {
            do {
                results[id] = .success(try await describeConsumerGroup(id, deadline: deadline))
            } catch {
                results[id] = .failure(error)
            }
        }
        return results
    }

    private func describeConsumerGroup(
        _ id: String, deadline: ContinuousClock.Instant
    ) async throws(KafkaClientError) -> ConsumerGroupDescription {
        try await withCoordinator(of: id, deadline: deadline) {
            (node) throws(KafkaClientError) -> CoordinatorOutcome<ConsumerGroupDescription> in
            var request = DescribeGroupsRequest()
            request.groups = [id]
            let response = try await client.send(request, to: node.id)
            guard let group = response.groups.first(where: { $0.groupId == id }) ?? response.groups.first else {
                throw KafkaClientError(kind: .protocolError, message: "DescribeGroups answered without group \(id)")
            }
            let code = ErrorCode(rawValue: group.errorCode)
            if code == .groupIdNotFound {
                return .done(ConsumerGroupDescription(groupId: id, state: .dead, coordinator: node))
            }
            if code != .none { return .failed(code, nil) }
            let protocolType = group.protocolType
            guard protocolType == "consumer" || protocolType.isEmpty else {
                throw KafkaClientError(
                    kind: .config, message: "GroupId \(id) is not a consumer group (\(protocolType)).")
            }
            let members = group.members.map { member in
                ConsumerGroupMember(
                    memberId: member.memberId, groupInstanceId: member.groupInstanceId, clientId: member.clientId,
                    host: member.clientHost, assignment: Self.decodeAssignment(member.memberAssignment),
                    subscription: Self.decodeSubscription(member.memberMetadata))
            }
            return .done(
                ConsumerGroupDescription(
                    groupId: id, isSimpleConsumerGroup: protocolType.isEmpty, members: members,
                    partitionAssignor: group.protocolData, state: ConsumerGroupState(parsing: group.groupState),
                    coordinator: node))
        }
    }

    /// The partitions a ConsumerProtocolAssignment (int16 version, then the body) names; empty when
    /// the bytes are empty or do not decode. A newer version is read as the newest this client knows,
    /// as Kafka's `ConsumerProtocol` does.
    package static func decodeAssignment(_ bytes: ByteBuffer) -> [TopicPartition] {
        (try? ConsumerProtocol.decodeAssignment(bytes))?.partitions ?? []
    }

    /// The topics a ConsumerProtocolSubscription names; empty when it does not decode.
    package static func decodeSubscription(_ bytes: ByteBuffer) -> [String] {
        (try? ConsumerProtocol.decodeSubscription(bytes))?.topics ?? []
    }

    /// The group's committed offsets (OffsetFetch): every partition with one when `partitions` is
    /// nil, else those asked for that have one. Partitions without a committed offset are absent.
    package func listConsumerGroupOffsets(
        group: String, partitions: [TopicPartition]? = nil, timeout: Duration? = nil
    ) async throws(KafkaClientError) -> [TopicPartition: ConsumerGroupOffset] {
        let deadline = ContinuousClock.now + (timeout ?? client.config.defaultApiTimeout)
        return try await withCoordinator(of: group, deadline: deadline) {
            (node) throws(KafkaClientError) -> CoordinatorOutcome<[TopicPartition: ConsumerGroupOffset]> in
            let negotiated = try await client.connection(to: node.id)
            guard let version = negotiated.version(for: .offsetFetch) else {
                throw KafkaClientError(
                    kind: .unsupportedVersion, code: .unsupportedVersion,
                    message: "The broker does not support OFFSET_FETCH")
            }
            let byTopic = partitions.map { Dictionary(grouping: $0, by: \.topic) }
            var request = OffsetFetchRequest()
            var entries:
                [(topic: String, partition: Int32, offset: Int64, epoch: Int32, metadata: String?, error: Int16)] = []
            var groupError: Int16 = 0
            if version >= 8 {
                var g = OffsetFetchRequest.OffsetFetchRequestGroup()
                g.groupId = group
                g.topics = byTopic.map { topics in
                    topics.keys.sorted().map { name in
                        var t = OffsetFetchRequest.OffsetFetchRequestTopics()
                        t.name = name
                        t.partitionIndexes = (topics[name] ?? []).map(\.partition).sorted()
                        return t
                    }
                }
                request.groups = [g]
                let response = try await client.send(request, version: version, on: negotiated, node: node.id)
                guard let answered = response.groups.first(where: { $0.groupId == group }) else {
                    throw KafkaClientError(kind: .protocolError, message: "OffsetFetch answered without group \(group)")
                }
                groupError = answered.errorCode
                for topic in answered.topics {
                    for p in topic.partitions {
                        entries.append(
                            (
                                topic.name, p.partitionIndex, p.committedOffset, p.committedLeaderEpoch, p.metadata,
                                p.errorCode
                            ))
                    }
                }
            } else {
                request.groupId = group
                request.topics = byTopic.map { topics in
                    topics.keys.sorted().map { name in
                        var t = OffsetFetchRequest.OffsetFetchRequestTopic()
                        t.name = name
                        t.partitionIndexes = (topics[name] ?? []).map(\.partition).sorted()
                        return t
                    }
                }
                let response = try await client.send(request, version: version, on: negotiated, node: node.id)
                groupError = response.errorCode
                for topic in response.topics {
                    for p in topic.partitions {
                        entries.append(
                            (
                                topic.name, p.partitionIndex, p.committedOffset, p.committedLeaderEpoch, p.metadata,
                                p.errorCode
                            ))
                    }
                }
            }
            let code = ErrorCode(rawValue: groupError)
            if code != .none { return .failed(code, nil) }
            var offsets: [TopicPartition: ConsumerGroupOffset] = [:]
            for entry in entries {
                let partitionCode = ErrorCode(rawValue: entry.error)
                if Self.movedCoordinator(partitionCode) || partitionCode == .coordinatorLoadInProgress {
                    return .failed(partitionCode, nil)
                }
                // Kafka's admin skips partitions the broker does not know and fails on anything else.
                if partitionCode == .unknownTopicOrPartition { continue }
                if partitionCode != .none { throw .broker(partitionCode) }
                guard entry.offset >= 0 else { continue }
                offsets[TopicPartition(entry.topic, entry.partition)] = ConsumerGroupOffset(
                    offset: entry.offset, leaderEpoch: entry.epoch >= 0 ? entry.epoch : nil,
                    metadata: entry.metadata ?? "")
            }
            return .done(offsets)
        }
    }

    /// Commits `offsets` for the group as Kafka's admin does (OffsetCommit with generation -1 and no
    /// member id, which the coordinator accepts only while the group has no active members). Each
    /// partition gets its own result.
    package func alterConsumerGroupOffsets(
        group: String, offsets: [TopicPartition: ConsumerGroupOffset], timeout: Duration? = nil
    ) async throws(KafkaClientError) -> [TopicPartition: Result<Void, KafkaClientError>] {
        let deadline = ContinuousClock.now + (timeout ?? client.config.defaultApiTimeout)
        if offsets.isEmpty { return [:] }
        return try await withCoordinator(of: group, deadline: deadline) {
            (node) throws(KafkaClientError) -> CoordinatorOutcome<[TopicPartition: Result<Void, KafkaClientError>]> in
            var request = OffsetCommitRequest()
            request.groupId = group
            request.generationIdOrMemberEpoch = -1
            request.memberId = ""
            let byTopic = Dictionary(grouping: offsets.keys, by: \.topic)
            request.topics = byTopic.keys.sorted().map { name in
                var t = OffsetCommitRequest.OffsetCommitRequestTopic()
                t.name = name
                t.partitions = (byTopic[name] ?? []).sorted().map { tp in
                    var p = OffsetCommitRequest.OffsetCommitRequestPartition()
                    p.partitionIndex = tp.partition
                    p.committedOffset = offsets[tp]?.offset ?? 0
                    p.committedLeaderEpoch = offsets[tp]?.leaderEpoch ?? -1
                    p.committedMetadata = offsets[tp]?.metadata ?? ""
                    return p
                }
                return t
            }
            let response = try await client.send(request, to: node.id)
            var results: [TopicPartition: Result<Void, KafkaClientError>] = [:]
            for topic in response.topics {
                for p in topic.partitions {
                    let code = ErrorCode(rawValue: p.errorCode)
                    if Self.movedCoordinator(code) || code == .coordinatorLoadInProgress { return .failed(code, nil) }
                    results[TopicPartition(topic.name, p.partitionIndex)] =
                        code == .none ? .success(()) : .failure(.broker(code))
                }
            }
            for tp in offsets.keys where results[tp] == nil {
                results[tp] = .failure(
                    KafkaClientError(kind: .protocolError, message: "OffsetCommit answered without \(tp)"))
            }
            return .done(results)
        }
    }

    /// Deletes groups (DeleteGroups to each group's coordinator); each group gets its own result.
    package func deleteConsumerGroups(
        _ ids: [String], timeout: Duration? = nil
    ) async throws(KafkaClientError) -> [String: Result<Void, KafkaClientError>] {
        let deadline = ContinuousClock.now + (timeout ?? client.config.defaultApiTimeout)
        var results: [String: Result<Void, KafkaClientError>] = [:]
        for id in ids where results[id] == nil {
            do {
                try await withCoordinator(of: id, deadline: deadline) {
                    (node) throws(KafkaClientError) -> CoordinatorOutcome<Void> in
                    var request = DeleteGroupsRequest()
                    request.groupsNames = [id]
                    let response = try await client.send(request, to: node.id)
                    guard let result = response.results.first(where: { $0.groupId == id }) else {
                        throw KafkaClientError(
                            kind: .protocolError, message: "DeleteGroups answered without group \(id)")
                    }
                    let code = ErrorCode(rawValue: result.errorCode)
                    return code == .none ? .done(()) : .failed(code, nil)
                }
                results[id] = .success(())
            } catch {
                results[id] = .failure(error)
            }
        }
        return results
    }

    /// Deletes committed offsets of partitions the group no longer subscribes to (OffsetDelete).
    package func deleteConsumerGroupOffsets(
        group: String, partitions: Set<TopicPartition>, timeout: Duration? = nil
    ) async throws(KafkaClientError) -> DeletedGroupOffsets {
        let deadline = ContinuousClock.now + (timeout ?? client.config.defaultApiTimeout)
        return try await withCoordinator(of: group, deadline: deadline) {
            (node) throws(KafkaClientError) -> CoordinatorOutcome<DeletedGroupOffsets> in
            var request = OffsetDeleteRequest()
            request.groupId = group
            let byTopic = Dictionary(grouping: partitions, by: \.topic)
            request.topics = byTopic.keys.sorted().map { name in
                var t = OffsetDeleteRequest.OffsetDeleteRequestTopic()
                t.name = name
                t.partitions = (byTopic[name] ?? []).sorted().map { tp in
                    var p = OffsetDeleteRequest.OffsetDeleteRequestPartition()
                    p.partitionIndex = tp.partition
                    return p
                }
                return t
            }
            let response = try await client.send(request, to: node.id)
            let code = ErrorCode(rawValue: response.errorCode)
            if Self.movedCoordinator(code) || code == .coordinatorLoadInProgress { return .failed(code, nil) }
            var result = DeletedGroupOffsets(groupError: code == .none ? nil : .broker(code), partitions: [:])
            for topic in response.topics {
                for p in topic.partitions {
                    let partitionCode = ErrorCode(rawValue: p.errorCode)
                    result.partitions[TopicPartition(topic.name, p.partitionIndex)] =
                        partitionCode == .none ? .some(nil) : .some(.broker(partitionCode))
                }
            }
            // A group-level error fails every partition with it, as Kafka's admin reports it.
            for tp in partitions where result.partitions[tp] == nil {
                result.partitions[tp] = .some(result.groupError)
            }
            if result.groupError == nil, let firstError = result.partitions.values.compactMap({ $0 }).first {
                result.groupError = firstError
            }
            return .done(result)
        }
    }

    /// Log start offsets (ListOffsets with timestamp -2); partitions that fail are absent.
    package func logStartOffsets(_ partitions: [TopicPartition]) async throws(KafkaClientError) -> [TopicPartition:
        Int64]
    {
        try await logOffsets(partitions, spec: .earliest)
    }

    /// Log end offsets (ListOffsets with timestamp -1); partitions that fail are absent.
    package func logEndOffsets(_ partitions: [TopicPartition]) async throws(KafkaClientError) -> [TopicPartition: Int64]
    {
        try await logOffsets(partitions, spec: .latest)
    }

    /// The first offset with a timestamp at or after `timestamp` for each partition; nil where no
    /// record is that recent. Partitions that fail are absent.
    package func offsetsForTimestamp(
        _ partitions: [TopicPartition], timestamp: Int64
    ) async throws(KafkaClientError) -> [TopicPartition: Int64?] {
        if partitions.isEmpty { return [:] }
        let results = try await listOffsets(
            Dictionary(uniqueKeysWithValues: partitions.map { ($0, OffsetSpec.timestamp(timestamp)) }))
        var offsets: [TopicPartition: Int64?] = [:]
        for (tp, result) in results {
            if case .success(let listed) = result { offsets[tp] = .some(listed.offset >= 0 ? listed.offset : nil) }
        }
        return offsets
    }

    private func logOffsets(_ partitions: [TopicPartition], spec: OffsetSpec) async throws(KafkaClientError)
        -> [TopicPartition: Int64]
    {
        if partitions.isEmpty { return [:] }
        let results = try await listOffsets(Dictionary(uniqueKeysWithValues: Set(partitions).map { ($0, spec) }))
        var offsets: [TopicPartition: Int64] = [:]
        for (tp, result) in results {
            if case .success(let listed) = result { offsets[tp] = listed.offset }
        }
        return offsets
    }

    // MARK: Coordinator retries

    /// What one attempt against a group's coordinator came to.
    enum CoordinatorOutcome<T> {
        case done(T)
        case failed(ErrorCode, String?)
    }

    private static func movedCoordinator(_ code: ErrorCode) -> Bool {
        code == .notCoordinator || code == .coordinatorNotAvailable
    }

    /// Runs `attempt` against the coordinator of `group`, finding it again after NOT_COORDINATOR /
    /// COORDINATOR_NOT_AVAILABLE (or a lost connection) and waiting out COORDINATOR_LOAD_IN_PROGRESS,
    /// until `deadline`. Any other error code is thrown as the broker's error.
    func withCoordinator<T>(
        of group: String, deadline: ContinuousClock.Instant,
        _ attempt: (BrokerNode) async throws(KafkaClientError) -> CoordinatorOutcome<T>
    ) async throws(KafkaClientError) -> T {
        while true {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                throw .timeout("Timed out waiting for the coordinator of group \(group).")
            }
            var failure: KafkaClientError
            do throws(KafkaClientError) {
                let node = try await client.coordinator(for: group, type: .group, timeout: remaining)
                switch try await attempt(node) {
                case .done(let value):
                    return value
                case .failed(let code, let message):
                    failure = .broker(code, message: message)
                    if Self.movedCoordinator(code) { client.forgetCoordinator(for: group) }
                    guard Self.movedCoordinator(code) || code == .coordinatorLoadInProgress else { throw failure }
                }
            } catch {
                guard error.kind == .connection else { throw error }
                client.forgetCoordinator(for: group)
                failure = error
            }
            guard ContinuousClock.now + client.config.retryBackoff < deadline else { throw failure }
            try await client.backoff()
        }
    }
}
