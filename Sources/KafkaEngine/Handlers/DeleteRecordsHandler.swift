/// DeleteRecords (API 21), every version: moves each partition's log start offset up to the offset
/// given (-1: the high watermark) through the replica manager and answers the new low watermark,
/// or -1 with the error.
package struct DeleteRecordsHandler: ApiHandler {
    package let replicaManager: ReplicaManager

    package init(replicaManager: ReplicaManager) {
        self.replicaManager = replicaManager
    }

    package var versions: [ApiKey: ClosedRange<Int16>] { [.deleteRecords: DeleteRecordsRequest.validVersions] }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        guard let request = request as? DeleteRecordsRequest else { return .close }
        var offsets: [TopicPartition: Int64] = [:]
        for topic in request.topics {
            for partition in topic.partitions {
                offsets[TopicPartition(topic.name, partition.partitionIndex)] = partition.offset
            }
        }
        let results = await replicaManager.deleteRecords(timeoutMs: request.timeoutMs, offsets: offsets)
        var response = DeleteRecordsResponse()
        for topic in request.topics {
            var topicResult = DeleteRecordsResponse.DeleteRecordsTopicResult()
            topicResult.name = topic.name
            for partition in topic.partitions {
                let result =
                    results[TopicPartition(topic.name, partition.partitionIndex)]
                    ?? LogDeleteRecordsResult(error: .unknownServerError)
                var answer = DeleteRecordsResponse.DeleteRecordsPartitionResult()
                answer.partitionIndex = partition.partitionIndex
                answer.lowWatermark = result.error == .none ? result.lowWatermark : -1
                answer.errorCode = result.error.rawValue
                topicResult.partitions.append(answer)
            }
            response.topics.append(topicResult)
        }
        return .response(response)
    }
}
