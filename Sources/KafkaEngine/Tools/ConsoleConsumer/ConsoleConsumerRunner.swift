import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a validated `console-consumer` command in assign mode: every partition of `--topic` (or
/// of the topics `--include` matches when consumption starts), or the one `--partition`, each
/// from its start position; records are formatted into one reused buffer that is written to the
/// output in large writes. Consumption ends at `--max-messages`, after `--timeout-ms` without a
/// record, when every partition reached its stop position, on SIGINT, or when the output closes.
///
/// Group membership is not there yet: a command with a group id it did not generate is refused.
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

    /// The message for a `--group` (or `group.id`) while groups are not supported.
    package static let groupsUnsupported =
        "Consumer groups are not supported yet: drop --group (and group.id) to read every partition of the topic without a group."

    package static func run(
        _ command: ConsoleConsumerCommand, output fd: Int32 = ToolStreams.standardOutput,
        interrupt: InterruptFlag = InterruptFlag()
    ) async throws(ToolError) -> Outcome {
        if !command.generatedGroup { throw .failure(groupsUnsupported) }
        var properties = command.consumerProperties
        // Assign mode: the generated group id is never used.
        properties["group.id"] = nil
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
            try await consume(command, consumer: consumer, output: fd, interrupt: interrupt, outcome: &outcome)
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

            var buffer: [UInt8] = []
            buffer.reserveCapacity(writeThreshold * 2)
            func flush() -> Bool {
                defer { buffer.removeAll(keepingCapacity: true) }
                return buffer.isEmpty || ToolStreams.write(buffer, to: fd)
            }
            let maxMessages = command.maxMessages ?? .max

            polling: while !interrupt.isSet {
                var wait = pollSlice
                if let idleLimit {
                    let left = idleLimit - (ContinuousClock.now - lastRecord)
                    if left <= .zero { break }
                    wait = min(wait, left)
                }
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
                    command.output.write(
                        ConsumedRecord(
                            topic: record.topic, partition: record.partition, offset: record.offset,
                            timestamp: record.timestamp, timestampType: record.timestampType, key: record.key,
                            value: record.value, headers: record.headers, leaderEpoch: record.leaderEpoch),
                        to: &buffer)
                    outcome.processed += 1
                    if buffer.count >= writeThreshold && !flush() {
                        outcome.outputClosed = true
                        return
                    }
                    if outcome.processed >= maxMessages { break polling }
                }
                if !flush() {
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
            if !flush() { outcome.outputClosed = true }
        } catch let error as ToolError {
            throw error
        } catch let error as KafkaClientError {
            throw .failure(error.message)
        } catch {
            throw .failure("\(error)")
        }
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
