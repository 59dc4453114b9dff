import NIOCore
import Synchronization

/// FindCoordinator and the classic group APIs (JoinGroup, SyncGroup, Heartbeat, LeaveGroup,
/// ListGroups, DescribeGroups, DeleteGroups), answered by the group coordinator. JoinGroup and
/// SyncGroup wait (a continuation resumed by the coordinator) without holding an event loop.
/// FindCoordinator creates `__consumer_offsets` through the controller the first time a group
/// coordinator is asked for, and answers COORDINATOR_NOT_AVAILABLE until the topic's partition
/// has a live leader.
package struct GroupsHandler: ApiHandler {
    private let coordinator: GroupCoordinator
    private let metadataCache: MetadataCache
    private let offsetsTopic: OffsetsTopicCreator
    private let nodeId: Int32

    package init(
        coordinator: GroupCoordinator, metadataCache: MetadataCache, controller: QuorumController, config: BrokerConfig
    ) {
        self.nodeId = config.nodeId
        self.coordinator = coordinator
        self.metadataCache = metadataCache
        self.offsetsTopic = OffsetsTopicCreator(controller: controller, config: config)
    }

    package var versions: [ApiKey: ClosedRange<Int16>] {
        [
            .findCoordinator: FindCoordinatorRequest.validVersions,
            .joinGroup: JoinGroupRequest.validVersions,
            .syncGroup: SyncGroupRequest.validVersions,
            .heartbeat: HeartbeatRequest.validVersions,
            .leaveGroup: LeaveGroupRequest.validVersions,
            .listGroups: ListGroupsRequest.validVersions,
            .describeGroups: DescribeGroupsRequest.validVersions,
            .deleteGroups: DeleteGroupsRequest.validVersions,
        ]
    }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        let version = context.apiVersion
        switch request {
        case let request as FindCoordinatorRequest:
            return .response(await findCoordinator(request, context: context))
        case let request as JoinGroupRequest:
            return .response(await joinGroup(request, context: context))
        case let request as SyncGroupRequest:
            var response = await withCheckedContinuation { continuation in
                coordinator.syncGroup(request, version: version) { continuation.resume(returning: $0) }
            }
            if version < 5 {
                response.protocolType = nil
                response.protocolName = nil
            }
            return .response(response)
        case let request as HeartbeatRequest:
            var response = HeartbeatResponse()
            response.errorCode = coordinator.heartbeat(request).rawValue
            return .response(response)
        case let request as LeaveGroupRequest:
            return .response(leaveGroup(request, version: version))
        case let request as ListGroupsRequest:
            let (error, groups) = coordinator.listGroups(
                statesFilter: version >= 4 ? request.statesFilter : [],
                typesFilter: version >= 5 ? request.typesFilter : [])
            var response = ListGroupsResponse()
            response.errorCode = error.rawValue
            response.groups = groups.map { group in
                var listed = ListGroupsResponse.ListedGroup()
                listed.groupId = group.groupId
                listed.protocolType = group.protocolType
                listed.groupState = group.state.rawValue
                listed.groupType = "classic"
                return listed
            }
            return .response(response)
        case let request as DescribeGroupsRequest:
            var response = DescribeGroupsResponse()
            response.groups = request.groups.map { groupId in
                var described = coordinator.describeGroup(groupId)
                if version >= 3 && request.includeAuthorizedOperations && described.errorCode == 0 {
                    // READ, DELETE, DESCRIBE: everything a group allows (no authorizer here).
                    described.authorizedOperations = (1 << 3) | (1 << 6) | (1 << 8)
                }
                if version < 4 {
                    for index in described.members.indices { described.members[index].groupInstanceId = nil }
                }
                return described
            }
            return .response(response)
        case let request as DeleteGroupsRequest:
            let errors = await withCheckedContinuation { continuation in
                coordinator.deleteGroups(request.groupsNames) { continuation.resume(returning: $0) }
            }
            var response = DeleteGroupsResponse()
            var seen = Set<String>()
            response.results = request.groupsNames.compactMap { groupId in
                guard seen.insert(groupId).inserted else { return nil }
                var result = DeleteGroupsResponse.DeletableGroupResult()
                result.groupId = groupId
                result.errorCode = (errors[groupId] ?? .none).rawValue
                return result
            }
            return .response(response)
        default:
            return .close
        }
    }

    // MARK: FindCoordinator

    private func findCoordinator(_ request: FindCoordinatorRequest, context: RequestContext) async
        -> FindCoordinatorResponse
    {
        let version = context.apiVersion
        let keys = version >= 4 ? request.coordinatorKeys : [request.key]
        var coordinators: [FindCoordinatorResponse.Coordinator] = []
        for key in keys {
            var entry = FindCoordinatorResponse.Coordinator()
            entry.key = key
            let found: Result<(Int32, String, Int32), ErrorCode>
            switch request.keyType {
            case 0: found = await groupCoordinator(for: key, listener: context.connection.listenerName)
            case 1: found = .failure(.coordinatorNotAvailable)
            default: found = .failure(.invalidRequest)
            }
            switch found {
            case .success(let (nodeId, host, port)):
                entry.nodeId = nodeId
                entry.host = host
                entry.port = port
                entry.errorMessage = nil
            case .failure(let error):
                entry.errorCode = error.rawValue
                entry.errorMessage = error.defaultMessage
                entry.nodeId = -1
                entry.host = ""
                entry.port = -1
            }
            coordinators.append(entry)
        }
        var response = FindCoordinatorResponse()
        if version >= 4 {
            response.coordinators = coordinators
        } else if let only = coordinators.first {
            response.errorCode = only.errorCode
            response.errorMessage = version >= 1 ? only.errorMessage : nil
            response.nodeId = only.nodeId
            response.host = only.host
            response.port = only.port
        }
        return response
    }

    /// The leader of the group's offsets partition, as reachable on the request's listener.
    private func groupCoordinator(for groupId: String, listener: String) async -> Result<
        (Int32, String, Int32), ErrorCode
    > {
        var image = metadataCache.image
        let partition = coordinator.partition(for: groupId)
        if image.topics[InternalTopics.groupMetadataTopic] == nil {
            await offsetsTopic.ensureCreated()
            image = metadataCache.image
        }
        guard let topic = image.topics[InternalTopics.groupMetadataTopic],
            let registration = topic.partitions[partition],
            let broker = image.brokers[registration.leader], !broker.fenced,
            let endpoint = broker.endpoint(listener: listener)
        else { return .failure(.coordinatorNotAvailable) }
        if broker.id == nodeId {
            // A new image reaches the metadata cache before the coordinator takes a newly led
            // partition over (the replica manager creates its log in between); give it that
            // moment so the client's next request is not refused with NOT_COORDINATOR.
            for _ in 0..<200 where coordinator.ownedPartitions[partition] == nil {
                try? await Task.sleep(nanoseconds: 5_000_000)
            }
        }
        return .success((broker.id, endpoint.host, endpoint.port))
    }

    // MARK: JoinGroup and LeaveGroup

    private func joinGroup(_ request: JoinGroupRequest, context: RequestContext) async -> JoinGroupResponse {
        let version = context.apiVersion
        let clientHost = context.connection.remoteAddress?.ipAddress.map { "/\($0)" } ?? ""
        var response = await withCheckedContinuation { continuation in
            coordinator.joinGroup(
                request, version: version, clientId: context.clientId ?? "", clientHost: clientHost
            ) { continuation.resume(returning: $0) }
        }
        if version < 7 {
            response.protocolType = nil
            if response.protocolName == nil { response.protocolName = "" }
        }
        if version < 5 {
            for index in response.members.indices { response.members[index].groupInstanceId = nil }
        }
        return response
    }

    private func leaveGroup(_ request: LeaveGroupRequest, version: Int16) -> LeaveGroupResponse {
        let leaving: [GroupCoordinator.LeavingMember] =
            version >= 3
            ? request.members.map { .init(memberId: $0.memberId, groupInstanceId: $0.groupInstanceId) }
            : [.init(memberId: request.memberId)]
        let (groupError, memberErrors) = coordinator.leaveGroup(groupId: request.groupId, members: leaving)
        var response = LeaveGroupResponse()
        if version >= 3 {
            response.errorCode = groupError.rawValue
            if groupError == .none {
                response.members = zip(leaving, memberErrors).map { member, error in
                    var entry = LeaveGroupResponse.MemberResponse()
                    entry.memberId = member.memberId
                    entry.groupInstanceId = member.groupInstanceId
                    entry.errorCode = error.rawValue
                    return entry
                }
            }
        } else {
            response.errorCode = (groupError != .none ? groupError : (memberErrors.first ?? .none)).rawValue
        }
        return response
    }
}

/// Creates `__consumer_offsets` once, as Kafka's group coordinator wants it: the configured
/// partition count and replication factor, compacted, producer compression,
/// `offsets.topic.segment.bytes`. Concurrent callers wait for the same creation.
package final class OffsetsTopicCreator: Sendable {
    private let controller: QuorumController
    private let config: BrokerConfig
    private let inFlight = Mutex<Task<Void, Never>?>(nil)

    package init(controller: QuorumController, config: BrokerConfig) {
        self.controller = controller
        self.config = config
    }

    /// The CreateTopics entry for `__consumer_offsets`.
    package static func creatableTopic(config: BrokerConfig) -> CreateTopicsRequest.CreatableTopic {
        var topic = CreateTopicsRequest.CreatableTopic()
        topic.name = InternalTopics.groupMetadataTopic
        topic.numPartitions = config.offsetsTopicNumPartitions
        topic.replicationFactor = config.offsetsTopicReplicationFactor
        topic.configs = [
            ("cleanup.policy", "compact"), ("compression.type", "producer"),
            ("segment.bytes", "\(config.offsetsTopicSegmentBytes)"),
        ].map { name, value in
            var entry = CreateTopicsRequest.CreatableTopicConfig()
            entry.name = name
            entry.value = value
            return entry
        }
        return topic
    }

    /// Creates the topic unless a creation is already running; returns when it is done.
    package func ensureCreated() async {
        let task = inFlight.withLock { current -> Task<Void, Never> in
            if let current { return current }
            let controller = self.controller
            let config = self.config
            let task = Task<Void, Never> {
                var request = CreateTopicsRequest()
                request.timeoutMs = config.requestTimeoutMs
                request.topics = [Self.creatableTopic(config: config)]
                _ = await controller.createTopics(request, version: CreateTopicsRequest.validVersions.upperBound)
            }
            current = task
            return task
        }
        await task.value
        inFlight.withLock { current in
            if current == task { current = nil }
        }
    }
}
