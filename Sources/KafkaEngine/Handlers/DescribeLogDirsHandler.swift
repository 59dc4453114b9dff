/// DescribeLogDirs (API 35), every version: each log dir of this node with the size of each
/// partition's log in it (all partitions, or those asked for), and from v4 the dir's total and
/// usable bytes.
package struct DescribeLogDirsHandler: ApiHandler {
    package let replicaManager: ReplicaManager

    package init(replicaManager: ReplicaManager) {
        self.replicaManager = replicaManager
    }

    package var versions: [ApiKey: ClosedRange<Int16>] { [.describeLogDirs: DescribeLogDirsRequest.validVersions] }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        guard let request = request as? DescribeLogDirsRequest else { return .close }
        let wanted: [String: Set<Int32>]? = request.topics.map { topics in
            var wanted: [String: Set<Int32>] = [:]
            for topic in topics { wanted[topic.topic, default: []].formUnion(topic.partitions) }
            return wanted
        }
        var response = DescribeLogDirsResponse()
        for dir in replicaManager.describeLogDirs(wanted) {
            var result = DescribeLogDirsResponse.DescribeLogDirsResult()
            result.logDir = dir.path
            result.errorCode = dir.error.rawValue
            result.totalBytes = dir.totalBytes
            result.usableBytes = dir.usableBytes
            var byTopic: [(String, [DescribeLogDirsResponse.DescribeLogDirsPartition])] = []
            for info in dir.partitions {
                var partition = DescribeLogDirsResponse.DescribeLogDirsPartition()
                partition.partitionIndex = info.topicPartition.partition
                partition.partitionSize = info.size
                partition.offsetLag = info.offsetLag
                partition.isFutureKey = info.isFuture
                if byTopic.last?.0 == info.topicPartition.topic {
                    byTopic[byTopic.count - 1].1.append(partition)
                } else {
                    byTopic.append((info.topicPartition.topic, [partition]))
                }
            }
            for (name, partitions) in byTopic {
                var topic = DescribeLogDirsResponse.DescribeLogDirsTopic()
                topic.name = name
                topic.partitions = partitions
                result.topics.append(topic)
            }
            response.results.append(result)
        }
        return .response(response)
    }
}
