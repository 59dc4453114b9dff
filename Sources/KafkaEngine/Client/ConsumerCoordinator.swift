import NIOCore
import Synchronization

/// What a consumer subscribes to.
package enum TopicSubscription: Sendable, Equatable {
    case topics([String])
    /// A regex matched against whole topic names (Java's `Matcher.matches`); internal topics excluded.
    case pattern(String)
}

/// A change of the partitions a group member owns, in the order Kafka's `ConsumerRebalanceListener`
/// sees them: `revoked` before they move away (positions can still be committed), `lost` when the
/// member was fenced or left (another member may already own them), `assigned` after a rebalance.
package enum RebalanceEvent: Sendable, Equatable {
    case revoked([TopicPartition])
    case lost([TopicPartition])
    case assigned([TopicPartition])
}

/// The consumer side the group coordinator drives: where committed positions come from, where
/// assignment changes go, how metadata is read, and where fatal errors are reported (thrown from
/// the next `poll`).
package protocol ConsumerGroupHost: AnyObject, Sendable {
    /// The position of every owned partition whose start is resolved.
    func consumedPositions() -> [TopicPartition: Int64]
    /// Adds and removes partitions atomically; returns the positions the removed ones had, so that
    /// what is committed for them is exactly what `poll` returned before they stopped.
    @discardableResult
    func changeAssignment(adding: [TopicPartition: StartPosition], removing: Set<TopicPartition>)
        -> [TopicPartition: Int64]
    func report(_ error: KafkaClientError)
    /// Partition counts of `topics` (absent: no such topic); nil asks for every non-internal topic.
    func partitionCounts(_ topics: [String]?) async throws(KafkaClientError) -> [String: Int]
}

/// The settings of group membership, under Kafka's consumer names and defaults.
package struct GroupMembershipConfig: Sendable {
    package var groupId: String
    package var groupInstanceId: String?
    package var sessionTimeout: Duration = .milliseconds(45_000)
    package var heartbeatInterval: Duration = .milliseconds(3_000)
    /// `max.poll.interval.ms`, also the rebalance timeout sent in JoinGroup.
    package var maxPollInterval: Duration = .milliseconds(300_000)
    package var assignors: [any ConsumerPartitionAssignor] = [RangeAssignor(), CooperativeStickyAssignor()]
    package var enableAutoCommit = true
    package var autoCommitInterval: Duration = .milliseconds(5_000)
    package var autoOffsetReset: AutoOffsetReset = .latest
    package var retryBackoff: Duration = .milliseconds(100)
    /// How often subscribed topics' partition counts (and a pattern's matches) are checked.
    package var metadataMaxAge: Duration = .milliseconds(300_000)
    /// Bound of a commit or committed-offsets call (`default.api.timeout.ms`).
    package var apiTimeout: Duration = .milliseconds(60_000)
    package var rackId: String?

    package init(groupId: String) {
        self.groupId = groupId
    }

    /// The protocol the group uses: the best one every configured assignor supports (Kafka's rule).
    package var rebalanceProtocol: RebalanceProtocol {
        var common = Set([RebalanceProtocol.eager, .cooperative])
        for assignor in assignors { common.formIntersection(assignor.supportedProtocols) }
        return common.max() ?? .eager
    }
}

/// Kafka's `ConsumerCoordinator` on the classic group protocol: the member state machine (unjoined
/// → rebalancing → stable) driven by its own task, which finds the coordinator, joins (retrying
/// MEMBER_ID_REQUIRED with the id given), runs the assignor when it is the leader, syncs, fetches
/// committed offsets for the partitions it gained, and hands them to the consumer; a second task
/// heartbeats every `heartbeat.interval.ms` while stable, independent of `poll`.
///
/// Invariants: `owned` is what the consumer was last told it has; under the eager protocol it is
/// empty from before JoinGroup until the assignment arrives; under the cooperative protocol only
/// partitions that move are revoked, and a rebalance that revoked any is followed by another one
/// (Kafka's second rebalance). A member reset by the coordinator (UNKNOWN_MEMBER_ID,
/// ILLEGAL_GENERATION) reports its partitions lost, never revoked, and commits nothing for them.
package final class ConsumerCoordinator: Sendable {
    package let config: GroupMembershipConfig
    private let channel: any GroupCoordinatorChannel
    private let host: any ConsumerGroupHost
    private let wake = ClientSignal()
    private let state: Mutex<State>

    private enum Phase: Equatable {
        case unjoined, rebalancing, stable
    }

    private struct State {
        var memberId = ""
        var generationId: Int32 = -1
        var protocolName: String?
        var isLeader = false
        var phase = Phase.unjoined
        var subscription: TopicSubscription?
        var subscribedTopics: [String] = []
        var listener: (@Sendable (RebalanceEvent) async -> Void)?
        var rejoinNeeded = false
        var rejoinReason = ""
        /// Set when the coordinator reset this member: owned partitions are lost, not revoked.
        var partitionsLost = false
        var owned: [TopicPartition] = []
        /// Partition counts the last assignment (or subscription check) saw, for change detection.
        var knownCounts: [String: Int] = [:]
        /// Topics of every member (leader) or of this member, watched for partition count changes.
        var watchedTopics: Set<String> = []
        var lastPoll = ContinuousClock.now
        var lastAutoCommit = ContinuousClock.now
        /// After leaving on a poll timeout, the member rejoins only once `poll` is called again.
        var waitingForPoll = false
        /// A subscribed topic was missing at the last assignment: check metadata within a second.
        var checkSoon = false
        var closed = false
        var tasks: [Task<Void, Never>] = []
    }

    package init(config: GroupMembershipConfig, channel: any GroupCoordinatorChannel, host: any ConsumerGroupHost) {
        self.config = config
        self.channel = channel
        self.host = host
        self.state = Mutex(State())
    }

    // MARK: Public surface

    package var memberId: String { state.withLock { $0.memberId } }
    package var generationId: Int32 { state.withLock { $0.generationId } }
    package var isStable: Bool { state.withLock { $0.phase == .stable && !$0.rejoinNeeded } }
    package var ownedPartitions: [TopicPartition] { state.withLock { $0.owned } }

    /// Subscribes (or changes the subscription) and starts the membership and heartbeat tasks.
    package func subscribe(_ subscription: TopicSubscription, listener: (@Sendable (RebalanceEvent) async -> Void)?) {
        let start = state.withLock { state -> Bool in
            state.subscription = subscription
            state.listener = listener
            state.rejoinNeeded = true
            state.rejoinReason = "subscription changed"
            state.lastPoll = .now
            state.lastAutoCommit = .now
            return state.tasks.isEmpty && !state.closed
        }
        if start {
            let membership = Task { await self.runMembership() }
            let heartbeat = Task { await self.runHeartbeat() }
            state.withLock { $0.tasks = [membership, heartbeat] }
        }
        wake.signal()
    }

    /// Called at the start of every `poll`: notes the poll (for `max.poll.interval.ms`) and commits
    /// the consumed positions asynchronously once `auto.commit.interval.ms` has passed.
    package func onPoll() {
        let (resume, autoCommit) = state.withLock { state -> (Bool, Bool) in
            state.lastPoll = .now
            let resume = state.waitingForPoll
            state.waitingForPoll = false
            var due = false
            if config.enableAutoCommit, state.phase == .stable,
                ContinuousClock.now - state.lastAutoCommit >= config.autoCommitInterval
            {
                state.lastAutoCommit = .now
                due = true
            }
            return (resume, due)
        }
        if resume { wake.signal() }
        if autoCommit {
            let positions = ownedPositions()
            if !positions.isEmpty { Task { try? await self.commit(positions) } }
        }
    }

    /// Commits the consumed positions when auto-commit is on, then leaves the group (dynamic members
    /// only: a static member keeps its place until its session times out, as in Kafka).
    package func close() async {
        let tasks = state.withLock { state -> [Task<Void, Never>] in
            state.closed = true
            defer { state.tasks = [] }
            return state.tasks
        }
        wake.signal()
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
        if config.enableAutoCommit {
            let positions = ownedPositions()
            if !positions.isEmpty, state.withLock({ $0.generationId >= 0 }) { try? await commit(positions) }
        }
        await leaveGroup(reason: "the consumer is being closed")
    }

    // MARK: Membership task

    private func runMembership() async {
        var nextMetadataCheck = ContinuousClock.now + config.metadataMaxAge
        while true {
            let (closed, join) = state.withLock { ($0.closed, $0.rejoinNeeded && !$0.waitingForPoll) }
            if closed || Task.isCancelled { return }
            if join {
                defer {
                    if state.withLock({ state in
                        defer { state.checkSoon = false }; return state.checkSoon
                    }) {
                        nextMetadataCheck = min(nextMetadataCheck, .now + min(config.metadataMaxAge, .seconds(1)))
                    }
                }
                do {
                    try await joinGroup()
                } catch {
                    if state.withLock({ $0.closed }) { return }
                    if error.isFatalForGroup {
                        host.report(error)
                        state.withLock { $0.waitingForPoll = true }
                    }
                    try? await Task.sleep(for: config.retryBackoff)
                }
                continue
            }
            let now = ContinuousClock.now
            if now >= nextMetadataCheck {
                await checkMetadata()
                // A subscribed topic that does not exist yet is looked for every second (Kafka's
                // consumer refreshes metadata for unknown topics at once), others every max age.
                let missing = state.withLock { state in
                    state.subscribedTopics.contains { state.knownCounts[$0] == nil }
                }
                nextMetadataCheck = .now + (missing ? min(config.metadataMaxAge, .seconds(1)) : config.metadataMaxAge)
                continue
            }
            await wake.wait(timeout: nextMetadataCheck - now)
        }
    }

    /// One rebalance round: prepare (revoke), join, assign when leader, sync, apply the assignment.
    private func joinGroup() async throws(KafkaClientError) {
        try await prepareForJoin()
        let topics = try await resolveSubscription()
        state.withLock {
            $0.subscribedTopics = topics
            $0.phase = .rebalancing
        }
        let join = try await sendJoinGroup(topics: topics)
        var assignments: [SyncGroupRequest.SyncGroupRequestAssignment] = []
        if join.leader == join.memberId && !join.skipAssignment {
            assignments = try await performAssignment(join)
        }
        let (memberId, generationId) = state.withLock { ($0.memberId, $0.generationId) }
        let instanceId = config.groupInstanceId
        let protocolName = join.protocolName
        let groupId = config.groupId
        let leaderAssignments = assignments
        let sync = try await channel.send { version -> SyncGroupRequest in
            var request = SyncGroupRequest()
            request.groupId = groupId
            request.generationId = generationId
            request.memberId = memberId
            request.groupInstanceId = version >= 3 ? instanceId : nil
            if version >= 5 {
                request.protocolType = ConsumerProtocol.protocolType
                request.protocolName = protocolName
            }
            request.assignments = leaderAssignments
            return request
        }
        let code = ErrorCode(rawValue: sync.errorCode)
        guard code == .none else {
            try handleGroupError(code, during: "SyncGroup")
            return
        }
        let assignment: GroupAssignment
        do {
            assignment = try ConsumerProtocol.decodeAssignment(sync.assignment)
        } catch {
            throw KafkaClientError(kind: .protocolError, message: "Invalid assignment from the group leader: \(error)")
        }
        try await completeJoin(assignment.partitions)
    }

    /// Before JoinGroup: eager members revoke everything; cooperative members revoke partitions of
    /// topics they no longer subscribe to; a member the coordinator reset loses everything.
    private func prepareForJoin() async throws(KafkaClientError) {
        let (owned, lost, subscribed) = state.withLock { ($0.owned, $0.partitionsLost, Set($0.subscribedTopics)) }
        guard !owned.isEmpty else {
            state.withLock { $0.partitionsLost = false }
            return
        }
        if lost {
            await give(up: owned, event: .lost(owned), commit: false)
        } else if config.rebalanceProtocol == .eager {
            await give(up: owned, event: .revoked(owned), commit: true)
        } else {
            let unsubscribed = owned.filter { !subscribed.contains($0.topic) }
            if !unsubscribed.isEmpty, case .topics = state.withLock({ $0.subscription }) {
                await give(up: unsubscribed, event: .revoked(unsubscribed), commit: true)
            }
        }
        state.withLock { $0.partitionsLost = false }
    }

    /// Takes partitions away from the consumer, then (auto-commit on) commits the positions they had
    /// when they stopped, then tells the listener. Removing first means no `poll` can return a
    /// record of them after the position committed, so the next owner starts right after it.
    private func give(up partitions: [TopicPartition], event: RebalanceEvent, commit: Bool) async {
        let gone = Set(partitions)
        state.withLock { $0.owned.removeAll { gone.contains($0) } }
        let positions = host.changeAssignment(adding: [:], removing: gone)
        if commit && config.enableAutoCommit && !positions.isEmpty {
            try? await self.commit(positions)
        }
        let listener = state.withLock { $0.listener }
        await listener?(event)
    }

    private func resolveSubscription() async throws(KafkaClientError) -> [String] {
        switch state.withLock({ $0.subscription }) {
        case .topics(let topics)?:
            return topics
        case .pattern(let pattern)?:
            let regex: Regex<AnyRegexOutput>
            do {
                regex = try Regex(pattern)
            } catch {
                throw .config("\(pattern) is an invalid regex.")
            }
            let counts = try await host.partitionCounts(nil)
            return counts.keys.filter { (try? regex.wholeMatch(in: $0)) != nil }.sorted()
        case nil:
            return []
        }
    }

    /// JoinGroup until it succeeds or fails for good; MEMBER_ID_REQUIRED is answered at once with the
    /// member id the coordinator gave.
    private func sendJoinGroup(topics: [String]) async throws(KafkaClientError) -> JoinGroupResponse {
        while true {
            let (memberId, generationId, owned, reason) = state.withLock {
                ($0.memberId, $0.generationId, $0.owned, $0.rejoinReason)
            }
            let protocols = config.assignors.map { assignor in
                var entry = JoinGroupRequest.JoinGroupRequestProtocol()
                entry.name = assignor.name
                entry.metadata = ConsumerProtocol.encode(
                    GroupSubscription(
                        topics: topics,
                        userData: assignor.subscriptionUserData(topics: topics, generation: generationId),
                        ownedPartitions: owned, generationId: generationId >= 0 ? generationId : nil,
                        rackId: config.rackId))
                return entry
            }
            let settings = self.config
            let response = try await channel.send { version -> JoinGroupRequest in
                var request = JoinGroupRequest()
                request.groupId = settings.groupId
                request.sessionTimeoutMs = settings.sessionTimeout.int32Milliseconds
                request.rebalanceTimeoutMs = settings.maxPollInterval.int32Milliseconds
                request.memberId = memberId
                request.groupInstanceId = version >= 5 ? settings.groupInstanceId : nil
                request.protocolType = ConsumerProtocol.protocolType
                request.protocols = protocols
                request.reason = version >= 8 ? reason : nil
                return request
            }
            let code = ErrorCode(rawValue: response.errorCode)
            switch code {
            case .none:
                state.withLock { state in
                    state.memberId = response.memberId
                    state.generationId = response.generationId
                    state.protocolName = response.protocolName
                    state.isLeader = response.leader == response.memberId
                }
                return response
            case .memberIdRequired:
                state.withLock { $0.memberId = response.memberId }
            default:
                try handleGroupError(code, during: "JoinGroup")
                // Reset by the coordinator: the partitions still owned are lost before joining anew.
                if state.withLock({ $0.partitionsLost && !$0.owned.isEmpty }) { try await prepareForJoin() }
                try await backoff()
            }
        }
    }

    /// The leader's work: decode every member's subscription, read the partition counts of all their
    /// topics, run the chosen assignor.
    private func performAssignment(_ join: JoinGroupResponse) async throws(KafkaClientError)
        -> [SyncGroupRequest.SyncGroupRequestAssignment]
    {
        guard let name = join.protocolName, let assignor = config.assignors.first(where: { $0.name == name }) else {
            throw KafkaClientError(
                kind: .config,
                message: "Coordinator selected invalid assignment protocol: \(join.protocolName ?? "null")")
        }
        var subscriptions: [String: GroupSubscription] = [:]
        for member in join.members {
            do {
                var subscription = try ConsumerProtocol.decodeSubscription(member.metadata)
                subscription.groupInstanceId = member.groupInstanceId
                subscriptions[member.memberId] = subscription
            } catch {
                throw KafkaClientError(
                    kind: .protocolError, message: "Invalid subscription of member \(member.memberId): \(error)")
            }
        }
        let topics = Set(subscriptions.values.flatMap(\.topics))
        let counts = try await host.partitionCounts(topics.sorted())
        state.withLock { state in
            state.watchedTopics = topics
            state.knownCounts = counts
        }
        let assignment = assignor.assign(partitionsPerTopic: counts, subscriptions: subscriptions)
        return join.members.map { member in
            var entry = SyncGroupRequest.SyncGroupRequestAssignment()
            entry.memberId = member.memberId
            entry.assignment = ConsumerProtocol.encode(GroupAssignment(partitions: assignment[member.memberId] ?? []))
            return entry
        }
    }

    /// After SyncGroup: revoke what moved away (cooperative), fetch committed offsets for what was
    /// gained, hand both to the consumer, tell the listener.
    private func completeJoin(_ assigned: [TopicPartition]) async throws(KafkaClientError) {
        let (owned, subscribed) = state.withLock { ($0.owned, Set($0.subscribedTopics)) }
        let assignedSet = Set(assigned.filter { subscribed.contains($0.topic) })
        let ownedSet = Set(owned)
        let revoked = owned.filter { !assignedSet.contains($0) }
        if !revoked.isEmpty {
            await give(up: revoked, event: .revoked(revoked), commit: true)
        }
        let added = assignedSet.subtracting(ownedSet).sorted()
        var starts: [TopicPartition: StartPosition] = [:]
        if !added.isEmpty {
            let committed = try await fetchCommitted(added)
            var undefined: [TopicPartition] = []
            for tp in added {
                if let offset = committed[tp], offset >= 0 {
                    starts[tp] = .offset(offset)
                } else {
                    switch config.autoOffsetReset {
                    case .earliest: starts[tp] = .earliest
                    case .latest: starts[tp] = .latest
                    case .none: undefined.append(tp)
                    }
                }
            }
            if !undefined.isEmpty {
                host.report(
                    KafkaClientError(
                        kind: .config,
                        message: "Undefined offset with no reset policy for partitions: ["
                            + undefined.map(\.description).joined(separator: ", ") + "]"))
            }
        }
        let isLeader = state.withLock { state in
            state.owned = assignedSet.sorted()
            state.phase = .stable
            if !state.isLeader {
                state.watchedTopics = Set(state.subscribedTopics)
            }
            // A cooperative round that revoked partitions is followed by one that reassigns them.
            if !revoked.isEmpty && config.rebalanceProtocol == .cooperative {
                state.rejoinNeeded = true
                state.rejoinReason = "need to revoke partitions and re-join"
            } else {
                state.rejoinNeeded = false
            }
            return state.isLeader
        }
        if !isLeader {
            let counts = (try? await host.partitionCounts(Array(subscribed).sorted())) ?? [:]
            state.withLock { $0.knownCounts = counts }
        }
        host.changeAssignment(adding: starts, removing: [])
        let listener = state.withLock { $0.listener }
        await listener?(.assigned(added))
        if state.withLock({ state in state.subscribedTopics.contains { state.knownCounts[$0] == nil } }) {
            state.withLock { $0.checkSoon = true }
        }
    }

    /// Every `metadata.max.age.ms`: a pattern that now matches other topics, or a watched topic whose
    /// partition count changed, starts a rebalance.
    private func checkMetadata() async {
        guard state.withLock({ $0.phase == .stable }) else { return }
        let (subscription, topics, watched, known) = state.withLock {
            ($0.subscription, $0.subscribedTopics, $0.watchedTopics, $0.knownCounts)
        }
        if case .pattern = subscription {
            if let now = try? await resolveSubscription(), now != topics {
                requestRejoin("pattern subscription matches other topics")
                return
            }
        }
        guard let counts = try? await host.partitionCounts(watched.sorted()) else { return }
        if counts != known.filter({ watched.contains($0.key) }) {
            requestRejoin("metadata of subscribed topics changed")
        }
    }

    private func requestRejoin(_ reason: String) {
        state.withLock { state in
            state.rejoinNeeded = true
            state.rejoinReason = reason
        }
        wake.signal()
    }

    /// Applies Kafka's handling of a group error code and throws unless the caller should simply retry.
    private func handleGroupError(_ code: ErrorCode, during api: String) throws(KafkaClientError) {
        switch code {
        case .rebalanceInProgress:
            requestRejoin("\(api) answered REBALANCE_IN_PROGRESS")
        case .unknownMemberId, .illegalGeneration:
            resetGeneration(resetMemberId: code == .unknownMemberId, reason: "\(api) answered \(code.name)")
        case .notCoordinator, .coordinatorNotAvailable:
            channel.coordinatorMoved()
        case .coordinatorLoadInProgress:
            break
        default:
            throw KafkaClientError.broker(code)
        }
        if api == "SyncGroup" { requestRejoin("\(api) answered \(code.name)") }
    }

    private func resetGeneration(resetMemberId: Bool, reason: String) {
        state.withLock { state in
            state.generationId = -1
            if resetMemberId { state.memberId = "" }
            state.phase = .unjoined
            state.partitionsLost = true
            state.rejoinNeeded = true
            state.rejoinReason = reason
        }
        wake.signal()
    }

    private func backoff() async throws(KafkaClientError) {
        if state.withLock({ $0.closed }) { throw .closed }
        try? await Task.sleep(for: config.retryBackoff)
    }

    // MARK: Heartbeat task

    private func runHeartbeat() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: config.heartbeatInterval)
            let (closed, stable, memberId, generationId, lastPoll) = state.withLock {
                ($0.closed, $0.phase == .stable, $0.memberId, $0.generationId, $0.lastPoll)
            }
            if closed || Task.isCancelled { return }
            guard stable else { continue }
            if ContinuousClock.now - lastPoll > config.maxPollInterval {
                // Kafka's heartbeat thread: the application stopped polling, so the member leaves.
                await leaveGroup(reason: "consumer poll timeout has expired.")
                let owned = state.withLock { state -> [TopicPartition] in
                    state.waitingForPoll = true
                    state.rejoinNeeded = true
                    state.rejoinReason = "consumer poll timeout has expired"
                    state.partitionsLost = true
                    return state.owned
                }
                if !owned.isEmpty { await give(up: owned, event: .lost(owned), commit: false) }
                continue
            }
            let instanceId = config.groupInstanceId
            let groupId = config.groupId
            do {
                let response = try await channel.send { version -> HeartbeatRequest in
                    var request = HeartbeatRequest()
                    request.groupId = groupId
                    request.generationId = generationId
                    request.memberId = memberId
                    request.groupInstanceId = version >= 3 ? instanceId : nil
                    return request
                }
                let code = ErrorCode(rawValue: response.errorCode)
                switch code {
                case .none: break
                case .rebalanceInProgress: requestRejoin("group is already rebalancing")
                case .unknownMemberId, .illegalGeneration:
                    resetGeneration(resetMemberId: code == .unknownMemberId, reason: "Heartbeat answered \(code.name)")
                case .notCoordinator, .coordinatorNotAvailable: channel.coordinatorMoved()
                case .fencedInstanceId: host.report(.broker(code))
                default: break
                }
            } catch {
                // A lost connection was handled by the channel; the next beat finds the coordinator.
                continue
            }
        }
    }

    /// LeaveGroup for a dynamic member that has joined; the member is then unjoined.
    private func leaveGroup(reason: String) async {
        let (memberId, joined) = state.withLock { ($0.memberId, $0.generationId >= 0 || $0.phase != .unjoined) }
        defer {
            state.withLock { state in
                if config.groupInstanceId == nil { state.memberId = "" }
                state.generationId = -1
                state.phase = .unjoined
            }
        }
        guard config.groupInstanceId == nil, !memberId.isEmpty, joined else { return }
        let groupId = config.groupId
        _ = try? await channel.send { version -> LeaveGroupRequest in
            var request = LeaveGroupRequest()
            request.groupId = groupId
            if version >= 3 {
                var member = LeaveGroupRequest.MemberIdentity()
                member.memberId = memberId
                member.reason = version >= 5 ? reason : nil
                request.members = [member]
            } else {
                request.memberId = memberId
            }
            return request
        }
    }

    // MARK: Offsets

    /// The positions of the partitions this member owns.
    private func ownedPositions() -> [TopicPartition: Int64] {
        let owned = Set(state.withLock { $0.owned })
        return host.consumedPositions().filter { owned.contains($0.key) }
    }

    /// OffsetCommit with this member's generation (generation -1 and no member id outside a group, as
    /// Kafka's consumer commits in assign mode). Retries coordinator errors until `default.api.timeout.ms`.
    package func commit(_ offsets: [TopicPartition: Int64]) async throws(KafkaClientError) {
        guard !offsets.isEmpty else { return }
        let deadline = ContinuousClock.now + config.apiTimeout
        let groupId = config.groupId
        let instanceId = config.groupInstanceId
        while true {
            let (memberId, generationId, phase) = state.withLock { ($0.memberId, $0.generationId, $0.phase) }
            let grouped = Dictionary(grouping: offsets, by: { $0.key.topic })
            let outcome: Result<OffsetCommitResponse, KafkaClientError>
            do {
                outcome = .success(
                    try await channel.send { version -> OffsetCommitRequest in
                        var request = OffsetCommitRequest()
                        request.groupId = groupId
                        request.generationIdOrMemberEpoch = generationId
                        request.memberId = memberId
                        request.groupInstanceId = version >= 7 ? instanceId : nil
                        request.topics = grouped.keys.sorted().map { topic in
                            var t = OffsetCommitRequest.OffsetCommitRequestTopic()
                            t.name = topic
                            t.partitions = (grouped[topic] ?? []).sorted { $0.key < $1.key }.map { tp, offset in
                                var p = OffsetCommitRequest.OffsetCommitRequestPartition()
                                p.partitionIndex = tp.partition
                                p.committedOffset = offset
                                p.committedMetadata = ""
                                return p
                            }
                            return t
                        }
                        return request
                    })
            } catch {
                outcome = .failure(error)
            }
            var retry = false
            switch outcome {
            case .failure(let error):
                guard error.isRetriable else { throw error }
                retry = true
            case .success(let response):
                var failure: ErrorCode?
                for topic in response.topics {
                    for p in topic.partitions where p.errorCode != 0 {
                        failure = ErrorCode(rawValue: p.errorCode)
                    }
                }
                guard let code = failure else { return }
                switch code {
                case .notCoordinator, .coordinatorNotAvailable, .requestTimedOut:
                    channel.coordinatorMoved()
                    retry = true
                case .coordinatorLoadInProgress:
                    retry = true
                case .rebalanceInProgress:
                    requestRejoin("OffsetCommit answered REBALANCE_IN_PROGRESS")
                    throw KafkaClientError(
                        kind: .broker, code: code,
                        message:
                            "Offset commit cannot be completed since the consumer is undergoing a rebalance for auto partition assignment. You can try completing the rebalance by calling poll() and then retry the operation."
                    )
                case .unknownMemberId, .illegalGeneration:
                    if phase != .unjoined || generationId >= 0 {
                        resetGeneration(
                            resetMemberId: code == .unknownMemberId, reason: "OffsetCommit answered \(code.name)")
                    }
                    throw KafkaClientError(kind: .broker, code: code, message: Self.commitFailedMessage)
                default:
                    throw KafkaClientError.broker(code)
                }
            }
            if retry {
                guard ContinuousClock.now + config.retryBackoff < deadline else {
                    throw .timeout(
                        "Timeout of \(config.apiTimeout.milliseconds)ms expired before successfully committing offsets")
                }
                try await backoff()
            }
        }
    }

    /// Kafka's `CommitFailedException` message.
    package static let commitFailedMessage =
        "Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member. This means that the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time message processing. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records."

    /// The group's committed offsets of `partitions` (absent: none committed), asking for stable
    /// offsets and retrying coordinator errors until `default.api.timeout.ms`.
    package func fetchCommitted(_ partitions: [TopicPartition]) async throws(KafkaClientError) -> [TopicPartition:
        Int64]
    {
        guard !partitions.isEmpty else { return [:] }
        let deadline = ContinuousClock.now + config.apiTimeout
        let groupId = config.groupId
        let grouped = Dictionary(grouping: partitions, by: \.topic)
        let topics = grouped.keys.sorted()
        while true {
            var retry = false
            var result: [TopicPartition: Int64] = [:]
            do throws(KafkaClientError) {
                let response = try await fetchOnce(groupId: groupId, topics: topics, grouped: grouped)
                var topCode = ErrorCode(rawValue: response.errorCode)
                var entries: [(String, Int32, Int64, Int16)] = []
                if !response.groups.isEmpty {
                    let group = response.groups.first { $0.groupId == groupId }
                    topCode = ErrorCode(rawValue: group?.errorCode ?? 0)
                    for t in group?.topics ?? [] {
                        for p in t.partitions {
                            entries.append((t.name, p.partitionIndex, p.committedOffset, p.errorCode))
                        }
                    }
                } else {
                    for t in response.topics {
                        for p in t.partitions {
                            entries.append((t.name, p.partitionIndex, p.committedOffset, p.errorCode))
                        }
                    }
                }
                switch topCode {
                case .none: break
                case .notCoordinator, .coordinatorNotAvailable:
                    channel.coordinatorMoved()
                    retry = true
                case .coordinatorLoadInProgress:
                    retry = true
                default:
                    throw KafkaClientError.broker(topCode)
                }
                if !retry {
                    for (topic, partition, offset, code) in entries {
                        let error = ErrorCode(rawValue: code)
                        switch error {
                        case .none: result[TopicPartition(topic, partition)] = offset
                        case .unstableOffsetCommit, .coordinatorLoadInProgress: retry = true
                        case .unknownTopicOrPartition: continue
                        default: throw KafkaClientError.broker(error)
                        }
                    }
                    if !retry { return result.filter { $0.value >= 0 } }
                }
            } catch {
                guard error.isRetriable else { throw error }
                retry = true
            }
            guard ContinuousClock.now + config.retryBackoff < deadline else {
                throw .timeout(
                    "Timeout of \(config.apiTimeout.milliseconds)ms expired before the last committed offset for partitions could be determined."
                )
            }
            try await backoff()
        }
    }

    /// One OffsetFetch: v8+ carries the group in `groups`, older versions at the top level.
    private func fetchOnce(groupId: String, topics: [String], grouped: [String: [TopicPartition]])
        async throws(KafkaClientError) -> OffsetFetchResponse
    {
        try await channel.send { version -> OffsetFetchRequest in
            var request = OffsetFetchRequest()
            request.requireStable = version >= 7
            if version >= 8 {
                var group = OffsetFetchRequest.OffsetFetchRequestGroup()
                group.groupId = groupId
                group.topics = topics.map { topic in
                    var t = OffsetFetchRequest.OffsetFetchRequestTopics()
                    t.name = topic
                    t.partitionIndexes = (grouped[topic] ?? []).map(\.partition).sorted()
                    return t
                }
                request.groups = [group]
            } else {
                request.groupId = groupId
                request.topics = topics.map { topic in
                    var t = OffsetFetchRequest.OffsetFetchRequestTopic()
                    t.name = topic
                    t.partitionIndexes = (grouped[topic] ?? []).map(\.partition).sorted()
                    return t
                }
            }
            return request
        }
    }
}

extension KafkaClientError {
    /// Errors that end group membership until the application acts (Kafka throws them from poll).
    var isFatalForGroup: Bool {
        switch kind {
        case .config, .unsupportedVersion, .protocolError: return true
        case .broker:
            guard let code else { return false }
            return !code.isRetriable
                && ![ErrorCode.rebalanceInProgress, .unknownMemberId, .illegalGeneration, .memberIdRequired].contains(
                    code)
        default: return false
        }
    }
}
