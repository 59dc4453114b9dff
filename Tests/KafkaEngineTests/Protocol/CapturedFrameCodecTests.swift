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
