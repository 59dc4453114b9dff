/// The consumer perf test's lines (`ConsumerPerformance`'s header, detailed progress and summary).
package enum ConsumerPerfReport {
    static let newFields = ", rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec"

    package static func header(detailed: Bool) -> String {
        detailed
            ? "time, threadId, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec" + newFields
            : "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec" + newFields
    }

    static func megabytes(_ bytes: Int64) -> Double { Double(bytes) / (1024 * 1024) }

    /// The final summary at `endMs` of a run started at `startMs`.
    package struct Summary: Sendable, Equatable {
        package var startMs: Int64
        package var endMs: Int64
        package var bytes: Int64
        package var messages: Int64
        package var joinTimeMs: Int64

        package init(startMs: Int64, endMs: Int64, bytes: Int64, messages: Int64, joinTimeMs: Int64) {
            self.startMs = startMs
            self.endMs = endMs
            self.bytes = bytes
            self.messages = messages
            self.joinTimeMs = joinTimeMs
        }

        var elapsedSec: Double { Double(endMs - startMs) / 1000.0 }
        var fetchTimeMs: Int64 { endMs - startMs - joinTimeMs }
        var totalMb: Double { megabytes(bytes) }

        package func kafkaLine(_ dateFormat: SimpleDateFormat) -> String {
            let f = { (x: Double) in JavaFormat.fixed(x, precision: 4) }
            return [
                dateFormat.format(milliseconds: startMs), dateFormat.format(milliseconds: endMs), f(totalMb),
                f(totalMb / elapsedSec), "\(messages)", f(Double(messages) / elapsedSec), "\(joinTimeMs)",
                "\(fetchTimeMs)", f(totalMb / (Double(fetchTimeMs) / 1000.0)),
                f(Double(messages) / (Double(fetchTimeMs) / 1000.0)),
            ].joined(separator: ", ")
        }

        package func jsonLine(_ dateFormat: SimpleDateFormat, expected: Int64) -> String {
            JSONText.object([
                ("type", JSONText.string("total")),
                ("start_time", JSONText.string(dateFormat.format(milliseconds: startMs))),
                ("end_time", JSONText.string(dateFormat.format(milliseconds: endMs))),
                ("start_time_ms", "\(startMs)"), ("end_time_ms", "\(endMs)"),
                ("bytes", "\(bytes)"),
                ("data_consumed_mb", JSONText.number(totalMb)),
                ("mb_per_sec", JSONText.number(totalMb / elapsedSec)),
                ("records", "\(messages)"),
                ("records_per_sec", JSONText.number(Double(messages) / elapsedSec)),
                ("rebalance_time_ms", "\(joinTimeMs)"),
                ("fetch_time_ms", "\(fetchTimeMs)"),
                ("fetch_mb_per_sec", JSONText.number(totalMb / (Double(fetchTimeMs) / 1000.0))),
                ("fetch_records_per_sec", JSONText.number(Double(messages) / (Double(fetchTimeMs) / 1000.0))),
                ("expected_records", "\(expected)"),
                ("timed_out", messages < expected ? "true" : "false"),
            ])
        }
    }

    /// One `--show-detailed-stats` line: totals so far and the rates of the interval
    /// `lastReportMs..<nowMs`.
    package struct Progress: Sendable, Equatable {
        package var bytes: Int64
        package var lastBytes: Int64
        package var messages: Int64
        package var lastMessages: Int64
        package var startMs: Int64
        package var endMs: Int64
        package var joinTimeMsInRound: Int64

        package init(
            bytes: Int64, lastBytes: Int64, messages: Int64, lastMessages: Int64, startMs: Int64, endMs: Int64,
            joinTimeMsInRound: Int64
        ) {
            self.bytes = bytes
            self.lastBytes = lastBytes
            self.messages = messages
            self.lastMessages = lastMessages
            self.startMs = startMs
            self.endMs = endMs
            self.joinTimeMsInRound = joinTimeMsInRound
        }

        var elapsedMs: Double { Double(endMs - startMs) }
        var intervalMb: Double { megabytes(bytes - lastBytes) }
        var intervalMbPerSec: Double { 1000.0 * intervalMb / elapsedMs }
        var intervalMessagesPerSec: Double { Double(messages - lastMessages) / elapsedMs * 1000.0 }
        var fetchTimeMs: Int64 { endMs - startMs - joinTimeMsInRound }
        var fetchMbPerSec: Double { fetchTimeMs <= 0 ? 0.0 : 1000.0 * intervalMb / Double(fetchTimeMs) }
        var fetchMessagesPerSec: Double {
            fetchTimeMs <= 0 ? 0.0 : 1000.0 * Double(messages - lastMessages) / Double(fetchTimeMs)
        }

        package func kafkaLine(_ dateFormat: SimpleDateFormat) -> String {
            let f = { (x: Double) in JavaFormat.fixed(x, precision: 4) }
            return [
                dateFormat.format(milliseconds: endMs), "0", f(megabytes(bytes)), f(intervalMbPerSec), "\(messages)",
                f(intervalMessagesPerSec), "\(joinTimeMsInRound)", "\(fetchTimeMs)", f(fetchMbPerSec),
                f(fetchMessagesPerSec),
            ].joined(separator: ", ")
        }

        package func jsonLine(_ dateFormat: SimpleDateFormat) -> String {
            JSONText.object([
                ("type", JSONText.string("progress")),
                ("time", JSONText.string(dateFormat.format(milliseconds: endMs))),
                ("time_ms", "\(endMs)"),
                ("thread_id", "0"),
                ("data_consumed_mb", JSONText.number(megabytes(bytes))),
                ("mb_per_sec", JSONText.number(intervalMbPerSec)),
                ("records", "\(messages)"),
                ("records_per_sec", JSONText.number(intervalMessagesPerSec)),
                ("rebalance_time_ms", "\(joinTimeMsInRound)"),
                ("fetch_time_ms", "\(fetchTimeMs)"),
                ("fetch_mb_per_sec", JSONText.number(fetchMbPerSec)),
                ("fetch_records_per_sec", JSONText.number(fetchMessagesPerSec)),
            ])
        }
    }

    /// Kafka's warning when `--timeout` passes without records before `--messages` were read.
    package static func timeoutWarning(timeoutMs: Int64) -> String {
        "WARNING: Exiting before consuming the expected number of messages: timeout (\(timeoutMs) ms) exceeded. "
            + "You can use the --timeout option to increase the timeout."
    }
}
