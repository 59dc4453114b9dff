import KafkaEngine
import NIOCore

/// The produce path's protocol work: cheap batch validation (size, magic, CRC, offsets, record
/// walk; never decompresses) on 16 KiB batches, and decoding a whole Produce request frame
/// (header, topics, partitions; the records stay a slice of the frame).
enum ProtocolBenchmarks: BenchmarkFamily {
    static let name = "protocol"

    /// An uncompressed batch of about `size` bytes of `recordSize`-byte values.
    static func batch(size: Int, recordSize: Int) -> RecordBatch {
        var builder = RecordBatchBuilder(producerId: 1000, producerEpoch: 0, baseSequence: 0)
        let value = ByteBuffer(bytes: BenchmarkData.records(size: recordSize))
        var i = 0
        while builder.uncompressedSizeInBytes + recordSize + 20 <= size {
            try! builder.append(timestamp: 1_700_000_000_000 + Int64(i), key: ByteBuffer(string: "key-\(i)"), value: value, headers: [])
            i += 1
        }
        return try! builder.build()!
    }

    static func produceFrame(partitions: Int, batchSize: Int) -> ByteBuffer {
        var request = ProduceRequest()
        request.acks = -1
        request.timeoutMs = 30_000
        var topic = ProduceRequest.TopicProduceData()
        topic.name = "bench"
        topic.partitionData = (0..<partitions).map { p in
            var data = ProduceRequest.PartitionProduceData()
            data.index = Int32(p)
            data.records = batch(size: batchSize, recordSize: 100).buffer
            return data
        }
        request.topicData = [topic]
        var frame = try! request.frame(version: 9, correlationId: 1, clientId: "bench")
        frame.moveReaderIndex(forwardBy: 4)
        return frame
    }

    static func make() -> [Benchmark] {
        var result: [Benchmark] = []
        for (label, recordSize) in [("100B-records", 100), ("1KiB-records", 1024)] {
            let batch = batch(size: 16 * 1024, recordSize: recordSize)
            result.append(Benchmark("protocol/validate-16KiB-batch/\(label)", bytes: batch.sizeInBytes) {
                (try? batch.validate()) == nil ? 0 : 1
            })
        }
        for partitions in [1, 6] {
            let frame = produceFrame(partitions: partitions, batchSize: 16 * 1024)
            result.append(Benchmark("protocol/decode-produce-request/\(partitions)x16KiB", bytes: frame.readableBytes) {
                let request = try! RequestFrame(decoding: frame)
                return UInt64(request.header.correlationId)
            })
            result.append(
                Benchmark("protocol/decode-and-validate-produce/\(partitions)x16KiB", bytes: frame.readableBytes) {
                    let request = try! RequestFrame(decoding: frame)
                    var count: UInt64 = 0
                    for topic in (request.body as! ProduceRequest).topicData {
                        for partition in topic.partitionData {
                            var batches = RecordBatchIterator(partition.records!)
                            while let batch = batches.next() {
                                try! batch.validate()
                                count += 1
                            }
                        }
                    }
                    return count
                })
        }
        // Small produce requests: per-request overhead dominates (acks=1 latency runs).
        let small = produceFrame(partitions: 1, batchSize: 200)
        result.append(Benchmark("protocol/decode-produce-request/1x200B", bytes: small.readableBytes) {
            UInt64(try! RequestFrame(decoding: small).header.correlationId)
        })
        return result
    }
}
