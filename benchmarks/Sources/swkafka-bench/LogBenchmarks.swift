import Foundation
import KafkaEngine
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// The partition log's hot paths on a real file system: a leader append of a 16 KiB batch (Kafka's
/// default batch.size; offsets assigned, CRC checked, one write into the page cache) next to a
/// plain write(2) of the same bytes to a file, and recovery's scan of a 64 MiB segment of such
/// batches (framing, CRC, index rebuild) from the page cache. Both writers start a new 64 MiB file
/// as they fill one and keep at most a few, so the disk use stays bounded; the files go with the
/// benchmarks.
enum LogBenchmarks: BenchmarkFamily {
    static let name = "log"
    static let segmentBytes = 64 << 20

    /// A directory removed when the last benchmark holding it is released.
    final class Scratch {
        let path: String

        init(_ name: String) {
            path =
                FileManager.default.temporaryDirectory.appendingPathComponent("swkafka-bench-\(getpid())-\(name)").path
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// One uncompressed batch of 16 records of about 1 KiB of JSON each: 16 KiB.
    static func batch() -> ByteBuffer {
        let data = BenchmarkData.records(size: 64 * 1024)
        var builder = RecordBatchBuilder(initialCapacity: 17 * 1024)
        var offset = 0
        while builder.uncompressedSizeInBytes < 16 * 1024 - 1100 {
            let value = ByteBuffer(bytes: data[offset..<(offset + 1000)])
            try? builder.append(timestamp: 1_700_000_000_000, key: ByteBuffer(string: "key-\(offset)"), value: value)
            offset += 1000
        }
        return (try? builder.build())?.buffer ?? ByteBuffer()
    }

    static func make() -> [Benchmark] {
        let bytes = batch()
        var result: [Benchmark] = []
        if let append = appendBenchmark(bytes) { result.append(append) }
        result.append(writeBenchmark(bytes))
        if let recovery = recoveryBenchmark(bytes) { result.append(recovery) }
        return result
    }

    static func appendBenchmark(_ bytes: ByteBuffer) -> Benchmark? {
        let scratch = Scratch("append")
        let config: LogConfig
        let log: Log
        do {
            config = try LogConfig(topicOverrides: [
                "segment.bytes": "\(segmentBytes)", "retention.bytes": "\(2 * segmentBytes)", "retention.ms": "-1",
                "file.delete.delay.ms": "0",
            ])
            log = try Log.open(
                directory: scratch.path + "/bench-0", config: config, clock: SystemClock(),
                highWatermarkFollowsLogEnd: true)
        } catch {
            print("# log/append: cannot open a log: \(error)")
            return nil
        }
        var appends: UInt64 = 0
        return Benchmark("log/append-as-leader/16KiB", bytes: bytes.readableBytes) {
            _ = scratch
            appends += 1
            do {
                let info = try log.appendAsLeader(bytes, leaderEpoch: 1)
                if appends % 1024 == 0 { try log.deleteOldSegments() }
                return UInt64(info.lastOffset)
            } catch {
                fatalError("append failed: \(error)")
            }
        }
    }

    static func writeBenchmark(_ bytes: ByteBuffer) -> Benchmark {
        let scratch = Scratch("write")
        let fd = open(scratch.path + "/plain", O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0o644)
        var written = 0
        let size = bytes.readableBytes
        return Benchmark("log/write(2)/16KiB", bytes: size) {
            _ = scratch
            if written + size > segmentBytes {
                _ = ftruncate(fd, 0)
                _ = lseek(fd, 0, SEEK_SET)
                written = 0
            }
            let n = bytes.withUnsafeReadableBytes { write(fd, $0.baseAddress, $0.count) }
            written += n
            return UInt64(n)
        }
    }

    static func recoveryBenchmark(_ bytes: ByteBuffer) -> Benchmark? {
        let scratch = Scratch("recovery")
        let segment: LogSegment
        do {
            let config = try LogConfig(topicOverrides: [:])
            segment = try LogSegment.open(directory: scratch.path, baseOffset: 0, config: config, clock: SystemClock())
            var batch = try RecordBatch(bytes)
            var offset: Int64 = 0
            while segment.size + batch.sizeInBytes <= segmentBytes {
                batch.setBaseOffset(offset)
                try segment.append(
                    largestOffset: batch.lastOffset, largestTimestamp: batch.maxTimestamp,
                    offsetOfMaxTimestamp: batch.lastOffset, records: batch.buffer)
                offset = batch.nextOffset
            }
        } catch {
            print("# log/recovery: cannot write a segment: \(error)")
            return nil
        }
        return Benchmark("log/recovery-scan/64MiB", bytes: segment.size) {
            _ = scratch
            var checks = LogSegment.RecoveryChecks(contiguousOffsets: true)
            do {
                let result = try segment.recover(producerState: nil, leaderEpochCache: nil, checks: &checks)
                return UInt64(result.bytesTruncated) &+ UInt64(checks.nextOffset ?? 0)
            } catch {
                fatalError("recovery failed: \(error)")
            }
        }
    }
}
