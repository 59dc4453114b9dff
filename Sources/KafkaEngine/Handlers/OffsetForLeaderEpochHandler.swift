/// OffsetForLeaderEpoch (API 23), every version: for each partition, the largest leader epoch up
/// to the one asked for and the offset where it ended on this leader — how a follower or a consumer
/// finds where its log diverged after a leader change. Errors answer epoch -1, offset -1.
package struct OffsetForLeaderEpochHandler: ApiHandler {
    package let replicaManager: ReplicaManager

    package init(replicaManager: ReplicaManager) {
        self.replicaManager = replicaManager
    }

    package var versions: [ApiKey: ClosedRange<Int16>] {
        [.offsetForLeaderEpoch: OffsetForLeaderEpochRequest.validVersions]
    }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        guard let request = request as? OffsetForLeaderEpochRequest else { return .close }
        let version = context.apiVersion
        var response = OffsetForLeaderEpochResponse()
        for topic in request.topics {
            var topicResult = OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult()
            topicResult.topic = topic.topic
            for partition in topic.partitions {
                var answer = OffsetForLeaderEpochResponse.EpochEndOffset()
                answer.partition = partition.partition
                do {
                    let found = try replicaManager.lastOffsetForLeaderEpoch(
                        TopicPartition(topic.topic, partition.partition),
                        currentLeaderEpoch: version >= 2 ? partition.currentLeaderEpoch : -1,
                        leaderEpoch: partition.leaderEpoch)
                    answer.leaderEpoch = found.epoch
                    answer.endOffset = found.endOffset
                } catch {
                    answer.errorCode = error.code.rawValue
                    answer.leaderEpoch = LeaderEpochEndOffset.undefined.epoch
                    answer.endOffset = LeaderEpochEndOffset.undefined.endOffset
                }
                topicResult.partitions.append(answer)
            }
            response.topics.append(topicResult)
        }
        return .response(response)
    }
}
