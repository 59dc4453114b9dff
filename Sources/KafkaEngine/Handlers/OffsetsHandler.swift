/// OffsetCommit, OffsetFetch and OffsetDelete: committed offsets of groups, kept by the group
/// coordinator in `__consumer_offsets`. A commit is answered once its record is replicated;
/// partitions of topics this cluster does not have are UNKNOWN_TOPIC_OR_PARTITION, as in Kafka.
package struct OffsetsHandler: ApiHandler {
    private let coordinator: GroupCoordinator
    private let metadataCache: MetadataCache

    package init(coordinator: GroupCoordinator, metadataCache: MetadataCache) {
        self.coordinator = coordinator
        self.metadataCache = metadataCache
    }

    package var versions: [ApiKey: ClosedRange<Int16>] {
        [
            .offsetCommit: OffsetCommitRequest.validVersions,
            .offsetFetch: OffsetFetchRequest.validVersions,
            .offsetDelete: OffsetDeleteRequest.validVersions,
        ]
    }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        switch request {
        case let request as OffsetCommitRequest:
            return .response(await commit(request, version: context.apiVersion))
        case let request as OffsetFetchRequest:
            return .response(fetch(request, version: context.apiVersion))
        case let request as OffsetDeleteRequest:
            return .response(await delete(request))
        default:
            return .close
        }
    }

    // MARK: OffsetCommit

    private func commit(_ request: OffsetCommitRequest, version: Int16) async -> OffsetCommitResponse {
        let image = metadataCache.image
        var entries: [GroupCoordinator.OffsetCommitEntry] = []
        for topic in request.topics {
            for partition in topic.partitions {
                let topicPartition = TopicPartition(topic.name, partition.partitionIndex)
                guard image.topics.partition(topicPartition) != nil else { continue }
                entries.append(
                    .init(
                        topicPartition: topicPartition, offset: partition.committedOffset,
                        leaderEpoch: version >= 6 ? partition.committedLeaderEpoch : -1,
                        metadata: partition.committedMetadata,
                        commitTimestamp: version == 1 ? partition.commitTimestamp : -1))
            }
        }
        let committer = GroupCoordinator.OffsetCommitter(
            groupId: request.groupId, memberId: version >= 1 ? request.memberId : "",
            groupInstanceId: version >= 7 ? request.groupInstanceId : nil,
            generationId: version >= 1 ? request.generationIdOrMemberEpoch : -1,
            retentionTimeMs: (2...4).contains(version) ? request.retentionTimeMs : -1, apiVersion: version)
        let errors: [TopicPartition: ErrorCode]
        if entries.isEmpty {
            errors = [:]
        } else {
            errors = await withCheckedContinuation { continuation in
                coordinator.commitOffsets(committer, entries) { continuation.resume(returning: $0) }
            }
        }
        var response = OffsetCommitResponse()
        response.topics = request.topics.map { topic in
            var responseTopic = OffsetCommitResponse.OffsetCommitResponseTopic()
            responseTopic.name = topic.name
            responseTopic.partitions = topic.partitions.map { partition in
                var entry = OffsetCommitResponse.OffsetCommitResponsePartition()
                entry.partitionIndex = partition.partitionIndex
                let error = errors[TopicPartition(topic.name, partition.partitionIndex)] ?? .unknownTopicOrPartition
                entry.errorCode = error.rawValue
                return entry
            }
            return responseTopic
        }
        return response
    }

    // MARK: OffsetFetch

    private func fetch(_ request: OffsetFetchRequest, version: Int16) -> OffsetFetchResponse {
        var response = OffsetFetchResponse()
        if version >= 8 {
            response.groups = request.groups.map { group in
                let requested = group.topics.map { topics in topics.map { ($0.name, $0.partitionIndexes) } }
                let (error, topics) = fetchGroup(group.groupId, requested, version: version)
                var entry = OffsetFetchResponse.OffsetFetchResponseGroup()
                entry.groupId = group.groupId
                entry.errorCode = error.rawValue
                entry.topics = topics.map { name, partitions in
                    var topic = OffsetFetchResponse.OffsetFetchResponseTopics()
                    topic.name = name
                    topic.partitions = partitions.map { index, offset, error in
                        var partition = OffsetFetchResponse.OffsetFetchResponsePartitions()
                        partition.partitionIndex = index
                        partition.committedOffset = offset?.offset ?? -1
                        partition.committedLeaderEpoch = offset?.leaderEpoch ?? -1
                        partition.metadata = offset?.metadata ?? ""
                        partition.errorCode = error.rawValue
                        return partition
                    }
                    return topic
                }
                return entry
            }
            return response
        }
        // v0 and v1 always name their partitions; null (all) arrives from v2.
        let requested = request.topics.map { topics in topics.map { ($0.name, $0.partitionIndexes) } }
        let (error, topics) = fetchGroup(
            request.groupId, version < 2 ? (requested ?? []) : requested, version: version)
        response.errorCode = version >= 2 ? error.rawValue : 0
        response.topics = topics.map { name, partitions in
            var topic = OffsetFetchResponse.OffsetFetchResponseTopic()
            topic.name = name
            topic.partitions = partitions.map { index, offset, error in
                var partition = OffsetFetchResponse.OffsetFetchResponsePartition()
                partition.partitionIndex = index
                partition.committedOffset = offset?.offset ?? -1
                partition.committedLeaderEpoch = offset?.leaderEpoch ?? -1
                partition.metadata = offset?.metadata ?? ""
                partition.errorCode = error.rawValue
                return partition
            }
            return topic
        }
        return response
    }

    private typealias FetchedTopic = (name: String, partitions: [(Int32, CommittedOffset?, ErrorCode)])

    /// One group's offsets, by topic in request order (or name order for all topics). A group-level
    /// error is returned beside the topics; before v2 it is carried by each partition instead.
    private func fetchGroup(_ groupId: String, _ requested: [(String, [Int32])]?, version: Int16)
        -> (ErrorCode, [FetchedTopic])
    {
        let partitions = requested.map { topics in
            topics.flatMap { name, indexes in indexes.map { TopicPartition(name, $0) } }
        }
        switch coordinator.fetchOffsets(groupId: groupId, partitions: partitions) {
        case .failure(let error):
            guard version < 2, let requested else { return (error, []) }
            return (error, requested.map { name, indexes in (name, indexes.map { ($0, nil, error) }) })
        case .success(let offsets):
            if let requested {
                return (
                    .none,
                    requested.map { name, indexes in
                        (name, indexes.map { index in (index, offsets[TopicPartition(name, index)], ErrorCode.none) })
                    }
                )
            }
            var byTopic: [String: [(Int32, CommittedOffset?, ErrorCode)]] = [:]
            for (topicPartition, offset) in offsets.sorted(by: { $0.key < $1.key }) {
                byTopic[topicPartition.topic, default: []].append((topicPartition.partition, offset, .none))
            }
            return (.none, byTopic.keys.sorted().map { ($0, byTopic[$0] ?? []) })
        }
    }

    // MARK: OffsetDelete

    private func delete(_ request: OffsetDeleteRequest) async -> OffsetDeleteResponse {
        let image = metadataCache.image
        var partitions: [TopicPartition] = []
        for topic in request.topics {
            for partition in topic.partitions {
                let topicPartition = TopicPartition(topic.name, partition.partitionIndex)
                if image.topics.partition(topicPartition) != nil { partitions.append(topicPartition) }
            }
        }
        let (groupError, errors) = await withCheckedContinuation { continuation in
            coordinator.deleteOffsets(groupId: request.groupId, partitions: partitions) {
                continuation.resume(returning: ($0, $1))
            }
        }
        var response = OffsetDeleteResponse()
        response.errorCode = groupError.rawValue
        guard groupError == .none else { return response }
        response.topics = request.topics.map { topic in
            var responseTopic = OffsetDeleteResponse.OffsetDeleteResponseTopic()
            responseTopic.name = topic.name
            responseTopic.partitions = topic.partitions.map { partition in
                var entry = OffsetDeleteResponse.OffsetDeleteResponsePartition()
                entry.partitionIndex = partition.partitionIndex
                let error = errors[TopicPartition(topic.name, partition.partitionIndex)] ?? .unknownTopicOrPartition
                entry.errorCode = error.rawValue
                return entry
            }
            return responseTopic
        }
        return response
    }
}
