import NIOCore
import Synchronization

/// The classic group coordinator (Kafka's `GroupCoordinator` / `GroupMetadataManager`, classic
/// part): the groups whose `__consumer_offsets` partition this broker leads, their membership
/// state machines (JoinGroup, SyncGroup, Heartbeat, LeaveGroup), and their committed offsets,
/// written to and replayed from that partition.
///
/// Sharding: each offsets partition this broker leads is a shard (`Shard`, keyed by partition)
/// that is loading or loaded; all shards live behind one lock. Every operation is a short,
/// synchronous step under that lock — the machine has two cores and a group step takes
/// microseconds — and whatever must happen outside it (answering a waiting JoinGroup, appending to
/// the log, the log's completion) is collected as effects and run after the lock is released, so
/// no callback ever runs under it. Timers (initial delay, rebalance timeout, session expiry,
/// pending sync) go through the `Scheduler`, so tests drive time with a `ManualScheduler`; a timer
/// carries an id and does nothing when its group has moved on.
///
/// Invariants: a JoinGroup or SyncGroup callback is answered exactly once (by the state machine,
/// or with an error when its member is removed or the shard unloads); offsets and groups change
/// only once their record is in the log (replicated), except removals on deletion and expiry.
package final class GroupCoordinator: Sendable {
    package typealias JoinCallback = @Sendable (JoinGroupResponse) -> Void
    package typealias SyncCallback = @Sendable (SyncGroupResponse) -> Void

    struct Shard: Sendable {
        var leaderEpoch: Int32
        var loaded = false
        var groups: [String: ClassicGroup] = [:]
    }

    struct State: Sendable {
        var shards: [Int32: Shard] = [:]
        var nextTimerId = 0
        var isShutdown = false
    }

    /// Work to run once the lock is released.
    struct Effects {
        var actions: [@Sendable () -> Void] = []

        mutating func after(_ action: @escaping @Sendable () -> Void) { actions.append(action) }
    }

    package let config: GroupCoordinatorConfig
    let clock: any KafkaClock
    let scheduler: any Scheduler
    let storage: any OffsetsTopicStorage
    let log: @Sendable (String) -> Void
    let state = Mutex(State())
    private let expiryTask = Mutex<ScheduledTask?>(nil)

    package init(
        config: GroupCoordinatorConfig, clock: any KafkaClock, scheduler: any Scheduler,
        storage: any OffsetsTopicStorage, log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.config = config
        self.clock = clock
        self.scheduler = scheduler
        self.storage = storage
        self.log = log
    }

    /// Starts the periodic offset expiry (`offsets.retention.check.interval.ms`).
    package func startup() {
        let interval = max(1, config.offsetsRetentionCheckIntervalMs)
        let task = scheduler.schedule("delete-expired-group-metadata", delayMs: interval, periodMs: interval) {
            [weak self] in self?.cleanupGroupMetadata()
        }
        expiryTask.withLock { $0 = task }
    }

    /// Unloads every shard (waiting requests get NOT_COORDINATOR) and stops the timers.
    package func shutdown() {
        expiryTask.withLock { $0?.cancel() }
        mutate { state, fx in
            state.isShutdown = true
            for partition in Array(state.shards.keys) { unloadShard(partition, &state, &fx) }
        }
    }

    // MARK: Plumbing

    func mutate<T: Sendable>(_ body: (inout State, inout Effects) -> T) -> T {
        var effects = Effects()
        let result = state.withLock { state in body(&state, &effects) }
        for action in effects.actions { action() }
        return result
    }

    /// Monotonic milliseconds (deadlines).
    var monotonicMs: Int64 { clock.nanoseconds() / 1_000_000 }

    package func partition(for groupId: String) -> Int32 {
        GroupPartitioning.partition(for: groupId, partitionCount: config.offsetsTopicPartitions)
    }

    /// NOT_COORDINATOR when this broker does not lead the group's partition, LOAD_IN_PROGRESS while
    /// it loads it, else nil.
    func coordinatorError(_ groupId: String, _ state: State) -> ErrorCode? {
        guard let shard = state.shards[partition(for: groupId)] else { return .notCoordinator }
        return shard.loaded ? nil : .coordinatorLoadInProgress
    }

    func nextTimerId(_ state: inout State) -> Int {
        state.nextTimerId += 1
        return state.nextTimerId
    }

    /// A fresh member id: the client id, a dash, and a random UUID in Java's text form.
    static func newMemberId(clientId: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let randomHigh: UInt64 = generator.next()
        let randomLow: UInt64 = generator.next()
        let high = (randomHigh & ~UInt64(0xF000)) | 0x4000
        let low = (randomLow & ~(UInt64(0xC) << 60)) | (UInt64(0x8) << 60)
        func hex(_ value: UInt64, _ digits: Int) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        let uuid =
            "\(hex(high >> 32, 8))-\(hex((high >> 16) & 0xFFFF, 4))-\(hex(high & 0xFFFF, 4))-"
            + "\(hex(low >> 48, 4))-\(hex(low & 0xFFFF_FFFF_FFFF, 12))"
        return "\(clientId)-\(uuid)"
    }

    // MARK: JoinGroup

    /// JoinGroup (v0–v9). `completion` is called once, possibly much later (when the rebalance
    /// completes), never under the coordinator's lock.
    package func joinGroup(
        _ request: JoinGroupRequest, version: Int16, clientId: String, clientHost: String,
        completion: @escaping JoinCallback
    ) {
        var request = request
        if version == 0 || request.rebalanceTimeoutMs < 0 { request.rebalanceTimeoutMs = request.sessionTimeoutMs }
        let requireKnownMemberId = version >= 4
        mutate { state, fx in
            func fail(_ error: ErrorCode, memberId: String = request.memberId) {
                fx.after { completion(Self.joinError(error, memberId: memberId)) }
            }
            let groupId = request.groupId
            guard !groupId.isEmpty else { return fail(.invalidGroupId) }
            if let error = coordinatorError(groupId, state) { return fail(error) }
            guard request.sessionTimeoutMs >= config.minSessionTimeoutMs,
                request.sessionTimeoutMs <= config.maxSessionTimeoutMs
            else { return fail(.invalidSessionTimeout) }
            let partition = self.partition(for: groupId)
            let isUnknownMember = request.memberId.isEmpty
            var group: ClassicGroup
            var isNewGroup = false
            if let existing = state.shards[partition]?.groups[groupId] {
                group = existing
            } else {
                guard isUnknownMember else { return fail(.unknownMemberId) }
                group = ClassicGroup(groupId: groupId, nowMs: clock.milliseconds())
                isNewGroup = true
            }
            defer {
                if isNewGroup && group.isEmpty && group.pendingMembers.isEmpty && group.state == .empty
                    && group.offsets.isEmpty
                {
                    state.shards[partition]?.groups[groupId] = nil
                } else {
                    state.shards[partition]?.groups[groupId] = group
                }
            }
            guard acceptJoiningMember(group, memberId: request.memberId) else {
                // A known member over the limit (the limit was lowered) is removed, as in Kafka.
                if group.members[request.memberId] != nil {
                    removeMember(&group, memberId: request.memberId, error: .groupMaxSizeReached, &fx)
                    maybeCompleteJoin(&group, partition: partition, &state, &fx)
                }
                return fail(.groupMaxSizeReached, memberId: "")
            }
            guard group.supports(protocolType: request.protocolType, protocols: request.protocols) else {
                return fail(.inconsistentGroupProtocol)
            }
            if isUnknownMember {
                guard group.state != .dead else { return fail(.coordinatorNotAvailable) }
                let newMemberId = Self.newMemberId(clientId: clientId)
                if let instanceId = request.groupInstanceId {
                    if let oldMemberId = group.staticMembers[instanceId] {
                        updateStaticMemberAndRebalance(
                            &group, partition: partition, oldMemberId: oldMemberId, newMemberId: newMemberId,
                            request: request, version: version, completion: completion, &state, &fx)
                    } else {
                        addMemberAndRebalance(
                            &group, partition: partition, memberId: newMemberId, request: request,
                            clientId: clientId, clientHost: clientHost, completion: completion, &state, &fx)
                    }
                } else if requireKnownMemberId {
                    let timer = scheduler.schedule(
                        "pending-member-expiry", delayMs: Int64(request.sessionTimeoutMs), periodMs: nil
                    ) { [weak self] in
                        self?.expirePendingMember(partition: partition, groupId: groupId, memberId: newMemberId)
                    }
                    group.pendingMembers[newMemberId]?.cancel()
                    group.pendingMembers[newMemberId] = timer
                    fail(.memberIdRequired, memberId: newMemberId)
                } else {
                    addMemberAndRebalance(
                        &group, partition: partition, memberId: newMemberId, request: request, clientId: clientId,
                        clientHost: clientHost, completion: completion, &state, &fx)
                }
                return
            }
            let memberId = request.memberId
            guard group.state != .dead else { return fail(.coordinatorNotAvailable) }
            if let pending = group.pendingMembers.removeValue(forKey: memberId) {
                pending.cancel()
                addMemberAndRebalance(
                    &group, partition: partition, memberId: memberId, request: request, clientId: clientId,
                    clientHost: clientHost, completion: completion, &state, &fx)
                return
            }
            if group.isStaticMemberFenced(instanceId: request.groupInstanceId, memberId: memberId) {
                return fail(.fencedInstanceId)
            }
            guard let member = group.members[memberId] else { return fail(.unknownMemberId) }
            switch group.state {
            case .preparingRebalance:
                updateMemberAndRebalance(
                    &group, partition: partition, member: member, request: request, completion: completion, &state, &fx)
            case .completingRebalance:
                if member.matches(request.protocols) {
                    let response = joinResponse(
                        group, memberId: memberId,
                        members: group.isLeader(memberId) ? group.currentMemberMetadata : [])
                    fx.after { completion(response) }
                } else {
                    updateMemberAndRebalance(
                        &group, partition: partition, member: member, request: request, completion: completion, &state,
                        &fx)
                }
            case .stable:
                if group.isLeader(memberId) || !member.matches(request.protocols) {
                    updateMemberAndRebalance(
                        &group, partition: partition, member: member, request: request, completion: completion, &state,
                        &fx)
                } else {
                    let response = joinResponse(group, memberId: memberId, members: [])
                    fx.after { completion(response) }
                }
            case .empty, .dead:
                fail(.unknownMemberId)
            }
        }
    }

    static func joinError(_ error: ErrorCode, memberId: String) -> JoinGroupResponse {
        var response = JoinGroupResponse()
        response.errorCode = error.rawValue
        response.memberId = memberId
        response.generationId = -1
        response.protocolType = nil
        response.protocolName = nil
        response.leader = ""
        return response
    }

    func joinResponse(
        _ group: ClassicGroup, memberId: String, members: [JoinGroupResponse.JoinGroupResponseMember],
        leaderId: String? = nil, skipAssignment: Bool = false
    ) -> JoinGroupResponse {
        var response = JoinGroupResponse()
        response.memberId = memberId
        response.generationId = group.generationId
        response.protocolType = group.protocolType
        response.protocolName = group.protocolName
        response.leader = leaderId ?? group.leaderId ?? ""
        response.skipAssignment = skipAssignment
        response.members = members
        return response
    }

    /// Kafka's `acceptJoiningMember`: new members are turned away once the group is full.
    private func acceptJoiningMember(_ group: ClassicGroup, memberId: String) -> Bool {
        let maxSize = Int(config.maxGroupSize)
        switch group.state {
        case .empty, .dead:
            return true
        case .preparingRebalance:
            return group.members[memberId]?.awaitingJoin != nil || group.numAwaitingJoin < maxSize
        case .completingRebalance, .stable:
            return group.members[memberId] != nil || group.members.count < maxSize
        }
    }

    private func addMemberAndRebalance(
        _ group: inout ClassicGroup, partition: Int32, memberId: String, request: JoinGroupRequest, clientId: String,
        clientHost: String, completion: @escaping JoinCallback, _ state: inout State, _ fx: inout Effects
    ) {
        var member = ClassicGroupMember(
            memberId: memberId, groupInstanceId: request.groupInstanceId, clientId: clientId, clientHost: clientHost,
            rebalanceTimeoutMs: request.rebalanceTimeoutMs, sessionTimeoutMs: request.sessionTimeoutMs,
            protocolType: request.protocolType, protocols: request.protocols)
        member.awaitingJoin = completion
        member.isNew = true
        if group.members.isEmpty { group.protocolType = request.protocolType }
        if group.leaderId == nil { group.leaderId = memberId }
        group.members[memberId] = member
        group.memberOrder.append(memberId)
        if let instanceId = request.groupInstanceId { group.staticMembers[instanceId] = memberId }
        if group.state == .preparingRebalance && group.generationId == 0 { group.newMemberAdded = true }
        scheduleHeartbeatExpiry(
            &group, partition: partition, memberId: memberId, timeoutMs: config.newMemberJoinTimeoutMs)
        maybePrepareRebalance(&group, partition: partition, &state, &fx)
        maybeCompleteJoin(&group, partition: partition, &state, &fx)
    }

    private func updateMemberAndRebalance(
        _ group: inout ClassicGroup, partition: Int32, member: ClassicGroupMember, request: JoinGroupRequest,
        completion: @escaping JoinCallback, _ state: inout State, _ fx: inout Effects
    ) {
        var member = member
        member.protocols = request.protocols
        member.rebalanceTimeoutMs = request.rebalanceTimeoutMs
        member.sessionTimeoutMs = request.sessionTimeoutMs
        if let previous = member.awaitingJoin {
            let memberId = member.memberId
            fx.after { previous(Self.joinError(.rebalanceInProgress, memberId: memberId)) }
        }
        member.awaitingJoin = completion
        group.members[member.memberId] = member
        maybePrepareRebalance(&group, partition: partition, &state, &fx)
        maybeCompleteJoin(&group, partition: partition, &state, &fx)
    }

    /// A static member rejoins with a new member id (Kafka's `updateStaticMemberAndRebalance`):
    /// the old id is fenced; a Stable group whose selected protocol stays the same keeps its
    /// assignment and generation (no rebalance), the member gets the current generation back.
    private func updateStaticMemberAndRebalance(
        _ group: inout ClassicGroup, partition: Int32, oldMemberId: String, newMemberId: String,
        request: JoinGroupRequest, version: Int16, completion: @escaping JoinCallback, _ state: inout State,
        _ fx: inout Effects
    ) {
        let currentLeader = group.leaderId
        guard var member = group.members.removeValue(forKey: oldMemberId) else {
            fx.after { completion(Self.joinError(.unknownMemberId, memberId: newMemberId)) }
            return
        }
        member.sessionTimer?.cancel()
        member.sessionTimer = nil
        if let join = member.awaitingJoin {
            fx.after { join(Self.joinError(.fencedInstanceId, memberId: oldMemberId)) }
        }
        if let sync = member.awaitingSync {
            fx.after { sync(Self.syncError(.fencedInstanceId)) }
        }
        let oldProtocols = member.protocols
        member.memberId = newMemberId
        member.awaitingJoin = nil
        member.awaitingSync = nil
        member.protocols = request.protocols
        member.rebalanceTimeoutMs = request.rebalanceTimeoutMs
        member.sessionTimeoutMs = request.sessionTimeoutMs
        group.members[newMemberId] = member
        if let index = group.memberOrder.firstIndex(of: oldMemberId) { group.memberOrder[index] = newMemberId }
        if let instanceId = member.groupInstanceId { group.staticMembers[instanceId] = newMemberId }
        if group.leaderId == oldMemberId { group.leaderId = newMemberId }
        if group.pendingSyncMembers.remove(oldMemberId) != nil { group.pendingSyncMembers.insert(newMemberId) }
        scheduleHeartbeatExpiry(
            &group, partition: partition, memberId: newMemberId, timeoutMs: Int64(member.sessionTimeoutMs))

        switch group.state {
        case .stable:
            if group.selectedProtocol == group.protocolName {
                let isLeader = group.isLeader(newMemberId)
                let assignments = Dictionary(uniqueKeysWithValues: group.members.map { ($0.key, $0.value.assignment) })
                // From JoinGroup v9 the rejoined leader gets the members and skipAssignment (KIP-814);
                // before, it is given the old leader id, so it does not see itself as leader and
                // does not compute an assignment a Stable group would never hand out.
                let response =
                    version >= 9
                    ? joinResponse(
                        group, memberId: newMemberId, members: isLeader ? group.currentMemberMetadata : [],
                        skipAssignment: isLeader)
                    : joinResponse(group, memberId: newMemberId, members: [], leaderId: currentLeader)
                storeGroup(group, partition: partition, assignments: assignments, &fx) { error in
                    completion(error == .none ? response : Self.joinError(error, memberId: newMemberId))
                }
            } else {
                group.members[newMemberId]?.awaitingJoin = completion
                prepareRebalance(&group, partition: partition, &state, &fx)
            }
        case .completingRebalance:
            group.members[newMemberId]?.awaitingJoin = completion
            prepareRebalance(&group, partition: partition, &state, &fx)
        case .preparingRebalance:
            group.members[newMemberId]?.awaitingJoin = completion
            maybeCompleteJoin(&group, partition: partition, &state, &fx)
        case .empty, .dead:
            group.members[newMemberId]?.protocols = oldProtocols
            fx.after { completion(Self.joinError(.unknownMemberId, memberId: newMemberId)) }
        }
    }

    func maybePrepareRebalance(_ group: inout ClassicGroup, partition: Int32, _ state: inout State, _ fx: inout Effects)
    {
        switch group.state {
        case .stable, .completingRebalance, .empty:
            prepareRebalance(&group, partition: partition, &state, &fx)
        case .preparingRebalance, .dead:
            break
        }
    }

    /// Kafka's `prepareRebalance`: waiting SyncGroups hear REBALANCE_IN_PROGRESS; an Empty group
    /// waits `group.initial.rebalance.delay.ms` for more members, any other the rebalance timeout.
    func prepareRebalance(_ group: inout ClassicGroup, partition: Int32, _ state: inout State, _ fx: inout Effects) {
        if group.state == .completingRebalance {
            resetAndPropagateAssignmentError(&group, .rebalanceInProgress, &fx)
        }
        group.syncTimer?.cancel()
        group.syncTimer = nil
        group.pendingSyncMembers = []
        let delayMs: Int64
        if group.state == .empty {
            let initialDelay = Int64(config.initialRebalanceDelayMs)
            delayMs = initialDelay
            group.initialDelayRemainingMs = max(group.rebalanceTimeoutMs - initialDelay, 0)
        } else {
            delayMs = group.rebalanceTimeoutMs
            group.initialDelayRemainingMs = nil
        }
        let log = self.log
        let message =
            "[GroupCoordinator] Preparing to rebalance group \(group.groupId) in state PreparingRebalance with old"
            + " generation \(group.generationId) (\(InternalTopics.groupMetadataTopic)-\(partition))"
        fx.after { log(message) }
        group.transition(to: .preparingRebalance, nowMs: clock.milliseconds())
        scheduleJoinTimer(&group, partition: partition, delayMs: delayMs, &state)
        if group.initialDelayRemainingMs == nil {
            maybeCompleteJoin(&group, partition: partition, &state, &fx)
        }
    }

    private func scheduleJoinTimer(_ group: inout ClassicGroup, partition: Int32, delayMs: Int64, _ state: inout State)
    {
        group.joinTimer?.cancel()
        let timerId = nextTimerId(&state)
        let groupId = group.groupId
        group.joinTimerId = timerId
        group.joinTimer = scheduler.schedule("group-rebalance", delayMs: delayMs, periodMs: nil) { [weak self] in
            self?.onJoinTimer(partition: partition, groupId: groupId, timerId: timerId)
        }
    }

    private func onJoinTimer(partition: Int32, groupId: String, timerId: Int) {
        mutate { state, fx in
            guard var group = state.shards[partition]?.groups[groupId], group.joinTimerId == timerId,
                group.state == .preparingRebalance
            else { return }
            if let remaining = group.initialDelayRemainingMs, group.newMemberAdded, remaining > 0 {
                // Kafka's InitialDelayedJoin: members keep arriving, so wait again, within the
                // rebalance timeout.
                group.newMemberAdded = false
                let delay = min(Int64(config.initialRebalanceDelayMs), remaining)
                group.initialDelayRemainingMs = max(remaining - delay, 0)
                scheduleJoinTimer(&group, partition: partition, delayMs: delay, &state)
            } else {
                completeJoin(&group, partition: partition, &state, &fx)
            }
            state.shards[partition]?.groups[groupId] = group
        }
    }

    func maybeCompleteJoin(_ group: inout ClassicGroup, partition: Int32, _ state: inout State, _ fx: inout Effects) {
        guard group.state == .preparingRebalance, group.initialDelayRemainingMs == nil, group.hasAllMembersJoined
        else { return }
        completeJoin(&group, partition: partition, &state, &fx)
    }

    /// Kafka's `onCompleteJoin`: members that did not rejoin are removed, the next generation
    /// starts (CompletingRebalance, or Empty with no members) and every member gets its answer —
    /// the leader with everyone's metadata.
    private func completeJoin(_ group: inout ClassicGroup, partition: Int32, _ state: inout State, _ fx: inout Effects)
    {
        group.joinTimer?.cancel()
        group.joinTimer = nil
        group.joinTimerId = 0
        group.initialDelayRemainingMs = nil
        for memberId in group.memberOrder where group.members[memberId]?.awaitingJoin == nil {
            removeMember(&group, memberId: memberId, error: .unknownMemberId, &fx)
        }
        guard group.state != .dead else { return }
        group.generationId &+= 1
        group.newMemberAdded = false
        let nowMs = clock.milliseconds()
        if group.members.isEmpty {
            group.protocolName = nil
            group.transition(to: .empty, nowMs: nowMs)
            storeGroup(group, partition: partition, assignments: [:], &fx) { _ in }
            return
        }
        group.protocolName = group.selectedProtocol
        group.transition(to: .completingRebalance, nowMs: nowMs)
        let log = self.log
        let message =
            "[GroupCoordinator] Stabilized group \(group.groupId) generation \(group.generationId)"
            + " (\(InternalTopics.groupMetadataTopic)-\(partition)) with \(group.members.count) members"
        fx.after { log(message) }
        let leaderMembers = group.currentMemberMetadata
        for memberId in group.memberOrder {
            guard var member = group.members[memberId], let callback = member.awaitingJoin else { continue }
            let response = joinResponse(
                group, memberId: memberId, members: group.isLeader(memberId) ? leaderMembers : [])
            fx.after { callback(response) }
            member.awaitingJoin = nil
            member.isNew = false
            group.members[memberId] = member
            scheduleHeartbeatExpiry(
                &group, partition: partition, memberId: memberId, timeoutMs: Int64(member.sessionTimeoutMs))
        }
        // Kafka's pending-sync timeout: members that do not send SyncGroup within the rebalance
        // timeout are removed.
        group.pendingSyncMembers = Set(group.memberOrder)
        group.syncTimer?.cancel()
        let timerId = nextTimerId(&state)
        group.syncTimerId = timerId
        let groupId = group.groupId
        let generation = group.generationId
        group.syncTimer = scheduler.schedule("group-pending-sync", delayMs: group.rebalanceTimeoutMs, periodMs: nil) {
            [weak self] in
            self?.onSyncTimer(partition: partition, groupId: groupId, timerId: timerId, generation: generation)
        }
    }

    private func onSyncTimer(partition: Int32, groupId: String, timerId: Int, generation: Int32) {
        mutate { state, fx in
            guard var group = state.shards[partition]?.groups[groupId], group.syncTimerId == timerId,
                group.generationId == generation,
                group.state == .completingRebalance || group.state == .stable
            else { return }
            // Fired tasks are cancelled so the scheduler can forget them.
            group.syncTimer?.cancel()
            group.syncTimer = nil
            let missing = group.pendingSyncMembers
            group.pendingSyncMembers = []
            if !missing.isEmpty {
                for memberId in group.memberOrder where missing.contains(memberId) {
                    removeMember(&group, memberId: memberId, error: .unknownMemberId, &fx)
                }
                prepareRebalance(&group, partition: partition, &state, &fx)
            }
            state.shards[partition]?.groups[groupId] = group
        }
    }

    /// Removes a member and answers what it waits for with `error` (Kafka's `remove`); the leader
    /// passes to the next member.
    func removeMember(_ group: inout ClassicGroup, memberId: String, error: ErrorCode, _ fx: inout Effects) {
        guard let member = group.members.removeValue(forKey: memberId) else { return }
        member.sessionTimer?.cancel()
        if let join = member.awaitingJoin { fx.after { join(Self.joinError(error, memberId: memberId)) } }
        if let sync = member.awaitingSync { fx.after { sync(Self.syncError(error)) } }
        group.memberOrder.removeAll { $0 == memberId }
        if let instanceId = member.groupInstanceId, group.staticMembers[instanceId] == memberId {
            group.staticMembers[instanceId] = nil
        }
        group.pendingSyncMembers.remove(memberId)
        if group.leaderId == memberId { group.leaderId = group.memberOrder.first }
    }

    /// A member left or expired (Kafka's `removeMemberAndUpdateGroup`).
    func removeMemberAndUpdateGroup(
        _ group: inout ClassicGroup, partition: Int32, memberId: String, _ state: inout State, _ fx: inout Effects
    ) {
        removeMember(&group, memberId: memberId, error: .unknownMemberId, &fx)
        switch group.state {
        case .dead, .empty:
            break
        case .stable, .completingRebalance:
            prepareRebalance(&group, partition: partition, &state, &fx)
        case .preparingRebalance:
            maybeCompleteJoin(&group, partition: partition, &state, &fx)
        }
    }

    // MARK: Heartbeat expiry

    /// Moves the member's session deadline to `timeoutMs` from now, starting its timer if needed.
    func scheduleHeartbeatExpiry(_ group: inout ClassicGroup, partition: Int32, memberId: String, timeoutMs: Int64) {
        guard var member = group.members[memberId] else { return }
        member.heartbeatDeadlineMs = monotonicMs + timeoutMs
        // A timer firing before the deadline just waits again; one due after it must be replaced.
        if member.sessionTimer == nil || member.sessionTimerDueMs > member.heartbeatDeadlineMs {
            member.sessionTimer?.cancel()
            member.sessionTimer = scheduleSessionTimer(
                partition: partition, groupId: group.groupId, memberId: memberId, delayMs: timeoutMs)
            member.sessionTimerDueMs = member.heartbeatDeadlineMs
        }
        group.members[memberId] = member
    }

    private func scheduleSessionTimer(partition: Int32, groupId: String, memberId: String, delayMs: Int64)
        -> ScheduledTask
    {
        scheduler.schedule("heartbeat-expiry", delayMs: max(0, delayMs), periodMs: nil) { [weak self] in
            self?.onSessionTimer(partition: partition, groupId: groupId, memberId: memberId)
        }
    }

    /// The session timer fired at an old deadline: expire the member if its deadline passed and
    /// nothing keeps it alive (Kafka's `shouldKeepAlive`: a known member waiting for its
    /// JoinGroup or SyncGroup answer), else wait for the new deadline.
    private func onSessionTimer(partition: Int32, groupId: String, memberId: String) {
        mutate { state, fx in
            guard var group = state.shards[partition]?.groups[groupId], var member = group.members[memberId] else {
                return
            }
            let now = monotonicMs
            // This timer has fired: cancelled, the scheduler forgets it.
            member.sessionTimer?.cancel()
            member.sessionTimer = nil
            group.members[memberId] = member
            let keepAlive = (member.awaitingJoin != nil && !member.isNew) || member.awaitingSync != nil
            if now >= member.heartbeatDeadlineMs && !keepAlive {
                let log = self.log
                fx.after {
                    log(
                        "[GroupCoordinator] Member \(memberId) in group \(groupId) has failed, removing it from the"
                            + " group")
                }
                removeMemberAndUpdateGroup(&group, partition: partition, memberId: memberId, &state, &fx)
            } else {
                if keepAlive && now >= member.heartbeatDeadlineMs {
                    member.heartbeatDeadlineMs = now + Int64(member.sessionTimeoutMs)
                }
                member.sessionTimer = scheduleSessionTimer(
                    partition: partition, groupId: groupId, memberId: memberId,
                    delayMs: member.heartbeatDeadlineMs - now)
                member.sessionTimerDueMs = member.heartbeatDeadlineMs
                group.members[memberId] = member
            }
            state.shards[partition]?.groups[groupId] = group
        }
    }

    private func expirePendingMember(partition: Int32, groupId: String, memberId: String) {
        mutate { state, fx in
            guard var group = state.shards[partition]?.groups[groupId],
                let timer = group.pendingMembers.removeValue(forKey: memberId)
            else { return }
            timer.cancel()
            maybeCompleteJoin(&group, partition: partition, &state, &fx)
            if group.state == .empty && group.isEmpty && group.offsets.isEmpty && group.generationId == 0
                && group.pendingMembers.isEmpty
            {
                state.shards[partition]?.groups[groupId] = nil
            } else {
                state.shards[partition]?.groups[groupId] = group
            }
        }
    }

    // MARK: SyncGroup

    static func syncError(_ error: ErrorCode) -> SyncGroupResponse {
        var response = SyncGroupResponse()
        response.errorCode = error.rawValue
        return response
    }

    /// SyncGroup (v0–v5). The leader's assignment is written to the log before anyone hears it;
    /// followers wait for it.
    package func syncGroup(_ request: SyncGroupRequest, version: Int16, completion: @escaping SyncCallback) {
        mutate { state, fx in
            func fail(_ error: ErrorCode) { fx.after { completion(Self.syncError(error)) } }
            let groupId = request.groupId
            guard !groupId.isEmpty else { return fail(.invalidGroupId) }
            if let error = coordinatorError(groupId, state) { return fail(error) }
            let partition = self.partition(for: groupId)
            guard var group = state.shards[partition]?.groups[groupId] else { return fail(.unknownMemberId) }
            defer { state.shards[partition]?.groups[groupId] = group }
            let memberId = request.memberId
            guard group.state != .dead else { return fail(.coordinatorNotAvailable) }
            if group.isStaticMemberFenced(instanceId: request.groupInstanceId, memberId: memberId) {
                return fail(.fencedInstanceId)
            }
            guard group.members[memberId] != nil else { return fail(.unknownMemberId) }
            guard request.generationId == group.generationId else { return fail(.illegalGeneration) }
            if let type = request.protocolType, type != group.protocolType { return fail(.inconsistentGroupProtocol) }
            if let name = request.protocolName, name != group.protocolName { return fail(.inconsistentGroupProtocol) }
            switch group.state {
            case .empty, .dead:
                fail(.unknownMemberId)
            case .preparingRebalance:
                fail(.rebalanceInProgress)
            case .completingRebalance:
                group.members[memberId]?.awaitingSync = completion
                group.pendingSyncMembers.remove(memberId)
                scheduleHeartbeatExpiry(
                    &group, partition: partition, memberId: memberId,
                    timeoutMs: Int64(group.members[memberId]?.sessionTimeoutMs ?? 0))
                guard group.isLeader(memberId) else { return }
                var assignments: [String: ByteBuffer] = [:]
                for entry in request.assignments where group.members[entry.memberId] != nil {
                    assignments[entry.memberId] = entry.assignment
                }
                for id in group.memberOrder where assignments[id] == nil { assignments[id] = ByteBuffer() }
                let generation = group.generationId
                let stored = assignments
                storeGroup(group, partition: partition, assignments: stored, &fx) { [weak self] error in
                    self?.onSyncStored(
                        partition: partition, groupId: groupId, generation: generation, assignments: stored,
                        error: error)
                }
            case .stable:
                group.pendingSyncMembers.remove(memberId)
                scheduleHeartbeatExpiry(
                    &group, partition: partition, memberId: memberId,
                    timeoutMs: Int64(group.members[memberId]?.sessionTimeoutMs ?? 0))
                let response = syncResponse(group, memberId: memberId)
                fx.after { completion(response) }
            }
        }
    }

    private func syncResponse(_ group: ClassicGroup, memberId: String) -> SyncGroupResponse {
        var response = SyncGroupResponse()
        response.protocolType = group.protocolType
        response.protocolName = group.protocolName
        response.assignment = group.members[memberId]?.assignment ?? ByteBuffer()
        return response
    }

    private func onSyncStored(
        partition: Int32, groupId: String, generation: Int32, assignments: [String: ByteBuffer], error: ErrorCode
    ) {
        mutate { state, fx in
            guard var group = state.shards[partition]?.groups[groupId], group.state == .completingRebalance,
                group.generationId == generation
            else { return }
            if error != .none {
                resetAndPropagateAssignmentError(&group, error, &fx)
                maybePrepareRebalance(&group, partition: partition, &state, &fx)
            } else {
                for (memberId, assignment) in assignments { group.members[memberId]?.assignment = assignment }
                for memberId in group.memberOrder {
                    guard let callback = group.members[memberId]?.awaitingSync else { continue }
                    group.members[memberId]?.awaitingSync = nil
                    let response = syncResponse(group, memberId: memberId)
                    fx.after { callback(response) }
                }
                group.transition(to: .stable, nowMs: clock.milliseconds())
            }
            state.shards[partition]?.groups[groupId] = group
        }
    }

    func resetAndPropagateAssignmentError(_ group: inout ClassicGroup, _ error: ErrorCode, _ fx: inout Effects) {
        for memberId in group.memberOrder {
            group.members[memberId]?.assignment = ByteBuffer()
            if let callback = group.members[memberId]?.awaitingSync {
                group.members[memberId]?.awaitingSync = nil
                fx.after { callback(Self.syncError(error)) }
            }
        }
    }

    /// Appends the group's metadata record; `completion` gets NONE or the coordinator error.
    func storeGroup(
        _ group: ClassicGroup, partition: Int32, assignments: [String: ByteBuffer], _ fx: inout Effects,
        completion: @escaping @Sendable (ErrorCode) -> Void
    ) {
        let record = OffsetsTopicRecord.groupMetadata(
            group: group.groupId, value: group.metadataValue(assignments: assignments))
        append(partition: partition, records: [record], &fx) { result in
            switch result {
            case .success: completion(.none)
            case .failure(let error): completion(error == .invalidCommitOffsetSize ? .unknownServerError : error)
            }
        }
    }

    /// Appends records to the partition once the lock is released.
    func append(
        partition: Int32, records: [OffsetsTopicRecord], _ fx: inout Effects,
        completion: @escaping @Sendable (Result<Int64, ErrorCode>) -> Void
    ) {
        let timestamp = clock.milliseconds()
        let storage = self.storage
        let log = self.log
        fx.after {
            let batch: ByteBuffer
            do {
                batch = try OffsetsTopicRecord.batch(records, timestamp: timestamp)
            } catch {
                log("[GroupCoordinator] Could not build a __consumer_offsets batch: \(error)")
                return completion(.failure(.unknownServerError))
            }
            storage.append(partition: partition, batch: batch, completion: completion)
        }
    }

    // MARK: Heartbeat

    /// Heartbeat (v0–v4).
    package func heartbeat(_ request: HeartbeatRequest) -> ErrorCode {
        mutate { state, fx in
            let groupId = request.groupId
            guard !groupId.isEmpty else { return .invalidGroupId }
            if let error = coordinatorError(groupId, state) { return error }
            let partition = self.partition(for: groupId)
            guard var group = state.shards[partition]?.groups[groupId] else { return .unknownMemberId }
            guard group.state != .dead else { return .coordinatorNotAvailable }
            if group.isStaticMemberFenced(instanceId: request.groupInstanceId, memberId: request.memberId) {
                return .fencedInstanceId
            }
            guard let member = group.members[request.memberId] else { return .unknownMemberId }
            guard request.generationId == group.generationId else { return .illegalGeneration }
            let result: ErrorCode
            switch group.state {
            case .empty, .dead:
                return .unknownMemberId
            case .completingRebalance, .stable:
                result = .none
            case .preparingRebalance:
                result = .rebalanceInProgress
            }
            scheduleHeartbeatExpiry(
                &group, partition: partition, memberId: member.memberId, timeoutMs: Int64(member.sessionTimeoutMs))
            state.shards[partition]?.groups[groupId] = group
            return result
        }
    }

    // MARK: LeaveGroup

    /// One member leaving: its id and instance id as the request named them.
    package struct LeavingMember: Sendable, Equatable {
        package var memberId: String
        package var groupInstanceId: String?

        package init(memberId: String, groupInstanceId: String? = nil) {
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
        }
    }

    /// LeaveGroup (v0–v5): the group-level error and one error per member, in request order.
    package func leaveGroup(groupId: String, members: [LeavingMember]) -> (ErrorCode, [ErrorCode]) {
        mutate { state, fx in
            guard !groupId.isEmpty else { return (.invalidGroupId, []) }
            if let error = coordinatorError(groupId, state) { return (error, []) }
            let partition = self.partition(for: groupId)
            guard var group = state.shards[partition]?.groups[groupId] else {
                return (.none, members.map { _ in .unknownMemberId })
            }
            guard group.state != .dead else { return (.coordinatorNotAvailable, []) }
            var errors: [ErrorCode] = []
            for leaving in members {
                if let instanceId = leaving.groupInstanceId {
                    guard let existing = group.staticMembers[instanceId] else {
                        errors.append(.unknownMemberId)
                        continue
                    }
                    if !leaving.memberId.isEmpty && leaving.memberId != existing {
                        errors.append(.fencedInstanceId)
                        continue
                    }
                    removeMemberAndUpdateGroup(&group, partition: partition, memberId: existing, &state, &fx)
                    errors.append(.none)
                } else if let pending = group.pendingMembers.removeValue(forKey: leaving.memberId) {
                    pending.cancel()
                    maybeCompleteJoin(&group, partition: partition, &state, &fx)
                    errors.append(.none)
                } else if group.members[leaving.memberId] != nil {
                    removeMemberAndUpdateGroup(&group, partition: partition, memberId: leaving.memberId, &state, &fx)
                    errors.append(.none)
                } else {
                    errors.append(.unknownMemberId)
                }
            }
            state.shards[partition]?.groups[groupId] = group
            return (.none, errors)
        }
    }
}
