/// Latencies in whole milliseconds, counted per value: exact percentiles over every record (Kafka
/// samples at most 500,000 of them) in memory bounded by the largest latency seen, not by the
/// number of records.
package struct LatencyHistogram: Sendable, Equatable {
    /// counts[ms] = records acknowledged after `ms` milliseconds.
    private var counts: [Int64] = []
    package private(set) var count: Int64 = 0

    package init() {}

    package mutating func record(_ latencyMs: Int) {
        let ms = max(0, latencyMs)
        if ms >= counts.count { counts.append(contentsOf: repeatElement(0, count: ms + 1 - counts.count)) }
        counts[ms] += 1
        count += 1
    }

    /// Kafka's percentile of a sorted array: the value at index `(int) (p * size)`.
    package func percentile(_ p: Double) -> Int {
        guard count > 0 else { return 0 }
        let rank = min(Int64(p * Double(count)), count - 1)
        var seen: Int64 = 0
        for (ms, n) in counts.enumerated() where n > 0 {
            seen += n
            if seen > rank { return ms }
        }
        return counts.count - 1
    }
}

/// One reporting window of the producer perf test, or the whole run (`ProducerPerformance.Stats`).
package struct ProducerPerfReport: Sendable, Equatable {
    package var records: Int64
    package var elapsedMs: Int64
    package var bytes: Int64
    package var totalLatencyMs: Int64
    package var maxLatencyMs: Int
    /// Present on the final report: 50th, 95th, 99th, 99.9th percentile latencies (ms).
    package var percentiles: [Int]?
    /// The final report of the steady-state records after `--warmup-records`.
    package var steadyState = false

    package var recordsPerSec: Double { 1000.0 * Double(records) / Double(elapsedMs) }
    package var mbPerSec: Double { 1000.0 * Double(bytes) / Double(elapsedMs) / (1024.0 * 1024.0) }
    package var avgLatencyMs: Double { Double(totalLatencyMs) / Double(records) }

    /// Kafka's lines: `printWindow` for a window, `printTotal` for the final report.
    package var kafkaLine: String {
        if let p = percentiles, p.count == 4 {
            return
                "\(records)\(steadyState ? " steady state" : "") records sent, \(JavaFormat.fixed(recordsPerSec)) records/sec "
                + "(\(JavaFormat.fixed(mbPerSec, precision: 2)) MB/sec), \(JavaFormat.fixed(avgLatencyMs, precision: 2)) ms avg latency, "
                + "\(JavaFormat.fixed(Double(maxLatencyMs), precision: 2)) ms max latency, \(p[0]) ms 50th, \(p[1]) ms 95th, "
                + "\(p[2]) ms 99th, \(p[3]) ms 99.9th."
        }
        return "\(records) records sent, \(JavaFormat.fixed(recordsPerSec, precision: 1)) records/sec "
            + "(\(JavaFormat.fixed(mbPerSec, precision: 2)) MB/sec), \(JavaFormat.fixed(avgLatencyMs, precision: 1)) ms avg latency, "
            + "\(JavaFormat.fixed(Double(maxLatencyMs), precision: 1)) ms max latency."
    }

    /// `--format json`: one object per line.
    package var jsonLine: String {
        var fields: [(String, String)] = [
            ("type", JSONText.string(percentiles == nil ? "window" : (steadyState ? "steady_state_total" : "total"))),
            ("records", "\(records)"),
            ("elapsed_ms", "\(elapsedMs)"),
            ("bytes", "\(bytes)"),
            ("records_per_sec", JSONText.number(recordsPerSec)),
            ("mb_per_sec", JSONText.number(mbPerSec)),
            ("avg_latency_ms", JSONText.number(avgLatencyMs)),
            ("max_latency_ms", "\(maxLatencyMs)"),
        ]
        if let p = percentiles, p.count == 4 {
            fields += [("p50_ms", "\(p[0])"), ("p95_ms", "\(p[1])"), ("p99_ms", "\(p[2])"), ("p999_ms", "\(p[3])")]
        }
        return JSONText.object(fields)
    }
}

/// Kafka's `ProducerPerformance.Stats`: totals since `startMs` and the current reporting window,
/// fed one acknowledged record at a time. `record` returns the window's report when the window is
/// `reportingIntervalMs` old (and starts a new one), as Kafka prints it from the callback.
package struct ProducerPerfStats: Sendable {
    package let startMs: Int64
    package let reportingIntervalMs: Int64
    package let steadyState: Bool
    private var histogram = LatencyHistogram()
    package private(set) var count: Int64 = 0
    private var bytes: Int64 = 0
    private var totalLatency: Int64 = 0
    private var maxLatency = 0
    private var windowStart: Int64
    private var windowCount: Int64 = 0
    private var windowBytes: Int64 = 0
    private var windowTotalLatency: Int64 = 0
    private var windowMaxLatency = 0

    package init(startMs: Int64, reportingIntervalMs: Int64 = 5000, steadyState: Bool = false) {
        self.startMs = startMs
        self.windowStart = startMs
        self.reportingIntervalMs = reportingIntervalMs
        self.steadyState = steadyState
    }

    /// Whether the window that `record` just reported was the first of a steady-state run
    /// (Kafka prints "In steady state." before it).
    package private(set) var firstWindow = true

    package mutating func record(latencyMs: Int, bytes recordBytes: Int, nowMs: Int64) -> ProducerPerfReport? {
        count += 1
        bytes += Int64(recordBytes)
        totalLatency += Int64(latencyMs)
        maxLatency = max(maxLatency, latencyMs)
        windowCount += 1
        windowBytes += Int64(recordBytes)
        windowTotalLatency += Int64(latencyMs)
        windowMaxLatency = max(windowMaxLatency, latencyMs)
        histogram.record(latencyMs)
        guard nowMs - windowStart >= reportingIntervalMs else { return nil }
        firstWindow = count == windowCount
        let report = ProducerPerfReport(
            records: windowCount, elapsedMs: nowMs - windowStart, bytes: windowBytes,
            totalLatencyMs: windowTotalLatency,
            maxLatencyMs: windowMaxLatency)
        windowStart = nowMs
        windowCount = 0
        windowBytes = 0
        windowTotalLatency = 0
        windowMaxLatency = 0
        return report
    }

    /// `printTotal`'s figures at `nowMs`.
    package func total(nowMs: Int64) -> ProducerPerfReport {
        ProducerPerfReport(
            records: count, elapsedMs: nowMs - startMs, bytes: bytes, totalLatencyMs: totalLatency,
            maxLatencyMs: maxLatency,
            percentiles: [0.5, 0.95, 0.99, 0.999].map { histogram.percentile($0) }, steadyState: steadyState)
    }
}

/// Minimal JSON writing for the perf tools' `--format json` lines (keys in the order given).
package enum JSONText {
    package static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A finite number with up to 6 decimals (trailing zeros dropped); null when not finite.
    package static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        var text = JavaFormat.fixed(value, precision: 6)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    package static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }
}
