import KafkaEngine
import NIOCore
import Testing

/// The captured client frames are what the manifest says they are: their request headers, read
/// with the engine's wire primitives, carry the manifest's API key, version, correlation id and
/// client id, and every client contributed Produce frames for every compression codec.
@Suite struct CapturedFrameHeaderTests {
    static let frames = (try? CapturedFrame.load()) ?? []

    @Test func fixturesArePresent() throws {
        let frames = try CapturedFrame.load()
        #expect(frames.count >= 40)
        #expect(Set(frames.map(\.entry.client)) == ["aiokafka", "confluent-kafka", "kafka-python", "kcat"])
    }

    @Test(arguments: Self.frames)
    func headerMatchesManifest(_ frame: CapturedFrame) throws {
        var buffer = frame.bytes
        let entry = frame.entry
        #expect(buffer.readableBytes == entry.size)
        #expect(try buffer.readKafkaInteger(as: Int16.self) == entry.apiKey)
        #expect(try buffer.readKafkaInteger(as: Int16.self) == entry.apiVersion)
        #expect(try buffer.readKafkaInteger(as: Int32.self) == entry.correlationId)
        if entry.headerVersion >= 1 {
            // ClientId keeps its int16 length even in flexible headers.
            #expect(try buffer.readKafkaNullableString(compact: false) == entry.clientId)
        }
        if entry.headerVersion >= 2 {
            try buffer.readTaggedFields { _, _ in }
        }
        #expect(buffer.readableBytes > 0 || entry.apiKey == 18)
    }

    @Test func everyClientProducedWithEveryCodec() throws {
        let produce = try CapturedFrame.load(apiKey: 0)
        for client in ["aiokafka", "confluent-kafka", "kafka-python", "kcat"] {
            let codecs = Set(produce.filter { $0.entry.client == client }.flatMap { $0.entry.compression ?? [] })
            #expect(codecs == ["none", "gzip", "snappy", "lz4", "zstd"], "\(client)")
        }
    }

    @Test func hexDecoding() {
        #expect(CapturedFrame.decodeHex("00ff\n1A 2b") == [0x00, 0xFF, 0x1A, 0x2B])
        #expect(CapturedFrame.decodeHex("abc") == nil)
        #expect(CapturedFrame.decodeHex("zz") == nil)
    }
}
