import NIOCore
import Synchronization

/// Where an assigned partition starts being read.
package enum StartPosition: Hashable, Sendable {
    case earliest
    case latest
    case offset(Int64)
    /// The first offset whose timestamp is at least this (ms); the log end when there is none.
    case timestamp(Int64)
}

/// Kafka's `auto.offset.reset`: what a position that is out of range becomes.
package enum AutoOffsetReset: String, Sendable {
    case earliest
    case latest
    case none
}

/// The consumer's settings under Kafka's names and defaults: `fetch.min.bytes` 1,
/// `fetch.max.wait.ms` 500, `max.partition.fetch.bytes` 1 MiB, `fetch.max.bytes` 50 MiB,
/// `isolation.level` read_uncommitted, `auto.offset.reset` latest, `max.poll.records` 500.
package struct ConsumerConfig: Sendable {
    package var client: ClientConfig
    package var fetchMinBytes: Int32 = 1
    package var fetchMaxWait: Duration = .milliseconds(500)
    package var maxPartitionFetchBytes: Int32 = 1_048_576
    package var fetchMaxBytes: Int32 = 52_428_800
    package var isolationLevel: IsolationLevel = .readUncommitted
    package var autoOffsetReset: AutoOffsetReset = .latest
    package var maxPollRecords = 500
    /// Kafka's `group.id`: needed by `subscribe` and the commit calls.
    package var groupId: String?
    /// Kafka's `group.instance.id`: a static member keeps its place across restarts.
    package var groupInstanceId: String?
    /// `partition.assignment.strategy`, in preference order (Kafka's default: range, cooperative-sticky).
    package var assignors: [any ConsumerPartitionAssignor] = [RangeAssignor(), CooperativeStickyAssignor()]
    package var sessionTimeout: Duration = .milliseconds(45_000)
    package var heartbeatInterval: Duration = .milliseconds(3_000)
    package var maxPollInterval: Duration = .milliseconds(300_000)
    package var enableAutoCommit = true
    package var autoCommitInterval: Duration = .milliseconds(5_000)
    /// Kafka's `client.rack`, sent in the subscription.
    package var clientRack: String?

    package init(client: ClientConfig) {
        self.client = client
    }

    /// The group settings of this configuration (`group.id` must be set).
    package func membership(groupId: String) -> GroupMembershipConfig {
        var group = GroupMembershipConfig(groupId: groupId)
        group.groupInstanceId = groupInstanceId
        group.sessionTimeout = sessionTimeout
        group.heartbeatInterval = heartbeatInterval
        group.maxPollInterval = maxPollInterval
        group.assignors = assignors
        group.enableAutoCommit = enableAutoCommit
        group.autoCommitInterval = autoCommitInterval
        group.autoOffsetReset = autoOffsetReset
        group.retryBackoff = client.retryBackoff
        group.metadataMaxAge = client.metadataMaxAge
        group.apiTimeout = client.defaultApiTimeout
        group.rackId = clientRack
        return group
    }

    package init(properties: [String: String]) throws(KafkaClientError) {
        self.init(client: try ClientConfig(properties: properties))
        let p = ConfigReader(properties)
        client.allowAutoTopicCreation = try p.bool("allow.auto.create.topics") ?? true
        fetchMinBytes = Int32(try p.int("fetch.min.bytes", atLeast: 0) ?? Int(fetchMinBytes))
        fetchMaxWait = try p.milliseconds("fetch.max.wait.ms") ?? fetchMaxWait
        maxPartitionFetchBytes = Int32(
            try p.int("max.partition.fetch.bytes", atLeast: 0) ?? Int(maxPartitionFetchBytes))
        fetchMaxBytes = Int32(try p.int("fetch.max.bytes", atLeast: 0) ?? Int(fetchMaxBytes))
        if let level = try p.oneOf("isolation.level", ["read_uncommitted", "read_committed"]) {
            isolationLevel = IsolationLevel(name: level) ?? .readUncommitted
        }
        if let reset = try p.oneOf("auto.offset.reset", ["earliest", "latest", "none"]) {
            autoOffsetReset = AutoOffsetReset(rawValue: reset) ?? .latest
        }
        maxPollRecords = try p.int("max.poll.records", atLeast: 1) ?? maxPollRecords
        groupId = p.string("group.id").flatMap { $0.isEmpty ? nil : $0 }
        groupInstanceId = p.string("group.instance.id").flatMap { $0.isEmpty ? nil : $0 }
        if let strategy = p.string("partition.assignment.strategy") {
            var chosen: [any ConsumerPartitionAssignor] = []
            for name in strategy.split(separator: ",").map({ String($0.trimmedClientText()) }) where !name.isEmpty {
                guard let assignor = ConsumerAssignors.named(name) else {
                    throw .config(
                        "Invalid value \(strategy) for configuration partition.assignment.strategy: Class \(name) cannot be found"
                    )
                }
                chosen.append(assignor)
            }
            if chosen.isEmpty {
                throw .config("Invalid value \(strategy) for configuration partition.assignment.strategy: empty list")
            }
            assignors = chosen
        }
        sessionTimeout = try p.milliseconds("session.timeout.ms") ?? sessionTimeout
        heartbeatInterval = try p.milliseconds("heartbeat.interval.ms") ?? heartbeatInterval
        maxPollInterval = try p.milliseconds("max.poll.interval.ms") ?? maxPollInterval
        enableAutoCommit = try p.bool("enable.auto.commit") ?? enableAutoCommit
        autoCommitInterval = try p.milliseconds("auto.commit.interval.ms") ?? autoCommitInterval
        clientRack = p.string("client.rack").flatMap { $0.isEmpty ? nil : $0 }
        if heartbeatInterval >= sessionTimeout {
            throw .config("heartbeat.interval.ms must be set lower than session.timeout.ms")
        }
        if properties["client.id"] == nil { client.clientId = "consumer-1" }
    }
}

/// A record as the consumer returns it. `key`, `value` and header values are slices of the fetched
/// (or decompressed) bytes.
package struct ConsumerRecord: Sendable, Equatable {
    package var topic: String
    package var partition: Int32
    package var offset: Int64
    package var timestamp: Int64
    package var timestampType: TimestampType
    package var key: ByteBuffer?
    package var value: ByteBuffer?
    package var headers: [RecordHeader]
    /// The batch's partition leader epoch; nil when the batch has none.
    package var leaderEpoch: Int32?
}

/// Kafka's consumer in assign mode: `assign` names partitions and where each starts; `poll` returns
/// records from a fetch pipeline that keeps one long-poll Fetch in flight per leader (prefetching
/// while the caller works through what it got), decompresses batches, drops control batches (and
/// aborted transactions under read_committed), and resets out-of-range positions by
/// `auto.offset.reset`.
///
/// Group membership (`subscribe`, in `KafkaConsumer+Group.swift`) changes the assignment through
/// `changeAssignment` with each generation's partitions and committed offsets, so everything below
/// assignment is shared. Invariants: `position(p)` is the offset after the last record `poll` returned for `p`;
/// a fetch answered after a `seek` or re-assignment is discarded for the partitions it moved.
package final class KafkaConsumer: Sendable {
    package let config: ConsumerConfig
    package let client: KafkaClient
    private let ownsClient: Bool
    private let state = Mutex(State())
    private let fetched = ClientSignal()
    /// Group membership and commits, set up by the first `subscribe` or commit call.
    let group = Mutex<GroupSession?>(nil)

    private struct PartitionState {
        /// Set until the start is resolved to an offset (ListOffsets).
        var pendingStart: StartPosition?
        /// The next offset poll returns.
        var position: Int64 = -1
        /// The next offset to fetch (ahead of `position` by what is buffered).
        var fetchPosition: Int64 = -1
        /// Bumped by seek and reset: a fetch started under an older generation is stale.
        var generation = 0
        var buffered: [ConsumerRecord] = []
        var consumed = 0
        var fetching = false
        var lastLeaderEpoch: Int32?

        var hasBuffered: Bool { consumed < buffered.count }
    }

    private struct State {
        var partitions: [TopicPartition: PartitionState] = [:]
        var fetchingNodes: Set<Int32> = []
        var errors: [KafkaClientError] = []
        var backoffUntil: ContinuousClock.Instant?
        var closed = false
        /// The last partition generation handed out: unique across partitions removed and re-added.
        var lastGeneration = 0

        mutating func nextGeneration() -> Int {
            lastGeneration += 1
            return lastGeneration
        }
    }

    package init(client: KafkaClient, config: ConsumerConfig) {
        self.client = client
        self.config = config
        self.ownsClient = false
    }

    private init(ownedClient: KafkaClient, config: ConsumerConfig) {
        self.client = ownedClient
        self.config = config
        self.ownsClient = true
    }

    package static func connect(config: ConsumerConfig) async throws(KafkaClientError) -> KafkaConsumer {
        KafkaConsumer(ownedClient: try await KafkaClient.connect(config: config.client), config: config)
    }

    // MARK: Assignment and positions

    /// Replaces the assignment: these partitions, each starting where given.
    package func assign(_ partitions: [TopicPartition: StartPosition]) {
        state.withLock { state in
            var next: [TopicPartition: PartitionState] = [:]
            for (tp, start) in partitions {
                var p = PartitionState()
                p.pendingStart = start
                p.generation = state.nextGeneration()
                next[tp] = p
            }
            state.partitions = next
        }
    }

    package var assignment: Set<TopicPartition> { state.withLock { Set($0.partitions.keys) } }

    /// Moves a partition's position; buffered records of it are dropped.
    package func seek(_ partition: TopicPartition, to start: StartPosition) {
        state.withLock { state in
            guard var p = state.partitions[partition] else { return }
            p.pendingStart = start
            p.generation = state.nextGeneration()
            p.buffered = []
            p.consumed = 0
            p.fetching = false
            state.partitions[partition] = p
        }
    }

    package func seek(_ partition: TopicPartition, to offset: Int64) {
        seek(partition, to: .offset(offset))
    }

    /// The offset of the next record `poll` will return for `partition` (resolving its start first).
    package func position(_ partition: TopicPartition) async throws(KafkaClientError) -> Int64 {
        try await resolvePendingStarts()
        guard let p = state.withLock({ $0.partitions[partition] }) else {
            throw .config("You can only check the position for partitions assigned to this consumer.")
        }
        return p.position
    }

    package func beginningOffsets(_ partitions: [TopicPartition]) async throws(KafkaClientError) -> [TopicPartition:
        Int64]
    {
        try await offsets(Dictionary(uniqueKeysWithValues: partitions.map { ($0, OffsetSpec.earliest) })).mapValues(
            \.offset)
    }

    /// The log end offsets (the last stable offsets under read_committed).
    package func endOffsets(_ partitions: [TopicPartition]) async throws(KafkaClientError) -> [TopicPartition: Int64] {
        try await offsets(Dictionary(uniqueKeysWithValues: partitions.map { ($0, OffsetSpec.latest) })).mapValues(
            \.offset)
    }

    /// For each partition, the first offset with a timestamp at least the one given; nil when none.
    package func offsetsForTimes(_ timestamps: [TopicPartition: Int64]) async throws(KafkaClientError)
        -> [TopicPartition: ListedOffset?]
    {
        let found = try await offsets(timestamps.mapValues { OffsetSpec.timestamp($0) })
        var result: [TopicPartition: ListedOffset?] = [:]
        for tp in timestamps.keys {
            let offset = found[tp]
            result[tp] = offset.flatMap { $0.offset >= 0 ? $0 : nil }
        }
        return result
    }

    private func offsets(_ specs: [TopicPartition: OffsetSpec]) async throws(KafkaClientError) -> [TopicPartition:
        ListedOffset]
    {
        var result: [TopicPartition: ListedOffset] = [:]
        for (tp, outcome) in try await client.listOffsets(specs, isolationLevel: config.isolationLevel) {
            result[tp] = try outcome.get()
        }
        return result
    }

    /// Resolves every pending start through ListOffsets.
    private func resolvePendingStarts() async throws(KafkaClientError) {
        let pending = state.withLock { state in
            state.partitions.compactMap { tp, p in p.pendingStart.map { (tp, $0, p.generation) } }
        }
        guard !pending.isEmpty else { return }
        var specs: [TopicPartition: OffsetSpec] = [:]
        var resolved: [TopicPartition: Int64] = [:]
        for (tp, start, _) in pending {
            switch start {
            case .offset(let offset): resolved[tp] = offset
            case .earliest: specs[tp] = .earliest
            case .latest: specs[tp] = .latest
            case .timestamp(let ms): specs[tp] = .timestamp(ms)
            }
        }
        var needLatest: [TopicPartition: OffsetSpec] = [:]
        if !specs.isEmpty {
            for (tp, outcome) in try await client.listOffsets(specs, isolationLevel: config.isolationLevel) {
                let listed = try outcome.get()
                if listed.offset < 0 { needLatest[tp] = .latest } else { resolved[tp] = listed.offset }
            }
        }
        // A timestamp past every record starts at the log end, as Kafka's consumer does.
        if !needLatest.isEmpty {
            for (tp, outcome) in try await client.listOffsets(needLatest, isolationLevel: config.isolationLevel) {
                resolved[tp] = try outcome.get().offset
            }
        }
        state.withLock { state in
            for (tp, _, generation) in pending {
                guard var p = state.partitions[tp], p.generation == generation, let offset = resolved[tp] else {
                    continue
                }
                p.pendingStart = nil
                p.position = offset
                p.fetchPosition = offset
                state.partitions[tp] = p
            }
        }
    }

    // MARK: Polling

    /// Returns the records fetched so far (at most `max.poll.records`), waiting up to `timeout` for
    /// some to arrive; an empty array when none came in time. Throws a partition's fetch error (e.g.
    /// OFFSET_OUT_OF_RANGE with `auto.offset.reset=none`).
    package func poll(timeout: Duration) async throws(KafkaClientError) -> [ConsumerRecord] {
        let deadline = ContinuousClock.now + timeout
        group.withLock { $0 }?.coordinator.onPoll()
        while true {
            if state.withLock({ $0.closed }) { throw .closed }
            try await resolvePendingStarts()
            if let error = state.withLock({ $0.errors.isEmpty ? nil : $0.errors.removeFirst() }) { throw error }
            let records = takeBuffered()
            try await startFetches()
            if !records.isEmpty { return records }
            let left = deadline - .now
            if left <= .zero { return [] }
            // After a failed fetch, look again once the backoff has passed rather than at the deadline.
            let now = ContinuousClock.now
            let backoff = state.withLock { $0.backoffUntil }.flatMap { $0 > now ? $0 - now : nil } ?? left
            await fetched.wait(timeout: min(left, backoff))
        }
    }

    private func takeBuffered() -> [ConsumerRecord] {
        let limit = config.maxPollRecords
        return state.withLock { state in
            var out: [ConsumerRecord] = []
            for tp in state.partitions.keys.sorted() where out.count < limit {
                guard var p = state.partitions[tp], p.hasBuffered else { continue }
                let take = min(limit - out.count, p.buffered.count - p.consumed)
                out += p.buffered[p.consumed..<p.consumed + take]
                p.consumed += take
                if let last = out.last { p.position = last.offset + 1 }
                if !p.hasBuffered {
                    p.position = p.fetchPosition
                    p.buffered = []
                    p.consumed = 0
                }
                state.partitions[tp] = p
            }
            return out
        }
    }

    /// Starts one Fetch per leader that has none in flight, for its partitions with nothing buffered.
    private func startFetches() async throws(KafkaClientError) {
        let (topics, backingOff) = state.withLock { state in
            (Set(state.partitions.keys.map(\.topic)), state.backoffUntil.map { $0 > .now } ?? false)
        }
        if topics.isEmpty || backingOff { return }
        let metadata = try await client.metadata(for: topics)
        let plans = state.withLock { state -> [(Int32, [(TopicPartition, Int64, Int)])] in
            var byNode: [Int32: [(TopicPartition, Int64, Int)]] = [:]
            for (tp, p) in state.partitions where p.pendingStart == nil && !p.hasBuffered && !p.fetching {
                guard let leader = metadata.leader(for: tp), !state.fetchingNodes.contains(leader) else { continue }
                byNode[leader, default: []].append((tp, p.fetchPosition, p.generation))
            }
            for (node, partitions) in byNode {
                state.fetchingNodes.insert(node)
                for (tp, _, _) in partitions { state.partitions[tp]?.fetching = true }
            }
            return byNode.map { ($0.key, $0.value) }
        }
        for (node, partitions) in plans {
            Task { await self.fetch(from: node, partitions) }
        }
    }

    private func fetch(from node: Int32, _ partitions: [(TopicPartition, Int64, Int)]) async {
        var request = FetchRequest()
        request.replicaId = -1
        request.maxWaitMs = config.fetchMaxWait.int32Milliseconds
        request.minBytes = config.fetchMinBytes
        request.maxBytes = config.fetchMaxBytes
        request.isolationLevel = config.isolationLevel.rawValue
        request.sessionId = 0
        request.sessionEpoch = -1
        let grouped = Dictionary(grouping: partitions, by: { $0.0.topic })
        request.topics = grouped.keys.sorted().map { topic in
            var t = FetchRequest.FetchTopic()
            t.topic = topic
            t.partitions = (grouped[topic] ?? []).map { tp, offset, _ in
                var p = FetchRequest.FetchPartition()
                p.partition = tp.partition
                p.fetchOffset = offset
                p.partitionMaxBytes = config.maxPartitionFetchBytes
                return p
            }
            return t
        }
        var outcome: [TopicPartition: FetchResponse.PartitionData] = [:]
        var failure: KafkaClientError?
        do {
            let response = try await client.send(request, to: node)
            if response.errorCode != 0 {
                failure = .broker(ErrorCode(rawValue: response.errorCode))
            }
            for topic in response.responses {
                for p in topic.partitions { outcome[TopicPartition(topic.topic, p.partitionIndex)] = p }
            }
        } catch {
            failure = error
        }
        // Decode outside the lock.
        var decoded: [TopicPartition: Result<([ConsumerRecord], Int64), KafkaClientError>] = [:]
        for (tp, offset, _) in partitions {
            guard let data = outcome[tp] else { continue }
            let code = ErrorCode(rawValue: data.errorCode)
            guard code == .none else {
                decoded[tp] = .failure(.broker(code))
                continue
            }
            decoded[tp] = Result { () throws(KafkaClientError) in try self.decode(data, partition: tp, from: offset) }
        }
        var stale = failure?.invalidatesMetadata ?? false
        var resets: [TopicPartition] = []
        state.withLock { state in
            state.fetchingNodes.remove(node)
            if failure != nil { state.backoffUntil = .now + config.client.retryBackoff }
            for (tp, offset, generation) in partitions {
                guard var p = state.partitions[tp], p.generation == generation else { continue }
                p.fetching = false
                defer { state.partitions[tp] = p }
                guard let result = decoded[tp], p.fetchPosition == offset else { continue }
                switch result {
                case .success(let (records, next)):
                    p.buffered = records
                    p.consumed = 0
                    p.fetchPosition = next
                    if records.isEmpty { p.position = next }
                case .failure(let error):
                    if error.code == .offsetOutOfRange {
                        resets.append(tp)
                        switch config.autoOffsetReset {
                        case .earliest: p.pendingStart = .earliest
                        case .latest: p.pendingStart = .latest
                        case .none:
                            state.errors.append(
                                KafkaClientError(
                                    kind: .broker, code: .offsetOutOfRange,
                                    message:
                                        "Fetch position FetchPosition{offset=\(offset)} is out of range for partition \(tp)"
                                ))
                        }
                    } else if error.invalidatesMetadata || error.isRetriable {
                        stale = true
                        state.backoffUntil = .now + config.client.retryBackoff
                    } else {
                        state.errors.append(error)
                    }
                }
            }
        }
        if stale { client.markStale() }
        fetched.signal()
    }

    /// The records of one partition's fetched bytes at or after `offset`, and the next offset to fetch.
    private func decode(
        _ data: FetchResponse.PartitionData, partition tp: TopicPartition, from offset: Int64
    ) throws(KafkaClientError) -> ([ConsumerRecord], Int64) {
        guard let bytes = data.records, bytes.readableBytes > 0 else { return ([], offset) }
        var records: [ConsumerRecord] = []
        var next = offset
        var iterator = RecordBatchIterator(bytes)
        let readCommitted = config.isolationLevel == .readCommitted
        var aborted = (data.abortedTransactions ?? []).sorted { $0.firstOffset < $1.firstOffset }[...]
        var abortedProducers: Set<Int64> = []
        while let batch = iterator.next() {
            if batch.lastOffset < offset { continue }
            defer { next = max(next, batch.nextOffset) }
            if readCommitted {
                while let first = aborted.first, first.firstOffset <= batch.lastOffset {
                    abortedProducers.insert(first.producerId)
                    aborted = aborted.dropFirst()
                }
            }
            if batch.isControlBatch {
                // An ABORT marker ends its producer's aborted transaction.
                if readCommitted, batch.isTransactional { abortedProducers.remove(batch.producerId) }
                continue
            }
            if readCommitted && batch.isTransactional && abortedProducers.contains(batch.producerId) { continue }
            guard batch.isChecksumValid else {
                throw KafkaClientError(
                    kind: .protocolError, code: .corruptMessage,
                    message:
                        "Record batch for partition \(tp) at offset \(batch.baseOffset) is invalid, cause: Record is corrupt"
                )
            }
            let epoch = batch.partitionLeaderEpoch
            let type = batch.timestampType
            do {
                var recordIterator = try batch.makeRecordIterator(maxDecompressedBytes: Int(Int32.max))
                while let record = try recordIterator.next() {
                    guard record.offset >= offset else { continue }
                    records.append(
                        ConsumerRecord(
                            topic: tp.topic, partition: tp.partition, offset: record.offset,
                            timestamp: record.timestamp,
                            timestampType: type, key: record.key, value: record.value, headers: record.headers,
                            leaderEpoch: epoch >= 0 ? epoch : nil))
                }
            } catch {
                throw KafkaClientError(
                    kind: .protocolError, code: .corruptMessage,
                    message: "Received exception when fetching the next record from \(tp): \(error)")
            }
        }
        return (records, next)
    }

    /// Stops fetching; the client is closed when the consumer owns it.
    package func close() async {
        if let session = group.withLock({ $0 }) {
            await session.coordinator.close()
            await session.client.close()
        }
        state.withLock { $0.closed = true }
        fetched.signal()
        if ownsClient { await client.close() }
    }

    // MARK: Group host

    /// The position of every partition whose start is known (resolved, or a seek to an offset).
    func resolvedPositions() -> [TopicPartition: Int64] {
        state.withLock { state in
            state.partitions.compactMapValues(Self.knownPosition)
        }
    }

    private static func knownPosition(_ p: PartitionState) -> Int64? {
        switch p.pendingStart {
        case nil: p.position >= 0 ? p.position : nil
        case .offset(let offset)?: offset
        default: nil
        }
    }

    /// Adds and removes partitions, keeping the positions of the others; returns the known positions
    /// of the removed ones.
    @discardableResult
    func changePartitions(adding: [TopicPartition: StartPosition], removing: Set<TopicPartition>) -> [TopicPartition:
        Int64]
    {
        defer { fetched.signal() }
        return state.withLock { state in
            var removed: [TopicPartition: Int64] = [:]
            for tp in removing {
                if let p = state.partitions.removeValue(forKey: tp), let position = Self.knownPosition(p) {
                    removed[tp] = position
                }
            }
            for (tp, start) in adding {
                var p = PartitionState()
                p.pendingStart = start
                p.generation = state.nextGeneration()
                state.partitions[tp] = p
            }
            return removed
        }
    }

    /// Queues an error for the next `poll` to throw.
    func reportError(_ error: KafkaClientError) {
        state.withLock { $0.errors.append(error) }
        fetched.signal()
    }
}
