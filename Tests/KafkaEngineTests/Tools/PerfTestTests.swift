import Testing

@testable import KafkaEngine

/// `producer-perf-test` and `consumer-perf-test`: every output line against the text Kafka's own
/// format strings produce (the expected strings below were printed by `String.format` /
/// `printf` in a JVM with the same arguments), Java's `%f` rounding, `SplittableRandom(0)`'s
/// payloads, the throttler's arithmetic, exact percentiles, and option validation.
@Suite struct PerfTestTests {
    // MARK: Java formatting

    @Test func javaFixedRoundsHalfUpOnShortestDigits() {
        let cases: [(Double, [String])] = [
            (0.25, ["0.3", "0.25", "0.250", "0.2500", "0.250000"]),
            (0.35, ["0.4", "0.35", "0.350", "0.3500", "0.350000"]),
            (1.005, ["1.0", "1.01", "1.005", "1.0050", "1.005000"]),
            (2.675, ["2.7", "2.68", "2.675", "2.6750", "2.675000"]),
            (0.125, ["0.1", "0.13", "0.125", "0.1250", "0.125000"]),
            (1234.5678, ["1234.6", "1234.57", "1234.568", "1234.5678", "1234.567800"]),
            (1e-7, ["0.0", "0.00", "0.000", "0.0000", "0.000000"]),
            (9.995, ["10.0", "10.00", "9.995", "9.9950", "9.995000"]),
            (99.95, ["100.0", "99.95", "99.950", "99.9500", "99.950000"]),
            (0.05, ["0.1", "0.05", "0.050", "0.0500", "0.050000"]),
            (
                1e21,
                [
                    "1000000000000000000000.0", "1000000000000000000000.00", "1000000000000000000000.000",
                    "1000000000000000000000.0000", "1000000000000000000000.000000",
                ]
            ),
            (
                123456789.123456789,
                ["123456789.1", "123456789.12", "123456789.123", "123456789.1235", "123456789.123457"]
            ),
            (5e-5, ["0.0", "0.00", "0.000", "0.0001", "0.000050"]),
            (0.0, ["0.0", "0.00", "0.000", "0.0000", "0.000000"]),
            (-1.25, ["-1.3", "-1.25", "-1.250", "-1.2500", "-1.250000"]),
            (Double.nan, ["NaN", "NaN", "NaN", "NaN", "NaN"]),
            (Double.infinity, ["Infinity", "Infinity", "Infinity", "Infinity", "Infinity"]),
            (1.0 / 3, ["0.3", "0.33", "0.333", "0.3333", "0.333333"]),
            (2.0 / 3, ["0.7", "0.67", "0.667", "0.6667", "0.666667"]),
        ]
        for (value, expected) in cases {
            let got = [1, 2, 3, 4, 6].map { JavaFormat.fixed(value, precision: $0) }
            #expect(got == expected, "\(value)")
        }
    }

    @Test func metricsTableMatchesToolsUtils() {
        let lines = JavaFormat.metricsTable([("a:b:{client-id=x}", .double(12.3456))])
        #expect(lines == ["", "Metric Name         Value", "a:b:{client-id=x} : 12.346"])
        #expect(JavaFormat.metricsTable([]).isEmpty)
        // The width is the longest metric name's; "Metric Name" itself may be longer.
        let sorted = JavaFormat.metricsTable([("b", .double(1)), ("a", .text("x"))])
        #expect(sorted == ["", "Metric Name   Value", "a : x", "b : 1.000"])
    }

    @Test func simpleDateFormat() throws {
        let ms: Int64 = 1_763_737_200_123
        #expect(
            try SimpleDateFormat("yyyy-MM-dd HH:mm:ss:SSS").format(milliseconds: ms, utc: true)
                == "2025-11-21 15:00:00:123")
        #expect(
            try SimpleDateFormat("EEE, d MMM yyyy hh:mm:ss a 'o''clock' Z X").format(milliseconds: ms, utc: true)
                == "Fri, 21 Nov 2025 03:00:00 PM o'clock +0000 Z")
        #expect(throws: ToolError.failure("Illegal pattern character 'q'")) { try SimpleDateFormat("yyyy-qq") }
        #expect(throws: ToolError.failure("Unterminated quote")) { try SimpleDateFormat("'abc") }
    }

    // MARK: Payloads

    @Test func splittableRandomMatchesJava() {
        var random = SplittableRandom(seed: 0)
        #expect(random.nextInt() == 821_115_357)
        #expect(random.nextInt() == 1_660_418_793)
        #expect(random.nextInt(1_000_000_007) == 297_781_030)

        var payload = SplittableRandom(seed: 0)
        var bytes = [UInt8](repeating: 0, count: 40)
        bytes.withUnsafeMutableBytes { payload.fillUppercase($0) }
        #expect(String(decoding: bytes, as: UTF8.self) == "YQHHNEBSEPDNSEIFGAMSUJXKOLTXSPLGHDIOYZJF")

        // The inlined fill and nextInt(26) draw the same sequence (a rejection, 24 in 2^31 draws, is too
        // rare to meet here; the fill uses the same test as nextInt).
        var inlined = SplittableRandom(seed: 42)
        var plain = SplittableRandom(seed: 42)
        var long = [UInt8](repeating: 0, count: 100_000)
        long.withUnsafeMutableBytes { inlined.fillUppercase($0) }
        #expect(long == (0..<100_000).map { _ in UInt8(plain.nextInt(26) + 65) })
        #expect(inlined.nextInt() == plain.nextInt())

        var picks = SplittableRandom(seed: 0)
        #expect((0..<10).map { _ in picks.nextInt(3) } == [1, 1, 0, 0, 1, 1, 2, 0, 1, 0])
    }

    @Test func payloadFileSplitsAsJavaScanner() {
        func split(_ text: String, _ delimiter: String = "\n") -> [String] {
            PayloadFile.split(text, delimiter: delimiter).map(String.init)
        }
        #expect(split("a\nb\nc") == ["a", "b", "c"])
        #expect(split("a\nb\n") == ["a", "b"])
        #expect(split("a\n\nb") == ["a", "", "b"])
        #expect(split("\na") == ["a"])
        #expect(split("a\n\n") == ["a", ""])
        #expect(split("x,y,,z", ",") == ["x", "y", "", "z"])
        #expect(split("x12y345z", "[0-9]+") == ["x", "y", "z"])
        #expect(split("a|b||c|", "|") == ["a", "b", "", "c"])
        #expect(split("a[b[", "[") == ["a", "b"])
    }

    // MARK: Throttler

    @Test func throttlerFollowsKafka() {
        let none = ThroughputThrottler(targetThroughput: -1, startMs: 1000)
        #expect(!none.shouldThrottle(amountSoFar: 1_000_000, sendStartMs: 1001))

        var t = ThroughputThrottler(targetThroughput: 1000, startMs: 1000)
        #expect(t.sleepTimeNanos == 1_000_000)
        // No time elapsed: never throttle (Kafka requires elapsed > 0).
        #expect(!t.shouldThrottle(amountSoFar: 50, sendStartMs: 1000))
        #expect(!t.shouldThrottle(amountSoFar: 9, sendStartMs: 1010))
        // 10 records in 10 ms is the target, but Java's float 0.01f is just under 0.01 s: above it.
        #expect(t.shouldThrottle(amountSoFar: 10, sendStartMs: 1010))
        // The deficit grows 1 ms per call and is slept off once it reaches 2 ms.
        #expect(t.throttle() == nil)
        #expect(t.sleepDeficitNanos == 1_000_000)
        #expect(t.throttle() == 2_000_000)
        #expect(t.sleepDeficitNanos == 0)

        var slow = ThroughputThrottler(targetThroughput: 0.5, startMs: 0)
        #expect(slow.sleepTimeNanos == 2_000_000_000)
        #expect(slow.throttle() == 2_000_000_000)

        var fast = ThroughputThrottler(targetThroughput: 3_000_000, startMs: 0)
        #expect(fast.sleepTimeNanos == 333)
        var calls = 0
        while fast.throttle() == nil { calls += 1 }
        #expect(calls == 6006)  // ceil(2 ms / 333 ns) - 1 calls before the sleep
    }

    // MARK: Producer stats and lines

    @Test func windowAndTotalLinesMatchKafka() {
        let window = ProducerPerfReport(
            records: 12345, elapsedMs: 5001, bytes: 12345 * 1024, totalLatencyMs: 123_456, maxLatencyMs: 87)
        #expect(
            window.kafkaLine
                == "12345 records sent, 2468.5 records/sec (2.41 MB/sec), 10.0 ms avg latency, 87.0 ms max latency.")
        let total = ProducerPerfReport(
            records: 2_000_000, elapsedMs: 12345, bytes: 2_000_000 * 1024, totalLatencyMs: 7_654_321, maxLatencyMs: 345,
            percentiles: [3, 12, 40, 300])
        #expect(
            total.kafkaLine
                == "2000000 records sent, 162008.910490 records/sec (158.21 MB/sec), 3.83 ms avg latency, 345.00 ms max latency, 3 ms 50th, 12 ms 95th, 40 ms 99th, 300 ms 99.9th."
        )
        let steady = ProducerPerfReport(
            records: 10, elapsedMs: 0, bytes: 1000, totalLatencyMs: 25, maxLatencyMs: 5, percentiles: [2, 5, 5, 5],
            steadyState: true)
        #expect(
            steady.kafkaLine
                == "10 steady state records sent, Infinity records/sec (Infinity MB/sec), 2.50 ms avg latency, 5.00 ms max latency, 2 ms 50th, 5 ms 95th, 5 ms 99th, 5 ms 99.9th."
        )
        #expect(
            total.jsonLine
                == #"{"type":"total","records":2000000,"elapsed_ms":12345,"bytes":2048000000,"records_per_sec":162008.91049,"mb_per_sec":158.211827,"avg_latency_ms":3.827161,"max_latency_ms":345,"p50_ms":3,"p95_ms":12,"p99_ms":40,"p999_ms":300}"#
        )
        #expect(steady.jsonLine.contains(#""records_per_sec":null"#))
        #expect(window.jsonLine.hasPrefix(#"{"type":"window","records":12345,"#))
    }

    @Test func percentilesAreExactKafkaIndexes() {
        var h = LatencyHistogram()
        #expect(h.percentile(0.5) == 0)
        // 1,000 latencies 0..999: Kafka's value at index (int) (p * size) of the sorted array.
        for ms in (0..<1000).reversed() { h.record(ms) }
        #expect([0.5, 0.95, 0.99, 0.999].map { h.percentile($0) } == [500, 950, 990, 999])
        var one = LatencyHistogram()
        one.record(7)
        #expect([0.5, 0.999].map { one.percentile($0) } == [7, 7])
        var skewed = LatencyHistogram()
        for _ in 0..<99 { skewed.record(1) }
        skewed.record(250)
        #expect([0.5, 0.95, 0.99, 0.999].map { skewed.percentile($0) } == [1, 1, 250, 250])
    }

    @Test func statsReportWindowsWhenTheyAreOld() {
        var stats = ProducerPerfStats(startMs: 0, reportingIntervalMs: 5000)
        #expect(stats.record(latencyMs: 2, bytes: 100, nowMs: 10) == nil)
        #expect(stats.record(latencyMs: 4, bytes: 100, nowMs: 4999) == nil)
        let window = stats.record(latencyMs: 6, bytes: 100, nowMs: 5000)
        #expect(
            window == ProducerPerfReport(records: 3, elapsedMs: 5000, bytes: 300, totalLatencyMs: 12, maxLatencyMs: 6))
        #expect(stats.record(latencyMs: 1, bytes: 100, nowMs: 9999) == nil)
        let next = stats.record(latencyMs: 1, bytes: 100, nowMs: 10_000)
        #expect(next?.records == 2)
        let total = stats.total(nowMs: 20_000)
        #expect(total.records == 5 && total.bytes == 500 && total.totalLatencyMs == 14 && total.maxLatencyMs == 6)
        #expect(total.percentiles == [2, 6, 6, 6])
    }

    // MARK: Consumer lines

    @Test func consumerLinesMatchKafka() throws {
        let format = try SimpleDateFormat("yyyy-MM-dd HH:mm:ss:SSS")
        #expect(
            ConsumerPerfReport.header(detailed: false)
                == "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec"
        )
        #expect(
            ConsumerPerfReport.header(detailed: true)
                == "time, threadId, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec"
        )
        let s: Int64 = 1_763_737_200_123
        let e: Int64 = 1_763_737_212_345
        let summary = ConsumerPerfReport.Summary(
            startMs: s, endMs: e, bytes: 2_048_000_000, messages: 2_000_000, joinTimeMs: 3012)
        let utcLine = summary.kafkaLine(format).split(separator: ", ").dropFirst(2).joined(separator: ", ")
        #expect(utcLine == "1953.1250, 159.8040, 2000000, 163639.3389, 3012, 9210, 212.0657, 217155.2660")
        #expect(
            summary.kafkaLine(format).hasPrefix(format.format(milliseconds: s) + ", " + format.format(milliseconds: e)))
        let progress = ConsumerPerfReport.Progress(
            bytes: 512_000_000, lastBytes: 256_000_000, messages: 500_000, lastMessages: 250_000, startMs: e - 5003,
            endMs: e,
            joinTimeMsInRound: 120)
        #expect(
            progress.kafkaLine(format)
                == format.format(milliseconds: e)
                + ", 0, 488.2813, 48.7988, 500000, 49970.0180, 120, 4883, 49.9981, 51198.0340")
        #expect(
            ConsumerPerfReport.timeoutWarning(timeoutMs: 10000)
                == "WARNING: Exiting before consuming the expected number of messages: timeout (10000 ms) exceeded. You can use the --timeout option to increase the timeout."
        )
        let json = summary.jsonLine(format, expected: 2_000_001)
        #expect(json.contains(#""records":2000000,"records_per_sec":163639.338897"#))
        #expect(json.hasSuffix(#""expected_records":2000001,"timed_out":true}"#))
    }

    // MARK: Options

    func producerOptions(_ edit: (inout ProducerPerfOptions) -> Void) -> ProducerPerfOptions {
        var o = ProducerPerfOptions()
        o.topic = "t"
        o.numRecords = 10
        o.recordSize = 100
        o.throughput = -1
        o.producerProps = ["bootstrap.servers=localhost:9092"]
        edit(&o)
        return o
    }

    @Test func producerValidationMessages() throws {
        func message(_ edit: (inout ProducerPerfOptions) -> Void) -> ToolError? {
            do {
                _ = try producerOptions(edit).validate(configFileProperties: nil) { _, _ in [[1]] }
                return nil
            } catch {
                return error
            }
        }
        #expect(
            message {
                $0.topic = nil; $0.throughput = nil
            } == .usage("the following arguments are required: --topic, --throughput"))
        #expect(
            message { $0.recordSize = nil }
                == .usage("one of the arguments --record-size --payload-file --payload-monotonic is required"))
        #expect(
            message { $0.payloadFile = "f" }
                == .usage("argument --payload-file: not allowed with argument --record-size"))
        #expect(message { $0.numRecords = 0 } == .usage("--num-records should be greater than zero"))
        #expect(
            message { $0.warmupRecords = 10 }
                == .usage(
                    "The value for --warmup-records must be strictly fewer than the number of records in the test, --num-records."
                ))
        #expect(message { $0.recordSize = 0 } == .usage("--record-size should be greater than zero"))
        #expect(
            message { $0.producerProps = nil }
                == .usage(
                    "Either --bootstrap-server, --command-property, --producer-props, --command-config or --producer.config must be specified."
                ))
        #expect(
            message { $0.transactionDurationMs = 0 } == .usage("--transaction-duration-ms should be greater than zero"))
        #expect(message { $0.producerProps = ["a=b=c"] } == .failure("Invalid property: a=b=c"))
        #expect(message { $0.producerProps = ["a="] } == .failure("Invalid property: a="))
        #expect(message { $0.format = "xml" } == .usage("--format must be text or json, not 'xml'"))
        for edit in [
            { (o: inout ProducerPerfOptions) in o.transactionalId = "tx" },
            { (o: inout ProducerPerfOptions) in o.transactionDurationMs = 100 },
            { (o: inout ProducerPerfOptions) in o.producerProps = ["bootstrap.servers=x:1", "transactional.id=tx"] },
        ] {
            #expect(message(edit)?.kind == .failure)
            #expect(message(edit)?.message.contains("Transactions are not supported") == true)
        }
        #expect(message { _ in } == nil)
    }

    @Test func producerPropertiesPrecedence() throws {
        var file = KeyValueArguments()
        file["bootstrap.servers"] = "file:1"
        file["acks"] = "0"
        file["linger.ms"] = "7"
        let command = try producerOptions {
            $0.producerProps = ["bootstrap.servers=props:1", "acks=1"]
            $0.commandProperty = ["=x"]
            $0.bootstrapServer = "flag:1"
        }.validate(configFileProperties: file)
        #expect(command.producerProperties["bootstrap.servers"] == "flag:1")
        #expect(command.producerProperties["acks"] == "1")
        #expect(command.producerProperties["linger.ms"] == "7")
        #expect(command.producerProperties[""] == "x")
        #expect(command.producerProperties["client.id"] == "perf-producer-client")
        #expect(command.reportingIntervalMs == 5000 && command.format == .text && command.payload == .randomBytes(100))

        let fromFile = try producerOptions {
            $0.recordSize = nil
            $0.payloadFile = "p.txt"
            $0.payloadDelimiter = "\\n"
        }.validate(configFileProperties: nil) { path, delimiter in
            #expect(path == "p.txt" && delimiter == "\n")
            return [[65], [66]]
        }
        #expect(fromFile.payload == .file([[65], [66]]))
        #expect(fromFile.notices.last == "Number of messages read: 2")
        #expect(fromFile.notices.first?.hasPrefix("Reading payloads from: /") == true)
    }

    @Test func consumerValidation() throws {
        var o = ConsumerPerfOptions()
        #expect(throws: ToolError.missingRequired("messages")) { try o.validate(configFileProperties: nil) }
        o.messages = 5
        #expect(throws: ToolError.usage("Exactly one of the following arguments is required: [topic], [include]")) {
            try o.validate(configFileProperties: nil)
        }
        o.topic = "t"
        o.include = "t.*"
        #expect(throws: ToolError.usage("Exactly one of the following arguments is required: [topic], [include]")) {
            try o.validate(configFileProperties: nil)
        }
        o.include = nil
        #expect(throws: ToolError.missingRequired("bootstrap-server")) { try o.validate(configFileProperties: nil) }
        o.bootstrapServer = "localhost:9092"
        o.reportingInterval = 0
        #expect(throws: ToolError.failure("Reporting interval must be greater than 0.")) {
            try o.validate(configFileProperties: nil)
        }
        o.reportingInterval = 1000
        var file = KeyValueArguments()
        file["group.id"] = "ignored"
        file["client.id"] = "mine"
        file["fetch.max.wait.ms"] = "100"
        o.commandProperty = ["fetch.min.bytes=2"]
        let command = try o.validate(configFileProperties: file)
        #expect(command.subscription == .topic("t"))
        let p = command.consumerProperties
        #expect(p["group.id"]?.hasPrefix("perf-consumer-") == true)
        #expect(p["client.id"] == "mine" && p["fetch.max.wait.ms"] == "100" && p["fetch.min.bytes"] == "2")
        #expect(p["auto.offset.reset"] == "earliest" && p["max.partition.fetch.bytes"] == "1048576")
        #expect(p["receive.buffer.bytes"] == "2097152" && p["check.crcs"] == "false")
        #expect(command.timeoutMs == 10_000)
        o.fromLatest = true
        o.group = "g"
        o.include = "t.*"
        o.topic = nil
        let latest = try o.validate(configFileProperties: nil)
        #expect(latest.consumerProperties["auto.offset.reset"] == "latest")
        #expect(latest.consumerProperties["group.id"] == "g" && latest.subscription == .pattern("t.*"))
        #expect(latest.consumerProperties["client.id"] == "perf-consumer-client")
    }
}
