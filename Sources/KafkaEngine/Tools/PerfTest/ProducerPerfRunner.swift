import NIOCore
import Synchronization

/// What a `producer-perf-test` run ended with.
package struct ProducerPerfOutcome: Sendable {
    package var acknowledged: Int64 = 0
    package var failed: Int64 = 0
    /// Why sending stopped early (the producer failed or closed), if it did.
    package var stopped: String?
}

/// Kafka's `ProducerPerformance` loop: generate a payload, stamp the send time, send, throttle;
/// latency is send time to acknowledgement per record, reported every `reportingIntervalMs` from
/// the acknowledgements and once in total after `close()`.
///
/// Records go to the producer in short runs (`send(topic:records:completion:)`, one completion
/// closure per run) rather than one `send` per record; each record's send time is taken when it
/// is generated and carried as its timestamp, so runs do not change what is measured. A run ends
/// when the throttler is about to sleep, after `maxRun` records, or after 1 ms.
package enum ProducerPerfRunner {
    static let maxRun = 256

    /// Lines for stdout (`out`) and stderr (`err`), one call per line.
    package struct Printer: Sendable {
        package var out: @Sendable (String) -> Void
        package var err: @Sendable (String) -> Void

        package init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
            self.out = out
            self.err = err
        }
    }

    /// The most delivery errors printed one per line; the rest are only counted.
    static let printedErrors = 100

    private struct Shared: Sendable {
        var stats: ProducerPerfStats
        var steady: ProducerPerfStats?
        var failed: Int64 = 0
    }

    package static func run(_ command: ProducerPerfCommand, printer: Printer) async throws(ToolError)
        -> ProducerPerfOutcome
    {
        let config: ProducerConfig
        do {
            config = try ProducerConfig(properties: command.producerProperties.dictionary)
        } catch {
            throw .failure(error.message)
        }
        let producer: KafkaProducer
        do {
            producer = try await KafkaProducer.connect(config: config)
        } catch {
            throw .failure(error.message)
        }
        let json = command.format == .json
        let clock = SystemClock()
        if command.warmupRecords > 0 {
            let line =
                "Warmup first \(command.warmupRecords) records. Steady state results will print after the complete test summary."
            if json { printer.err(line) } else { printer.out(line) }
        }
        let startMs = clock.milliseconds()
        let interval = command.reportingIntervalMs
        let shared = Mutex(Shared(stats: ProducerPerfStats(startMs: startMs, reportingIntervalMs: interval)))
        var throttler = ThroughputThrottler(targetThroughput: command.throughput, startMs: startMs)
        var random = SplittableRandom(seed: 0)
        let allocator = ByteBufferAllocator()
        var outcome = ProducerPerfOutcome()

        var run: [ProducerRecord] = []
        run.reserveCapacity(maxRun)
        var runStartMs: Int64 = 0
        var runSteadyFrom = Int.max

        // Sends the run; false when the producer refused everything from some record on.
        func sendRun() async -> Bool {
            guard !run.isEmpty else { return true }
            let records = run
            let steadyFrom = runSteadyFrom
            run.removeAll(keepingCapacity: true)
            runSteadyFrom = Int.max
            let result = await producer.send(topic: command.topic, records: records) { index, result in
                let nowMs = clock.milliseconds()
                switch result {
                case .success:
                    let record = records[index]
                    let latency = Int(nowMs - (record.timestamp ?? nowMs))
                    let bytes = record.value?.readableBytes ?? 0
                    let lines = shared.withLock { shared -> [String] in
                        var lines: [String] = []
                        let window = shared.stats.record(latencyMs: latency, bytes: bytes, nowMs: nowMs)
                        // Once steady-state stats exist, only they print windows (Kafka's suppressPrinting).
                        if let window, shared.steady == nil { lines.append(json ? window.jsonLine : window.kafkaLine) }
                        if index >= steadyFrom, shared.steady != nil {
                            if let window = shared.steady?.record(latencyMs: latency, bytes: bytes, nowMs: nowMs) {
                                if shared.steady?.firstWindow == true && !json { lines.append("In steady state.") }
                                lines.append(json ? window.jsonLine : window.kafkaLine)
                            }
                        }
                        return lines
                    }
                    for line in lines { printer.out(line) }
                case .failure(let error):
                    let failed = shared.withLock { shared -> Int64 in
                        shared.failed += 1
                        return shared.failed
                    }
                    if failed <= printedErrors {
                        printer.err("\(error.exceptionName): \(error.message)")
                    }
                }
            }
            for (_, error) in result.rejected {
                let failed = shared.withLock { shared -> Int64 in
                    shared.failed += 1
                    return shared.failed
                }
                if failed <= printedErrors { printer.err("\(error.exceptionName): \(error.message)") }
            }
            if let stopped = result.stopped {
                outcome.stopped = "\(stopped.exceptionName): \(stopped.message)"
                return false
            }
            return true
        }

        var i: Int64 = 0
        sending: while i < command.numRecords {
            let value: ByteBuffer
            switch command.payload {
            case .randomBytes(let size):
                var buffer = allocator.buffer(capacity: size)
                buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { bytes in
                    random.fillUppercase(UnsafeMutableRawBufferPointer(rebasing: bytes[0..<size]))
                    return size
                }
                value = buffer
            case .file(let payloads):
                value = allocator.buffer(bytes: payloads[Int(random.nextInt(Int32(payloads.count)))])
            case .monotonic:
                value = allocator.buffer(string: String(i))
            }
            let sendStartMs = clock.milliseconds()
            if command.warmupRecords > 0 && i == command.warmupRecords {
                shared.withLock {
                    $0.steady = ProducerPerfStats(
                        startMs: sendStartMs, reportingIntervalMs: interval, steadyState: true)
                }
            }
            // Records from the warmup count on are also counted in the steady-state stats.
            if command.warmupRecords > 0 && i >= command.warmupRecords && runSteadyFrom == Int.max {
                runSteadyFrom = run.count
            }
            if run.isEmpty { runStartMs = sendStartMs }
            run.append(ProducerRecord(key: nil, value: value, timestamp: sendStartMs))
            i += 1
            if throttler.shouldThrottle(amountSoFar: i - 1, sendStartMs: sendStartMs) {
                if !(await sendRun()) { break sending }
                if let nanos = throttler.throttle() {
                    try? await Task.sleep(nanoseconds: UInt64(nanos))
                }
            } else if run.count >= maxRun || sendStartMs - runStartMs >= 1 {
                if !(await sendRun()) { break sending }
            }
        }
        if outcome.stopped == nil { _ = await sendRun() }
        if let stopped = outcome.stopped { printer.err(stopped) }

        // With --print-metrics Kafka flushes, prints, then closes; otherwise it closes first.
        var metrics: ProducerMetrics?
        if command.printMetrics {
            _ = await producer.flush()
            metrics = producer.metrics
        } else {
            _ = await producer.close()
        }
        let (report, steady) = shared.withLock { ($0.stats.total(nowMs: clock.milliseconds()), $0.steady) }
        printer.out(json ? report.jsonLine : report.kafkaLine)
        if let steady {
            let steadyReport = steady.total(nowMs: clock.milliseconds())
            printer.out(json ? steadyReport.jsonLine : steadyReport.kafkaLine)
        }
        if let metrics {
            let clientId = command.producerProperties["client.id"] ?? "perf-producer-client"
            for line in producerMetricsLines(metrics, clientId: clientId, json: json) { printer.out(line) }
            _ = await producer.close()
        }
        let failed = shared.withLock { $0.failed }
        if failed > Int64(printedErrors) {
            printer.err("\(failed - Int64(printedErrors)) more records failed (errors not shown).")
        }
        outcome.failed = failed
        outcome.acknowledged = report.records
        return outcome
    }

    /// `--print-metrics`: the producer's counters under the Java client's metric names.
    package static func producerMetricsLines(_ m: ProducerMetrics, clientId: String, json: Bool) -> [String] {
        func ratio(_ a: Double, _ b: Double) -> Double { b == 0 ? 0 : a / b }
        let values: [(String, Double)] = [
            ("batch-size-avg", ratio(Double(m.batchBytes), Double(m.batches))),
            ("batch-size-max", Double(m.batchBytesMax)),
            ("record-error-total", Double(m.recordErrors)),
            ("record-retry-total", Double(m.recordRetries)),
            ("record-send-total", Double(m.recordsSent)),
            ("records-per-request-avg", ratio(Double(m.recordsSent), Double(m.requests))),
            ("request-latency-avg", ratio(Double(m.requestLatencyNanos) / 1e6, Double(m.timedRequests))),
            ("request-latency-max", Double(m.requestLatencyMaxNanos) / 1e6),
            ("request-total", Double(m.requests)),
        ]
        if json {
            var fields: [(String, String)] = [("type", JSONText.string("metrics"))]
            fields += values.map { (String($0.0.map { $0 == "-" ? "_" : $0 }), JSONText.number($0.1)) }
            return [JSONText.object(fields)]
        }
        return JavaFormat.metricsTable(
            values.map { ("producer-metrics:\($0.0):{client-id=\(clientId)}", .double($0.1)) })
    }
}

extension KafkaClientError {
    /// The Java exception class Kafka's tools would print for this error, for lines in Kafka's shape.
    var exceptionName: String {
        switch kind {
        case .timeout: "org.apache.kafka.common.errors.TimeoutException"
        default: "org.apache.kafka.common.KafkaException"
        }
    }
}
