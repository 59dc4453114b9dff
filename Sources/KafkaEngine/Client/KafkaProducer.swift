import NIOCore
import Synchronization

/// Kafka's producer: `send` places a record in a partition (explicit; else murmur2 of the key;
/// else the topic's sticky partition) and appends it to that partition's open batch; a sender task
/// ships batches that are full, older than `linger.ms`, or flushed, one batch per partition per
/// Produce request, to each partition's leader, up to `max.in.flight.requests.per.connection`
/// requests per broker.
///
/// With idempotence (the default), the producer id comes from InitProducerId before the first batch
/// is sent, and each batch gets its partition's next sequence number when it is first sent; a retried
/// batch keeps its bytes and sequence, and while a partition has batches to retry it sends nothing
/// new and only retries once its earlier requests have all returned, so retries neither duplicate
/// (the broker answers DUPLICATE_SEQUENCE_NUMBER) nor reorder records.
///
/// Invariants: a record's completion runs exactly once; `flush()` returns once every record sent
/// before it has succeeded or failed; buffered bytes never exceed `buffer.memory` by more than one
/// record (senders wait).
package final class KafkaProducer: Sendable {
    package typealias Completion = @Sendable (Result<RecordMetadata, KafkaClientError>) -> Void
    /// The outcome of each record of a run sent with `send(topic:records:completion:)`, with the
    /// record's index in that run: one closure for the whole run instead of one per record.
    package typealias RunCompletion = @Sendable (_ index: Int, _ result: Result<RecordMetadata, KafkaClientError>) -> Void

    package let config: ProducerConfig
    package let client: KafkaClient
    private let ownsClient: Bool
    private let state: Mutex<State>
    /// Wakes the sender (a batch filled, a flush, a response freed a slot).
    private let wakeSender = ClientSignal()
    /// Wakes senders waiting for buffer memory, and flushes waiting for an empty accumulator.
    private let progress = ClientSignal()
    private let sender = Mutex<Task<Void, Never>?>(nil)

    private struct PendingCompletion {
        var index: Int32
        var timestamp: Int64
        var completion: CompletionTarget
    }

    /// Where a record's outcome goes: its own completion, or its run's (with its index in the run).
    private enum CompletionTarget {
        case record(Completion)
        case run(RunCompletion, Int)

        func callAsFunction(_ result: Result<RecordMetadata, KafkaClientError>) {
            switch self {
            case .record(let completion): completion(result)
            case .run(let completion, let index): completion(index, result)
            }
        }
    }

    /// A closed batch waiting to be sent or in flight. Its mutable fields change only under the
    /// producer's lock (`drain` and `complete`); the request task only reads the bytes.
    private final class ProducerBatch: @unchecked Sendable {
        let partition: TopicPartition
        var bytes: ByteBuffer
        let recordCount: Int32
        let createdAt: ContinuousClock.Instant
        let completions: [PendingCompletion]
        /// What the batch's records counted against `buffer.memory` when appended.
        let accountedBytes: Int
        var attempts = 0
        var baseSequence: Int32 = RecordBatch.noSequence

        init(
            partition: TopicPartition, bytes: ByteBuffer, recordCount: Int32, createdAt: ContinuousClock.Instant,
            completions: [PendingCompletion], accountedBytes: Int
        ) {
            self.accountedBytes = accountedBytes
            self.partition = partition
            self.bytes = bytes
            self.recordCount = recordCount
            self.createdAt = createdAt
            self.completions = completions
        }
    }

    /// One partition's accumulator: the open batch, closed batches in order, retries, in-flight count.
    private final class PartitionQueue {
        /// The partition being appended to within one hold of the lock: its queue, with the open
        /// builder moved out of it so that appending a run of records to one partition touches
        /// neither the dictionary nor the queue, until `park` puts the builder back. `sticky` is
        /// the topic's sticky partition as last seen (nil: look it up).
        struct Run {
            let partition: Int32
            let queue: PartitionQueue
            var builder: RecordBatchBuilder?
            /// Bytes appended to `builder` since it was taken, not yet in `queue.openAccountedBytes`.
            var accountedBytes = 0
            var sticky: Int32?

            /// Gives the builder back to the queue. Must run before the lock is released.
            mutating func park() {
                queue.builder = builder.take()
                queue.openAccountedBytes += accountedBytes
                accountedBytes = 0
            }
        }

        let partition: TopicPartition
        var builder: RecordBatchBuilder?
        var openedAt: ContinuousClock.Instant = .now
        var openCompletions: [PendingCompletion] = []
        var openAccountedBytes = 0
        var ready: [ProducerBatch] = []
        /// Batches to send again, by sequence; while non-empty nothing new is sent for this partition.
        var retries: [ProducerBatch] = []
        var inFlight = 0
        var nextSequence: Int32 = 0

        init(_ partition: TopicPartition) { self.partition = partition }

        var isEmpty: Bool { builder == nil && ready.isEmpty && retries.isEmpty && inFlight == 0 }
    }

    private struct State {
        var queues: [TopicPartition: PartitionQueue] = [:]
        var partitionCounts: [String: Int32] = [:]
        var sticky: [String: Int32] = [:]
        var metadata = ClusterMetadata()
        var bufferedBytes = 0
        var inFlightByBroker: [Int32: Int] = [:]
        var flushes = 0
        var closing = false
        var closed = false
        var producerId: Int64 = RecordBatch.noProducerId
        var producerEpoch: Int16 = RecordBatch.noProducerEpoch
        var failures: [DeliveryFailure] = []
        var fatal: KafkaClientError?
        var retriedBatches = 0
        /// The most Produce requests seen in flight to one broker at once.
        var inFlightPeak = 0
        var metrics = ProducerMetrics()

        var isEmpty: Bool { queues.values.allSatisfy(\.isEmpty) }
    }

    /// A producer over an existing client (shared with other clients of the same tool).
    package init(client: KafkaClient, config: ProducerConfig) {
        self.client = client
        self.config = config
        self.ownsClient = false
        self.state = Mutex(State())
    }

    private init(ownedClient: KafkaClient, config: ProducerConfig) {
        self.client = ownedClient
        self.config = config
        self.ownsClient = true
        self.state = Mutex(State())
    }

    /// Bootstraps a client of its own.
    package static func connect(config: ProducerConfig) async throws(KafkaClientError) -> KafkaProducer {
        KafkaProducer(ownedClient: try await KafkaClient.connect(config: config.client), config: config)
    }

    // MARK: Sending

    /// Sends one record and waits for its delivery.
    package func send(
        topic: String, partition: Int32? = nil, key: ByteBuffer? = nil, value: ByteBuffer?,
        headers: [RecordHeader] = [], timestamp: Int64? = nil
    ) async throws(KafkaClientError) -> RecordMetadata {
        let chosen = try await prepare(topic: topic, partition: partition, key: key)
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<RecordMetadata, KafkaClientError>, Never>) in
            do {
                try append(
                    topic: topic, partition: chosen, key: key, value: value, headers: headers, timestamp: timestamp,
                    completion: { continuation.resume(returning: $0) })
            } catch {
                continuation.resume(returning: .failure(KafkaClientError.from(error)))
            }
        }
        return try result.get()
    }

    /// Sends one record without waiting for it: `completion` (when given) runs once it is delivered or
    /// has failed; failures of records without a completion are returned by the next `flush()`.
    /// Waits only for metadata of a topic not seen before, and while `buffer.memory` is full.
    package func send(
        topic: String, partition: Int32? = nil, key: ByteBuffer? = nil, value: ByteBuffer?,
        headers: [RecordHeader] = [], timestamp: Int64? = nil, completion: Completion?
    ) async throws(KafkaClientError) {
        let chosen = try await prepare(topic: topic, partition: partition, key: key)
        try append(
            topic: topic, partition: chosen, key: key, value: value, headers: headers, timestamp: timestamp,
            completion: completion)
    }

    /// Waits for metadata and buffer space, and picks the partition for a keyed or explicit record
    /// (nil: the sticky partition, chosen under the lock at append).
    private func prepare(topic: String, partition: Int32?, key: ByteBuffer?) async throws(KafkaClientError) -> Int32? {
        let count = try await partitionCount(of: topic)
        await waitForBufferSpace()
        return try Self.choosePartition(partition, key: key, count: count)
    }

    /// The topic's partition count, from metadata fetched within `metadata.max.age.ms` (a topic not
    /// known yet, or being auto-created, is waited for up to `max.block.ms`). Starts the sender.
    private func partitionCount(of topic: String) async throws(KafkaClientError) -> Int32 {
        startSenderIfNeeded()
        let maxAge = config.client.metadataMaxAge
        var (count, fetchedAt) = state.withLock { ($0.partitionCounts[topic], $0.metadata.fetchedAt) }
        if count == nil || ContinuousClock.now - fetchedAt >= maxAge {
            let deadline = ContinuousClock.now + config.maxBlock
            var metadata = try await client.metadata(for: [topic])
            while (metadata.topics[topic]?.partitionCount ?? 0) == 0 {
                guard ContinuousClock.now < deadline else {
                    throw .timeout("Topic \(topic) not present in metadata after \(config.maxBlock.milliseconds) ms.")
                }
                try await client.backoff()
                metadata = try await client.refreshMetadata(topics: [topic])
            }
            count = Int32(metadata.topics[topic]?.partitionCount ?? 1)
            state.withLock { state in
                state.metadata = metadata
                state.partitionCounts[topic] = count
                for (name, known) in metadata.topics where state.partitionCounts[name] != nil && known.partitionCount > 0 {
                    state.partitionCounts[name] = Int32(known.partitionCount)
                }
            }
        }
        guard let count else { throw .broker(.unknownTopicOrPartition) }
        return count
    }

    /// Returns once `buffer.memory` has room (or the producer is closing). Buffered bytes only
    /// shrink where `progress` is signaled, so the wait needs no timer.
    private func waitForBufferSpace() async {
        while true {
            let seen = progress.generation
            guard state.withLock({ $0.bufferedBytes >= config.bufferMemory && !$0.closing }) else { return }
            await progress.wait(since: seen)
        }
    }

    /// An explicit partition (checked against the count), else murmur2 of the key, else nil (sticky).
    private static func choosePartition(_ partition: Int32?, key: ByteBuffer?, count: Int32) throws(KafkaClientError)
        -> Int32?
    {
        if let partition {
            guard partition >= 0 && partition < count else {
                throw .config("Invalid partition given with record: \(partition) is not in the range [0...\(count)).")
            }
            return partition
        }
        if let key {
            return key.withUnsafeReadableBytes { Murmur2.toPositive(Murmur2.hash($0)) % count }
        }
        return nil
    }

    /// Kafka's upper bound for a record's size in a batch of its own (`estimateSizeInBytesUpperBound`
    /// without compression): the batch header, the record's varint overhead, its bytes and headers.
    static func estimatedRecordSize(key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader]) -> Int {
        var size = RecordBatch.headerSize + 21 + (key?.readableBytes ?? 0) + (value?.readableBytes ?? 0)
        for header in headers { size += 10 + header.key.utf8.count + (header.value?.readableBytes ?? 0) }
        return size
    }

    private func append(
        topic: String, partition chosen: Int32?, key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader],
        timestamp: Int64?, completion: Completion?
    ) throws(KafkaClientError) {
        let size = Self.estimatedRecordSize(key: key, value: value, headers: headers)
        try checkRecordSize(size)
        let ts = timestamp ?? SystemClock().milliseconds()
        let config = self.config
        let wake = try state.withLock { (state) throws(KafkaClientError) -> Bool in
            var run: PartitionQueue.Run?
            defer { run?.park() }
            return try Self.appendLocked(
                &state, &run, config: config, topic: topic, partition: chosen, key: key, value: value,
                headers: headers, timestamp: ts, completion: completion.map(CompletionTarget.record))
        }
        if wake { wakeSender.signal() }
    }

    /// Kafka's `ensureValidRecordSize`: a record that can never be sent is refused before it takes
    /// a sequence number that a failed batch would leave as a gap.
    private func checkRecordSize(_ size: Int) throws(KafkaClientError) {
        if size > config.maxRequestSize {
            throw .broker(
                .messageTooLarge,
                message: "The message is \(size) bytes when serialized which is larger than \(config.maxRequestSize),"
                    + " which is the value of the max.request.size configuration.")
        }
        if size > config.bufferMemory {
            throw .broker(
                .messageTooLarge,
                message: "The message is \(size) bytes when serialized which is larger than the total memory buffer"
                    + " you have configured with the buffer.memory configuration.")
        }
    }

    /// Appends one record to its partition's open batch (closing a full one first, and moving the
    /// sticky partition on when it was the sticky one's). `run` holds the partition last appended
    /// to; the caller parks it before releasing the lock, also when this throws. Returns whether
    /// the sender should be woken.
    private static func appendLocked(
        _ state: inout State, _ run: inout PartitionQueue.Run?, config: ProducerConfig, topic: String,
        partition chosen: Int32?, key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader], timestamp ts: Int64,
        completion: CompletionTarget?
    ) throws(KafkaClientError) -> Bool {
        if state.closing { throw .closed }
        if let fatal = state.fatal { throw fatal }
        let partition: Int32
        if let chosen {
            partition = chosen
        } else if let sticky = run?.sticky {
            partition = sticky
        } else if let sticky = state.sticky[topic] {
            partition = sticky
        } else {
            partition = Self.newStickyPartition(topic: topic, previous: nil, state: &state)
            state.sticky[topic] = partition
        }
        if run?.partition != partition {
            let sticky = run?.sticky
            run?.park()
            let tp = TopicPartition(topic, partition)
            let queue: PartitionQueue
            if let existing = state.queues[tp] {
                queue = existing
            } else {
                queue = PartitionQueue(tp)
                state.queues[tp] = queue
            }
            run = PartitionQueue.Run(partition: partition, queue: queue, builder: queue.builder.take(), sticky: sticky)
        }
        // `run` is set from here on; it is changed in place (a copy of it would share, and then
        // copy on write, the open batch's buffer).
        guard let queue = run?.queue else { return false }
        if chosen == nil { run?.sticky = partition }
        var wake = false
        var recordBytes = (key?.readableBytes ?? 0) + (value?.readableBytes ?? 0) + Record.maxRecordOverhead
        for header in headers { recordBytes += header.key.utf8.count + (header.value?.readableBytes ?? 0) + 10 }
        if let count = run?.builder?.recordsCount, count > 0,
            (run?.builder?.uncompressedSizeInBytes ?? 0) + recordBytes > config.batchSize
        {
            run?.park()
            try Self.closeOpenBatch(queue, queue.partition, &state)
            if chosen == nil, state.sticky[topic] == partition {
                state.sticky[topic] = Self.newStickyPartition(topic: topic, previous: partition, state: &state)
            }
            run?.sticky = nil
            wake = true
        }
        if run?.builder == nil {
            run?.builder = RecordBatchBuilder(
                compression: config.compression, compressionLevel: config.compressionLevel,
                initialCapacity: max(config.batchSize, recordBytes + RecordBatch.headerSize) + 64)
            queue.openedAt = .now
            wake = wake || queue.ready.isEmpty && queue.inFlight == 0
        }
        let index = run?.builder?.recordsCount ?? 0
        do {
            try run?.builder?.append(timestamp: ts, key: key, value: value, headers: headers)
        } catch {
            throw KafkaClientError.config("\(error)")
        }
        state.bufferedBytes += recordBytes
        run?.accountedBytes += recordBytes
        if let completion {
            queue.openCompletions.append(PendingCompletion(index: index, timestamp: ts, completion: completion))
        }
        return wake
    }

    /// The most records `send(topic:records:)` appends per hold of the lock.
    static let recordsPerLock = 1024

    /// Sends a run of records to `topic` without waiting for them, as `send(...completion: nil)` would
    /// one by one and in order, but with the metadata lookup done once and the producer's lock taken
    /// once per stretch of records that fits in `buffer.memory` (the fast path of piped input).
    /// Delivery failures come back from the next `flush()`, or, when `completion` is given, each
    /// accepted record's outcome goes to it with the record's index in `records` (and not to `flush()`).
    package func send(
        topic: String, records: [ProducerRecord], completion: RunCompletion? = nil
    ) async -> ProducerSendOutcome {
        var outcome = ProducerSendOutcome()
        outcome.stoppedAt = records.count
        guard !records.isEmpty else { return outcome }
        let count: Int32
        do {
            count = try await partitionCount(of: topic)
        } catch {
            outcome.stopped = error
            outcome.stoppedAt = 0
            return outcome
        }
        let config = self.config
        var next = 0
        while next < records.count {
            await waitForBufferSpace()
            let clock = SystemClock()
            let (taken, wake, stop) = state.withLock { state -> (Int, Bool, KafkaClientError?) in
                // Read in place: a copy of each record would retain and release its buffers.
                records.withUnsafeBufferPointer { records -> (Int, Bool, KafkaClientError?) in
                    var run: PartitionQueue.Run?
                    defer { run?.park() }
                    var wake = false
                    var index = next
                    // The clock is read every 256 records: a stretch takes about a millisecond.
                    var now = clock.milliseconds()
                    // A bounded stretch per lock, so the sender and responses get the lock in between.
                    while index < records.count, index - next < Self.recordsPerLock,
                        index == next || state.bufferedBytes < config.bufferMemory
                    {
                        if (index - next) & 255 == 255 { now = clock.milliseconds() }
                        let at = index
                        index += 1
                        let chosen: Int32?
                        do throws(KafkaClientError) {
                            try checkRecordSize(
                                Self.estimatedRecordSize(
                                    key: records[at].key, value: records[at].value, headers: records[at].headers))
                            chosen = try Self.choosePartition(records[at].partition, key: records[at].key, count: count)
                        } catch {
                            outcome.rejected.append((at, error))
                            continue
                        }
                        do throws(KafkaClientError) {
                            wake =
                                try Self.appendLocked(
                                    &state, &run, config: config, topic: topic, partition: chosen, key: records[at].key,
                                    value: records[at].value, headers: records[at].headers,
                                    timestamp: records[at].timestamp ?? now,
                                    completion: completion.map { .run($0, at) }) || wake
                        } catch {
                            if error.kind == .config {
                                outcome.rejected.append((at, error))
                                continue
                            }
                            return (at, wake, error)
                        }
                        outcome.accepted += 1
                    }
                    return (index, wake, nil)
                }
            }
            if wake { wakeSender.signal() }
            if let stop {
                outcome.stopped = stop
                outcome.stoppedAt = taken
                return outcome
            }
            next = taken
        }
        return outcome
    }

    /// A random partition of `topic` other than `previous` (Kafka's sticky partitioner; leaders
    /// preferred when known).
    private static func newStickyPartition(topic: String, previous: Int32?, state: inout State) -> Int32 {
        let count = state.partitionCounts[topic] ?? 1
        guard count > 1 else { return 0 }
        let available = state.metadata.topics[topic]?.partitions.filter(\.hasLeader).map(\.partition) ?? []
        let candidates = available.count > 1 ? available : Array(0..<count)
        var choice = candidates.randomElement() ?? 0
        while choice == previous { choice = candidates.randomElement() ?? 0 }
        return choice
    }

    private static func closeOpenBatch(_ queue: PartitionQueue, _ tp: TopicPartition, _ state: inout State) throws(KafkaClientError) {
        guard var builder = queue.builder else { return }
        queue.builder = nil
        let count = builder.recordsCount
        let batch: RecordBatch?
        do {
            batch = try builder.build()
        } catch {
            throw KafkaClientError.config("\(error)")
        }
        guard let batch else { return }
        queue.ready.append(
            ProducerBatch(
                partition: tp, bytes: batch.buffer, recordCount: count, createdAt: queue.openedAt,
                completions: queue.openCompletions, accountedBytes: queue.openAccountedBytes))
        queue.openCompletions = []
        queue.openAccountedBytes = 0
    }

    // MARK: Flush and close

    /// Sends everything buffered now (ignoring `linger.ms`) and waits until every record sent before
    /// the call is delivered or failed. Returns the failures of records sent without a completion
    /// since the previous flush.
    @discardableResult
    package func flush() async -> [DeliveryFailure] {
        startSenderIfNeeded()
        state.withLock { $0.flushes += 1 }
        wakeSender.signal()
        while !state.withLock({ $0.isEmpty }) {
            await progress.wait(timeout: .milliseconds(50))
        }
        return state.withLock { state in
            state.flushes -= 1
            defer { state.failures = [] }
            return state.failures
        }
    }

    /// Flushes, stops the sender, and closes the client when the producer owns it.
    @discardableResult
    package func close() async -> [DeliveryFailure] {
        let failures = await flush()
        state.withLock {
            $0.closing = true
            $0.closed = true
        }
        wakeSender.signal()
        progress.signal()
        let task = sender.withLock { $0 }
        await task?.value
        if ownsClient { await client.close() }
        return failures
    }

    // MARK: The sender

    private func startSenderIfNeeded() {
        sender.withLock { task in
            guard task == nil else { return }
            task = Task { await self.runSender() }
        }
    }

    private func runSender() async {
        if config.isIdempotent {
            do {
                try await initProducerId()
            } catch {
                failEverything(with: error)
                state.withLock { $0.fatal = error }
            }
        }
        // The topics with records to send, as the previous drain left them: one hold of the lock
        // per round (taking it is what costs while a run of records is being appended).
        var topics = state.withLock { Self.busyTopics($0) }
        while true {
            // Read before draining: a signal given after this (a response, an append) ends the wait.
            let seen = wakeSender.generation
            let metadata = topics.isEmpty ? nil : try? await client.metadata(for: topics)
            let (requests, nextWake, done, expired, busy) = drain(now: .now, metadata: metadata)
            topics = busy
            if !expired.isEmpty { expire(expired) }
            // Written in drain order from this one task: a broker sees each partition's batches in
            // sequence order (the responses are awaited apart, so requests still pipeline).
            for (node, batches) in requests {
                await dispatch(to: node, batches: batches)
            }
            if done { return }
            // A drain sends at most one request per broker, and wake-ups coalesce (several responses
            // can free several slots behind one signal): drain again until nothing more can go, so
            // the in-flight window stays full instead of shrinking to one request per round trip.
            if !requests.isEmpty { continue }
            if let nextWake {
                await wakeSender.wait(timeout: nextWake)
            } else {
                // A response is due and nothing lingers: its completion signals, so no timer is armed
                // (a timer task per wait cost more than the rest of a batch's round).
                await wakeSender.wait(since: seen)
            }
        }
    }

    private func initProducerId() async throws(KafkaClientError) {
        var attempt = 0
        while true {
            var request = InitProducerIdRequest()
            request.transactionalId = nil
            request.transactionTimeoutMs = Int32.max
            do {
                let response = try await client.sendToAnyBroker(request)
                let code = ErrorCode(rawValue: response.errorCode)
                if code == .none {
                    state.withLock {
                        $0.producerId = response.producerId
                        $0.producerEpoch = response.producerEpoch
                    }
                    return
                }
                throw KafkaClientError.broker(code)
            } catch {
                attempt += 1
                let mapped = KafkaClientError.from(error)
                guard mapped.isRetriable, attempt <= max(config.client.retries, 10) else { throw mapped }
                try await client.backoff()
            }
        }
    }

    /// The topics whose partitions have records buffered or in flight.
    private static func busyTopics(_ state: State) -> Set<String> {
        Set(state.queues.compactMap { $0.value.isEmpty ? nil : $0.key.topic })
    }

    /// Takes the batches that may go now, grouped by leader; says how long until the next open
    /// batch lingers out (nil: nothing is timed and a response is due, whose completion wakes the
    /// sender), whether the sender is done (closed and empty), and which topics still have records.
    /// `metadata` (when newer than the producer's) is taken in first.
    private func drain(now: ContinuousClock.Instant, metadata: ClusterMetadata?) -> (
        [(Int32, [ProducerBatch])], Duration?, Bool, [ProducerBatch], Set<String>
    ) {
        let config = self.config
        return state.withLock { state in
            if let metadata, metadata.fetchedAt >= state.metadata.fetchedAt {
                state.metadata = metadata
                for (name, topic) in metadata.topics where state.partitionCounts[name] != nil {
                    state.partitionCounts[name] = Int32(topic.partitionCount)
                }
            }
            if state.closed && state.isEmpty { return ([], .zero, true, [], []) }
            var expired: [ProducerBatch] = []
            var nextWake: Duration = .milliseconds(200)
            var timed = false
            var byNode: [Int32: [ProducerBatch]] = [:]
            var bytesByNode: [Int32: Int] = [:]
            let flushing = state.flushes > 0 || state.closing
            var needMetadata = false
            for (tp, queue) in state.queues where !queue.isEmpty {
                if let builder = queue.builder, builder.recordsCount > 0 {
                    let age = now - queue.openedAt
                    if flushing || age >= config.linger || !queue.ready.isEmpty {
                        if (try? Self.closeOpenBatch(queue, tp, &state)) == nil { queue.builder = nil }
                    } else {
                        nextWake = min(nextWake, config.linger - age)
                        timed = true
                    }
                }
                guard !queue.ready.isEmpty || !queue.retries.isEmpty else { continue }
                // Batches that waited delivery.timeout.ms without being sent (no leader) expire.
                // `ready` is in creation order, so its expired batches are a prefix: no scan of a
                // full buffer's worth of batches per drain (retries are few; they are all looked at).
                if queue.inFlight == 0 {
                    let old = { (batch: ProducerBatch) in now - batch.createdAt >= config.deliveryTimeout }
                    if queue.retries.contains(where: old) {
                        expired += queue.retries.filter(old)
                        queue.retries.removeAll(where: old)
                    }
                    let oldReady = queue.ready.prefix(while: old).count
                    if oldReady > 0 {
                        expired += queue.ready.prefix(oldReady)
                        queue.ready.removeFirst(oldReady)
                    }
                    if queue.ready.isEmpty && queue.retries.isEmpty { continue }
                }
                guard let leader = state.metadata.leader(for: tp) else {
                    needMetadata = true
                    continue
                }
                if state.inFlightByBroker[leader, default: 0] >= config.maxInFlightRequestsPerConnection { continue }
                let batch: ProducerBatch
                if !queue.retries.isEmpty {
                    // Retries go one at a time, lowest sequence first, once nothing else is in flight.
                    guard queue.inFlight == 0 else { continue }
                    batch = queue.retries.removeFirst()
                } else {
                    guard queue.inFlight < config.maxInFlightRequestsPerConnection else { continue }
                    batch = queue.ready.removeFirst()
                }
                if bytesByNode[leader, default: 0] + batch.bytes.readableBytes > config.maxRequestSize,
                    byNode[leader] != nil
                {
                    // Over max.request.size: back to the front, for the next request.
                    if batch.attempts > 0 { queue.retries.insert(batch, at: 0) } else { queue.ready.insert(batch, at: 0) }
                    nextWake = .zero
                    timed = true
                    continue
                }
                if config.isIdempotent && batch.baseSequence == RecordBatch.noSequence {
                    Self.assignSequence(batch, queue: queue, producerId: state.producerId, epoch: state.producerEpoch)
                }
                queue.inFlight += 1
                if batch.attempts == 0 {
                    let size = batch.bytes.readableBytes
                    state.metrics.batches += 1
                    state.metrics.batchBytes += size
                    state.metrics.batchBytesMax = max(state.metrics.batchBytesMax, size)
                    state.metrics.recordsSent += Int(batch.recordCount)
                } else {
                    state.metrics.recordRetries += Int(batch.recordCount)
                }
                batch.attempts += 1
                byNode[leader, default: []].append(batch)
                bytesByNode[leader, default: 0] += batch.bytes.readableBytes
            }
            for node in byNode.keys {
                state.inFlightByBroker[node, default: 0] += 1
                state.inFlightPeak = max(state.inFlightPeak, state.inFlightByBroker[node, default: 0])
            }
            state.metrics.requests += byNode.count
            if needMetadata {
                client.markStale()
                nextWake = min(nextWake, config.client.retryBackoff)
                timed = true
            }
            let responseDue = state.inFlightByBroker.values.contains { $0 > 0 }
            return (
                byNode.map { ($0.key, $0.value) }, timed || !responseDue ? nextWake : nil, false, expired,
                Self.busyTopics(state)
            )
        }
    }

    /// Writes the producer id, epoch and the partition's next sequence into the batch header and
    /// recomputes the CRC (which covers them).
    private static func assignSequence(_ batch: ProducerBatch, queue: PartitionQueue, producerId: Int64, epoch: Int16) {
        batch.baseSequence = queue.nextSequence
        queue.nextSequence = RecordBatch.incrementSequence(queue.nextSequence, by: batch.recordCount)
        var bytes = batch.bytes
        batch.bytes = ByteBuffer()
        bytes.setInteger(producerId, at: RecordBatch.Field.producerId)
        bytes.setInteger(epoch, at: RecordBatch.Field.producerEpoch)
        bytes.setInteger(batch.baseSequence, at: RecordBatch.Field.baseSequence)
        bytes.setInteger(RecordBatch.crc32c(of: bytes, from: RecordBatch.Field.attributes), at: RecordBatch.Field.crc)
        batch.bytes = bytes
    }

    private func dispatch(to node: Int32, batches: [ProducerBatch]) async {
        var request = ProduceRequest()
        request.acks = config.acks
        request.timeoutMs = config.client.requestTimeout.int32Milliseconds
        let grouped = Dictionary(grouping: batches, by: \.partition.topic)
        request.topicData = grouped.map { topic, batches in
            var data = ProduceRequest.TopicProduceData()
            data.name = topic
            data.partitionData = batches.map { batch in
                var p = ProduceRequest.PartitionProduceData()
                p.index = batch.partition.partition
                p.records = batch.bytes
                return p
            }
            return data
        }
        let negotiated: NegotiatedConnection
        let version: Int16
        let frame: ByteBuffer
        do {
            negotiated = try await client.connection(to: node)
            guard let v = negotiated.version(for: .produce) else {
                throw KafkaClientError(kind: .unsupportedVersion, code: .unsupportedVersion, message: "The broker does not support Produce")
            }
            version = v
            frame = try request.frame(
                version: version, correlationId: negotiated.connection.nextCorrelationId(),
                clientId: negotiated.connection.clientId)
        } catch {
            let mapped = KafkaClientError.from(error)
            complete(node: node, batches.map { ($0, .failure(mapped)) })
            return
        }
        // `Task.immediate` runs up to the socket write before returning, so writes keep this order.
        Task.immediate {
            await self.awaitProduce(node: node, negotiated: negotiated, version: version, frame: frame, batches: batches)
        }
    }

    private func awaitProduce(
        node: Int32, negotiated: NegotiatedConnection, version: Int16, frame: ByteBuffer, batches: [ProducerBatch]
    ) async {
        var outcomes: [(ProducerBatch, Result<ProduceResponse.PartitionProduceResponse, KafkaClientError>)] = []
        let sentAt = ContinuousClock.now
        do {
            if config.acks == 0 {
                try await negotiated.connection.sendFrameNoResponse(frame)
                for batch in batches {
                    var none = ProduceResponse.PartitionProduceResponse()
                    none.baseOffset = -1
                    outcomes.append((batch, .success(none)))
                }
            } else {
                let answer = try await negotiated.connection.sendFrame(frame)
                let response = try ProduceResponse(decodingFrame: answer, version: version)
                var byPartition: [TopicPartition: ProduceResponse.PartitionProduceResponse] = [:]
                for topic in response.responses {
                    for p in topic.partitionResponses { byPartition[TopicPartition(topic.name, p.index)] = p }
                }
                for batch in batches {
                    if let p = byPartition[batch.partition] {
                        outcomes.append((batch, .success(p)))
                    } else {
                        outcomes.append(
                            (batch, .failure(KafkaClientError(kind: .protocolError, message: "No response for \(batch.partition)"))))
                    }
                }
            }
        } catch {
            let mapped = KafkaClientError.from(error)
            if mapped.kind == .connection || mapped.kind == .timeout { client.dropConnection(node, negotiated) }
            outcomes = batches.map { ($0, .failure(mapped)) }
        }
        complete(node: node, outcomes, roundTrip: ContinuousClock.now - sentAt)
    }

    private func complete(
        node: Int32, _ outcomes: [(ProducerBatch, Result<ProduceResponse.PartitionProduceResponse, KafkaClientError>)],
        roundTrip: Duration? = nil
    ) {
        var callbacks: [(CompletionTarget, Result<RecordMetadata, KafkaClientError>)] = []
        var staleMetadata = false
        let config = self.config
        state.withLock { state in
            state.inFlightByBroker[node, default: 1] -= 1
            if let roundTrip {
                let parts = roundTrip.components
                let nanos = parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000
                state.metrics.timedRequests += 1
                state.metrics.requestLatencyNanos += nanos
                state.metrics.requestLatencyMaxNanos = max(state.metrics.requestLatencyMaxNanos, nanos)
            }
            let now = ContinuousClock.now
            for (batch, outcome) in outcomes {
                guard let queue = state.queues[batch.partition] else { continue }
                queue.inFlight -= 1
                var error: KafkaClientError?
                var response: ProduceResponse.PartitionProduceResponse?
                switch outcome {
                case .success(let p):
                    let code = ErrorCode(rawValue: p.errorCode)
                    if code == .none || code == .duplicateSequenceNumber {
                        response = p
                    } else {
                        error = .broker(code, message: p.errorMessage)
                    }
                case .failure(let e):
                    error = e
                }
                if var failure = error {
                    if failure.invalidatesMetadata { staleMetadata = true }
                    // An out-of-order sequence right behind a batch being retried is part of the same gap.
                    let behindRetry =
                        failure.code == .outOfOrderSequenceNumber
                        && queue.retries.contains { $0.baseSequence < batch.baseSequence }
                    let retriable = failure.isRetriable || behindRetry
                    let expired = now - batch.createdAt >= config.deliveryTimeout
                    if retriable && !expired && batch.attempts <= config.retries && !state.closed {
                        let position = queue.retries.firstIndex { $0.baseSequence > batch.baseSequence } ?? queue.retries.count
                        queue.retries.insert(batch, at: position)
                        state.retriedBatches += 1
                        continue
                    }
                    if retriable && expired {
                        failure = .timeout(
                            "Expiring \(batch.recordCount) record(s) for \(batch.partition): \((now - batch.createdAt).milliseconds) ms has passed since batch creation")
                    }
                    state.bufferedBytes -= batch.accountedBytes
                    state.metrics.recordErrors += Int(batch.recordCount)
                    if batch.completions.count < Int(batch.recordCount) {
                        state.failures.append(
                            DeliveryFailure(
                                partition: batch.partition, records: Int(batch.recordCount) - batch.completions.count,
                                error: failure))
                    }
                    for pending in batch.completions { callbacks.append((pending.completion, .failure(failure))) }
                    continue
                }
                state.bufferedBytes -= batch.accountedBytes
                guard let response else { continue }
                for pending in batch.completions {
                    let offset = response.baseOffset >= 0 ? response.baseOffset + Int64(pending.index) : -1
                    let timestamp = response.logAppendTimeMs >= 0 ? response.logAppendTimeMs : pending.timestamp
                    callbacks.append(
                        (
                            pending.completion,
                            .success(
                                RecordMetadata(
                                    topic: batch.partition.topic, partition: batch.partition.partition, offset: offset,
                                    timestamp: timestamp))
                        ))
                }
            }
            if state.bufferedBytes < 0 { state.bufferedBytes = 0 }
        }
        if staleMetadata { client.markStale() }
        for (completion, result) in callbacks { completion(result) }
        wakeSender.signal()
        progress.signal()
    }

    /// Fails batches that were never delivered within delivery.timeout.ms.
    private func expire(_ batches: [ProducerBatch]) {
        var callbacks: [(CompletionTarget, KafkaClientError)] = []
        let now = ContinuousClock.now
        state.withLock { state in
            for batch in batches {
                let error = KafkaClientError.timeout(
                    "Expiring \(batch.recordCount) record(s) for \(batch.partition): \((now - batch.createdAt).milliseconds) ms has passed since batch creation")
                state.bufferedBytes = max(0, state.bufferedBytes - batch.accountedBytes)
                state.metrics.recordErrors += Int(batch.recordCount)
                if batch.completions.count < Int(batch.recordCount) {
                    state.failures.append(
                        DeliveryFailure(
                            partition: batch.partition, records: Int(batch.recordCount) - batch.completions.count, error: error))
                }
                callbacks += batch.completions.map { ($0.completion, error) }
            }
        }
        for (callback, error) in callbacks { callback(.failure(error)) }
        progress.signal()
    }

    /// The producer's counters so far (`--print-metrics` of the perf tool).
    package var metrics: ProducerMetrics { state.withLock { $0.metrics } }

    /// Batches sent again after a retriable failure, since the producer started (for tests and metrics).
    package var retriedBatchCount: Int { state.withLock { $0.retriedBatches } }

    /// The most Produce requests that were in flight to one broker at once (at most
    /// `max.in.flight.requests.per.connection`), since the producer started (for tests).
    package var inFlightRequestsPeak: Int { state.withLock { $0.inFlightPeak } }

    private func failEverything(with error: KafkaClientError) {
        var callbacks: [CompletionTarget] = []
        state.withLock { state in
            for (tp, queue) in state.queues {
                try? Self.closeOpenBatch(queue, tp, &state)
                for batch in queue.ready + queue.retries {
                    callbacks += batch.completions.map(\.completion)
                    state.metrics.recordErrors += Int(batch.recordCount)
                    state.failures.append(DeliveryFailure(partition: tp, records: Int(batch.recordCount), error: error))
                }
                queue.ready = []
                queue.retries = []
            }
            state.bufferedBytes = 0
        }
        for callback in callbacks { callback(.failure(error)) }
        progress.signal()
    }
}

/// A wake-up flag for tasks: `signal()` wakes every waiter (or the next one to wait); `wait(timeout:)`
/// returns on a signal or after the timeout, whichever comes first.
final class ClientSignal: Sendable {
    private struct State {
        var signaled = false
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var nextId: UInt64 = 0
        /// Waiters whose timeout fired before they were registered.
        var expired: Set<UInt64> = []
        /// Signals so far (for `wait(since:)`).
        var generation: UInt64 = 0
    }

    private let state = Mutex(State())

    func signal() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.generation &+= 1
            if state.waiters.isEmpty {
                state.signaled = true
                return []
            }
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    func wait(timeout: Duration) async {
        let id: UInt64? = state.withLock { state in
            if state.signaled {
                state.signaled = false
                return nil
            }
            state.nextId += 1
            return state.nextId
        }
        guard let id else { return }
        if timeout <= .zero {
            return
        }
        let timer = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            self.resume(id)
        }
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state -> Bool in
                if state.signaled || state.expired.remove(id) != nil {
                    state.signaled = false
                    return true
                }
                state.waiters[id] = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
        timer.cancel()
        state.withLock { _ = $0.expired.remove(id) }
    }

    /// The count of signals so far: read it before checking a condition, then `wait(since:)`.
    var generation: UInt64 { state.withLock { $0.generation } }

    /// Returns once a signal was given after `generation` was read (at once if one already was),
    /// with no timeout: for conditions that only change where a signal follows, so none is lost.
    func wait(since generation: UInt64) async {
        let id: UInt64? = state.withLock { state in
            guard state.generation == generation else { return nil }
            state.nextId += 1
            return state.nextId
        }
        guard let id else { return }
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state -> Bool in
                if state.generation != generation { return true }
                state.waiters[id] = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    private func resume(_ id: UInt64) {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard let waiter = state.waiters.removeValue(forKey: id) else {
                state.expired.insert(id)
                return nil
            }
            return waiter
        }
        waiter?.resume()
    }
}
