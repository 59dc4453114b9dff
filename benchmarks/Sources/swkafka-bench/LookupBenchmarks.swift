import Foundation
import KafkaEngine
import NIOCore

/// Offset and timestamp lookups on a log of 4 segments × 16 MiB of 1 KiB-record batches (about
/// 4,000 batches, an index entry per batch): what a Fetch at a random offset and a ListOffsets by
/// timestamp cost before any bytes are sent. Each operation picks the next of 1,024 precomputed
/// random targets.
enum LookupBenchmarks: BenchmarkFamily {
    static let name = "lookup"

    final class Fixture {
        let scratch = LogBenchmarks.Scratch("lookup")
        let log: Log
        let endOffset: Int64
        let firstTimestamp: Int64 = 1_700_000_000_000

        init() throws {
            let config = try LogConfig(topicOverrides: ["segment.bytes": "\(16 << 20)", "retention.ms": "-1"])
            log = try Log.open(
                directory: scratch.path + "/lookup-0", config: config, clock: SystemClock(),
                highWatermarkFollowsLogEnd: true, producerState: .disabled)
            let value = ByteBuffer(bytes: BenchmarkData.records(size: 1000))
            var timestamp = firstTimestamp
            while log.segments.count < 5 {
                var builder = RecordBatchBuilder(initialCapacity: 17 * 1024)
                for _ in 0..<16 {
                    try builder.append(timestamp: timestamp, key: nil, value: value)
                    timestamp += 1
                }
                _ = try log.appendAsLeader(try builder.build()!.buffer, leaderEpoch: 0)
            }
            endOffset = log.logEndOffset
        }
    }

    static func make() -> [Benchmark] {
        guard let fixture = try? Fixture() else { return [] }
        var rng = BenchmarkData.Generator(state: 7)
        let offsets = (0..<1024).map { _ in Int64(rng.below(Int(fixture.endOffset))) }
        let timestamps = offsets.map { fixture.firstTimestamp + $0 }
        var i = 0
        return [
            Benchmark("lookup/read-at-random-offset", bytes: 1) {
                i = (i + 1) & 1023
                let info = try! fixture.log.read(
                    startOffset: offsets[i], maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true)
                return UInt64(info.sizeInBytes)
            },
            Benchmark("lookup/offset-by-timestamp", bytes: 1) {
                i = (i + 1) & 1023
                return UInt64(bitPattern: try! fixture.log.fetchOffsetByTimestamp(timestamps[i])?.offset ?? -1)
            },
        ]
    }
}
