import NIOCore
import Testing

@testable import KafkaEngine

@Suite struct GroupPartitioningTests {
    /// Values of Java's `String.hashCode` and Kafka's `partitionFor` with 50 partitions.
    @Test func matchesJavaStringHashCodeAndKafkaAbs() {
        let vectors: [(String, Int32, Int32)] = [
            ("", 0, 0), ("a", 97, 47), ("hello", 99_162_322, 22), ("my-group", -1_906_497_762, 36),
            ("console-consumer-12345", 158_455_506, 6), ("grüße", 98_768_023, 23), ("😀", 1_772_899, 49),
            // Integer.MIN_VALUE: Utils.abs maps it to 0 rather than trapping or staying negative.
            ("polygenelubricants", Int32.min, 0),
        ]
        for (group, hash, partition) in vectors {
            #expect(GroupPartitioning.javaHashCode(group) == hash, "\(group)")
            #expect(GroupPartitioning.partition(for: group, partitionCount: 50) == partition, "\(group)")
        }
    }
}

@Suite struct GroupCoordinatorTests {
    typealias H = CoordinatorHarness

    @Test func dynamicMemberNeedsAMemberIdThenLeadsTheFirstGeneration() async throws {
        let h = await H.start()
        let first = h.join()
        let required = try #require(first.last)
        #expect(required.error == .memberIdRequired)
        #expect(required.memberId.hasPrefix("client-"))
        #expect(h.state() == "Empty")  // only a pending member so far

        let joined = h.join(memberId: required.memberId)
        #expect(joined.count == 0)  // waits for the (zero) initial delay
        h.scheduler.tick()
        let response = try #require(joined.last)
        #expect(response.error == .none)
        #expect(response.generationId == 1)
        #expect(response.leader == required.memberId)
        #expect(response.protocolName == "range")
        #expect(response.members.map(\.memberId) == [required.memberId])
        #expect(h.state() == "CompletingRebalance")

        let synced = h.sync(memberId: required.memberId, generation: 1, assignments: [required.memberId: "a0"])
        #expect(synced.last?.error == ErrorCode.none)
        #expect(synced.last?.assignment == ByteBuffer(string: "a0"))
        #expect(h.state() == "Stable")
        #expect(h.heartbeat(memberId: required.memberId, generation: 1) == .none)
        #expect(h.heartbeat(memberId: required.memberId, generation: 0) == .illegalGeneration)
        #expect(h.heartbeat(memberId: "nobody", generation: 1) == .unknownMemberId)
        #expect(h.heartbeat(group: "other", memberId: "x", generation: 1) == .unknownMemberId)
    }

    /// Two members, the second joining a stable group: the leader rejoins on REBALANCE_IN_PROGRESS,
    /// both get generation 2, the follower's SyncGroup waits for the leader's assignment.
    @Test func secondMemberTriggersARebalanceAndFollowersWaitForTheAssignment() async throws {
        let h = await H.start()
        let a = h.joinNewMember()
        h.scheduler.tick()
        let aId = try #require(a.last).memberId
        _ = h.sync(memberId: aId, generation: 1, assignments: [aId: "all"])

        let b = h.joinNewMember()
        #expect(b.count == 0)
        #expect(h.state() == "PreparingRebalance")
        #expect(h.heartbeat(memberId: aId, generation: 1) == .rebalanceInProgress)
        let aAgain = h.join(memberId: aId)
        let aResponse = try #require(aAgain.last)
        let bResponse = try #require(b.last)
        #expect(aResponse.generationId == 2 && bResponse.generationId == 2)
        #expect(aResponse.leader == aId && bResponse.leader == aId)
        #expect(aResponse.members.count == 2)
        #expect(bResponse.members.isEmpty)

        let bSync = h.sync(memberId: bResponse.memberId, generation: 2)
        #expect(bSync.count == 0)
        let aSync = h.sync(memberId: aId, generation: 2, assignments: [aId: "p0", bResponse.memberId: "p1"])
        #expect(aSync.last?.assignment == ByteBuffer(string: "p0"))
        #expect(bSync.last?.assignment == ByteBuffer(string: "p1"))
        #expect(h.state() == "Stable")
        // The assignment was written before anyone heard it.
        let records = try h.storage.records()
        guard case .groupMetadata(_, let value?)? = records.last else {
            Issue.record("no group metadata record")
            return
        }
        #expect(value.generation == 2)
        #expect(value.members.map(\.assignment) == [ByteBuffer(string: "p0"), ByteBuffer(string: "p1")])
    }

    /// Kafka's InitialDelayedJoin: the first rebalance of an empty group waits the delay, again
    /// while members keep arriving, within the rebalance timeout.
    @Test func initialDelayIsExtendedWhileMembersArrive() async throws {
        let h = await H.start(H.config(initialDelayMs: 3000))
        let a = h.join(version: 3, rebalanceTimeoutMs: 10_000)
        h.scheduler.advance(milliseconds: 1000)
        let b = h.join(version: 3, rebalanceTimeoutMs: 10_000)
        h.scheduler.advance(milliseconds: 2000)  // t = 3000: B arrived meanwhile, wait again
        #expect(a.count == 0 && b.count == 0)
        h.scheduler.advance(milliseconds: 2999)
        #expect(a.count == 0)
        h.scheduler.advance(milliseconds: 1)  // t = 6000
        #expect(a.last?.generationId == 1 && b.last?.generationId == 1)
        #expect(a.last?.members.count == 2)
    }

    @Test func initialDelayWithoutNewMembersCompletesAtTheDelay() async throws {
        let h = await H.start(H.config(initialDelayMs: 3000))
        let a = h.join(version: 3)
        h.scheduler.advance(milliseconds: 2999)
        #expect(a.count == 0)
        h.scheduler.advance(milliseconds: 1)
        #expect(a.last?.generationId == 1)
    }

    /// A member without heartbeats is removed at its session timeout and the group rebalances.
    @Test func sessionExpiryRemovesTheMemberAndRebalances() async throws {
        let h = await H.start()
        let (aId, bId) = try await stableGroupOfTwo(h)
        for _ in 0..<3 {
            h.scheduler.advance(milliseconds: 3000)
            #expect(h.heartbeat(memberId: aId, generation: 2) == .none)
        }
        h.scheduler.advance(milliseconds: 3000)
        // B never heartbeat: 12 s > its 10 s session.
        #expect(h.heartbeat(memberId: bId, generation: 2) == .unknownMemberId)
        #expect(h.heartbeat(memberId: aId, generation: 2) == .rebalanceInProgress)
        let rejoin = h.join(memberId: aId)
        #expect(rejoin.last?.generationId == 3)
        #expect(rejoin.last?.members.map(\.memberId) == [aId])
    }

    /// Members that do not rejoin within the rebalance timeout are removed when it ends.
    @Test func rebalanceTimeoutDropsMembersThatDidNotRejoin() async throws {
        let h = await H.start()
        let (aId, bId) = try await stableGroupOfTwo(h)
        let rejoin = h.join(memberId: aId)  // the leader rejoins: rebalance, within 30 s
        #expect(rejoin.count == 0)
        for _ in 0..<15 {
            h.scheduler.advance(milliseconds: 2000)
            _ = h.heartbeat(memberId: bId, generation: 2)  // B stays alive but never rejoins
        }
        let response = try #require(rejoin.last)
        #expect(response.generationId == 3)
        #expect(response.members.map(\.memberId) == [aId])
        #expect(h.heartbeat(memberId: bId, generation: 3) == .unknownMemberId)
    }

    /// A member that got its JoinGroup answer but never syncs is removed after the rebalance
    /// timeout (Kafka's pending-sync expiry).
    @Test func memberThatNeverSyncsIsRemoved() async throws {
        let h = await H.start()
        let a = h.joinNewMember(sessionTimeoutMs: 60_000)
        h.scheduler.tick()
        let aId = try #require(a.last).memberId
        h.scheduler.advance(milliseconds: 30_000)
        #expect(h.state() == "Empty")
        #expect(h.heartbeat(memberId: aId, generation: 1) == .unknownMemberId)
    }

    @Test func leavingEmptiesTheGroupAndStoresIt() async throws {
        let h = await H.start()
        let (aId, bId) = try await stableGroupOfTwo(h)
        let (groupError, errors) = h.coordinator.leaveGroup(
            groupId: "g", members: [.init(memberId: aId), .init(memberId: "ghost"), .init(memberId: bId)])
        #expect(groupError == .none)
        #expect(errors == [.none, .unknownMemberId, .none])
        #expect(h.state() == "Empty")
        guard case .groupMetadata(_, let value?)? = try h.storage.records().last else {
            Issue.record("no group record")
            return
        }
        #expect(value.members.isEmpty)
        #expect(value.generation == 3)
    }

    /// A static member rejoining with an unknown member id and the same protocols takes over the
    /// old id without a rebalance; the old id is fenced.
    @Test func staticMemberReplacementKeepsTheGenerationAndFencesTheOldId() async throws {
        let h = await H.start()
        let first = h.join(instanceId: "i1")
        h.scheduler.tick()
        let old = try #require(first.last)
        #expect(old.error == .none)  // static members need no MEMBER_ID_REQUIRED round
        _ = h.sync(memberId: old.memberId, generation: 1, assignments: [old.memberId: "a"], instanceId: "i1")
        #expect(h.state() == "Stable")

        let again = h.join(instanceId: "i1")
        let replaced = try #require(again.last)
        #expect(replaced.error == .none)
        #expect(replaced.memberId != old.memberId)
        #expect(replaced.generationId == 1)
        #expect(replaced.skipAssignment)
        #expect(replaced.leader == replaced.memberId)
        #expect(replaced.members.map(\.memberId) == [replaced.memberId])
        // Before v9 the rejoined leader is told the old leader id and no members.
        let older = h.join(instanceId: "i1", version: 8)
        let olderResponse = try #require(older.last)
        #expect(olderResponse.error == .none)
        #expect(!olderResponse.skipAssignment && olderResponse.members.isEmpty)
        #expect(olderResponse.leader == replaced.memberId)
        #expect(h.state() == "Stable")
        let current = olderResponse.memberId
        #expect(h.state() == "Stable")
        #expect(h.heartbeat(memberId: old.memberId, generation: 1, instanceId: "i1") == .fencedInstanceId)
        #expect(h.heartbeat(memberId: replaced.memberId, generation: 1, instanceId: "i1") == .fencedInstanceId)
        #expect(h.heartbeat(memberId: current, generation: 1, instanceId: "i1") == .none)
        let sync = h.sync(memberId: current, generation: 1, instanceId: "i1")
        #expect(sync.last?.assignment == ByteBuffer(string: "a"))
    }

    @Test func staticMemberWithChangedProtocolTriggersARebalance() async throws {
        let h = await H.start()
        let first = h.join(instanceId: "i1", protocols: H.protocols(["range"]))
        h.scheduler.tick()
        let old = try #require(first.last)
        _ = h.sync(memberId: old.memberId, generation: 1, assignments: [old.memberId: "a"], instanceId: "i1")
        let again = h.join(instanceId: "i1", protocols: H.protocols(["roundrobin", "range"]))
        let response = try #require(again.last)
        #expect(response.generationId == 2)
        #expect(response.protocolName == "roundrobin")
    }

    @Test func groupMaxSizeTurnsNewMembersAway() async throws {
        let h = await H.start(H.config(maxGroupSize: 1))
        let a = h.joinNewMember()
        h.scheduler.tick()
        let aId = try #require(a.last).memberId
        _ = h.sync(memberId: aId, generation: 1, assignments: [aId: "x"])
        let b = h.joinNewMember()
        #expect(b.last?.error == .groupMaxSizeReached)
    }

    @Test func staticMembersLeaveByInstanceId() async throws {
        let h = await H.start()
        let first = h.join(instanceId: "i1")
        h.scheduler.tick()
        let member = try #require(first.last)
        _ = h.sync(memberId: member.memberId, generation: 1, assignments: [member.memberId: "a"], instanceId: "i1")
        let (groupError, errors) = h.coordinator.leaveGroup(
            groupId: "g",
            members: [
                .init(memberId: "someone-else", groupInstanceId: "i1"), .init(memberId: "", groupInstanceId: "i2"),
                .init(memberId: "", groupInstanceId: "i1"),
            ])
        #expect(groupError == .none)
        #expect(errors == [.fencedInstanceId, .unknownMemberId, .none])
        #expect(h.state() == "Empty")
    }

    @Test func joinErrors() async throws {
        let h = await H.start()
        #expect(h.join(sessionTimeoutMs: 500).last?.error == .invalidSessionTimeout)
        #expect(h.join(group: "").last?.error == .invalidGroupId)
        #expect(h.join(memberId: "unknown").last?.error == .unknownMemberId)
        let a = h.joinNewMember()
        h.scheduler.tick()
        #expect(a.last?.error == ErrorCode.none)
        #expect(h.join(protocolType: "connect").last?.error == .inconsistentGroupProtocol)
        #expect(h.join(protocols: H.protocols(["other"])).last?.error == .inconsistentGroupProtocol)
        let aId = try #require(a.last).memberId
        #expect(h.sync(memberId: aId, generation: 7).last?.error == .illegalGeneration)
        #expect(h.sync(memberId: "ghost", generation: 1).last?.error == .unknownMemberId)
    }

    @Test func protocolIsChosenByVotesAmongCommonOnes() async throws {
        let h = await H.start(H.config(initialDelayMs: 100))
        let a = h.join(version: 3, protocols: H.protocols(["range", "roundrobin"]))
        let b = h.join(version: 3, protocols: H.protocols(["roundrobin", "range", "sticky"]))
        let c = h.join(version: 3, protocols: H.protocols(["roundrobin", "range"]))
        h.scheduler.advance(milliseconds: 1000)
        #expect(a.last?.protocolName == "roundrobin")
        #expect(b.last?.protocolName == "roundrobin" && c.last?.protocolName == "roundrobin")
    }

    @Test func notCoordinatorAndLoadInProgress() async throws {
        let h = await H.start()
        h.coordinator.resign(partition: 0)
        #expect(h.join().last?.error == .notCoordinator)
        #expect(h.coordinator.prepareLoad(partition: 0, leaderEpoch: 1))
        #expect(h.join().last?.error == .coordinatorLoadInProgress)
        await h.coordinator.load(partition: 0, leaderEpoch: 1)
        #expect(h.join().last?.error == .memberIdRequired)
    }

    @Test func unloadingAnswersWaitingJoinsWithNotCoordinator() async throws {
        let h = await H.start(H.config(initialDelayMs: 3000))
        let a = h.join(version: 3)
        #expect(a.count == 0)
        h.coordinator.resign(partition: 0)
        #expect(a.last?.error == .notCoordinator)
    }

    // MARK: Offsets

    @Test func simpleCommitsCreateAGroupAndFetchReadsThem() async throws {
        let h = await H.start()
        #expect(
            h.commit(offsets: ["t-0": 5, "t-1": 7]) == [H.topicPartition("t-0"): .none, H.topicPartition("t-1"): .none])
        #expect(h.fetch() == ["t-0": 5, "t-1": 7])
        #expect(h.state() == "Empty")
        #expect(
            h.commit(group: "new", generation: 3, offsets: ["t-0": 1], apiVersion: 8)?.values.first
                == .illegalGeneration)
        #expect(
            h.commit(group: "new", generation: 3, offsets: ["t-0": 1], apiVersion: 9)?.values.first == .groupIdNotFound)
        let tooLarge = h.commit(offsets: ["t-0": 9], metadata: String(repeating: "x", count: 4097))
        #expect(tooLarge?.values.first == .offsetMetadataTooLarge)
        #expect(h.fetch() == ["t-0": 5, "t-1": 7])
    }

    @Test func memberCommitsAreCheckedAgainstTheGeneration() async throws {
        let h = await H.start()
        let (aId, _) = try await stableGroupOfTwo(h)
        #expect(h.commit(memberId: aId, generation: 2, offsets: ["t-0": 10])?.values.first == ErrorCode.none)
        #expect(h.commit(memberId: aId, generation: 1, offsets: ["t-0": 11])?.values.first == .illegalGeneration)
        #expect(h.commit(memberId: "ghost", generation: 2, offsets: ["t-0": 11])?.values.first == .unknownMemberId)
        // An admin's commit (-1) is refused while the group has members.
        #expect(h.commit(offsets: ["t-0": 12])?.values.first == .unknownMemberId)
        #expect(h.fetch() == ["t-0": 10])
    }

    @Test func failedAppendIsReportedAndNothingIsCached() async throws {
        let h = await H.start()
        h.storage.fail(with: .notCoordinator)
        #expect(h.commit(offsets: ["t-0": 5])?.values.first == .notCoordinator)
        #expect(h.fetch() == [:])
    }

    @Test func offsetDeleteRefusesSubscribedTopics() async throws {
        let h = await H.start()
        var subscription = ConsumerProtocolSubscription()
        subscription.topics = ["t"]
        var metadata = ByteBuffer()
        metadata.writeInteger(Int16(1))
        try subscription.write(to: &metadata, version: 1)
        var entry = JoinGroupRequest.JoinGroupRequestProtocol()
        entry.name = "range"
        entry.metadata = metadata
        let a = h.join(version: 3, protocols: [entry])
        h.scheduler.tick()
        let aId = try #require(a.last).memberId
        _ = h.sync(memberId: aId, generation: 1, assignments: [aId: "x"])
        _ = h.commit(memberId: aId, generation: 1, offsets: ["t-0": 3, "u-0": 4])

        let answers = Answers<(ErrorCode, [TopicPartition: ErrorCode])>()
        h.coordinator.deleteOffsets(groupId: "g", partitions: [H.topicPartition("t-0"), H.topicPartition("u-0")]) {
            answers.add(($0, $1))
        }
        let (groupError, errors) = try #require(answers.last)
        #expect(groupError == .none)
        #expect(errors[H.topicPartition("t-0")] == .groupSubscribedToTopic)
        #expect(errors[H.topicPartition("u-0")] == ErrorCode.none)
        #expect(h.fetch() == ["t-0": 3])
    }

    @Test func deleteGroupsNeedsAnEmptyGroup() async throws {
        let h = await H.start()
        _ = try await stableGroupOfTwo(h)
        _ = h.commit(group: "simple", offsets: ["t-0": 1])
        let answers = Answers<[String: ErrorCode]>()
        h.coordinator.deleteGroups(["g", "simple", "missing"]) { answers.add($0) }
        #expect(answers.last == ["g": .nonEmptyGroup, "simple": .none, "missing": .groupIdNotFound])
        #expect(h.fetch("simple") == [:])
        #expect(h.state("simple") == "Dead")
        #expect(h.coordinator.listGroups().1.map(\.groupId) == ["g"])
    }

    @Test func listGroupsFiltersByStateAndType() async throws {
        let h = await H.start()
        _ = try await stableGroupOfTwo(h)
        _ = h.commit(group: "simple", offsets: ["t-0": 1])
        #expect(h.coordinator.listGroups().1.map(\.groupId) == ["g", "simple"])
        #expect(h.coordinator.listGroups(statesFilter: ["stable"]).1.map(\.groupId) == ["g"])
        #expect(h.coordinator.listGroups(statesFilter: ["Empty"]).1.map(\.groupId) == ["simple"])
        #expect(h.coordinator.listGroups(typesFilter: ["consumer"]).1.isEmpty)
        #expect(h.coordinator.listGroups(typesFilter: ["Classic"]).1.count == 2)
        let described = h.coordinator.describeGroup("g")
        #expect(described.groupState == "Stable")
        #expect(described.protocolData == "range")
        #expect(described.members.count == 2)
        #expect(described.members.first?.clientHost == "/127.0.0.1")
    }

    // MARK: Persistence and expiry

    /// The coordinator restarted from its log has the same groups (Stable, same generation,
    /// members and assignments) and offsets; tombstones stay deleted.
    @Test func reloadFromTheLogRestoresGroupsAndOffsets() async throws {
        let h = await H.start()
        let (aId, bId) = try await stableGroupOfTwo(h)
        _ = h.commit(memberId: aId, generation: 2, offsets: ["t-0": 10, "t-1": 20])
        _ = h.commit(memberId: aId, generation: 2, offsets: ["t-0": 11])
        _ = h.commit(group: "gone", offsets: ["t-0": 1])
        let answers = Answers<[String: ErrorCode]>()
        h.coordinator.deleteGroups(["gone"]) { answers.add($0) }
        #expect(answers.last == ["gone": .none])

        let restarted = await H.start(storage: h.storage)
        #expect(restarted.fetch() == ["t-0": 11, "t-1": 20])
        #expect(restarted.fetch("gone") == [:])
        let described = restarted.coordinator.describeGroup("g")
        #expect(described.groupState == "Stable")
        #expect(Set(described.members.map(\.memberId)) == [aId, bId])
        #expect(described.members.first { $0.memberId == bId }?.memberAssignment == ByteBuffer(string: "p1"))
        #expect(restarted.heartbeat(memberId: bId, generation: 2) == .none)
        #expect(restarted.coordinator.listGroups().1.map(\.groupId) == ["g"])
    }

    /// Offsets of a simple group expire `retention` after their commit; the group goes with them,
    /// also after a reload.
    @Test func expiredOffsetsAndEmptyGroupsAreRemovedWithTombstones() async throws {
        let h = await H.start()
        h.coordinator.startup()
        _ = h.commit(group: "simple", offsets: ["t-0": 1])
        h.scheduler.advance(milliseconds: 30_000)
        _ = h.commit(group: "simple", offsets: ["t-1": 2])
        h.scheduler.advance(milliseconds: 30_000)  // t-0 is 60 s old
        #expect(h.fetch("simple") == ["t-1": 2])
        h.scheduler.advance(milliseconds: 30_000)
        #expect(h.fetch("simple") == [:])
        #expect(h.state("simple") == "Dead")
        let records = try h.storage.records()
        #expect(
            records.suffix(2) == [
                .offsetCommit(group: "simple", topicPartition: H.topicPartition("t-1"), value: nil),
                .groupMetadata(group: "simple", value: nil),
            ])
        let restarted = await H.start(storage: h.storage)
        #expect(restarted.coordinator.listGroups().1.isEmpty)
    }

    /// A consumer group's offsets expire counted from when it became Empty.
    @Test func emptyGroupOffsetsExpireFromWhenTheGroupEmptied() async throws {
        let h = await H.start()
        h.coordinator.startup()
        let (aId, bId) = try await stableGroupOfTwo(h)
        _ = h.commit(memberId: aId, generation: 2, offsets: ["t-0": 10])
        for _ in 0..<20 {  // 100 s of a live group: nothing expires
            h.scheduler.advance(milliseconds: 5000)
            _ = h.heartbeat(memberId: aId, generation: 2)
            _ = h.heartbeat(memberId: bId, generation: 2)
        }
        #expect(h.fetch() == ["t-0": 10])
        _ = h.coordinator.leaveGroup(groupId: "g", members: [.init(memberId: aId), .init(memberId: bId)])
        h.scheduler.advance(milliseconds: 59_000)
        #expect(h.fetch() == ["t-0": 10])
        h.scheduler.advance(milliseconds: 2000)
        #expect(h.fetch() == [:])
        #expect(h.state() == "Dead")
    }

    // MARK: Helpers

    /// Members A (leader) and B, generation 2, Stable, assignments "p0" and "p1".
    func stableGroupOfTwo(_ h: H) async throws -> (String, String) {
        let a = h.joinNewMember()
        h.scheduler.tick()
        let aId = try #require(a.last).memberId
        _ = h.sync(memberId: aId, generation: 1, assignments: [aId: "all"])
        let b = h.joinNewMember()
        _ = h.join(memberId: aId)
        let bId = try #require(b.last).memberId
        _ = h.sync(memberId: bId, generation: 2)
        _ = h.sync(memberId: aId, generation: 2, assignments: [aId: "p0", bId: "p1"])
        #expect(h.state() == "Stable")
        return (aId, bId)
    }
}
