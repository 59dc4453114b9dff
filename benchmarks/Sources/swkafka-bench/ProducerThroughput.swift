import Foundation
import KafkaEngine
import NIOCore

/// `--produce BOOTSTRAP TOPIC COUNT [CODEC]`: sends COUNT small records ("1" … "COUNT", as
/// `seq 1 COUNT | console-producer` would) through `KafkaProducer` with the default settings
/// (acks=all, idempotence, linger.ms 5, batch.size 16384) to a running broker, and prints records/s.
/// The values are slices of one buffer, as a line reader hands them over.
enum ProducerThroughput {
    static func run(bootstrap: String, topic: String, count: Int, codec: CompressionType) async throws {
        let client = try ClientConfig(properties: ["bootstrap.servers": bootstrap])
        let admin = try await AdminClient.connect(config: client)
        let created = try await admin.createTopics([NewTopic(name: topic, numPartitions: 1, replicationFactor: 1)])
        if case .failure(let error)? = created[topic], error.code != .topicAlreadyExists { throw error }
        await admin.close()

        var config = ProducerConfig(client: client)
        config.compression = codec
        let producer = try await KafkaProducer.connect(config: config)
        let chunk = 100_000
        let start = ContinuousClock.now
        var next = 1
        while next <= count {
            var text = ""
            let end = min(next + chunk - 1, count)
            for i in next...end { text += "\(i)\n" }
            let lines = ByteBuffer(string: text)
            var offset = 0
            for i in next...end {
                let length = String(i).utf8.count
                let value = lines.getSlice(at: offset, length: length)
                offset += length + 1
                try await producer.send(topic: topic, value: value, completion: nil)
            }
            next = end + 1
        }
        let failures = await producer.flush()
        let elapsed = ContinuousClock.now - start
        await producer.close()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            String(
                format: "produced %d records (%@) in %.2f s: %.0f records/s, %d failed", count, codec.description, seconds,
                Double(count) / seconds, failures.reduce(0) { $0 + $1.records }))
    }
}
