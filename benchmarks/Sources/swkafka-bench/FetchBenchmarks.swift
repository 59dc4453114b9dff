import Foundation
import KafkaEngine
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// What the broker does for one partition of a Fetch once the request is decoded: `Log.read` at
/// the fetch offset (segment and offset index lookup, scan of batch headers, a file slice of up to
/// `max.partition.fetch.bytes`), the `FetchPartitionResult` the replica manager hands back, and
/// `FetchHandler.responseParts` laying out the response around that slice for sendfile (the
/// generated encoders for the bytes, a `dup` of the segment's descriptor for the records). The
/// descriptors the parts own are closed after each run, as the network layer does once the
/// response is written. The log is 2 segments of 16 MiB of 1 KiB-record batches.
enum FetchBenchmarks: BenchmarkFamily {
    static let name = "fetch"
    /// The librdkafka / Kafka consumer default `max.partition.fetch.bytes`.
    static let partitionMaxBytes = 1 << 20
    /// A flexible version with topic ids, as current clients send.
    static let version: Int16 = 16

    final class Fixture {
        let scratch = LogBenchmarks.Scratch("fetch")
        let log: Log
        let endOffset: Int64
        let topicId = KafkaUUID.random()

        init() throws {
            let config = try LogConfig(topicOverrides: ["segment.bytes": "\(16 << 20)", "retention.ms": "-1"])
            log = try Log.open(
                directory: scratch.path + "/fetch-0", config: config, clock: SystemClock(),
                highWatermarkFollowsLogEnd: true, producerState: .disabled)
            let value = ByteBuffer(bytes: BenchmarkData.records(size: 1000))
            var timestamp: Int64 = 1_700_000_000_000
            while log.segments.count < 3 {
                var builder = RecordBatchBuilder(initialCapacity: 17 * 1024)
                for _ in 0..<16 {
                    try builder.append(timestamp: timestamp, key: nil, value: value)
                    timestamp += 1
                }
                _ = try log.appendAsLeader(try builder.build()!.buffer, leaderEpoch: 0)
            }
            endOffset = log.logEndOffset
        }

        /// The replica manager's answer for a read at `offset`, as FetchHandler receives it.
        func result(partition: Int32, offset: Int64) throws -> FetchPartitionResult {
            let info = try log.read(
                startOffset: offset, maxLength: FetchBenchmarks.partitionMaxBytes, isolation: .highWatermark,
                minOneMessage: true)
            return FetchPartitionResult(
                topicPartition: TopicPartition("bench", partition), topicId: topicId,
                highWatermark: log.highWatermark, lastStableOffset: log.lastStableOffset,
                logStartOffset: log.logStartOffset, records: info.records)
        }
    }

    /// Lays out the response and releases what it holds; returns its size in bytes.
    static func respond(_ results: [FetchPartitionResult]) -> UInt64 {
        let parts: [ResponsePart]
        do {
            parts = try FetchHandler.responseParts(
                version: version, errorCode: .none, sessionId: 0, results: results)
        } catch {
            fatalError("fetch response: \(error)")
        }
        var size: UInt64 = 0
        for part in parts {
            switch part {
            case .bytes(let bytes): size &+= UInt64(bytes.readableBytes)
            case .file(let descriptor, _, let count):
                size &+= UInt64(count)
                close(descriptor)
            }
        }
        return size
    }

    static func make() -> [Benchmark] {
        let fixture: Fixture
        do {
            fixture = try Fixture()
        } catch {
            print("# fetch: cannot write the log: \(error)")
            return []
        }
        var rng = BenchmarkData.Generator(state: 11)
        let offsets = (0..<1024).map { _ in Int64(rng.below(Int(fixture.endOffset))) }
        // A consumer keeping up asks for what was just appended: the last few batches.
        let tailOffset = max(0, fixture.endOffset - 64)
        guard let one = try? fixture.result(partition: 0, offset: offsets[0]) else { return [] }
        let six = (0..<6).map { p in
            var r = one
            r.topicPartition = TopicPartition("bench", Int32(p))
            return r
        }
        var i = 0
        return [
            Benchmark("fetch/read-and-respond/random-offset", bytes: 0) {
                i = (i + 1) & 1023
                return respond([try! fixture.result(partition: 0, offset: offsets[i])])
            },
            Benchmark("fetch/read-and-respond/tail", bytes: 0) {
                respond([try! fixture.result(partition: 0, offset: tailOffset)])
            },
            Benchmark("fetch/respond/1-partition", bytes: 0) {
                respond([one])
            },
            Benchmark("fetch/respond/6-partitions", bytes: 0) {
                respond(six)
            },
        ]
    }
}
