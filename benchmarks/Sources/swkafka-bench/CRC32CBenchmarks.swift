import KafkaEngine

/// CRC32C over a record-batch-sized buffer (16 KiB, Kafka's default batch.size) and a large one
/// (1 MiB, a segment read), on the SSE4.2 path and on the portable tables.
enum CRC32CBenchmarks: BenchmarkFamily {
    static let name = "crc32c"

    static func make() -> [Benchmark] {
        var result: [Benchmark] = []
        for (label, size) in [("16KiB", 16 * 1024), ("1MiB", 1024 * 1024)] {
            let data = BenchmarkData.randomBytes(size, seed: UInt64(size))
            result.append(Benchmark("crc32c/hardware/\(label)", bytes: size) {
                UInt64(data.withUnsafeBytes { CRC32C.checksum($0) })
            })
            result.append(Benchmark("crc32c/portable/\(label)", bytes: size) {
                UInt64(data.withUnsafeBytes { CRC32C.portableChecksum($0) })
            })
        }
        return result
    }
}
