/// ListOffsets (API 2), every version: the offset for a timestamp, or for earliest (-2), latest
/// (-1), max-timestamp (-3), earliest-local (-4) and latest-tiered (-5), per partition, through the
/// replica manager. A consumer's request (replica id -1) is bounded by its isolation level; a
/// timestamp after the last record answers offset -1 and timestamp -1. Version 0 answers Kafka's
/// legacy offset list.
package struct ListOffsetsHandler: ApiHandler {
    /// Kafka's `ListOffsetsRequest.CONSUMER_REPLICA_ID` and `DEBUGGING_REPLICA_ID`.
    static let consumerReplicaId: Int32 = -1
    static let debuggingReplicaId: Int32 = -2

    package let replicaManager: ReplicaManager

    package init(replicaManager: ReplicaManager) {
        self.replicaManager = replicaManager
    }

    package var versions: [ApiKey: ClosedRange<Int16>] { [.listOffsets: ListOffsetsRequest.validVersions] }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        guard let request = request as? ListOffsetsRequest else { return .close }
        let version = context.apiVersion
        var seen: Set<TopicPartition> = []
        var duplicates: Set<TopicPartition> = []
        for topic in request.topics {
            for partition in topic.partitions {
                let topicPartition = TopicPartition(topic.name, partition.partitionIndex)
                if !seen.insert(topicPartition).inserted { duplicates.insert(topicPartition) }
            }
        }
        var response = ListOffsetsResponse()
        for topic in request.topics {
            var topicResponse = ListOffsetsResponse.ListOffsetsTopicResponse()
            topicResponse.name = topic.name
            for partition in topic.partitions {
                let topicPartition = TopicPartition(topic.name, partition.partitionIndex)
                var answer = ListOffsetsResponse.ListOffsetsPartitionResponse()
                answer.partitionIndex = partition.partitionIndex
                if duplicates.contains(topicPartition) && version >= 1 {
                    answer.errorCode = ErrorCode.invalidRequest.rawValue
                } else if version == 0 {
                    answerLegacy(&answer, topicPartition, partition, replicaId: request.replicaId)
                } else {
                    answerPartition(&answer, topicPartition, partition, request: request, version: version)
                }
                topicResponse.partitions.append(answer)
            }
            response.topics.append(topicResponse)
        }
        return .response(response)
    }

    private func answerPartition(
        _ answer: inout ListOffsetsResponse.ListOffsetsPartitionResponse, _ topicPartition: TopicPartition,
        _ partition: ListOffsetsRequest.ListOffsetsPartition, request: ListOffsetsRequest, version: Int16
    ) {
        let isolationLevel: Int8? =
            request.replicaId == Self.consumerReplicaId ? (version >= 2 ? request.isolationLevel : 0) : nil
        do {
            let found = try replicaManager.fetchOffset(
                topicPartition, timestamp: partition.timestamp, isolationLevel: isolationLevel,
                currentLeaderEpoch: version >= 4 ? partition.currentLeaderEpoch : -1,
                fetchOnlyFromLeader: request.replicaId != Self.debuggingReplicaId)
            answer.timestamp = found?.timestamp ?? -1
            answer.offset = found?.offset ?? -1
            if version >= 4 { answer.leaderEpoch = found?.leaderEpoch ?? -1 }
        } catch {
            // Before v5 a client does not know OFFSET_NOT_AVAILABLE.
            let code = error.code == .offsetNotAvailable && version < 5 ? ErrorCode.leaderNotAvailable : error.code
            answer.errorCode = code.rawValue
        }
    }

    /// Version 0 (Kafka's `fetchOffsetsBefore`): latest lists the log end offset and then the
    /// segments' base offsets, newest first; earliest lists the log start offset; a time lists the
    /// first offset at or after it. At most `maxNumOffsets`.
    private func answerLegacy(
        _ answer: inout ListOffsetsResponse.ListOffsetsPartitionResponse, _ topicPartition: TopicPartition,
        _ partition: ListOffsetsRequest.ListOffsetsPartition, replicaId: Int32
    ) {
        let limit = max(0, Int(partition.maxNumOffsets))
        do {
            var offsets: [Int64]
            if partition.timestamp == ListOffsetsTimestamp.latest,
                let hosted = replicaManager.partition(topicPartition),
                hosted.isLeader
            {
                let start = hosted.logStartOffset
                offsets = [hosted.logEndOffset]
                for segment in hosted.log.segments.reversed() {
                    let base = max(segment.baseOffset, start)
                    if offsets.last != base { offsets.append(base) }
                }
            } else {
                let found = try replicaManager.fetchOffset(
                    topicPartition, timestamp: partition.timestamp, isolationLevel: nil, currentLeaderEpoch: -1,
                    fetchOnlyFromLeader: replicaId != Self.debuggingReplicaId)
                offsets = found.map { [$0.offset] } ?? []
            }
            answer.oldStyleOffsets = Array(offsets.prefix(limit))
        } catch {
            answer.errorCode = error.code.rawValue
        }
    }
}
