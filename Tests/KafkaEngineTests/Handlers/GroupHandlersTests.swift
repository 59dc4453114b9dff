import NIOCore
import Testing

@testable import KafkaEngine

/// The group and offset handlers over a started controller: FindCoordinator creates
/// `__consumer_offsets` as Kafka does and finds the coordinator, and every API answers something
/// that encodes at each of its versions.
@Suite struct GroupHandlersTests {
    func context(_ key: ApiKey, _ version: Int16) -> RequestContext {
        var header = RequestHeader()
        header.requestApiKey = key.rawValue
        header.requestApiVersion = version
        header.correlationId = 1
        header.clientId = "client"
        return RequestContext(
            header: header, apiKey: key,
            connection: ConnectionInfo(
                listenerName: "PLAINTEXT", connectionId: "c", remoteAddress: nil, localAddress: nil),
            receivedNanoseconds: 0)
    }

    func response<R: KafkaResponseMessage>(_ result: HandlerResult, as: R.Type, version: Int16) throws -> R {
        guard case .response(let message) = result else { throw KafkaProtocolError.malformed("no response") }
        let typed = try #require(message as? R)
        _ = try typed.encoded(version: version)
        return typed
    }

    struct Setup {
        var groups: GroupsHandler
        var offsets: OffsetsHandler
        var loader: MetadataLoader
        var raft: KafkaRaftClient
    }

    func withHandlers(_ body: (Setup) async throws -> Void) async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir)
            let cache = MetadataCache()
            let coordinator = GroupCoordinator(
                config: GroupCoordinatorConfig(config: controller.config), clock: SystemClock(),
                scheduler: TaskScheduler(), storage: MemoryOffsetsStorage())
            loader.install(cache)
            loader.install(GroupCoordinatorMetadataPublisher(nodeId: 1, coordinator: coordinator))
            let created = await controller.createTopics(
                createTopicsRequest([creatableTopic("t", partitions: 2)]), version: 7)
            #expect(created.topics.first?.errorCode == 0)
            let setup = Setup(
                groups: GroupsHandler(
                    coordinator: coordinator, metadataCache: cache, controller: controller, config: controller.config),
                offsets: OffsetsHandler(coordinator: coordinator, metadataCache: cache), loader: loader, raft: raft)
            try await body(setup)
            coordinator.shutdown()
            raft.shutdown()
        }
    }

    @Test func findCoordinatorCreatesTheOffsetsTopicAndAnswersAtEveryVersion() async throws {
        try await withHandlers { setup in
            for version in FindCoordinatorRequest.validVersions {
                var request = FindCoordinatorRequest()
                request.key = "my-group"
                request.coordinatorKeys = ["my-group", "other"]
                let found = try response(
                    await setup.groups.handle(request, context: context(.findCoordinator, version)),
                    as: FindCoordinatorResponse.self, version: version)
                if version >= 4 {
                    #expect(found.coordinators.map(\.key) == ["my-group", "other"])
                    #expect(found.coordinators.allSatisfy { $0.errorCode == 0 && $0.nodeId == 1 && $0.port == 9092 })
                } else {
                    #expect(found.errorCode == 0)
                    #expect(found.nodeId == 1 && found.host == "localhost" && found.port == 9092)
                }
            }
            let topic = try #require(setup.loader.image.topics[InternalTopics.groupMetadataTopic])
            #expect(topic.partitions.count == 50)
            #expect(setup.loader.image.topicConfigs(InternalTopics.groupMetadataTopic)["cleanup.policy"] == "compact")

            var transaction = FindCoordinatorRequest()
            transaction.keyType = 1
            transaction.coordinatorKeys = ["txn"]
            let refused = try response(
                await setup.groups.handle(transaction, context: context(.findCoordinator, 4)),
                as: FindCoordinatorResponse.self, version: 4)
            #expect(refused.coordinators.first?.errorCode == ErrorCode.coordinatorNotAvailable.rawValue)
            #expect(refused.coordinators.first?.nodeId == -1)
            var unknown = FindCoordinatorRequest()
            unknown.keyType = 7
            unknown.key = "x"
            let invalid = try response(
                await setup.groups.handle(unknown, context: context(.findCoordinator, 2)),
                as: FindCoordinatorResponse.self, version: 2)
            #expect(invalid.errorCode == ErrorCode.invalidRequest.rawValue)
        }
    }

    /// One member through join, sync, heartbeat, commit, fetch, describe, list and leave at each
    /// version of each API; every answer encodes at its version.
    @Test func groupLifecycleAtEveryVersion() async throws {
        try await withHandlers { setup in
            var find = FindCoordinatorRequest()
            find.key = "x"
            _ = await setup.groups.handle(find, context: context(.findCoordinator, 3))
            for joinVersion in JoinGroupRequest.validVersions {
                let group = "group-v\(joinVersion)"
                var join = JoinGroupRequest()
                join.groupId = group
                join.protocolType = "consumer"
                join.sessionTimeoutMs = 10_000
                join.rebalanceTimeoutMs = 10_000
                join.protocols = CoordinatorHarness.protocols()
                var joined = try await joinUntilLoaded(setup, join, version: joinVersion)
                if joined.errorCode == ErrorCode.memberIdRequired.rawValue {
                    join.memberId = joined.memberId
                    joined = try response(
                        await setup.groups.handle(join, context: context(.joinGroup, joinVersion)),
                        as: JoinGroupResponse.self, version: joinVersion)
                }
                #expect(joined.errorCode == 0, "JoinGroup v\(joinVersion)")
                #expect(joined.generationId == 1)
                let memberId = joined.memberId

                let syncVersion = min(joinVersion, SyncGroupRequest.validVersions.upperBound)
                var sync = SyncGroupRequest()
                sync.groupId = group
                sync.memberId = memberId
                sync.generationId = 1
                var assignment = SyncGroupRequest.SyncGroupRequestAssignment()
                assignment.memberId = memberId
                assignment.assignment = ByteBuffer(string: "a")
                sync.assignments = [assignment]
                let synced = try response(
                    await setup.groups.handle(sync, context: context(.syncGroup, syncVersion)),
                    as: SyncGroupResponse.self, version: syncVersion)
                #expect(synced.errorCode == 0 && synced.assignment == ByteBuffer(string: "a"))

                var heartbeat = HeartbeatRequest()
                heartbeat.groupId = group
                heartbeat.memberId = memberId
                heartbeat.generationId = 1
                let beat = try response(
                    await setup.groups.handle(heartbeat, context: context(.heartbeat, min(joinVersion, 4))),
                    as: HeartbeatResponse.self, version: min(joinVersion, 4))
                #expect(beat.errorCode == 0)

                let commitVersion = joinVersion
                var commit = OffsetCommitRequest()
                commit.groupId = group
                commit.memberId = memberId
                commit.generationIdOrMemberEpoch = 1
                var topic = OffsetCommitRequest.OffsetCommitRequestTopic()
                topic.name = "t"
                var partition = OffsetCommitRequest.OffsetCommitRequestPartition()
                partition.partitionIndex = 1
                partition.committedOffset = 7
                var unknownPartition = partition
                unknownPartition.partitionIndex = 9
                topic.partitions = [partition, unknownPartition]
                commit.topics = [topic]
                let committed = try response(
                    await setup.offsets.handle(commit, context: context(.offsetCommit, commitVersion)),
                    as: OffsetCommitResponse.self, version: commitVersion)
                // v0 carries no member id or generation: refused while the group has members.
                let expectedCommit = commitVersion == 0 ? ErrorCode.unknownMemberId.rawValue : 0
                #expect(
                    committed.topics.first?.partitions.map(\.errorCode)
                        == [expectedCommit, ErrorCode.unknownTopicOrPartition.rawValue],
                    "OffsetCommit v\(commitVersion)")

                let fetchVersion = joinVersion
                var fetch = OffsetFetchRequest()
                var fetchTopic = OffsetFetchRequest.OffsetFetchRequestTopic()
                fetchTopic.name = "t"
                fetchTopic.partitionIndexes = [0, 1]
                fetch.groupId = group
                fetch.topics = [fetchTopic]
                var fetchGroup = OffsetFetchRequest.OffsetFetchRequestGroup()
                fetchGroup.groupId = group
                fetchGroup.topics = nil
                fetch.groups = [fetchGroup]
                let fetched = try response(
                    await setup.offsets.handle(fetch, context: context(.offsetFetch, fetchVersion)),
                    as: OffsetFetchResponse.self, version: fetchVersion)
                if fetchVersion == 0 {
                    #expect(fetched.topics.first?.partitions.map(\.committedOffset) == [-1, -1])
                } else if fetchVersion >= 8 {
                    let partitions = fetched.groups.first?.topics.first?.partitions ?? []
                    #expect(partitions.map(\.partitionIndex) == [1])
                    #expect(partitions.map(\.committedOffset) == [7])
                } else {
                    let partitions = fetched.topics.first?.partitions ?? []
                    #expect(partitions.map(\.committedOffset) == [-1, 7], "OffsetFetch v\(fetchVersion)")
                }

                let describeVersion = min(joinVersion, DescribeGroupsRequest.validVersions.upperBound)
                var describe = DescribeGroupsRequest()
                describe.groups = [group, "missing"]
                describe.includeAuthorizedOperations = true
                let described = try response(
                    await setup.groups.handle(describe, context: context(.describeGroups, describeVersion)),
                    as: DescribeGroupsResponse.self, version: describeVersion)
                #expect(described.groups.map(\.groupState) == ["Stable", "Dead"])
                #expect(described.groups.first?.members.first?.memberAssignment == ByteBuffer(string: "a"))

                let listVersion = min(joinVersion, ListGroupsRequest.validVersions.upperBound)
                let listed = try response(
                    await setup.groups.handle(ListGroupsRequest(), context: context(.listGroups, listVersion)),
                    as: ListGroupsResponse.self, version: listVersion)
                #expect(listed.groups.contains { $0.groupId == group && $0.protocolType == "consumer" })

                let leaveVersion = min(joinVersion, LeaveGroupRequest.validVersions.upperBound)
                var leave = LeaveGroupRequest()
                leave.groupId = group
                leave.memberId = memberId
                var identity = LeaveGroupRequest.MemberIdentity()
                identity.memberId = memberId
                leave.members = [identity]
                let left = try response(
                    await setup.groups.handle(leave, context: context(.leaveGroup, leaveVersion)),
                    as: LeaveGroupResponse.self, version: leaveVersion)
                #expect(left.errorCode == 0)
                if leaveVersion >= 3 { #expect(left.members.map(\.errorCode) == [0]) }
            }

            var delete = DeleteGroupsRequest()
            delete.groupsNames = ["group-v0", "missing"]
            for version in DeleteGroupsRequest.validVersions {
                let deleted = try response(
                    await setup.groups.handle(delete, context: context(.deleteGroups, version)),
                    as: DeleteGroupsResponse.self, version: version)
                #expect(deleted.results.map(\.groupId) == ["group-v0", "missing"])
                #expect(deleted.results.last?.errorCode == ErrorCode.groupIdNotFound.rawValue)
            }
        }
    }

    /// A join, retried while the group's partition is still loading.
    func joinUntilLoaded(_ setup: Setup, _ join: JoinGroupRequest, version: Int16) async throws -> JoinGroupResponse {
        for _ in 0..<500 {
            let joined = try response(
                await setup.groups.handle(join, context: context(.joinGroup, version)), as: JoinGroupResponse.self,
                version: version)
            guard
                joined.errorCode == ErrorCode.coordinatorLoadInProgress.rawValue
                    || joined.errorCode == ErrorCode.notCoordinator.rawValue
            else { return joined }
            try await Task.sleep(nanoseconds: 2_000_000)
        }
        Issue.record("the group's partition never loaded")
        return JoinGroupResponse()
    }
}
