import Foundation
import KafkaEngine
import NIOCore

/// Writes a segment file for the dump-log benchmark (`benchmarks/dump-log.sh`): about `size` bytes
/// of record batches as a producer with Kafka's defaults sends them (16 KiB batches, here of ~1 KiB
/// JSON log records with a 16-byte key), offsets assigned from 0, built with `RecordBatchBuilder`.
enum SegmentWriter {
    static let batchSize = 16 * 1024

    static func write(path: String, size: Int, compression: CompressionType) throws {
        let corpus = BenchmarkData.records(size: 4 * 1024 * 1024)
        // The corpus's lines are the record values.
        var values: [ByteBuffer] = []
        var start = 0
        for (i, byte) in corpus.enumerated() where byte == UInt8(ascii: "\n") {
            values.append(ByteBuffer(bytes: corpus[start..<i]))
            start = i + 1
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown) }
        defer { try? handle.close() }

        var written = 0
        var offset: Int64 = 0
        var next = 0
        var pending = Data()
        while written < size {
            var builder = RecordBatchBuilder(
                baseOffset: offset, compression: compression, partitionLeaderEpoch: 0, initialCapacity: batchSize + 2048
            )
            while builder.uncompressedSizeInBytes < batchSize - 1100 {
                let value = values[next % values.count]
                let key = ByteBuffer(string: String(format: "key-%012d", next))
                try builder.append(timestamp: 1_718_100_000_000 + Int64(next), key: key, value: value)
                next += 1
            }
            guard let batch = try builder.build() else { break }
            offset = batch.nextOffset
            written += batch.sizeInBytes
            pending.append(contentsOf: batch.buffer.readableBytesView)
            if pending.count >= 8 << 20 {
                try handle.write(contentsOf: pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: pending)
        print("wrote \(written) bytes, \(offset) records in batches of \(batchSize) bytes to \(path)")
    }
}
