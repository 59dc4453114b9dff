import NIOCore
import Synchronization

extension GroupCoordinator {
    // MARK: OffsetCommit

    /// One partition of an OffsetCommit.
    package struct OffsetCommitEntry: Sendable, Equatable {
        package var topicPartition: TopicPartition
        package var offset: Int64
        package var leaderEpoch: Int32
        package var metadata: String?
        /// OffsetCommit v1's per-partition timestamp; -1: now.
        package var commitTimestamp: Int64

        package init(
            topicPartition: TopicPartition, offset: Int64, leaderEpoch: Int32 = -1, metadata: String? = "",
            commitTimestamp: Int64 = -1
        ) {
            self.topicPartition = topicPartition
            self.offset = offset
            self.leaderEpoch = leaderEpoch
            self.metadata = metadata
            self.commitTimestamp = commitTimestamp
        }
    }

    /// Who commits: the member's identity and generation (-1 and an empty member id for a commit
    /// from outside group management, allowed while the group has no members).
    package struct OffsetCommitter: Sendable, Equatable {
        package var groupId: String
        package var memberId: String
        package var groupInstanceId: String?
        package var generationId: Int32
        /// OffsetCommit v2–v4's retention; -1: the broker's.
        package var retentionTimeMs: Int64
        package var apiVersion: Int16

        package init(
            groupId: String, memberId: String = "", groupInstanceId: String? = nil, generationId: Int32 = -1,
            retentionTimeMs: Int64 = -1, apiVersion: Int16 = OffsetCommitRequest.validVersions.upperBound
        ) {
            self.groupId = groupId
            self.memberId = memberId
            self.groupInstanceId = groupInstanceId
            self.generationId = generationId
            self.retentionTimeMs = retentionTimeMs
            self.apiVersion = apiVersion
        }
    }

    /// OffsetCommit (v0–v9): checks the committer as Kafka's `ClassicGroup.validateOffsetCommit`,
    /// writes the offsets, and answers each partition once its record is replicated.
    package func commitOffsets(
        _ committer: OffsetCommitter, _ entries: [OffsetCommitEntry],
        completion: @escaping @Sendable ([TopicPartition: ErrorCode]) -> Void
    ) {
        mutate { state, fx in
            func failAll(_ error: ErrorCode) {
                var errors: [TopicPartition: ErrorCode] = [:]
                for entry in entries { errors[entry.topicPartition] = error }
                let result = errors
                fx.after { completion(result) }
            }
            let groupId = committer.groupId
            guard !groupId.isEmpty else { return failAll(.invalidGroupId) }
            if let error = coordinatorError(groupId, state) { return failAll(error) }
            let partition = self.partition(for: groupId)
            let nowMs = clock.milliseconds()
            var group: ClassicGroup
            if let existing = state.shards[partition]?.groups[groupId] {
                group = existing
            } else if committer.generationId < 0 {
                group = ClassicGroup(groupId: groupId, nowMs: nowMs)
            } else {
                return failAll(committer.apiVersion >= 9 ? .groupIdNotFound : .illegalGeneration)
            }
            if let error = validateOffsetCommit(group, committer) { return failAll(error) }
            if let member = group.members[committer.memberId] {
                scheduleHeartbeatExpiry(
                    &group, partition: partition, memberId: member.memberId, timeoutMs: Int64(member.sessionTimeoutMs))
            }
            state.shards[partition]?.groups[groupId] = group

            var errors: [TopicPartition: ErrorCode] = [:]
            var records: [OffsetsTopicRecord] = []
            var committed: [TopicPartition: CommittedOffset] = [:]
            // Saturating: the retention comes from the request.
            let expiry = nowMs.addingReportingOverflow(committer.retentionTimeMs)
            let expireTimestamp =
                committer.retentionTimeMs >= 0 ? (expiry.overflow ? Int64.max : expiry.partialValue) : -1
            for entry in entries {
                let metadata = entry.metadata ?? ""
                if metadata.utf8.count > Int(config.offsetMetadataMaxBytes) {
                    errors[entry.topicPartition] = .offsetMetadataTooLarge
                    continue
                }
                let offset = CommittedOffset(
                    offset: entry.offset, leaderEpoch: entry.leaderEpoch, metadata: metadata,
                    commitTimestamp: entry.commitTimestamp == -1 ? nowMs : entry.commitTimestamp,
                    expireTimestamp: expireTimestamp)
                committed[entry.topicPartition] = offset
                records.append(
                    .offsetCommit(group: groupId, topicPartition: entry.topicPartition, value: offset.value))
            }
            let recordsCommitted = committed
            let partialErrors = errors
            guard !records.isEmpty else { return fx.after { completion(partialErrors) } }
            let ordered = records.map { record -> TopicPartition? in
                if case .offsetCommit(_, let topicPartition, _) = record { return topicPartition }
                return nil
            }
            append(partition: partition, records: records, &fx) { [weak self] result in
                var errors = partialErrors
                switch result {
                case .success(let baseOffset):
                    self?.applyCommittedOffsets(
                        partition: partition, groupId: groupId, committed: recordsCommitted, ordered: ordered,
                        baseOffset: baseOffset)
                    for topicPartition in recordsCommitted.keys { errors[topicPartition] = ErrorCode.none }
                case .failure(let error):
                    for topicPartition in recordsCommitted.keys { errors[topicPartition] = error }
                }
                completion(errors)
            }
        }
    }

    /// Kafka's `ClassicGroup.validateOffsetCommit`.
    private func validateOffsetCommit(_ group: ClassicGroup, _ committer: OffsetCommitter) -> ErrorCode? {
        if group.state == .dead { return .coordinatorNotAvailable }
        // Generation -1 comes from the admin client or a consumer outside group management:
        // accepted while the group has no members.
        if committer.generationId < 0 && group.state == .empty { return nil }
        if let instanceId = committer.groupInstanceId, group.staticMembers[instanceId] == nil {
            return .unknownMemberId
        }
        if group.isStaticMemberFenced(instanceId: committer.groupInstanceId, memberId: committer.memberId) {
            return .fencedInstanceId
        }
        // Without a member id or generation (v0), commits are only taken while the group is Empty.
        guard group.members[committer.memberId] != nil else { return .unknownMemberId }
        if committer.generationId != group.generationId { return .illegalGeneration }
        if group.state == .completingRebalance { return .rebalanceInProgress }
        return nil
    }

    private func applyCommittedOffsets(
        partition: Int32, groupId: String, committed: [TopicPartition: CommittedOffset], ordered: [TopicPartition?],
        baseOffset: Int64
    ) {
        mutate { state, _ in
            guard state.shards[partition]?.loaded == true else { return }
            var group =
                state.shards[partition]?.groups[groupId] ?? ClassicGroup(groupId: groupId, nowMs: clock.milliseconds())
            guard group.state != .dead else { return }
            for (index, topicPartition) in ordered.enumerated() {
                guard let topicPartition, var offset = committed[topicPartition] else { continue }
                offset.recordOffset = baseOffset + Int64(index)
                if let existing = group.offsets[topicPartition], existing.recordOffset > offset.recordOffset {
                    continue
                }
                group.offsets[topicPartition] = offset
            }
            state.shards[partition]?.groups[groupId] = group
        }
    }

    // MARK: OffsetFetch

    /// OffsetFetch for one group: the committed offsets of `partitions` (every committed one when
    /// nil); partitions without a commit are absent. Unknown groups have none.
    package func fetchOffsets(groupId: String, partitions: [TopicPartition]?)
        -> Result<[TopicPartition: CommittedOffset], ErrorCode>
    {
        state.withLock { state in
            if let error = coordinatorError(groupId, state) { return .failure(error) }
            guard let group = state.shards[partition(for: groupId)]?.groups[groupId], group.state != .dead else {
                return .success([:])
            }
            guard let partitions else { return .success(group.offsets) }
            var result: [TopicPartition: CommittedOffset] = [:]
            for topicPartition in partitions { result[topicPartition] = group.offsets[topicPartition] }
            return .success(result)
        }
    }

    // MARK: OffsetDelete

    /// OffsetDelete (v0): the group-level error, and one error per partition.
    package func deleteOffsets(
        groupId: String, partitions: [TopicPartition],
        completion: @escaping @Sendable (ErrorCode, [TopicPartition: ErrorCode]) -> Void
    ) {
        mutate { state, fx in
            guard !groupId.isEmpty else { return fx.after { completion(.invalidGroupId, [:]) } }
            if let error = coordinatorError(groupId, state) { return fx.after { completion(error, [:]) } }
            let partition = self.partition(for: groupId)
            guard var group = state.shards[partition]?.groups[groupId], group.state != .dead else {
                return fx.after { completion(.groupIdNotFound, [:]) }
            }
            if group.state != .empty && group.protocolType != "consumer" {
                return fx.after { completion(.nonEmptyGroup, [:]) }
            }
            var errors: [TopicPartition: ErrorCode] = [:]
            var records: [OffsetsTopicRecord] = []
            for topicPartition in partitions {
                if group.state != .empty && group.isSubscribed(to: topicPartition.topic) {
                    errors[topicPartition] = .groupSubscribedToTopic
                    continue
                }
                errors[topicPartition] = ErrorCode.none
                if group.offsets.removeValue(forKey: topicPartition) != nil {
                    records.append(.offsetCommit(group: groupId, topicPartition: topicPartition, value: nil))
                }
            }
            state.shards[partition]?.groups[groupId] = group
            let result = errors
            guard !records.isEmpty else { return fx.after { completion(.none, result) } }
            append(partition: partition, records: records, &fx) { outcome in
                if case .failure(let error) = outcome { return completion(error, [:]) }
                completion(.none, result)
            }
        }
    }

    // MARK: Admin: ListGroups, DescribeGroups, DeleteGroups

    /// One group as ListGroups shows it.
    package struct GroupListing: Sendable, Equatable {
        package var groupId: String
        package var protocolType: String
        package var state: ClassicGroupState
    }

    /// ListGroups (v0–v5): the groups of every loaded shard whose state (and type, "classic") pass
    /// the filters (case-insensitive, empty: all); COORDINATOR_LOAD_IN_PROGRESS while a shard loads.
    package func listGroups(statesFilter: [String] = [], typesFilter: [String] = []) -> (ErrorCode, [GroupListing]) {
        let states = Set(statesFilter.map { $0.lowercased() })
        let types = Set(typesFilter.map { $0.lowercased() })
        return state.withLock { state in
            var error = ErrorCode.none
            var listings: [GroupListing] = []
            if !types.isEmpty && !types.contains("classic") { return (error, []) }
            for partition in state.shards.keys.sorted() {
                guard let shard = state.shards[partition] else { continue }
                if !shard.loaded {
                    error = .coordinatorLoadInProgress
                    continue
                }
                for groupId in shard.groups.keys.sorted() {
                    guard let group = shard.groups[groupId], group.state != .dead else { continue }
                    if !states.isEmpty && !states.contains(group.state.rawValue.lowercased()) { continue }
                    listings.append(
                        GroupListing(groupId: groupId, protocolType: group.protocolType ?? "", state: group.state))
                }
            }
            return (error, listings)
        }
    }

    /// DescribeGroups (v0–v5) for one group: an unknown group is Dead with no members; members carry
    /// their metadata and assignment only while the group is Stable (as Kafka's summary).
    package func describeGroup(_ groupId: String) -> DescribeGroupsResponse.DescribedGroup {
        state.withLock { state in
            var described = DescribeGroupsResponse.DescribedGroup()
            described.groupId = groupId
            if let error = coordinatorError(groupId, state) {
                described.errorCode = error.rawValue
                return described
            }
            guard let group = state.shards[partition(for: groupId)]?.groups[groupId] else {
                described.groupState = ClassicGroupState.dead.rawValue
                return described
            }
            described.groupState = group.state.rawValue
            described.protocolType = group.protocolType ?? ""
            let stable = group.state == .stable
            described.protocolData = stable ? (group.protocolName ?? "") : ""
            described.members = group.memberOrder.compactMap { memberId in
                guard let member = group.members[memberId] else { return nil }
                var entry = DescribeGroupsResponse.DescribedGroupMember()
                entry.memberId = memberId
                entry.groupInstanceId = member.groupInstanceId
                entry.clientId = member.clientId
                entry.clientHost = member.clientHost
                if stable {
                    entry.memberMetadata = member.metadata(for: group.protocolName) ?? ByteBuffer()
                    entry.memberAssignment = member.assignment
                }
                return entry
            }
            return described
        }
    }

    /// DeleteGroups (v0–v2): each group must exist and be Empty; its offsets and metadata are
    /// removed with tombstones.
    package func deleteGroups(_ groupIds: [String], completion: @escaping @Sendable ([String: ErrorCode]) -> Void) {
        mutate { state, fx in
            var errors: [String: ErrorCode] = [:]
            var tombstones: [Int32: [OffsetsTopicRecord]] = [:]
            var byPartition: [Int32: [String]] = [:]
            for groupId in groupIds {
                if groupId.isEmpty {
                    errors[groupId] = .invalidGroupId
                    continue
                }
                if let error = coordinatorError(groupId, state) {
                    errors[groupId] = error
                    continue
                }
                let partition = self.partition(for: groupId)
                guard var group = state.shards[partition]?.groups[groupId], group.state != .dead else {
                    errors[groupId] = .groupIdNotFound
                    continue
                }
                guard group.state == .empty else {
                    errors[groupId] = .nonEmptyGroup
                    continue
                }
                tombstones[partition, default: []] += groupTombstones(&group, &fx)
                state.shards[partition]?.groups[groupId] = nil
                byPartition[partition, default: []].append(groupId)
            }
            let known = errors
            guard !tombstones.isEmpty else { return fx.after { completion(known) } }
            let outcome = OutcomeCollector(expected: tombstones.count, initial: known, completion: completion)
            for (partition, records) in tombstones {
                let groups = byPartition[partition] ?? []
                append(partition: partition, records: records, &fx) { result in
                    var update: [String: ErrorCode] = [:]
                    for groupId in groups {
                        if case .failure(let error) = result {
                            update[groupId] = error
                        } else {
                            update[groupId] = ErrorCode.none
                        }
                    }
                    outcome.add(update)
                }
            }
        }
    }

    /// Marks the group Dead, stops its timers and returns the tombstones for its offsets and itself.
    func groupTombstones(_ group: inout ClassicGroup, _ fx: inout Effects) -> [OffsetsTopicRecord] {
        var records: [OffsetsTopicRecord] = group.offsets.keys.sorted().map {
            .offsetCommit(group: group.groupId, topicPartition: $0, value: nil)
        }
        records.append(.groupMetadata(group: group.groupId, value: nil))
        group.offsets = [:]
        group.joinTimer?.cancel()
        group.syncTimer?.cancel()
        for timer in group.pendingMembers.values { timer.cancel() }
        group.pendingMembers = [:]
        group.transition(to: .dead, nowMs: clock.milliseconds())
        return records
    }

    // MARK: Expiry

    /// Kafka's `cleanupGroupMetadata`: expired offsets get tombstones; an Empty group left without
    /// offsets becomes Dead and is removed with a tombstone.
    package func cleanupGroupMetadata() {
        let nowMs = clock.milliseconds()
        let retentionMs = config.offsetsRetentionMs
        mutate { state, fx in
            for partition in state.shards.keys.sorted() {
                guard let shard = state.shards[partition], shard.loaded else { continue }
                var records: [OffsetsTopicRecord] = []
                for groupId in shard.groups.keys.sorted() {
                    guard var group = shard.groups[groupId] else { continue }
                    let expired = Self.expiredOffsets(group, nowMs: nowMs, retentionMs: retentionMs)
                    for topicPartition in expired {
                        group.offsets[topicPartition] = nil
                        records.append(.offsetCommit(group: groupId, topicPartition: topicPartition, value: nil))
                    }
                    if group.state == .empty && group.offsets.isEmpty && group.isEmpty {
                        records += groupTombstones(&group, &fx)
                        state.shards[partition]?.groups[groupId] = nil
                        let log = self.log
                        fx.after { log("[GroupCoordinator] Group \(groupId) expired: no members and no offsets left") }
                    } else {
                        state.shards[partition]?.groups[groupId] = group
                    }
                }
                guard !records.isEmpty else { continue }
                let log = self.log
                append(partition: partition, records: records, &fx) { result in
                    if case .failure(let error) = result {
                        log("[GroupCoordinator] Could not write expiry tombstones to partition \(partition): \(error)")
                    }
                }
            }
        }
    }

    /// Kafka's `removeExpiredOffsets`: an Empty group's offsets expire `offsets.retention.minutes`
    /// after it became empty; a simple group's (no protocol type) after their commit; a Stable
    /// consumer group's offsets of topics it no longer subscribes to after their commit; an
    /// explicit expire timestamp wins.
    static func expiredOffsets(_ group: ClassicGroup, nowMs: Int64, retentionMs: Int64) -> [TopicPartition] {
        func expired(base: (CommittedOffset) -> Int64, excluding: Set<String> = []) -> [TopicPartition] {
            group.offsets.filter { topicPartition, offset in
                if excluding.contains(topicPartition.topic) { return false }
                if offset.expireTimestamp >= 0 { return nowMs >= offset.expireTimestamp }
                // Commit timestamps may come from a request (OffsetCommit v1): no overflow.
                let age = nowMs.subtractingReportingOverflow(base(offset))
                return age.overflow ? base(offset) < 0 : age.partialValue >= retentionMs
            }.keys.sorted()
        }
        if group.protocolType == nil {
            return expired(base: { $0.commitTimestamp })
        }
        if group.state == .empty {
            return expired(base: { group.stateTimestampMs ?? $0.commitTimestamp })
        }
        if group.protocolType == "consumer", group.state == .stable, let topics = group.subscribedTopics {
            return expired(base: { $0.commitTimestamp }, excluding: topics)
        }
        return []
    }
}

/// Gathers the answers of several appends into one completion.
final class OutcomeCollector: Sendable {
    private struct State {
        var remaining: Int
        var errors: [String: ErrorCode]
    }

    private let state: Mutex<State>
    private let completion: @Sendable ([String: ErrorCode]) -> Void

    init(expected: Int, initial: [String: ErrorCode], completion: @escaping @Sendable ([String: ErrorCode]) -> Void) {
        self.state = Mutex(State(remaining: expected, errors: initial))
        self.completion = completion
    }

    func add(_ errors: [String: ErrorCode]) {
        let done = state.withLock { state -> [String: ErrorCode]? in
            state.errors.merge(errors) { _, new in new }
            state.remaining -= 1
            return state.remaining == 0 ? state.errors : nil
        }
        if let done { completion(done) }
    }
}
