import NIOCore
import Testing

@testable import KafkaEngine

@Suite struct RequestFrameTests {
    /// kcat 1.7.1 (librdkafka 2.0.2) opens every connection with this ApiVersions v3 request.
    static let kcatApiVersions = "0012000300000001000772646b61666b61000b6c696272646b61666b6106322e302e3200"

    @Test func decodesAndReencodesKcatsApiVersionsRequest() throws {
        let bytes = ByteBuffer(hex: Self.kcatApiVersions)
        let frame = try RequestFrame(decoding: bytes)
        #expect(frame.apiKey == .apiVersions)
        #expect(frame.header.requestApiVersion == 3)
        #expect(frame.header.correlationId == 1)
        #expect(frame.header.clientId == "rdkafka")
        let body = try #require(frame.body as? ApiVersionsRequest)
        #expect(body.clientSoftwareName == "librdkafka")
        #expect(body.clientSoftwareVersion == "2.0.2")
        #expect(try frame.encoded() == bytes)
    }

    @Test func requestAndResponseHeaderVersionsFollowKafka() {
        #expect(ApiKey.produce.requestHeaderVersion(apiVersion: 8) == 1)
        #expect(ApiKey.produce.requestHeaderVersion(apiVersion: 9) == 2)
        #expect(ApiKey.controlledShutdown.requestHeaderVersion(apiVersion: 0) == 0)
        #expect(ApiKey.apiVersions.responseHeaderVersion(apiVersion: 4) == 0)
        #expect(ApiKey.metadata.responseHeaderVersion(apiVersion: 9) == 1)
        #expect(ApiKey.metadata.responseHeaderVersion(apiVersion: 8) == 0)
    }

    @Test func framesCarryTheirSizeAndDecodeBack() throws {
        var request = MetadataRequest()
        var topic = MetadataRequest.MetadataRequestTopic()
        topic.name = "orders"
        request.topics = [topic]
        var frame = try request.frame(version: 12, correlationId: 7, clientId: "swkafka")
        let size = frame.readInteger(as: Int32.self)
        #expect(size.map(Int.init) == frame.readableBytes)
        let decoded = try RequestFrame(decoding: frame)
        #expect(decoded.body as? MetadataRequest == request)
        #expect(decoded.header.clientId == "swkafka")

        var response = ApiVersionsResponse()
        response.errorCode = 35
        var bytes = try response.frame(version: 3, correlationId: 9)
        _ = bytes.readInteger(as: Int32.self)
        #expect(bytes.getInteger(at: bytes.readerIndex, as: Int32.self) == 9)
        // Header v0: the body follows the correlation id directly (no tagged fields byte).
        #expect(bytes.getInteger(at: bytes.readerIndex + 4, as: Int16.self) == 35)
        #expect(try ApiVersionsResponse(decodingFrame: bytes, version: 3) == response)
    }

    @Test func unknownApiKeysAndVersionsAreReportedNotTrapped() {
        var bytes = ByteBuffer(hex: "00ff0000000000010000")
        #expect(throws: KafkaProtocolError.unknownApiKey(255)) { try RequestFrame(decoding: bytes) }
        bytes = ByteBuffer(hex: "0012006300000001ffff00")
        #expect(throws: KafkaProtocolError.unsupportedVersion(message: "ApiVersionsRequest", version: 99)) {
            try RequestFrame(decoding: bytes)
        }
        #expect(throws: KafkaProtocolError.self) { try RequestFrame(decoding: ByteBuffer(hex: "0012")) }
    }
}
