import NIOCore

/// Produce (API 0), every version: checks each partition's records as Kafka's
/// `ProduceRequest.validateRecords` does, appends them through the replica manager and answers per
/// partition. acks=0 answers nothing — unless a partition failed, when the connection is closed so
/// the client refreshes its metadata (Kafka's way of telling an acks=0 producer).
///
/// Transactional batches are appended as Kafka does with `transaction.partition.verification.enable`
/// off: producer state checks epochs and sequences, and the transaction coordinator is not asked
/// whether the partition was added to the transaction.
package struct ProduceHandler: ApiHandler {
    /// Kafka's `AdminUtils.ADMIN_CLIENT_ID`: the one client that may write to internal topics.
    static let adminClientId = "__admin_client"

    package let replicaManager: ReplicaManager
    package let metadataCache: MetadataCache

    package init(replicaManager: ReplicaManager, metadataCache: MetadataCache) {
        self.replicaManager = replicaManager
        self.metadataCache = metadataCache
    }

    package var versions: [ApiKey: ClosedRange<Int16>] { [.produce: ProduceRequest.validVersions] }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        guard let request = request as? ProduceRequest else { return .close }
        let version = context.apiVersion
        var results: [TopicPartition: ProducePartitionResult] = [:]
        var entries: [(TopicPartition, ByteBuffer)] = []
        for topic in request.topicData {
            for partition in topic.partitionData {
                let topicPartition = TopicPartition(topic.name, partition.index)
                let records = partition.records ?? ByteBuffer()
                if let refusal = Self.validateRecords(records, version: version) {
                    results[topicPartition] = refusal
                } else {
                    entries.append((topicPartition, records))
                }
            }
        }
        let appended = await replicaManager.appendRecords(
            timeoutMs: request.timeoutMs, requiredAcks: request.acks, entries: entries, origin: .client,
            internalTopicsAllowed: context.clientId == Self.adminClientId)
        results.merge(appended) { first, _ in first }

        if request.acks == 0 {
            return results.values.contains { $0.error != .none } ? .close : .noResponse
        }
        let image = metadataCache.image
        var response = ProduceResponse()
        for topic in request.topicData {
            var topicResponse = ProduceResponse.TopicProduceResponse()
            topicResponse.name = topic.name
            for partition in topic.partitionData {
                let topicPartition = TopicPartition(topic.name, partition.index)
                let result = results[topicPartition] ?? ProducePartitionResult(error: .unknownServerError)
                var answer = ProduceResponse.PartitionProduceResponse()
                answer.index = partition.index
                answer.errorCode = result.error.rawValue
                answer.baseOffset = result.baseOffset
                answer.logAppendTimeMs = result.logAppendTimeMs
                answer.logStartOffset = result.logStartOffset
                if version >= 8 {
                    answer.recordErrors = result.recordErrors.map { recordError in
                        var entry = ProduceResponse.BatchIndexAndErrorMessage()
                        entry.batchIndex = Int32(clamping: recordError.batchIndex)
                        entry.batchIndexErrorMessage = recordError.message
                        return entry
                    }
                    answer.errorMessage = result.error == .none ? nil : result.errorMessage
                }
                if version >= 10, result.error == .notLeaderOrFollower,
                    let registration = image.topics.partition(topicPartition)
                {
                    answer.currentLeader.leaderId = registration.leader
                    answer.currentLeader.leaderEpoch = registration.leaderEpoch
                }
                topicResponse.partitionResponses.append(answer)
            }
            response.responses.append(topicResponse)
        }
        return .response(response)
    }

    /// Kafka's `ProduceRequest.validateRecords`: from v3 each partition carries exactly one batch
    /// of magic 2, and zstd needs v7.
    static func validateRecords(_ records: ByteBuffer, version: Int16) -> ProducePartitionResult? {
        guard version >= 3 else { return nil }
        var iterator = RecordBatchIterator(records)
        var count = 0
        var zstd = false
        while let batch = iterator.next() {
            count += 1
            if batch.compressionType == .zstd { zstd = true }
        }
        if case .unsupportedMagic? = iterator.stop {
            return ProducePartitionResult(
                error: .invalidRecord,
                errorMessage: "Produce requests with version \(version) are only allowed to contain record batches"
                    + " with magic version 2")
        }
        if case .invalidBatchLength(let length, _)? = iterator.stop {
            return ProducePartitionResult(
                error: .corruptMessage,
                errorMessage: "Record size \(length) is less than the minimum record overhead (14)")
        }
        if count != 1 {
            return ProducePartitionResult(
                error: .invalidRecord,
                errorMessage: "Produce requests with version \(version) must have exactly one record batch per"
                    + " partition")
        }
        if zstd && version < 7 {
            return ProducePartitionResult(
                error: .unsupportedCompressionType,
                errorMessage: "Produce requests with version \(version) are not allowed to use ZStandard compression")
        }
        return nil
    }
}
