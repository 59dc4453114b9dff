/// Which offset ListOffsets should find in a partition (Kafka's `OffsetSpec`).
package enum OffsetSpec: Hashable, Sendable {
    /// The log start offset (timestamp -2).
    case earliest
    /// The log end offset, or the last stable offset under read_committed (timestamp -1).
    case latest
    /// The offset of the record with the largest timestamp (timestamp -3, ListOffsets v7+).
    case maxTimestamp
    /// The first offset whose timestamp is at least this (ms since the epoch).
    case timestamp(Int64)

    var wireTimestamp: Int64 {
        switch self {
        case .earliest: -2
        case .latest: -1
        case .maxTimestamp: -3
        case .timestamp(let ms): ms
        }
    }
}

/// Kafka's `isolation.level`.
package enum IsolationLevel: Int8, Sendable {
    case readUncommitted = 0
    case readCommitted = 1

    package init?(name: String) {
        switch name.lowercased() {
        case "read_uncommitted": self = .readUncommitted
        case "read_committed": self = .readCommitted
        default: return nil
        }
    }
}

/// What ListOffsets found: the offset (-1 when no record matches a timestamp), that record's
/// timestamp (-1 for earliest/latest) and leader epoch (nil when unknown).
package struct ListedOffset: Equatable, Sendable {
    package var offset: Int64
    package var timestamp: Int64
    package var leaderEpoch: Int32?

    package init(offset: Int64, timestamp: Int64, leaderEpoch: Int32?) {
        self.offset = offset
        self.timestamp = timestamp
        self.leaderEpoch = leaderEpoch
    }
}

extension KafkaClient {
    /// ListOffsets for each partition, sent to each partition's leader (one request per leader),
    /// refreshing metadata and retrying partitions whose leader moved. A partition that fails for
    /// good gets its error in the result.
    package func listOffsets(
        _ specs: [TopicPartition: OffsetSpec], isolationLevel: IsolationLevel = .readUncommitted
    ) async throws(KafkaClientError) -> [TopicPartition: Result<ListedOffset, KafkaClientError>] {
        var results: [TopicPartition: Result<ListedOffset, KafkaClientError>] = [:]
        var pending = specs
        var attempt = 0
        while !pending.isEmpty {
            let metadata = try await self.metadata(for: Set(pending.keys.map(\.topic)))
            var byLeader: [Int32: [TopicPartition]] = [:]
            var retry: [TopicPartition: OffsetSpec] = [:]
            for partition in pending.keys {
                guard metadata.topics[partition.topic] != nil,
                    metadata.partitionMetadata(partition) != nil
                else {
                    results[partition] = .failure(.broker(.unknownTopicOrPartition))
                    continue
                }
                guard let leader = metadata.leader(for: partition) else {
                    retry[partition] = pending[partition]
                    continue
                }
                byLeader[leader, default: []].append(partition)
            }
            for (leader, partitions) in byLeader {
                var request = ListOffsetsRequest()
                request.replicaId = -1
                request.isolationLevel = isolationLevel.rawValue
                request.timeoutMs = config.requestTimeout.int32Milliseconds
                let grouped = Dictionary(grouping: partitions, by: \.topic)
                request.topics = grouped.keys.sorted().map { topic in
                    var t = ListOffsetsRequest.ListOffsetsTopic()
                    t.name = topic
                    t.partitions = (grouped[topic] ?? []).sorted().map { tp in
                        var p = ListOffsetsRequest.ListOffsetsPartition()
                        p.partitionIndex = tp.partition
                        p.timestamp = pending[tp]?.wireTimestamp ?? -1
                        p.currentLeaderEpoch = metadata.partitionMetadata(tp)?.leaderEpoch ?? -1
                        return p
                    }
                    return t
                }
                let response: ListOffsetsResponse
                do {
                    response = try await send(request, to: leader)
                } catch {
                    guard error.isRetriable else {
                        for tp in partitions { results[tp] = .failure(error) }
                        continue
                    }
                    for tp in partitions { retry[tp] = pending[tp] }
                    continue
                }
                for topic in response.topics {
                    for p in topic.partitions {
                        let tp = TopicPartition(topic.name, p.partitionIndex)
                        guard pending[tp] != nil else { continue }
                        let code = ErrorCode(rawValue: p.errorCode)
                        if code == .none {
                            results[tp] = .success(
                                ListedOffset(
                                    offset: p.offset, timestamp: p.timestamp,
                                    leaderEpoch: p.leaderEpoch >= 0 ? p.leaderEpoch : nil))
                        } else if code.isRetriable {
                            retry[tp] = pending[tp]
                        } else {
                            results[tp] = .failure(.broker(code))
                        }
                    }
                }
                for tp in partitions where results[tp] == nil && retry[tp] == nil {
                    results[tp] = .failure(
                        KafkaClientError(kind: .protocolError, message: "ListOffsets response lacks \(tp)"))
                }
            }
            pending = retry
            if !pending.isEmpty {
                attempt += 1
                guard attempt <= config.retries else {
                    for tp in pending.keys {
                        results[tp] = .failure(.timeout("No leader answered ListOffsets for \(tp)"))
                    }
                    break
                }
                markStale()
                try await backoff()
            }
        }
        return results
    }
}
