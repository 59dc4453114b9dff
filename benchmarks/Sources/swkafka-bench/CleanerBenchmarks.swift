import Foundation
import KafkaEngine
import NIOCore

/// One steady-state round of log compaction on a real file system: a compacted log whose clean
/// part holds the latest ~1 KiB value of each of 8,192 keys (8 MiB) gets 8 MiB of overwrites of
/// every key (16 KiB batches, uncompressed or lz4, appended as a follower would), rolled, then
/// cleaned: the offset map is built over the dirty 8 MiB, and all 16 MiB are read and 8 MiB
/// written back as `.cleaned` segments, fsynced and swapped in. The appends are timed too (they
/// are a small part). Throughput counts the bytes the cleaning reads (clean plus dirty).
enum CleanerBenchmarks: BenchmarkFamily {
    static let name = "cleaner"
    static let keys = 8192

    static func make() -> [Benchmark] {
        [CompressionType.none, .lz4].compactMap { benchmark(codec: $0) }
    }

    /// The overwrites of every key, as 16 KiB batches of 16 records.
    static func batches(codec: CompressionType, round: Int) -> [ByteBuffer] {
        let data = BenchmarkData.records(size: 64 * 1024, seed: UInt64(round))
        var result: [ByteBuffer] = []
        var key = 0
        while key < keys {
            var builder = RecordBatchBuilder(compression: codec, initialCapacity: 17 * 1024)
            for n in 0..<16 {
                let start = ((key + n) * 997) % (data.count - 1000)
                try? builder.append(
                    timestamp: 1_700_000_000_000, key: ByteBuffer(string: "key-\(key + n)"),
                    value: ByteBuffer(bytes: data[start..<(start + 1000)]))
            }
            if let batch = try? builder.build() { result.append(batch.buffer) }
            key += 16
        }
        return result
    }

    static func benchmark(codec: CompressionType) -> Benchmark? {
        let scratch = LogBenchmarks.Scratch("cleaner-\(codec)")
        let clock = SystemClock()
        let log: Log
        do {
            let config = try LogConfig(topicOverrides: [
                "cleanup.policy": "compact", "segment.bytes": "\(4 << 20)", "file.delete.delay.ms": "0",
                "min.cleanable.dirty.ratio": "0.01",
            ])
            log = try Log.open(
                directory: scratch.path + "/compacted-0", config: config, clock: clock, highWatermarkFollowsLogEnd: true
            )
        } catch {
            print("# cleaner: cannot open a log: \(error)")
            return nil
        }
        let rounds = (0..<4).map { batches(codec: codec, round: $0) }
        let cleaner = LogCleaner(clock: clock)
        let checkpoint = scratch.path + "/cleaner-offset-checkpoint"
        var round = 0
        func overwriteAndClean() -> (bytesRead: Int, endOffset: Int64) {
            do {
                for bytes in rounds[round % rounds.count] {
                    var batch = try RecordBatch(bytes)
                    batch.setBaseOffset(log.logEndOffset)
                    try log.appendAsFollower(batch.buffer)
                }
                try log.roll()
                round += 1
                guard case .cleaned(let result)? = try cleaner.cleanLog(log, checkpointPath: checkpoint) else {
                    fatalError("nothing was cleaned")
                }
                return (result.stats.bytesRead, result.endOffset)
            } catch {
                fatalError("cleaning failed: \(error)")
            }
        }
        // The first round only fills the clean part; the size of a steady round is known after it.
        _ = overwriteAndClean()
        let bytesPerRound = overwriteAndClean().bytesRead
        return Benchmark("cleaner/round/8MiB-dirty+8MiB-clean/\(codec)", bytes: bytesPerRound) {
            _ = scratch
            return UInt64(overwriteAndClean().endOffset)
        }
    }
}
