import NIOCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The partitions this node hosts and the data path through them (Kafka's `ReplicaManager`):
/// it follows the metadata image (becoming leader or follower of the partitions assigned here,
/// creating their logs, applying topic configs, deleting the logs of deleted topics), appends
/// produced batches, serves fetches and offset lookups, and parks requests that must wait — an
/// acks=all produce until the ISR has its records, a fetch until `fetch.min.bytes` are there — in
/// purgatories woken by appends and high-watermark moves.
///
/// Invariants: a partition is in `partitions` only while the image assigns it to this node, and
/// then it has a log in the log manager; every append wakes the fetches watching its partition,
/// every high-watermark move wakes the produces watching it; metadata updates arrive one at a
/// time (the publisher contract) and are the only writers of `partitions`.
package final class ReplicaManager: MetadataPublisher, Sendable {
    package typealias EventHandler = @Sendable (String) -> Void

    private struct State {
        var partitions: [TopicPartition: Partition] = [:]
        /// Partitions whose log could not be created or opened (KAFKA_STORAGE_ERROR).
        var offline: Set<TopicPartition> = []
        var image: MetadataImage = .empty
        var isShutdown = false
    }

    package let nodeId: Int32
    package let config: BrokerConfig
    package let logManager: LogManager
    private let clock: any KafkaClock
    private let eventHandler: EventHandler
    private let state = Mutex(State())
    private let producePurgatory: DelayedOperationPurgatory<[TopicPartition: ProducePartitionResult]>
    private let fetchPurgatory: DelayedOperationPurgatory<[FetchPartitionResult]>

    package init(
        nodeId: Int32, config: BrokerConfig, logManager: LogManager, clock: any KafkaClock, scheduler: any Scheduler,
        eventHandler: @escaping EventHandler = { _ in }
    ) {
        self.nodeId = nodeId
        self.config = config
        self.logManager = logManager
        self.clock = clock
        self.eventHandler = eventHandler
        self.producePurgatory = DelayedOperationPurgatory(name: "Produce", scheduler: scheduler)
        self.fetchPurgatory = DelayedOperationPurgatory(name: "Fetch", scheduler: scheduler)
    }

    package var name: String { "ReplicaManager" }

    /// The hosted partition, if any.
    package func partition(_ topicPartition: TopicPartition) -> Partition? {
        state.withLock { $0.partitions[topicPartition] }
    }

    /// Every hosted partition.
    package var allPartitions: [TopicPartition: Partition] { state.withLock { $0.partitions } }

    /// Requests parked in the purgatories (produce, fetch).
    package var delayedOperationCounts: (produce: Int, fetch: Int) {
        (producePurgatory.pendingCount, fetchPurgatory.pendingCount)
    }

    /// Finishes every parked request (each answers as at its deadline) and refuses later ones.
    package func shutdown() {
        state.withLock { $0.isShutdown = true }
        producePurgatory.shutdown()
        fetchPurgatory.shutdown()
    }

    // MARK: Metadata

    /// Applies a metadata change (Kafka's `applyDelta`): topic configs first, so logs are created
    /// with them; then partitions of deleted topics (by id) and partitions no longer assigned here
    /// are stopped and their logs deleted; then each partition assigned here whose registration
    /// changed becomes leader or follower, its log created with the topic id when missing.
    package func onMetadataUpdate(_ update: MetadataUpdate) {
        let previous = update.previous
        let image = update.image
        state.withLock { $0.image = image }

        for (name, _) in image.topics.byName {
            let overrides = image.topicConfigs(name)
            guard update.isInitialLoad || previous.topics[name] == nil || overrides != previous.topicConfigs(name)
            else { continue }
            applyTopicConfig(name, overrides)
        }

        for (id, topic) in previous.topics.byId where image.topics[id: id] == nil {
            for partitionId in topic.partitions.keys.sorted() {
                stopAndDelete(TopicPartition(topic.name, partitionId), topicId: id)
            }
            if image.topics[topic.name] == nil { logManager.updateConfig(topic: topic.name, config: nil) }
        }

        var changed: [(TopicPartition, KafkaUUID, PartitionRegistration)] = []
        for topic in image.topics.byName.values {
            let previousTopic = previous.topics[id: topic.id]
            for (partitionId, registration) in topic.partitions {
                let topicPartition = TopicPartition(topic.name, partitionId)
                let hosted = partition(topicPartition)
                guard registration.replicas.contains(nodeId) else {
                    if let hosted, hosted.topicId == topic.id { stopAndDelete(topicPartition, topicId: topic.id) }
                    continue
                }
                let unchanged =
                    !update.isInitialLoad && hosted != nil && hosted?.isStopped == false
                    && hosted?.topicId == topic.id && previousTopic?.partitions[partitionId] == registration
                if unchanged { continue }
                changed.append((topicPartition, topic.id, registration))
            }
        }
        // Many new leader epochs at once (a restart, a broker unfenced): their checkpoints are
        // written without an fsync each and made durable by one file-system sync per log dir
        // before this update returns. An fsync per file costs milliseconds, which is minutes for
        // 10,000 partitions. At start-up no request is served before this; later, an append that
        // slips in before the sync is in the page cache like any append not yet flushed.
        let batchSync = changed.count >= Self.batchedEpochSyncThreshold
        var unsyncedLogDirs: Set<String> = []
        for (topicPartition, topicId, registration) in changed {
            if applyRegistration(topicPartition, topicId: topicId, registration, syncEpochCheckpoint: !batchSync),
                let logDir = logManager.logDir(of: topicPartition)
            {
                unsyncedLogDirs.insert(logDir)
            }
        }
        for logDir in unsyncedLogDirs.sorted() {
            do {
                try StorageFile.syncFileSystem(logDir)
            } catch {
                eventHandler("Could not sync the leader epoch checkpoints in \(logDir): \(error)")
            }
        }
    }

    /// Partition changes in one update from which leader epoch checkpoints are synced together.
    static let batchedEpochSyncThreshold = 32

    private func applyTopicConfig(_ topic: String, _ overrides: [String: String]) {
        guard !overrides.isEmpty else {
            logManager.updateConfig(topic: topic, config: nil)
            return
        }
        do {
            let logConfig = try LogConfig(topicOverrides: overrides, brokerDefaults: config.defaultLogConfig)
            logManager.updateConfig(topic: topic, config: logConfig)
        } catch {
            eventHandler("Invalid configuration for topic \(topic) in the metadata image, using the defaults: \(error)")
            logManager.updateConfig(topic: topic, config: nil)
        }
    }

    /// Returns whether this node became leader with its epoch checkpoint left unsynced.
    @discardableResult
    private func applyRegistration(
        _ topicPartition: TopicPartition, topicId: KafkaUUID, _ registration: PartitionRegistration,
        syncEpochCheckpoint: Bool = true
    ) -> Bool {
        let partition: Partition
        if let hosted = self.partition(topicPartition), hosted.topicId == topicId,
            logManager.getLog(topicPartition) != nil
        {
            partition = hosted
        } else {
            let log: Log
            do {
                log = try logManager.getOrCreateLog(topicPartition: topicPartition, topicId: topicId)
            } catch {
                eventHandler("Could not create the log of \(topicPartition): \(error)")
                state.withLock { state in
                    state.offline.insert(topicPartition)
                    state.partitions[topicPartition] = nil
                }
                return false
            }
            partition = Partition(
                topicPartition: topicPartition, topicId: topicId, log: log, localBrokerId: nodeId, clock: clock)
            state.withLock { state in
                state.offline.remove(topicPartition)
                state.partitions[topicPartition] = partition
            }
        }
        var unsynced = false
        if registration.leader == nodeId {
            do {
                unsynced = !syncEpochCheckpoint
                if try partition.makeLeader(
                    registration: registration, topicId: topicId, syncEpochCheckpoint: syncEpochCheckpoint)
                {
                    eventHandler(
                        "Leader \(topicPartition) with topic id \(topicId) starts at leader epoch"
                            + " \(registration.leaderEpoch) from offset \(partition.logEndOffset)"
                            + " with partition epoch \(registration.partitionEpoch), high watermark"
                            + " \(partition.highWatermark), ISR \(registration.isr)")
                }
            } catch {
                eventHandler("Could not make this node the leader of \(topicPartition): \(error)")
            }
        } else {
            partition.makeFollower(registration: registration, topicId: topicId)
        }
        // Waiters on this partition see the new role (a produce waiting as leader now fails).
        wakeWaiters(topicPartition, produce: true)
        return unsynced
    }

    private func stopAndDelete(_ topicPartition: TopicPartition, topicId: KafkaUUID) {
        let removed = state.withLock { state -> Partition? in
            state.offline.remove(topicPartition)
            guard let hosted = state.partitions[topicPartition], hosted.topicId == topicId else { return nil }
            state.partitions[topicPartition] = nil
            return hosted
        }
        removed?.stop()
        wakeWaiters(topicPartition, produce: true)
        guard removed != nil || logManager.getLog(topicPartition) != nil else { return }
        do {
            try logManager.asyncDelete(topicPartition)
        } catch {
            eventHandler("Could not delete the log of \(topicPartition): \(error)")
        }
    }

    private func wakeWaiters(_ topicPartition: TopicPartition, produce: Bool) {
        fetchPurgatory.checkAndComplete(topicPartition)
        if produce { producePurgatory.checkAndComplete(topicPartition) }
    }

    /// The hosted partition, or why there is none (Kafka's `getPartitionOrException`): a log that
    /// failed is KAFKA_STORAGE_ERROR; a partition the image knows but this node does not host is
    /// NOT_LEADER_OR_FOLLOWER; else UNKNOWN_TOPIC_OR_PARTITION.
    private func partitionOrError(_ topicPartition: TopicPartition) -> Result<Partition, PartitionError> {
        state.withLock { state in
            if let partition = state.partitions[topicPartition] { return .success(partition) }
            if state.offline.contains(topicPartition) {
                return .failure(PartitionError(.kafkaStorageError, "Partition \(topicPartition) is offline"))
            }
            if state.image.topics.partition(topicPartition) != nil {
                return .failure(
                    PartitionError(
                        .notLeaderOrFollower, "Broker \(nodeId) is not a replica of partition \(topicPartition)"))
            }
            return .failure(
                PartitionError(
                    .unknownTopicOrPartition, "This server does not host this topic-partition: \(topicPartition)"))
        }
    }

    private var image: MetadataImage { state.withLock { $0.image } }

    // MARK: Produce

    /// Appends each partition's batch as leader (Kafka's `appendRecords`). With `requiredAcks` 0 or
    /// 1 the answer follows the appends; with -1 it waits in the produce purgatory until the ISR
    /// has every appended record (the high watermark passed it) or `timeoutMs` passes
    /// (REQUEST_TIMED_OUT). Acks other than -1, 0, 1 are INVALID_REQUIRED_ACKS; a client write to
    /// an internal topic is INVALID_TOPIC_EXCEPTION unless `internalTopicsAllowed`.
    package func appendRecords(
        timeoutMs: Int32, requiredAcks: Int16, entries: [(TopicPartition, ByteBuffer)], origin: AppendOrigin,
        internalTopicsAllowed: Bool = false
    ) async -> [TopicPartition: ProducePartitionResult] {
        guard requiredAcks == -1 || requiredAcks == 0 || requiredAcks == 1 else {
            var results: [TopicPartition: ProducePartitionResult] = [:]
            for (topicPartition, _) in entries {
                results[topicPartition] = ProducePartitionResult(error: .invalidRequiredAcks)
            }
            return results
        }
        var results: [TopicPartition: ProducePartitionResult] = [:]
        var requiredOffsets: [TopicPartition: Int64] = [:]
        for (topicPartition, records) in entries {
            if InternalTopics.isInternal(topicPartition.topic) && origin == .client && !internalTopicsAllowed {
                results[topicPartition] = ProducePartitionResult(
                    error: .invalidTopicException,
                    errorMessage: "Cannot append to internal topic \(topicPartition.topic)")
                continue
            }
            switch partitionOrError(topicPartition) {
            case .failure(let error):
                results[topicPartition] = ProducePartitionResult(error)
            case .success(let partition):
                do {
                    let (info, highWatermarkIncreased) = try partition.appendRecordsToLeader(
                        records, origin: origin, requiredAcks: requiredAcks)
                    results[topicPartition] = ProducePartitionResult(
                        baseOffset: info.firstOffset, logAppendTimeMs: info.logAppendTime,
                        logStartOffset: info.logStartOffset)
                    requiredOffsets[topicPartition] = info.lastOffset + 1
                    wakeWaiters(topicPartition, produce: highWatermarkIncreased)
                } catch {
                    results[topicPartition] = ProducePartitionResult(error)
                }
            }
        }
        guard requiredAcks == -1, !requiredOffsets.isEmpty else { return results }
        let appended = results
        let offsets = requiredOffsets
        return await producePurgatory.waitUntilComplete(
            keys: Array(offsets.keys), timeoutMs: Int64(timeoutMs),
            tryComplete: { [self] in delayedProduceResult(appended, offsets, expired: false) },
            onExpiration: { [self] in delayedProduceResult(appended, offsets, expired: true) ?? appended })
    }

    /// Kafka's `DelayedProduce.tryComplete`: done when every appended partition is acknowledged by
    /// the ISR or failed; at the deadline the rest are REQUEST_TIMED_OUT.
    private func delayedProduceResult(
        _ appended: [TopicPartition: ProducePartitionResult], _ requiredOffsets: [TopicPartition: Int64], expired: Bool
    ) -> [TopicPartition: ProducePartitionResult]? {
        var results = appended
        for (topicPartition, requiredOffset) in requiredOffsets {
            let (done, error): (Bool, ErrorCode)
            if let partition = partition(topicPartition) {
                (done, error) = partition.checkEnoughReplicasReachOffset(requiredOffset)
            } else {
                (done, error) = (false, .notLeaderOrFollower)
            }
            if error != .none {
                results[topicPartition]?.error = error
            } else if !done {
                guard expired else { return nil }
                results[topicPartition]?.error = .requestTimedOut
            }
        }
        return results
    }

    // MARK: Fetch

    /// Reads from each partition (Kafka's `fetchMessages`). Answers at once when the wait is 0,
    /// when `minBytes` are there, or when a partition has an error or a diverging epoch; otherwise
    /// the fetch waits in the fetch purgatory, woken by appends to its partitions, and answers as
    /// soon as `minBytes` are there or at `maxWaitMs` with what there is. Results follow the order
    /// of `partitions`.
    package func fetchMessages(_ params: FetchParams, _ partitions: [FetchPartitionRequest]) async
        -> [FetchPartitionResult]
    {
        let first = readFromLog(params, partitions)
        if params.isFromFollower { recordFollowerFetches(params, partitions, first) }
        if params.maxWaitMs <= 0 || partitions.isEmpty || Self.isSatisfied(first, minBytes: params.minBytes) {
            return first
        }
        return await fetchPurgatory.waitUntilComplete(
            keys: partitions.map(\.topicPartition), timeoutMs: Int64(params.maxWaitMs),
            tryComplete: { [self] in
                let results = readFromLog(params, partitions)
                return Self.isSatisfied(results, minBytes: params.minBytes) ? results : nil
            },
            onExpiration: { [self] in readFromLog(params, partitions) })
    }

    /// Kafka answers a fetch at once when it has `minBytes`, an error or a diverging epoch.
    private static func isSatisfied(_ results: [FetchPartitionResult], minBytes: Int32) -> Bool {
        var bytes = 0
        for result in results {
            if result.error != .none || result.divergingEpoch != nil { return true }
            bytes += result.recordsSize
        }
        return bytes >= Int(minBytes)
    }

    /// Kafka's `readFromLog`: each partition in order, within `maxBytes` for the whole fetch and
    /// its own `partitionMaxBytes`; the first partition with data may return one batch larger than
    /// those limits (unless `hardMaxBytesLimit`), so a consumer always makes progress.
    package func readFromLog(_ params: FetchParams, _ partitions: [FetchPartitionRequest]) -> [FetchPartitionResult] {
        var limitBytes = Int(max(0, params.maxBytes))
        var minOneMessage = !params.hardMaxBytesLimit
        let currentImage = image
        var results: [FetchPartitionResult] = []
        results.reserveCapacity(partitions.count)
        for request in partitions {
            let result = read(
                request, params: params, maxBytes: min(limitBytes, Int(max(0, request.partitionMaxBytes))),
                minOneMessage: minOneMessage, image: currentImage)
            let size = result.recordsSize
            if size > 0 { minOneMessage = false }
            limitBytes = max(0, limitBytes - size)
            results.append(result)
        }
        return results
    }

    private func read(
        _ request: FetchPartitionRequest, params: FetchParams, maxBytes: Int, minOneMessage: Bool, image: MetadataImage
    ) -> FetchPartitionResult {
        let topicPartition = request.topicPartition
        func failure(_ code: ErrorCode) -> FetchPartitionResult {
            var result = FetchPartitionResult(topicPartition: topicPartition, topicId: request.topicId, error: code)
            if code == .notLeaderOrFollower || code == .fencedLeaderEpoch,
                let registration = image.topics.partition(topicPartition)
            {
                result.currentLeader = (registration.leader, registration.leaderEpoch)
            }
            return result
        }
        if request.topicId != .zero && (topicPartition.topic.isEmpty || image.topics[id: request.topicId] == nil) {
            return failure(.unknownTopicId)
        }
        let partition: Partition
        switch partitionOrError(topicPartition) {
        case .failure(let error): return failure(error.code)
        case .success(let hosted): partition = hosted
        }
        if request.topicId != .zero && partition.topicId != request.topicId {
            return failure(.inconsistentTopicId)
        }
        do {
            let info = try partition.readRecords(
                fetchOffset: request.fetchOffset, currentLeaderEpoch: request.currentLeaderEpoch,
                lastFetchedEpoch: request.lastFetchedEpoch, maxBytes: maxBytes, isolation: params.isolation,
                minOneMessage: minOneMessage, fetchOnlyFromLeader: params.replicaId != -2)
            let records = info.fetchedData.records.flatMap { $0.length > 0 ? $0 : nil }
            return FetchPartitionResult(
                topicPartition: topicPartition, topicId: request.topicId, highWatermark: info.highWatermark,
                lastStableOffset: info.lastStableOffset, logStartOffset: info.logStartOffset, records: records,
                abortedTransactions: params.isolation == .committed
                    ? (info.fetchedData.abortedTransactions ?? []) : nil,
                divergingEpoch: info.divergingEpoch)
        } catch {
            return failure(error.code)
        }
    }

    /// A follower's fetch tells the leader how far it got (Kafka's `updateFollowerFetchState`);
    /// a high watermark that moves completes the produces waiting for it.
    private func recordFollowerFetches(
        _ params: FetchParams, _ requests: [FetchPartitionRequest], _ results: [FetchPartitionResult]
    ) {
        for (request, result) in zip(requests, results) where result.error == .none {
            guard let partition = partition(request.topicPartition) else { continue }
            if partition.updateFollowerFetchState(
                replicaId: params.replicaId, fetchOffset: request.fetchOffset,
                followerLogStartOffset: request.logStartOffset, leaderLogEndOffset: partition.logEndOffset,
                brokerEpoch: params.replicaEpoch)
            {
                wakeWaiters(request.topicPartition, produce: true)
            }
        }
    }

    // MARK: Offsets

    /// ListOffsets for one partition (Kafka's `fetchOffsetForTimestamp`); nil when no record
    /// qualifies. `isolationLevel` nil: a replica's request.
    package func fetchOffset(
        _ topicPartition: TopicPartition, timestamp: Int64, isolationLevel: Int8?, currentLeaderEpoch: Int32,
        fetchOnlyFromLeader: Bool
    ) throws(PartitionError) -> TimestampAndOffset? {
        let partition = try partitionOrError(topicPartition).get()
        return try partition.fetchOffsetForTimestamp(
            timestamp, isolationLevel: isolationLevel, currentLeaderEpoch: currentLeaderEpoch,
            fetchOnlyFromLeader: fetchOnlyFromLeader)
    }

    /// OffsetForLeaderEpoch for one partition, as its leader.
    package func lastOffsetForLeaderEpoch(
        _ topicPartition: TopicPartition, currentLeaderEpoch: Int32, leaderEpoch: Int32
    ) throws(PartitionError) -> LeaderEpochEndOffset {
        let partition = try partitionOrError(topicPartition).get()
        return try partition.lastOffsetForLeaderEpoch(
            currentLeaderEpoch: currentLeaderEpoch, leaderEpoch: leaderEpoch, fetchOnlyFromLeader: true)
    }

    /// DeleteRecords: moves each partition's log start offset (offset -1: to the high watermark).
    /// The answer is the new low watermark. Kafka parks the request until every replica's log start
    /// offset reached it; with this node's ISR that is at once. Internal topics are refused.
    package func deleteRecords(timeoutMs: Int32, offsets: [TopicPartition: Int64]) async
        -> [TopicPartition: LogDeleteRecordsResult]
    {
        var results: [TopicPartition: LogDeleteRecordsResult] = [:]
        for (topicPartition, offset) in offsets {
            if InternalTopics.isInternal(topicPartition.topic) {
                results[topicPartition] = LogDeleteRecordsResult(
                    error: .invalidTopicException,
                    errorMessage: "Cannot delete records of internal topic \(topicPartition.topic)")
                continue
            }
            do {
                let partition = try partitionOrError(topicPartition).get()
                let low = try partition.deleteRecordsOnLeader(offset)
                results[topicPartition] = LogDeleteRecordsResult(lowWatermark: low)
                wakeWaiters(topicPartition, produce: false)
            } catch {
                results[topicPartition] = LogDeleteRecordsResult(error: error.code, errorMessage: error.message)
            }
        }
        return results
    }

    // MARK: Log dirs

    /// DescribeLogDirs: each log dir with the size of each partition's log in it (only
    /// `topics` when given), and the dir's total and usable bytes. Future logs do not exist here.
    package func describeLogDirs(_ topics: [String: Set<Int32>]?) -> [DescribedLogDir] {
        let logs = logManager.allLogs
        return logManager.options.logDirs.map { logDir in
            var partitions: [DescribedLogDir.PartitionInfo] = []
            for (topicPartition, log) in logs.sorted(by: { $0.key < $1.key })
            where logManager.logDir(of: topicPartition) == logDir {
                if let topics, topics[topicPartition.topic]?.contains(topicPartition.partition) != true { continue }
                partitions.append(
                    DescribedLogDir.PartitionInfo(
                        topicPartition: topicPartition, size: Int64(log.size), offsetLag: 0, isFuture: false))
            }
            let (total, usable) = Self.diskSpace(logDir)
            return DescribedLogDir(
                path: logDir, error: total < 0 ? .kafkaStorageError : .none, partitions: partitions,
                totalBytes: total, usableBytes: usable)
        }
    }

    /// Total and available bytes of the file system holding `path`; -1 when unknown.
    private static func diskSpace(_ path: String) -> (total: Int64, usable: Int64) {
        var stats = statvfs()
        guard statvfs(path, &stats) == 0 else { return (-1, -1) }
        let blockSize = Int64(stats.f_frsize)
        return (Int64(stats.f_blocks) * blockSize, Int64(stats.f_bavail) * blockSize)
    }
}
