import NIOCore
import Synchronization

extension GroupCoordinator {
    // MARK: Leadership of offsets partitions

    /// Becomes the coordinator of an offsets partition this broker now leads at `leaderEpoch`
    /// (Kafka's `onElection`): requests for its groups get COORDINATOR_LOAD_IN_PROGRESS while its
    /// log is read from start to end and replayed (tombstones remove), then they are served.
    /// Returns when the load is done (or superseded by a newer epoch or a resignation).
    package func becomeLeader(partition: Int32, leaderEpoch: Int32) async {
        guard prepareLoad(partition: partition, leaderEpoch: leaderEpoch) else { return }
        await load(partition: partition, leaderEpoch: leaderEpoch)
    }

    /// Marks the partition as loading at `leaderEpoch` (requests for its groups now get
    /// COORDINATOR_LOAD_IN_PROGRESS); false when it already is at that epoch.
    package func prepareLoad(partition: Int32, leaderEpoch: Int32) -> Bool {
        mutate { state, fx -> Bool in
            guard !state.isShutdown else { return false }
            if let shard = state.shards[partition], shard.leaderEpoch == leaderEpoch { return false }
            unloadShard(partition, &state, &fx)
            state.shards[partition] = Shard(leaderEpoch: leaderEpoch)
            return true
        }
    }

    /// Reads and replays a partition marked by `prepareLoad`.
    package func load(partition: Int32, leaderEpoch: Int32) async {
        let startMs = monotonicMs
        let records: [Record]
        do {
            records = try storage.readAll(partition: partition)
        } catch {
            log("[GroupCoordinator] Could not load __consumer_offsets-\(partition): \(error)")
            mutate { state, _ in
                if state.shards[partition]?.leaderEpoch == leaderEpoch { state.shards[partition] = nil }
            }
            return
        }
        let groups = replay(records)
        let loaded = mutate { state, _ -> Int? in
            guard state.shards[partition]?.leaderEpoch == leaderEpoch, state.shards[partition]?.loaded == false else {
                return nil
            }
            var shard = Shard(leaderEpoch: leaderEpoch, loaded: true, groups: groups)
            for groupId in shard.groups.keys {
                guard var group = shard.groups[groupId] else { continue }
                for memberId in group.memberOrder {
                    let timeout = Int64(group.members[memberId]?.sessionTimeoutMs ?? 0)
                    scheduleHeartbeatExpiry(&group, partition: partition, memberId: memberId, timeoutMs: timeout)
                }
                shard.groups[groupId] = group
            }
            state.shards[partition] = shard
            return groups.count
        }
        if let loaded {
            log(
                "[GroupCoordinator] Finished loading offsets and group metadata from __consumer_offsets-\(partition)"
                    + " in \(monotonicMs - startMs) milliseconds (\(loaded) groups, \(records.count) records)")
        }
    }

    /// Stops coordinating an offsets partition (Kafka's `onResignation`): its groups are dropped
    /// and their waiting requests answered NOT_COORDINATOR.
    package func resign(partition: Int32) {
        mutate { state, fx in unloadShard(partition, &state, &fx) }
    }

    /// The offsets partitions this coordinator serves or loads, with their leader epochs.
    package var ownedPartitions: [Int32: Int32] {
        state.withLock { state in state.shards.mapValues(\.leaderEpoch) }
    }

    /// Whether the partition is loaded (requests for its groups are served).
    package func isLoaded(partition: Int32) -> Bool {
        state.withLock { $0.shards[partition]?.loaded == true }
    }

    func unloadShard(_ partition: Int32, _ state: inout State, _ fx: inout Effects) {
        guard let shard = state.shards.removeValue(forKey: partition) else { return }
        for group in shard.groups.values {
            group.joinTimer?.cancel()
            group.syncTimer?.cancel()
            for timer in group.pendingMembers.values { timer.cancel() }
            for member in group.members.values {
                member.sessionTimer?.cancel()
                let memberId = member.memberId
                if let join = member.awaitingJoin {
                    fx.after { join(Self.joinError(.notCoordinator, memberId: memberId)) }
                }
                if let sync = member.awaitingSync { fx.after { sync(Self.syncError(.notCoordinator)) } }
            }
        }
    }

    /// Rebuilds the groups of a partition from its records, in log order: the last record of each
    /// key wins and a tombstone removes. Groups with members come back Stable; a group with offsets
    /// but no metadata record is a simple (Empty) group.
    func replay(_ records: [Record]) -> [String: ClassicGroup] {
        var groups: [String: ClassicGroup] = [:]
        let nowMs = clock.milliseconds()
        for record in records {
            let parsed: OffsetsTopicRecord?
            do {
                parsed = try OffsetsTopicRecord(key: record.key, value: record.value)
            } catch {
                log(
                    "[GroupCoordinator] Skipping undecodable __consumer_offsets record at offset \(record.offset):"
                        + " \(error)")
                continue
            }
            switch parsed {
            case .none:
                continue
            case .offsetCommit(let groupId, let topicPartition, let value)?:
                var group = groups[groupId] ?? ClassicGroup(groupId: groupId, nowMs: nowMs)
                if let value {
                    group.offsets[topicPartition] = CommittedOffset(
                        offset: value.offset, leaderEpoch: value.leaderEpoch, metadata: value.metadata,
                        commitTimestamp: value.commitTimestamp, expireTimestamp: value.expireTimestamp,
                        recordOffset: record.offset)
                } else {
                    group.offsets[topicPartition] = nil
                }
                groups[groupId] = group
            case .groupMetadata(let groupId, let value)?:
                var group = ClassicGroup(groupId: groupId, nowMs: nowMs)
                group.offsets = groups[groupId]?.offsets ?? [:]
                if let value { Self.restore(&group, from: value, nowMs: nowMs) }
                groups[groupId] = group
            }
        }
        return groups.filter { _, group in
            !group.offsets.isEmpty || !group.members.isEmpty || group.generationId > 0 || group.protocolType != nil
        }
    }

    static func restore(_ group: inout ClassicGroup, from value: GroupMetadataValue, nowMs: Int64) {
        group.generationId = value.generation
        group.protocolType = value.protocolType.isEmpty ? nil : value.protocolType
        group.protocolName = value.protocol
        group.leaderId = value.leader
        group.stateTimestampMs = value.currentStateTimestamp >= 0 ? value.currentStateTimestamp : nowMs
        group.state = value.members.isEmpty ? .empty : .stable
        for stored in value.members {
            var member = ClassicGroupMember(
                memberId: stored.memberId, groupInstanceId: stored.groupInstanceId, clientId: stored.clientId,
                clientHost: stored.clientHost, rebalanceTimeoutMs: stored.rebalanceTimeout,
                sessionTimeoutMs: stored.sessionTimeout, protocolType: value.protocolType, protocols: [])
            var chosen = JoinGroupRequest.JoinGroupRequestProtocol()
            chosen.name = value.protocol ?? ""
            chosen.metadata = stored.subscription
            member.protocols = [chosen]
            member.assignment = stored.assignment
            group.members[stored.memberId] = member
            group.memberOrder.append(stored.memberId)
            if let instanceId = stored.groupInstanceId { group.staticMembers[instanceId] = stored.memberId }
        }
        if let leader = group.leaderId, group.members[leader] == nil { group.leaderId = group.memberOrder.first }
    }
}

/// Follows the metadata image for the group coordinator: when this broker becomes leader of a
/// `__consumer_offsets` partition (or its leader epoch changes) the partition is loaded; when it
/// stops leading one, it is unloaded. Must be registered after the replica manager, which creates
/// the partitions first.
package final class GroupCoordinatorMetadataPublisher: MetadataPublisher {
    private let nodeId: Int32
    private let coordinator: GroupCoordinator

    package init(nodeId: Int32, coordinator: GroupCoordinator) {
        self.nodeId = nodeId
        self.coordinator = coordinator
    }

    package var name: String { "GroupCoordinator" }

    package func onMetadataUpdate(_ update: MetadataUpdate) {
        let owned = coordinator.ownedPartitions
        var led: [Int32: Int32] = [:]
        if let topic = update.image.topics[InternalTopics.groupMetadataTopic] {
            for (partition, registration) in topic.partitions where registration.leader == nodeId {
                led[partition] = registration.leaderEpoch
            }
        }
        for (partition, _) in owned where led[partition] == nil {
            coordinator.resign(partition: partition)
        }
        for (partition, epoch) in led.sorted(by: { $0.key < $1.key }) where owned[partition] != epoch {
            guard coordinator.prepareLoad(partition: partition, leaderEpoch: epoch) else { continue }
            let coordinator = self.coordinator
            Task { await coordinator.load(partition: partition, leaderEpoch: epoch) }
        }
    }
}
