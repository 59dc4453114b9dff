import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

@Suite struct RequestRouterTests {
    /// Answers ListOffsets v1–3 with an empty response, or with raw body parts when asked.
    struct FakeHandler: ApiHandler {
        var asParts = false
        var versions: [ApiKey: ClosedRange<Int16>] { [.listOffsets: 1...3] }

        func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
            var response = ListOffsetsResponse()
            response.throttleTimeMs = 7
            guard asParts else { return .response(response) }
            let body = try! response.encoded(version: context.apiVersion)
            var first = body
            let second = first.readSlice(length: 2)!
            return .body([.bytes(second), .bytes(first)])
        }
    }

    static func router(asParts: Bool = false) -> RequestRouter {
        let table = Mutex<[ApiKey: ClosedRange<Int16>]>([:])
        let apiVersions = ApiVersionsHandler(metadataCache: MetadataCache(), supported: { table.withLock { $0 } })
        let router = RequestRouter(
            handlers: [FakeHandler(asParts: asParts), apiVersions], readiness: Readiness(ready: true), log: { _ in })
        table.withLock { $0 = router.supportedVersions }
        return router
    }

    static func request(_ frame: ByteBuffer) -> NetworkRequest {
        var frame = frame
        frame.moveReaderIndex(forwardBy: 4)
        return NetworkRequest(
            frame: frame,
            connection: ConnectionInfo(listenerName: "PLAINTEXT", connectionId: "test", remoteAddress: nil, localAddress: nil),
            receivedNanoseconds: 0)
    }

    static func bytes(_ response: KafkaResponse) -> ByteBuffer? {
        guard case .parts(let parts) = response else { return nil }
        var all = ByteBuffer()
        for part in parts {
            guard case .bytes(var bytes) = part else { return nil }
            all.writeBuffer(&bytes)
        }
        return all
    }

    @Test func apiVersionsListsExactlyTheDeclaredVersions() async throws {
        let router = Self.router()
        let frame = try ApiVersionsRequest().frame(version: 0, correlationId: 5, clientId: "t")
        let dispatched = try await router.dispatch(Self.request(frame))
        var answer = try #require(Self.bytes(dispatched))
        let size = answer.readInteger(as: Int32.self)
        #expect(Int(size ?? 0) == answer.readableBytes)
        let response = try ApiVersionsResponse(decodingFrame: answer, version: 0)
        #expect(response.errorCode == 0)
        #expect(response.apiKeys.map(\.apiKey) == [ApiKey.listOffsets.rawValue, ApiKey.apiVersions.rawValue])
        #expect(response.apiKeys.first?.minVersion == 1 && response.apiKeys.first?.maxVersion == 3)
    }

    @Test func unknownApiVersionsVersionGetsV0WithTheList() async throws {
        let router = Self.router()
        var frame = try ApiVersionsRequest().frame(version: 3, correlationId: 9, clientId: "t")
        frame.setInteger(Int16(99), at: 6)
        let dispatched = try await router.dispatch(Self.request(frame))
        var answer = try #require(Self.bytes(dispatched))
        answer.moveReaderIndex(forwardBy: 4)
        let response = try ApiVersionsResponse(decodingFrame: answer, version: 0)
        #expect(ErrorCode(rawValue: response.errorCode) == .unsupportedVersion)
        #expect(response.apiKeys.count == 2)
    }

    @Test func unservedApiOrVersionOrBadBodyClosesTheConnection() async throws {
        let router = Self.router()
        let metadata = try MetadataRequest().frame(version: 4, correlationId: 1, clientId: "t")
        guard case .close = try await router.dispatch(Self.request(metadata)) else {
            Issue.record("an API the listener does not serve must close the connection")
            return
        }
        let tooNew = try ListOffsetsRequest().frame(version: 5, correlationId: 1, clientId: "t")
        guard case .close = try await router.dispatch(Self.request(tooNew)) else {
            Issue.record("an unsupported version must close the connection")
            return
        }
        var truncated = try ListOffsetsRequest().frame(version: 2, correlationId: 1, clientId: "t")
        truncated.moveWriterIndex(to: truncated.writerIndex - 3)
        guard case .close = try await router.dispatch(Self.request(truncated)) else {
            Issue.record("a body that does not decode must close the connection")
            return
        }
        var garbage = ByteBuffer(bytes: [0x7f, 0x7f, 0, 0, 0, 0, 0, 1])
        garbage.moveReaderIndex(to: 0)
        guard case .close = try await router.dispatch(Self.request(ByteBuffer(bytes: [0, 0, 0, 8]) + garbage)) else {
            Issue.record("an unknown API key must close the connection")
            return
        }
    }

    @Test func bodyPartsAreFramedWithSizeAndHeader() async throws {
        let router = Self.router(asParts: true)
        let frame = try ListOffsetsRequest().frame(version: 2, correlationId: 42, clientId: "t")
        let dispatched = try await router.dispatch(Self.request(frame))
        var answer = try #require(Self.bytes(dispatched))
        let size = answer.readInteger(as: Int32.self) ?? -1
        #expect(Int(size) == answer.readableBytes)
        let response = try ListOffsetsResponse(decodingFrame: answer, version: 2)
        #expect(response.throttleTimeMs == 7)
        #expect(answer.getInteger(at: answer.readerIndex, as: Int32.self) == 42)
    }

    @Test func requestsWaitUntilTheNodeIsReady() async throws {
        let readiness = Readiness()
        let router = RequestRouter(handlers: [FakeHandler()], readiness: readiness, log: { _ in })
        let frame = try ListOffsetsRequest().frame(version: 2, correlationId: 1, clientId: "t")
        let answered = Mutex(false)
        let task = Task {
            _ = try await router.dispatch(Self.request(frame))
            answered.withLock { $0 = true }
        }
        try await Task.sleep(for: .milliseconds(50))
        let early = answered.withLock { $0 }
        #expect(!early)
        readiness.markReady()
        try await task.value
        let late = answered.withLock { $0 }
        #expect(late)
    }
}

extension ByteBuffer {
    fileprivate static func + (lhs: ByteBuffer, rhs: ByteBuffer) -> ByteBuffer {
        var result = lhs
        var rhs = rhs
        result.writeBuffer(&rhs)
        return result
    }
}
