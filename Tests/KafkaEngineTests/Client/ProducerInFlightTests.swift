import NIOCore
import Testing

@testable import KafkaEngine

/// The producer's sender keeps up to `max.in.flight.requests.per.connection` Produce requests in
/// flight to a broker when batches are waiting (one batch per partition per request), and never more.
@Suite struct ProducerInFlightTests {
    /// Many small batches of one partition queued at once, then flushed: the sender must fill the
    /// window rather than send one request per wake-up.
    private func peak(maxInFlight: Int, topic: String) async throws -> Int {
        try await TestBroker.with { broker in
            let client = try await KafkaClient.connect(config: broker.clientConfig)
            let admin = AdminClient(client: client)
            try await admin.create(topic, partitions: 1)
            var config = ProducerConfig(client: broker.clientConfig)
            config.batchSize = 1024
            config.linger = .seconds(30)
            config.maxInFlightRequestsPerConnection = maxInFlight
            let producer = KafkaProducer(client: client, config: config)
            let total = 1000
            let records = (0..<total).map { _ in ProducerRecord(key: nil, value: ByteBuffer(repeating: 0x61, count: 100)) }
            let sent = await producer.send(topic: topic, records: records)
            #expect(sent.accepted == total)
            #expect(await producer.flush().isEmpty)
            let tp = TopicPartition(topic, 0)
            #expect(try await admin.listOffsets([tp: .latest])[tp]?.get().offset == Int64(total))
            #expect(producer.metrics.batches > 50)
            let peak = producer.inFlightRequestsPeak
            await producer.close()
            await admin.close()
            return peak
        }
    }

    @Test("queued batches fill max.in.flight.requests.per.connection")
    func fillsWindow() async throws {
        #expect(try await peak(maxInFlight: 5, topic: "in-flight-5") == 5)
    }

    @Test("max.in.flight.requests.per.connection=1 sends one request at a time")
    func oneAtATime() async throws {
        #expect(try await peak(maxInFlight: 1, topic: "in-flight-1") == 1)
    }
}
