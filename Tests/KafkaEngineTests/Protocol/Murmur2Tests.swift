import Testing

@testable import KafkaEngine

@Suite("murmur2")
struct Murmur2Tests {
    /// Apache Kafka's `UtilsTest.testMurmur2`.
    @Test(
        "Kafka's own vectors",
        arguments: [
            ("21", Int32(-973_932_308)),
            ("foobar", -790_332_482),
            ("a-little-bit-long-string", -985_981_536),
            ("a-little-bit-longer-string", -1_486_304_829),
            ("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58_897_971),
            ("abc", 479_470_107),
        ]
    )
    func kafkaVectors(key: String, expected: Int32) {
        #expect(Murmur2.hash(Array(key.utf8)) == expected)
        #expect(Murmur2.hash(key.utf8) == expected)
    }

    @Test("toPositive clears the sign bit")
    func toPositive() {
        #expect(Murmur2.toPositive(Int32.min) == 0)
        #expect(Murmur2.toPositive(-1) == Int32.max)
        #expect(Murmur2.toPositive(-973_932_308) == 1_173_551_340)
        #expect(Murmur2.toPositive(42) == 42)
    }

    @Test("collections without contiguous storage hash like arrays")
    func nonContiguous() {
        let key = Array("a-little-bit-longer-string".utf8)
        let lazy = key.lazy.map { $0 }
        #expect(Murmur2.hash(lazy) == Murmur2.hash(key))
        #expect(Murmur2.hash(key[3...]) == Murmur2.hash(Array(key[3...])))
        #expect(Murmur2.partition(forKey: lazy, partitionCount: 7) == Murmur2.toPositive(-1_486_304_829) % 7)
    }

    /// Partitions librdkafka 2.16 chose with `partitioner=murmur2_random` (captured through
    /// confluent-kafka against librdkafka's built-in mock cluster; see Fixtures/codecs/README.md).
    @Test("librdkafka's murmur2_random partitioner picks toPositive(murmur2(key)) % partitions")
    func librdkafkaPartitions() throws {
        let text = String(decoding: try CodecTestSupport.fixture("codecs/murmur2-librdkafka.tsv"), as: UTF8.self)
        var rows = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 3, "bad fixture line \(line)")
            let key = try #require(CodecTestSupport.bytes(hex: String(fields[0])))
            let count = try #require(Int32(fields[1]))
            let expected = try #require(Int32(fields[2]))
            #expect(Murmur2.partition(forKey: key, partitionCount: count) == expected, "key \(fields[0])")
            rows += 1
        }
        #expect(rows > 100)
    }
}
