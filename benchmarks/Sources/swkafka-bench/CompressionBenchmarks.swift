import KafkaEngine
import NIOCore

/// Each codec compressing and decompressing record data (JSON log records of about 1 KiB, 4 MiB
/// in all) at Kafka's default level, as one buffer and as 16 KiB batches (Kafka's default
/// batch.size, where per-call set-up shows). Throughput counts uncompressed bytes both ways.
enum CompressionBenchmarks: BenchmarkFamily {
    static let name = "codec"
    static let corpusSize = 4 * 1024 * 1024
    static let batchSize = 16 * 1024

    static func corpus() -> [UInt8] {
        BenchmarkData.records(size: corpusSize)
    }

    static func make() -> [Benchmark] {
        let data = corpus()
        let input = ByteBuffer(bytes: data)
        let batches = stride(from: 0, to: data.count, by: batchSize).map {
            ByteBuffer(bytes: data[$0..<min($0 + batchSize, data.count)])
        }
        var result: [Benchmark] = []
        for codec in [CompressionType.gzip, .snappy, .lz4, .zstd] {
            guard let packed = try? compress(codec, input) else {
                print("# \(codec): compression failed, skipped")
                continue
            }
            let packedBatches = batches.compactMap { try? compress(codec, $0) }
            let ratio = Double(data.count) / Double(packed.readableBytes)
            print("# \(codec): \(data.count) -> \(packed.readableBytes) bytes, ratio \((ratio * 100).rounded() / 100)")

            result.append(Benchmark("codec/\(codec)/compress", bytes: data.count) {
                UInt64((try? compress(codec, input))?.readableBytes ?? 0)
            })
            result.append(Benchmark("codec/\(codec)/decompress", bytes: data.count) {
                UInt64((try? codec.decompress(packed, maxOutputBytes: corpusSize))?.readableBytes ?? 0)
            })
            result.append(Benchmark("codec/\(codec)/compress-16KiB-batches", bytes: data.count) {
                var total: UInt64 = 0
                for batch in batches { total &+= UInt64((try? compress(codec, batch))?.readableBytes ?? 0) }
                return total
            })
            result.append(Benchmark("codec/\(codec)/decompress-16KiB-batches", bytes: data.count) {
                var total: UInt64 = 0
                for batch in packedBatches {
                    total &+= UInt64((try? codec.decompress(batch, maxOutputBytes: batchSize))?.readableBytes ?? 0)
                }
                return total
            })
        }
        return result
    }

    private static func compress(_ codec: CompressionType, _ input: ByteBuffer) throws(CompressionError) -> ByteBuffer {
        var output = ByteBuffer()
        try codec.compress(input, into: &output)
        return output
    }
}
