import NIOCore
import Synchronization

/// What a `consumer-perf-test` run read.
package struct ConsumerPerfOutcome: Sendable {
    package var messages: Int64
    package var bytes: Int64
    package var timedOut: Bool
}

/// Kafka's `ConsumerPerformance` loop: subscribe in the group, poll (100 ms) until `--messages`
/// records are read or no record came for `--timeout` ms, counting key + value bytes; the
/// rebalance listener adds the time from (re)joining to the first assignment to the rebalance
/// time, which the fetch rates leave out.
package enum ConsumerPerfRunner {
    /// `ConsumerPerfRebListener`'s state.
    private struct JoinTimes: Sendable {
        var assigned: Set<TopicPartition> = []
        var joinStartMs: Int64
        var joinTimeMs: Int64 = 0
        var joinTimeMsInRound: Int64 = 0
        var rebalances = 0
    }

    package static func run(_ command: ConsumerPerfCommand, printer: ProducerPerfRunner.Printer) async throws(ToolError)
        -> ConsumerPerfOutcome
    {
        let json = command.format == .json
        let clock = SystemClock()
        if !command.hideHeader && !json { printer.out(ConsumerPerfReport.header(detailed: command.showDetailedStats)) }
        let config: ConsumerConfig
        do {
            config = try ConsumerConfig(properties: command.consumerProperties.dictionary)
        } catch {
            throw .failure(error.message)
        }
        let consumer: KafkaConsumer
        do {
            consumer = try await KafkaConsumer.connect(config: config)
        } catch {
            throw .failure(error.message)
        }
        let startMs = clock.milliseconds()
        let joins = Mutex(JoinTimes(joinStartMs: startMs))
        let listener: @Sendable (RebalanceEvent) async -> Void = { event in
            let now = clock.milliseconds()
            joins.withLock { j in
                switch event {
                case .revoked(let partitions), .lost(let partitions):
                    j.assigned.subtract(partitions)
                    if j.assigned.isEmpty { j.joinStartMs = now }
                case .assigned(let partitions):
                    if j.assigned.isEmpty {
                        j.joinTimeMs += now - j.joinStartMs
                        j.joinTimeMsInRound += now - j.joinStartMs
                    }
                    j.rebalances += 1
                    j.assigned.formUnion(partitions)
                }
            }
        }
        var messagesRead: Int64 = 0
        var bytesRead: Int64 = 0
        var failure: ToolError?
        do {
            switch command.subscription {
            case .topic(let topic): try await consumer.subscribe(topics: [topic], listener: listener)
            case .pattern(let pattern): try await consumer.subscribe(pattern: pattern, listener: listener)
            }
            var now = clock.milliseconds()
            var lastReportMs = now
            var lastConsumedMs = now
            var lastBytes: Int64 = 0
            var lastMessages: Int64 = 0
            while messagesRead < command.numMessages && now - lastConsumedMs <= command.timeoutMs {
                let records = try await consumer.poll(timeout: .milliseconds(100))
                now = clock.milliseconds()
                if !records.isEmpty { lastConsumedMs = now }
                for record in records {
                    messagesRead += 1
                    bytesRead += Int64((record.key?.readableBytes ?? 0) + (record.value?.readableBytes ?? 0))
                    if now - lastReportMs >= command.reportingIntervalMs {
                        let round = joins.withLock { j -> Int64 in
                            defer { j.joinTimeMsInRound = 0 }
                            return j.joinTimeMsInRound
                        }
                        if command.showDetailedStats {
                            let progress = ConsumerPerfReport.Progress(
                                bytes: bytesRead, lastBytes: lastBytes, messages: messagesRead,
                                lastMessages: lastMessages,
                                startMs: lastReportMs, endMs: now, joinTimeMsInRound: round)
                            printer.out(
                                json ? progress.jsonLine(command.dateFormat) : progress.kafkaLine(command.dateFormat))
                        }
                        lastReportMs = now
                        lastMessages = messagesRead
                        lastBytes = bytesRead
                    }
                }
            }
        } catch {
            failure = .failure(error.message)
        }
        let timedOut = failure == nil && messagesRead < command.numMessages
        if timedOut {
            let warning = ConsumerPerfReport.timeoutWarning(timeoutMs: command.timeoutMs)
            if json { printer.err(warning) } else { printer.out(warning) }
        }
        let endMs = clock.milliseconds()
        let (joinTimeMs, rebalances) = joins.withLock { ($0.joinTimeMs, $0.rebalances) }
        await consumer.close()
        if let failure { throw failure }
        let summary = ConsumerPerfReport.Summary(
            startMs: startMs, endMs: endMs, bytes: bytesRead, messages: messagesRead, joinTimeMs: joinTimeMs)
        if json {
            printer.out(summary.jsonLine(command.dateFormat, expected: command.numMessages))
        } else if !command.showDetailedStats {
            printer.out(summary.kafkaLine(command.dateFormat))
        }
        if command.printMetrics {
            let clientId = command.consumerProperties["client.id"] ?? "perf-consumer-client"
            let values: [(String, Double)] = [
                ("consumer-coordinator-metrics:rebalance-total", Double(rebalances)),
                ("consumer-fetch-manager-metrics:records-consumed-total", Double(messagesRead)),
            ]
            if json {
                printer.out(
                    JSONText.object(
                        [
                            ("type", JSONText.string("metrics")), ("rebalance_total", "\(rebalances)"),
                            ("records_consumed_total", "\(messagesRead)"),
                        ]))
            } else {
                for line in JavaFormat.metricsTable(values.map { ("\($0.0):{client-id=\(clientId)}", .double($0.1)) }) {
                    printer.out(line)
                }
            }
        }
        return ConsumerPerfOutcome(messages: messagesRead, bytes: bytesRead, timedOut: timedOut)
    }
}
