import NIOCore

/// Where the group coordinator keeps its records: the partitions of `__consumer_offsets`. The
/// broker's implementation goes through the replica manager; tests use one in memory.
package protocol OffsetsTopicStorage: Sendable {
    /// Appends one batch to the offsets partition and calls `completion` once the high watermark
    /// has passed it (acks=all), with the batch's base offset or the coordinator's error for the
    /// failure (Kafka's `appendForGroup` mapping: NOT_COORDINATOR when leadership is gone).
    func append(partition: Int32, batch: ByteBuffer, completion: @escaping @Sendable (Result<Int64, ErrorCode>) -> Void)

    /// Every data record of the partition from its log start to its log end, in offset order.
    func readAll(partition: Int32) throws -> [Record]
}

/// Why an offsets partition could not be read.
package struct OffsetsTopicReadError: Error, CustomStringConvertible {
    package var description: String

    package init(_ description: String) {
        self.description = description
    }
}

/// `__consumer_offsets` through the replica manager: appends as the coordinator (origin
/// `.coordinator`, acks=all, `offsets.commit.timeout.ms`), reads straight from the leader's log.
package final class ReplicatedOffsetsTopicStorage: OffsetsTopicStorage {
    private let replicaManager: ReplicaManager
    private let commitTimeoutMs: Int32
    private let loadBufferSize: Int

    package init(replicaManager: ReplicaManager, commitTimeoutMs: Int32, loadBufferSize: Int32) {
        self.replicaManager = replicaManager
        self.commitTimeoutMs = commitTimeoutMs
        self.loadBufferSize = max(Int(loadBufferSize), 1024)
    }

    package func append(
        partition: Int32, batch: ByteBuffer, completion: @escaping @Sendable (Result<Int64, ErrorCode>) -> Void
    ) {
        let topicPartition = TopicPartition(InternalTopics.groupMetadataTopic, partition)
        let replicaManager = self.replicaManager
        let timeoutMs = commitTimeoutMs
        Task {
            let results = await replicaManager.appendRecords(
                timeoutMs: timeoutMs, requiredAcks: -1, entries: [(topicPartition, batch)], origin: .coordinator,
                internalTopicsAllowed: true)
            guard let result = results[topicPartition] else { return completion(.failure(.unknownServerError)) }
            if result.error == .none { return completion(.success(result.baseOffset)) }
            completion(.failure(Self.coordinatorError(result.error)))
        }
    }

    /// Kafka's mapping of an append error to what a group client is told.
    static func coordinatorError(_ error: ErrorCode) -> ErrorCode {
        switch error {
        case .unknownTopicOrPartition, .notEnoughReplicas, .notEnoughReplicasAfterAppend, .requestTimedOut:
            return .coordinatorNotAvailable
        case .notLeaderOrFollower, .kafkaStorageError:
            return .notCoordinator
        case .messageTooLarge, .recordListTooLarge, .invalidFetchSize:
            return .invalidCommitOffsetSize
        default:
            return error
        }
    }

    package func readAll(partition: Int32) throws -> [Record] {
        let topicPartition = TopicPartition(InternalTopics.groupMetadataTopic, partition)
        guard let hosted = replicaManager.partition(topicPartition) else {
            throw OffsetsTopicReadError("\(topicPartition) is not hosted here")
        }
        var records: [Record] = []
        var offset = hosted.logStartOffset
        let end = hosted.logEndOffset
        while offset < end {
            let info = try hosted.log.read(
                startOffset: offset, maxLength: loadBufferSize, isolation: .logEnd, minOneMessage: true)
            guard let slice = info.records, slice.length > 0 else { break }
            let bytes = try slice.readBytes()
            var batches = RecordBatchIterator(bytes)
            var progressed = false
            while let batch = batches.next() {
                progressed = true
                offset = batch.nextOffset
                if batch.isControlBatch { continue }
                records += try batch.records(maxDecompressedBytes: Int(Int32.max))
            }
            if !progressed { break }
        }
        return records
    }
}
