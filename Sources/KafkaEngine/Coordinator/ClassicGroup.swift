import NIOCore

/// The states of a classic group (Kafka's `ClassicGroupState`), with Kafka's names as ListGroups
/// and DescribeGroups show them.
package enum ClassicGroupState: String, Sendable, CaseIterable {
    case empty = "Empty"
    case preparingRebalance = "PreparingRebalance"
    case completingRebalance = "CompletingRebalance"
    case stable = "Stable"
    case dead = "Dead"
}

/// A committed offset as the coordinator caches it (Kafka's `OffsetAndMetadata`), with the offset
/// of the `__consumer_offsets` record that wrote it: a commit completing late never replaces a
/// newer one.
package struct CommittedOffset: Sendable, Equatable {
    package var offset: Int64
    package var leaderEpoch: Int32
    package var metadata: String
    package var commitTimestamp: Int64
    /// Set only by old clients (OffsetCommit v1–v4 retention); -1 otherwise.
    package var expireTimestamp: Int64
    package var recordOffset: Int64

    package init(
        offset: Int64, leaderEpoch: Int32 = -1, metadata: String = "", commitTimestamp: Int64,
        expireTimestamp: Int64 = -1, recordOffset: Int64 = -1
    ) {
        self.offset = offset
        self.leaderEpoch = leaderEpoch
        self.metadata = metadata
        self.commitTimestamp = commitTimestamp
        self.expireTimestamp = expireTimestamp
        self.recordOffset = recordOffset
    }

    var value: OffsetCommitValue {
        var value = OffsetCommitValue()
        value.offset = offset
        value.leaderEpoch = leaderEpoch
        value.metadata = metadata
        value.commitTimestamp = commitTimestamp
        value.expireTimestamp = expireTimestamp
        return value
    }
}

/// One member of a classic group (Kafka's `ClassicGroupMember`): its identity, its protocols and
/// their metadata in preference order, its last assignment, and the JoinGroup / SyncGroup answer
/// it waits for, if any. Invariant: a callback held here is answered exactly once — by the state
/// machine, or with an error when the member is removed or the coordinator unloads.
struct ClassicGroupMember: Sendable {
    typealias JoinCallback = @Sendable (JoinGroupResponse) -> Void
    typealias SyncCallback = @Sendable (SyncGroupResponse) -> Void

    var memberId: String
    var groupInstanceId: String?
    var clientId: String
    var clientHost: String
    var rebalanceTimeoutMs: Int32
    var sessionTimeoutMs: Int32
    var protocolType: String
    var protocols: [JoinGroupRequest.JoinGroupRequestProtocol]
    var assignment = ByteBuffer()
    var awaitingJoin: JoinCallback?
    var awaitingSync: SyncCallback?
    /// Monotonic milliseconds after which the member is gone unless it heartbeats.
    var heartbeatDeadlineMs: Int64 = 0
    /// Joined in the current rebalance and not yet answered: it may not be kept alive forever.
    var isNew = false
    var sessionTimer: ScheduledTask?
    /// When `sessionTimer` fires (monotonic milliseconds).
    var sessionTimerDueMs: Int64 = 0

    func metadata(for protocolName: String?) -> ByteBuffer? {
        protocols.first { $0.name == protocolName }?.metadata
    }

    /// Same protocols, in the same order, with the same metadata (Kafka's `matches`).
    func matches(_ other: [JoinGroupRequest.JoinGroupRequestProtocol]) -> Bool {
        protocols.count == other.count
            && zip(protocols, other).allSatisfy { $0.name == $1.name && $0.metadata == $1.metadata }
    }
}

/// A classic group (Kafka's `ClassicGroup`): its state, generation, selected protocol, leader,
/// members (in join order), static members by instance id, members that were told
/// MEMBER_ID_REQUIRED and have not rejoined yet, and the group's committed offsets.
///
/// Invariants: `memberOrder` holds exactly the keys of `members`; `staticMembers` maps each
/// instance id to a member id in `members`; `leaderId` is a member or nil when there is none;
/// `generationId` only grows.
struct ClassicGroup: Sendable {
    let groupId: String
    var state: ClassicGroupState = .empty
    /// Wall-clock time of the last state change (persisted; offsets of an Empty group expire from it).
    var stateTimestampMs: Int64?
    var generationId: Int32 = 0
    var protocolType: String?
    var protocolName: String?
    var leaderId: String?
    var members: [String: ClassicGroupMember] = [:]
    var memberOrder: [String] = []
    var staticMembers: [String: String] = [:]
    var pendingMembers: [String: ScheduledTask] = [:]
    /// Members that got their JoinGroup answer but have not sent SyncGroup yet.
    var pendingSyncMembers: Set<String> = []
    /// A member joined while the first rebalance was delayed (Kafka's `newMemberAdded`).
    var newMemberAdded = false
    /// The running rebalance (or initial-delay, or pending-sync) timer and its id.
    var joinTimer: ScheduledTask?
    var joinTimerId = 0
    var syncTimer: ScheduledTask?
    var syncTimerId = 0
    /// While the initial delay runs: how much of the rebalance timeout is left for extensions.
    var initialDelayRemainingMs: Int64?
    var offsets: [TopicPartition: CommittedOffset] = [:]

    init(groupId: String, nowMs: Int64) {
        self.groupId = groupId
        self.stateTimestampMs = nowMs
    }

    var isEmpty: Bool { members.isEmpty }

    func isLeader(_ memberId: String) -> Bool { leaderId == memberId }

    func isStaticMemberFenced(instanceId: String?, memberId: String) -> Bool {
        guard let instanceId, let existing = staticMembers[instanceId] else { return false }
        return existing != memberId
    }

    mutating func transition(to newState: ClassicGroupState, nowMs: Int64) {
        state = newState
        stateTimestampMs = nowMs
    }

    /// The longest rebalance timeout of the members (how long a rebalance waits for rejoins).
    var rebalanceTimeoutMs: Int64 {
        Int64(members.values.map(\.rebalanceTimeoutMs).max() ?? 0)
    }

    var hasAllMembersJoined: Bool {
        pendingMembers.isEmpty && members.values.allSatisfy { $0.awaitingJoin != nil }
    }

    var numAwaitingJoin: Int { members.values.filter { $0.awaitingJoin != nil }.count }

    /// Protocols every member supports, in the first member's order.
    var candidateProtocols: [String] {
        guard let first = memberOrder.first, let firstMember = members[first] else { return [] }
        return firstMember.protocols.map(\.name).filter { name in
            members.values.allSatisfy { member in member.protocols.contains { $0.name == name } }
        }
    }

    /// Whether a member with these protocols may join (Kafka's `supportsProtocols`).
    func supports(protocolType: String, protocols: [JoinGroupRequest.JoinGroupRequestProtocol]) -> Bool {
        if isEmpty { return !protocolType.isEmpty && !protocols.isEmpty }
        guard self.protocolType == protocolType else { return false }
        let candidates = Set(candidateProtocols)
        return protocols.contains { candidates.contains($0.name) }
    }

    /// The protocol with the most votes among those every member supports, each member voting for
    /// its most preferred candidate (Kafka's `selectProtocol`); ties go to the first candidate.
    var selectedProtocol: String? {
        let candidates = candidateProtocols
        guard !candidates.isEmpty else { return nil }
        var votes: [String: Int] = [:]
        for member in members.values {
            if let vote = member.protocols.first(where: { candidates.contains($0.name) }) {
                votes[vote.name, default: 0] += 1
            }
        }
        var best = candidates[0]
        for candidate in candidates where (votes[candidate] ?? 0) > (votes[best] ?? 0) { best = candidate }
        return best
    }

    /// The members' metadata for the selected protocol, as the leader's JoinGroup answer lists it.
    var currentMemberMetadata: [JoinGroupResponse.JoinGroupResponseMember] {
        memberOrder.compactMap { id in
            guard let member = members[id] else { return nil }
            var entry = JoinGroupResponse.JoinGroupResponseMember()
            entry.memberId = id
            entry.groupInstanceId = member.groupInstanceId
            entry.metadata = member.metadata(for: protocolName) ?? ByteBuffer()
            return entry
        }
    }

    /// The topics the members subscribe to, decoded from their consumer-protocol subscriptions;
    /// nil when the group does not use the consumer protocol or a subscription does not decode.
    var subscribedTopics: Set<String>? {
        guard protocolType == "consumer", let protocolName else { return nil }
        var topics = Set<String>()
        for member in members.values {
            guard var bytes = member.metadata(for: protocolName), let version = bytes.readInteger(as: Int16.self),
                let subscription = try? ConsumerProtocolSubscription(
                    from: &bytes, version: min(version, ConsumerProtocolSubscription.validVersions.upperBound))
            else { return nil }
            topics.formUnion(subscription.topics)
        }
        return topics
    }

    /// Whether offsets of `topic` may not be deleted (Kafka's `isSubscribedToTopic`).
    func isSubscribed(to topic: String) -> Bool {
        if let topics = subscribedTopics { return topics.contains(topic) }
        return protocolType == "consumer"
    }

    /// The group as a GroupMetadataValue record (members with their subscription for the selected
    /// protocol and the given assignments).
    func metadataValue(assignments: [String: ByteBuffer]) -> GroupMetadataValue {
        var value = GroupMetadataValue()
        value.protocolType = protocolType ?? ""
        value.generation = generationId
        value.protocol = protocolName
        value.leader = leaderId
        value.currentStateTimestamp = stateTimestampMs ?? -1
        value.members = memberOrder.compactMap { id in
            guard let member = members[id] else { return nil }
            var entry = GroupMetadataValue.MemberMetadata()
            entry.memberId = id
            entry.groupInstanceId = member.groupInstanceId
            entry.clientId = member.clientId
            entry.clientHost = member.clientHost
            entry.rebalanceTimeout = member.rebalanceTimeoutMs
            entry.sessionTimeout = member.sessionTimeoutMs
            entry.subscription = member.metadata(for: protocolName) ?? ByteBuffer()
            entry.assignment = assignments[id] ?? ByteBuffer()
            return entry
        }
        return value
    }
}
