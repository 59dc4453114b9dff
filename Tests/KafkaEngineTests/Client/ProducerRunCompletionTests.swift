import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

/// `KafkaProducer.send(topic:records:completion:)`: one completion for a run, called once per
/// accepted record with its index in the run, and the producer's metrics counting what was sent.
@Suite struct ProducerRunCompletionTests {
    @Test("a run's completion sees every accepted record once, by index, in offset order")
    func runCompletion() async throws {
        try await TestBroker.with { broker in
            let client = try await KafkaClient.connect(config: broker.clientConfig)
            let admin = AdminClient(client: client)
            try await admin.create("run-acks", partitions: 1)
            var config = ProducerConfig(client: broker.clientConfig)
            config.batchSize = 2048
            config.maxRequestSize = 20_000
            let producer = KafkaProducer(client: client, config: config)
            let total = 3000
            var records = (0..<total).map { ProducerRecord(key: nil, value: ByteBuffer(text: "\($0)")) }
            records[7] = ProducerRecord(key: nil, value: ByteBuffer(repeating: 0x61, count: 30_000))
            let seen = Mutex<[Int: Int64]>([:])
            let calls = Mutex(0)
            let sent = await producer.send(topic: "run-acks", records: records) { index, result in
                calls.withLock { $0 += 1 }
                if case .success(let metadata) = result { seen.withLock { $0[index] = metadata.offset } }
            }
            #expect(sent.accepted == total - 1 && sent.rejected.map(\.index) == [7])
            #expect(await producer.flush().isEmpty)
            #expect(calls.withLock { $0 } == total - 1)
            let offsets = seen.withLock { $0 }
            #expect(offsets[7] == nil)
            let ordered = (0..<total).filter { $0 != 7 }.compactMap { offsets[$0] }
            #expect(ordered == (0..<Int64(total - 1)).map { $0 })
            let metrics = producer.metrics
            #expect(metrics.recordsSent == total - 1 && metrics.recordErrors == 0)
            #expect(metrics.batches > 1 && metrics.batchBytesMax <= 2048 + 64 && metrics.requests >= 1)
            #expect(metrics.timedRequests == metrics.requests && metrics.requestLatencyMaxNanos > 0)
            await producer.close()
            await admin.close()
        }
    }
}
