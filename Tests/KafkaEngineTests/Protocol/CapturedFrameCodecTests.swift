import NIOCore
import Testing

@testable import KafkaEngine

/// Golden bytes: every request frame kcat, confluent-kafka, kafka-python and aiokafka sent decodes
/// with the generated code and re-encodes byte for byte.
@Suite struct CapturedFrameCodecTests {
    static let frames = (try? CapturedFrame.load()) ?? []

    @Test func fixturesArePresent() throws {
        #expect(try CapturedFrame.load().count >= 80)
    }

    @Test(arguments: CapturedFrameCodecTests.frames)
    func decodesAndReencodesByteForByte(_ captured: CapturedFrame) throws {
        let frame = try RequestFrame(decoding: captured.bytes)
        #expect(frame.apiKey.rawValue == captured.entry.apiKey)
        #expect(frame.apiKey.name == captured.entry.apiName)
        #expect(frame.header.requestApiVersion == captured.entry.apiVersion)
        #expect(frame.header.correlationId == captured.entry.correlationId)
        #expect(frame.header.clientId == captured.entry.clientId)
        let reencoded = try frame.encoded()
        #expect(reencoded == captured.bytes, "re-encoded \(reencoded.hexString)")
    }

    @Test func produceFramesCarryTheirRecordsAsSlicesOfTheFrame() throws {
        let produce = try CapturedFrame.load(apiKey: ApiKey.produce.rawValue)
        #expect(produce.count >= 20)
        for captured in produce {
            let frame = try RequestFrame(decoding: captured.bytes)
            let request = try #require(frame.body as? ProduceRequest)
            let records = try #require(request.topicData.first?.partitionData.first?.records)
            // The records field is a view into the frame's storage, not a copy.
            captured.bytes.withUnsafeReadableBytes { frameBytes in
                records.withUnsafeReadableBytes { recordBytes in
                    let start = frameBytes.baseAddress!
                    let inside = recordBytes.baseAddress! >= start && recordBytes.baseAddress! < start + frameBytes.count
                    #expect(inside, "\(captured.entry.file): records were copied")
                }
            }
        }
    }
}

/// The record batches in the captured Produce requests — each client, each codec — pass the
/// broker's validation and decode to exactly the records the client was asked to send.
@Suite struct CapturedRecordBatchTests {
    static let produceFrames = (try? CapturedFrame.load(apiKey: ApiKey.produce.rawValue)) ?? []

    static func text(_ buffer: ByteBuffer?) -> String? {
        buffer.map { String(decoding: $0.readableBytesView, as: UTF8.self) }
    }

    @Test(arguments: CapturedRecordBatchTests.produceFrames)
    func batchesDecodeToTheRecordsSent(_ captured: CapturedFrame) throws {
        let request = try #require(try RequestFrame(decoding: captured.bytes).body as? ProduceRequest)
        let expected = try #require(captured.entry.records)
        var decoded: [CapturedFrame.Entry.ProducedRecord] = []
        var codecs: Set<String> = []
        for topic in request.topicData {
            for partition in topic.partitionData {
                var batches = RecordBatchIterator(try #require(partition.records))
                while let batch = batches.next() {
                    try batch.validate()
                    let codec = try #require(batch.compressionType)
                    codecs.insert(codec.description)
                    for record in try batch.records(maxDecompressedBytes: 1 << 24) {
                        decoded.append(
                            .init(
                                topic: topic.name, partition: partition.index, compression: codec.description,
                                key: Self.text(record.key), value: Self.text(record.value),
                                headers: record.headers.map { .init(key: $0.key, value: Self.text($0.value)) }))
                    }
                }
                #expect(batches.stop == .end, "\(captured.entry.file): trailing bytes")
            }
        }
        #expect(decoded == expected, "\(captured.entry.file)")
        #expect(codecs == Set(captured.entry.compression ?? []))
    }

    @Test func everyClientSentEveryCodec() {
        var seen: [String: Set<String>] = [:]
        for frame in Self.produceFrames {
            seen[frame.entry.client, default: []].formUnion(frame.entry.compression ?? [])
        }
        #expect(seen.count == 4)
        for (client, codecs) in seen {
            #expect(codecs == ["none", "gzip", "snappy", "lz4", "zstd"], "\(client)")
        }
    }
}
