import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a validated `console-consumer` command. Without `--partition` it is Kafka's: the consumer
/// subscribes to `--topic` (or the `--include` regex) in its group (`--group`, or a generated
/// `console-consumer-NNNNN` with auto-commit off) and reads what the group assigns it, from the
/// committed offsets, else by `auto.offset.reset` (`--from-beginning`: earliest). With
/// `--partition`, or with one of swkafka's `--offset` ranges and no `--group`, it reads in assign
/// mode without a group. Records are formatted into one reused buffer that is written to the
/// output in large writes. Consumption ends at `--max-messages`, after `--timeout-ms` without a
/// record, when every partition reached its stop position (`--exit-at-end`: in group mode, the end
/// offsets when each partition was assigned), on SIGINT, or when the output closes. In group mode
/// the positions committed on exit are those after the last record written, and the member leaves
/// the group.
package enum ConsoleConsumerRunner {
    /// Output bytes gathered before a write.
    static let writeThreshold = 1 << 16
    /// The longest single poll, so that an interrupt is noticed promptly.
    static let pollSlice: Duration = .milliseconds(200)

    /// How consumption ended.
    package struct Outcome: Sendable, Equatable {
        /// Records formatted (Kafka's `Processed a total of N messages`).
        package var processed = 0
        /// The output was closed by its reader (EPIPE).
        package var outputClosed = false
    }

    /// The message for one of swkafka's `--offset` ranges with a group: a group starts at its
    /// committed offsets, so the range is refused rather than silently ignored.
    package static let rangeWithGroup =
        "The --offset ranges read in assign mode without a group: drop --group (and group.id), or drop --offset to start at the group's committed offsets."

    /// Whether the command reads through a group subscription (Kafka's mode without `--partition`).
    package static func usesGroup(_ command: ConsoleConsumerCommand) -> Bool {
        guard command.partition == nil else { return false }
        if case .committed = command.start { return true }
        return false
    }

    package static func run(
        _ command: ConsoleConsumerCommand, output fd: Int32 = ToolStreams.standardOutput,
        interrupt: InterruptFlag = InterruptFlag()
    ) async throws(ToolError) -> Outcome {
        let group = usesGroup(command)
        if !group && command.partition == nil && !command.generatedGroup { throw .failure(rangeWithGroup) }
        var properties = command.consumerProperties
        // Assign mode: the generated group id is never used.
        if !group { properties["group.id"] = nil }
        let config: ConsumerConfig
        do {
            config = try ConsumerConfig(properties: properties.dictionary)
        } catch {
            throw .failure(error.message)
        }
        let consumer: KafkaConsumer
        do {
            consumer = try await KafkaConsumer.connect(config: config)
        } catch {
            throw .failure(error.message)
        }
        var outcome = Outcome()
        do throws(ToolError) {
            if group {
                try await consumeInGroup(
                    command, consumer: consumer, output: fd, interrupt: interrupt, outcome: &outcome)
            } else {
                try await consume(command, consumer: consumer, output: fd, interrupt: interrupt, outcome: &outcome)
            }
        } catch {
            await consumer.close()
            throw error
        }
        await consumer.close()
        return outcome
    }

    private static func consume(
        _ command: ConsoleConsumerCommand, consumer: KafkaConsumer, output fd: Int32, interrupt: InterruptFlag,
        outcome: inout Outcome
    ) async throws(ToolError) {
        let idleLimit = command.timeoutMs.map { Duration.milliseconds($0) }
        var lastRecord = ContinuousClock.now
        func idleExpired() -> Bool {
            guard let idleLimit else { return false }
            return ContinuousClock.now - lastRecord >= idleLimit
        }

        // The partitions: wait for the topic to appear (auto-creation, or a producer yet to come).
        var partitions: [TopicPartition] = []
        while partitions.isEmpty {
            partitions = try await findPartitions(command, consumer: consumer)
            if !partitions.isEmpty { break }
            if interrupt.isSet || idleExpired() { return }
            try? await Task.sleep(for: .milliseconds(100))
        }
        if command.maxMessages == 0 { return }

        do {
            let starts = try await startPositions(command, partitions: partitions, consumer: consumer)
            consumer.assign(starts)
            let stops = try await stopOffsets(command, partitions: partitions, consumer: consumer)
            var active = Set(partitions)
            if !stops.isEmpty {
                for tp in partitions {
                    if try await consumer.position(tp) >= (stops[tp] ?? .max) { active.remove(tp) }
                }
                if active.isEmpty { return }
            }
            lastRecord = .now

            var writer = RecordWriter(format: command.output, fd: fd)
            let maxMessages = command.maxMessages ?? .max

            polling: while !interrupt.isSet {
                guard let wait = pollWait(idleLimit: idleLimit, lastRecord: lastRecord) else { break }
                let records = try await consumer.poll(timeout: wait)
                if !records.isEmpty { lastRecord = .now }
                for record in records {
                    let tp = TopicPartition(record.topic, record.partition)
                    if !stops.isEmpty {
                        guard active.contains(tp) else { continue }
                        if record.offset >= (stops[tp] ?? .max) {
                            active.remove(tp)
                            continue
                        }
                    }
                    outcome.processed += 1
                    if !writer.write(record) {
                        outcome.outputClosed = true
                        return
                    }
                    if outcome.processed >= maxMessages { break polling }
                }
                if !writer.flush() {
                    outcome.outputClosed = true
                    return
                }
                if !stops.isEmpty {
                    for tp in active {
                        if try await consumer.position(tp) >= (stops[tp] ?? .max) { active.remove(tp) }
                    }
                    if active.isEmpty { break }
                }
            }
            if !writer.flush() { outcome.outputClosed = true }
        } catch let error as ToolError {
            throw error
        } catch let error as KafkaClientError {
            throw .failure(error.message)
        } catch {
            throw .failure("\(error)")
        }
    }

    /// Group mode: subscribe, then poll what the group assigns. Stop positions (`--exit-at-end`) are
    /// read for each partition when it is first assigned. On `--max-messages` the partitions are
    /// moved back to the first record not written, so the commit at close covers exactly the
    /// records written.
    private static func consumeInGroup(
        _ command: ConsoleConsumerCommand, consumer: KafkaConsumer, output fd: Int32, interrupt: InterruptFlag,
        outcome: inout Outcome
    ) async throws(ToolError) {
        let idleLimit = command.timeoutMs.map { Duration.milliseconds($0) }
        var lastRecord = ContinuousClock.now
        if command.maxMessages == 0 { return }
        do throws(KafkaClientError) {
            switch command.subscription {
            case .topic(let topic): try await consumer.subscribe(topics: [topic])
            case .pattern(let pattern): try await consumer.subscribe(pattern: pattern)
            }
            var stops: [TopicPartition: Int64] = [:]
            let exitAtEnd = command.stop == .endOffsetsAtStart
            var writer = RecordWriter(format: command.output, fd: fd)
            let maxMessages = command.maxMessages ?? .max

            polling: while !interrupt.isSet {
                guard let wait = pollWait(idleLimit: idleLimit, lastRecord: lastRecord) else { break }
                let records = try await consumer.poll(timeout: wait)
                if !records.isEmpty { lastRecord = .now }
                for (index, record) in records.enumerated() {
                    let tp = TopicPartition(record.topic, record.partition)
                    if exitAtEnd, let stop = stops[tp], record.offset >= stop { continue }
                    outcome.processed += 1
                    if !writer.write(record) {
                        outcome.outputClosed = true
                        return
                    }
                    if outcome.processed >= maxMessages {
                        rewind(consumer, unwritten: records[(index + 1)...])
                        break polling
                    }
                }
                if !writer.flush() {
                    outcome.outputClosed = true
                    return
                }
                if exitAtEnd && consumer.isGroupStable {
                    let assigned = consumer.assignment
                    let unknown = assigned.filter { stops[$0] == nil }
                    if !unknown.isEmpty {
                        for (tp, end) in try await consumer.endOffsets(Array(unknown)) { stops[tp] = end }
                    }
                    var done = !assigned.isEmpty
                    for tp in assigned where done {
                        if try await consumer.position(tp) < (stops[tp] ?? .max) { done = false }
                    }
                    if done { break }
                }
            }
            if !writer.flush() { outcome.outputClosed = true }
        } catch {
            throw .failure(error.message)
        }
    }

    /// How long the next poll may wait: a poll slice, cut to what is left of `--timeout-ms`; nil
    /// once the consumer has been idle that long.
    private static func pollWait(idleLimit: Duration?, lastRecord: ContinuousClock.Instant) -> Duration? {
        guard let idleLimit else { return pollSlice }
        let left = idleLimit - (ContinuousClock.now - lastRecord)
        return left <= .zero ? nil : min(pollSlice, left)
    }

    /// Formats records into a buffer and writes it to the output when it passes `writeThreshold`
    /// or on `flush()`; both report false once the output is closed (`| head`).
    private struct RecordWriter {
        let format: RecordOutputFormat
        let fd: Int32
        private var buffer: [UInt8] = []

        init(format: RecordOutputFormat, fd: Int32) {
            self.format = format
            self.fd = fd
            buffer.reserveCapacity(writeThreshold * 2)
        }

        mutating func write(_ record: ConsumerRecord) -> Bool {
            format.write(
                ConsumedRecord(
                    topic: record.topic, partition: record.partition, offset: record.offset,
                    timestamp: record.timestamp, timestampType: record.timestampType, key: record.key,
                    value: record.value, headers: record.headers, leaderEpoch: record.leaderEpoch),
                to: &buffer)
            return buffer.count < writeThreshold || flush()
        }

        mutating func flush() -> Bool {
            defer { buffer.removeAll(keepingCapacity: true) }
            return buffer.isEmpty || ToolStreams.write(buffer, to: fd)
        }
    }

    /// Moves each partition with records returned but not written back to the first of them.
    private static func rewind(_ consumer: KafkaConsumer, unwritten: ArraySlice<ConsumerRecord>) {
        var first: [TopicPartition: Int64] = [:]
        for record in unwritten {
            let tp = TopicPartition(record.topic, record.partition)
            first[tp] = min(first[tp] ?? .max, record.offset)
        }
        for (tp, offset) in first { consumer.seek(tp, to: offset) }
    }

    /// The partitions to read; empty while the topic does not exist.
    private static func findPartitions(_ command: ConsoleConsumerCommand, consumer: KafkaConsumer)
        async throws(ToolError) -> [TopicPartition]
    {
        do {
            switch command.subscription {
            case .topic(let topic):
                let metadata = try await consumer.client.metadata(for: [topic])
                guard let found = metadata.topics[topic], !found.partitions.isEmpty else { return [] }
                if let partition = command.partition {
                    guard found.partitions.contains(where: { $0.partition == partition }) else {
                        throw ToolError.failure("Partition \(partition) of topic \(topic) does not exist.")
                    }
                    return [TopicPartition(topic, partition)]
                }
                return found.partitions.map { TopicPartition(topic, $0.partition) }
            case .pattern(let pattern):
                let regex: Regex<AnyRegexOutput>
                do {
                    regex = try Regex(pattern)
                } catch {
                    throw ToolError.failure("\(pattern) is an invalid regex.")
                }
                let listings = try await AdminClient(client: consumer.client).listTopics(includeInternal: false)
                let names = listings.map(\.name).filter { (try? regex.wholeMatch(in: $0)) != nil }
                if names.isEmpty { return [] }
                let metadata = try await consumer.client.metadata(for: names)
                return names.flatMap { name in
                    (metadata.topics[name]?.partitions ?? []).map { TopicPartition(name, $0.partition) }
                }
            }
        } catch let error as ToolError {
            throw error
        } catch let error as KafkaClientError {
            throw .failure(error.message)
        } catch {
            throw .failure("\(error)")
        }
    }

    private static func startPositions(
        _ command: ConsoleConsumerCommand, partitions: [TopicPartition], consumer: KafkaConsumer
    ) async throws -> [TopicPartition: StartPosition] {
        let start: StartPosition
        switch command.start {
        case .earliest: start = .earliest
        case .latest: start = .latest
        case .offset(let offset): start = .offset(offset)
        case .timestamp(let ms): start = .timestamp(ms)
        case .committed(let reset):
            // No group, so no committed offsets: the reset policy decides.
            switch reset {
            case .earliest: start = .earliest
            case .latest: start = .latest
            case .none:
                throw ToolError.failure(
                    "Undefined offset with no reset policy for partitions: ["
                        + partitions.map(\.description).joined(separator: ", ") + "]")
            }
        case .beforeEnd(let count):
            let ends = try await consumer.endOffsets(partitions)
            let beginnings = try await consumer.beginningOffsets(partitions)
            var result: [TopicPartition: StartPosition] = [:]
            for tp in partitions {
                let end = ends[tp] ?? 0
                result[tp] = .offset(max(beginnings[tp] ?? 0, end - count))
            }
            return result
        }
        return Dictionary(uniqueKeysWithValues: partitions.map { ($0, start) })
    }

    /// Each partition's stop offset (exclusive); empty when consumption does not stop by offset.
    private static func stopOffsets(
        _ command: ConsoleConsumerCommand, partitions: [TopicPartition], consumer: KafkaConsumer
    ) async throws -> [TopicPartition: Int64] {
        switch command.stop {
        case nil:
            return [:]
        case .offset(let offset):
            return Dictionary(uniqueKeysWithValues: partitions.map { ($0, offset) })
        case .endOffsetsAtStart:
            return try await consumer.endOffsets(partitions)
        case .timestamp(let ms):
            let ends = try await consumer.endOffsets(partitions)
            let found = try await consumer.offsetsForTimes(
                Dictionary(uniqueKeysWithValues: partitions.map { ($0, ms) }))
            var result: [TopicPartition: Int64] = [:]
            for tp in partitions {
                result[tp] = (found[tp] ?? nil)?.offset ?? ends[tp] ?? 0
            }
            return result
        }
    }
}

/// Set once SIGINT (or SIGTERM) arrives, so a tool's loop can end cleanly and print its summary.
package final class InterruptFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    package init() {}

    package var isSet: Bool { flag.load(ordering: .acquiring) || (caught && signalArrived.load(ordering: .acquiring)) }

    package func set() { flag.store(true, ordering: .releasing) }

    private let caughtFlag = Atomic<Bool>(false)
    private var caught: Bool { caughtFlag.load(ordering: .relaxed) }

    /// Catches SIGINT and SIGTERM from now on: they set the flag instead of ending the process.
    package func catchSignals() {
        caughtFlag.store(true, ordering: .relaxed)
        for number in [SIGINT, SIGTERM] {
            signal(number) { _ in signalArrived.store(true, ordering: .releasing) }
        }
    }
}

/// Set by the signal handler `InterruptFlag.catchSignals` installs (a handler cannot capture).
private let signalArrived = Atomic<Bool>(false)
