import NIOCore
import NIOPosix
import Synchronization
import Testing

@testable import KafkaEngine

@Suite(.timeLimit(.minutes(1))) struct BrokerConnectionTests {
    @Test func typedRequestsWithSeveralInFlight() async throws {
        try await withServer { server in
            let connection = try await BrokerConnection.connect(
                host: "127.0.0.1", port: server.plaintextPort, clientId: "swkafka-tests")
            let responses = try await withThrowingTaskGroup(of: ApiVersionsResponse.self) { group in
                for version in [Int16(0), 1, 2, 3, 4, 3, 2, 1, 0, 4] {
                    group.addTask { try await connection.send(ApiVersionsRequest(), version: version) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(responses.count == 10)
            #expect(responses.allSatisfy { $0.errorCode == 0 && $0.apiKeys.count == 1 })
            #expect(connection.inFlightCount == 0)
            await connection.close()
            #expect(!connection.isOpen)
        }
    }

    @Test func responsesAreMatchedByCorrelationIdWhenAnsweredOutOfOrder() async throws {
        // A peer that answers each batch of 8 requests in reverse order, echoing every request's body.
        try await withReversingPeer(batch: 8) { port in
            let connection = try await BrokerConnection.connect(host: "127.0.0.1", port: port)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<8 {
                    group.addTask {
                        var request = ApiVersionsRequest()
                        request.clientSoftwareName = "client-\(i)"
                        let frame = try request.frame(
                            version: 3, correlationId: connection.nextCorrelationId(), clientId: nil)
                        var response = try await connection.sendFrame(frame)
                        _ = response.readInteger(as: Int32.self)
                        let body = try ApiVersionsRequest(decoding: response, version: 3)
                        #expect(body.clientSoftwareName == "client-\(i)")
                    }
                }
                try await group.waitForAll()
            }
            await connection.close()
        }
    }

    @Test func aResponseNobodyWaitsForClosesTheConnection() async throws {
        try await withReversingPeer(batch: 2, correlationIdShift: 1_000) { port in
            let connection = try await BrokerConnection.connect(host: "127.0.0.1", port: port)
            let results = await withTaskGroup(of: (any Error)?.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        do {
                            _ = try await connection.send(ApiVersionsRequest(), version: 3)
                            return nil
                        } catch { return error }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            for error in results {
                guard case .connectionClosed(_, _, let reason) = error as? BrokerConnectionError else {
                    Issue.record("expected connectionClosed, got \(String(describing: error))")
                    continue
                }
                #expect(reason.contains("matches no request in flight"))
            }
            #expect(!connection.isOpen)
            await #expect(throws: BrokerConnectionError.self) {
                _ = try await connection.send(ApiVersionsRequest(), version: 3)
            }
        }
    }

    @Test func thePeerClosing() async throws {
        try await withServer { server in
            let connection = try await BrokerConnection.connect(
                host: "127.0.0.1", port: server.plaintextPort, clientId: "close")
            do {
                _ = try await connection.send(ApiVersionsRequest(), version: 3)
                Issue.record("the server answered a request it closes on")
            } catch let error as BrokerConnectionError {
                guard case .connectionClosed(let host, let port, let reason) = error else {
                    Issue.record("unexpected \(error)")
                    return
                }
                #expect(host == "127.0.0.1" && port == server.plaintextPort)
                #expect(reason == "closed by the peer")
            }
        }
    }

    @Test func aRequestTimeoutClosesTheConnection() async throws {
        let dispatcher = TestDispatcher()
        try await withServer(dispatcher: dispatcher) { server in
            defer { dispatcher.openGate() }
            let connection = try await BrokerConnection.connect(
                host: "127.0.0.1", port: server.plaintextPort, clientId: "gate", requestTimeout: .milliseconds(200))
            let other = Task { try await connection.send(ApiVersionsRequest(), version: 3) }
            await #expect(throws: BrokerConnectionError.self) {
                _ = try await connection.send(ApiVersionsRequest(), version: 3)
            }
            // One of the two timed out; the other failed with the connection.
            let otherResult = await other.result
            #expect(throws: BrokerConnectionError.self) { try otherResult.get() }
            #expect(!connection.isOpen)
        }
    }

    @Test func requestTimeoutIsReported() async throws {
        let dispatcher = TestDispatcher()
        try await withServer(dispatcher: dispatcher) { server in
            defer { dispatcher.openGate() }
            let connection = try await BrokerConnection.connect(
                host: "127.0.0.1", port: server.plaintextPort, requestTimeout: .milliseconds(200))
            let frame = try apiVersionsFrame(correlationId: 77, clientId: "gate")
            await #expect(
                throws: BrokerConnectionError.requestTimedOut(
                    host: "127.0.0.1", port: server.plaintextPort, correlationId: 77)
            ) {
                _ = try await connection.sendFrame(frame)
            }
        }
    }

    @Test func connectingToAClosedPort() async throws {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(channel.localAddress?.port)
        try await channel.close()
        do {
            _ = try await BrokerConnection.connect(host: "127.0.0.1", port: port, connectTimeout: .seconds(2))
            Issue.record("connected to a closed port")
        } catch {
            guard case .connectFailed(let host, let failedPort, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(host == "127.0.0.1" && failedPort == port)
        }
    }

    @Test func requestsWithoutResponseThenWithOne() async throws {
        let dispatcher = TestDispatcher()
        try await withServer(dispatcher: dispatcher) { server in
            let connection = try await BrokerConnection.connect(host: "127.0.0.1", port: server.plaintextPort)
            for _ in 0..<3 {
                try await connection.sendFrameNoResponse(
                    try apiVersionsFrame(correlationId: connection.nextCorrelationId(), clientId: "none"))
            }
            let response = try await connection.send(ApiVersionsRequest(), version: 3)
            #expect(response.errorCode == 0)
            #expect(dispatcher.completed.map(\.correlationId) == [0, 1, 2, 3])
            await connection.close()
        }
    }

    @Test func closeFailsTheRequestsInFlight() async throws {
        let dispatcher = TestDispatcher()
        try await withServer(dispatcher: dispatcher) { server in
            defer { dispatcher.openGate() }
            let connection = try await BrokerConnection.connect(
                host: "127.0.0.1", port: server.plaintextPort, clientId: "gate")
            let waiting = Task { try await connection.send(ApiVersionsRequest(), version: 3) }
            _ = try await eventually { connection.inFlightCount == 1 ? true : nil }
            await connection.close()
            let result = await waiting.result
            #expect(
                throws: BrokerConnectionError.connectionClosed(
                    host: "127.0.0.1", port: server.plaintextPort, reason: "closed by this client")
            ) {
                try result.get()
            }
            await #expect(throws: BrokerConnectionError.self) {
                try await connection.sendNoResponse(ApiVersionsRequest(), version: 3)
            }
        }
    }

    @Test func aDroppedConnectionClosesItsSocket() async throws {
        try await withServer { server in
            var connection: BrokerConnection? = try await BrokerConnection.connect(
                host: "127.0.0.1", port: server.plaintextPort)
            _ = try await connection?.send(ApiVersionsRequest(), version: 3)
            #expect(server.connectionCount == 1)
            connection = nil
            _ = try await eventually { server.connectionCount == 0 ? true : nil }
        }
    }

    @Test func aCancelledRequestLeavesTheConnectionUsable() async throws {
        let dispatcher = TestDispatcher()
        try await withServer(dispatcher: dispatcher) { server in
            let connection = try await BrokerConnection.connect(host: "127.0.0.1", port: server.plaintextPort)
            let held = try apiVersionsFrame(correlationId: connection.nextCorrelationId(), clientId: "gate")
            let cancelled = Task { try await connection.sendFrame(held) }
            _ = try await eventually { dispatcher.started.count == 1 ? true : nil }
            cancelled.cancel()
            let result = await cancelled.result
            #expect(throws: CancellationError.self) { try result.get() }
            dispatcher.openGate()
            // Its late response is dropped, not taken for a stray one; the next request is answered.
            let response = try await connection.send(ApiVersionsRequest(), version: 3)
            #expect(response.errorCode == 0)
            #expect(connection.isOpen && connection.inFlightCount == 0)
            await connection.close()
        }
    }
}

/// Serves one peer on 127.0.0.1 that collects `batch` request frames, then echoes each one's body
/// back in reverse order (correlation id plus `correlationIdShift`, then the request body).
func withReversingPeer(batch: Int, correlationIdShift: Int32 = 0, _ body: (Int) async throws -> Void) async throws {
    final class Reverser: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let batch: Int
        let shift: Int32
        var frames: [ByteBuffer] = []

        init(batch: Int, shift: Int32) {
            self.batch = batch
            self.shift = shift
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            frames.append(Self.unwrapInboundIn(data))
            guard frames.count == batch else { return }
            for var frame in frames.reversed() {
                guard let (_, header) = try? RequestFrame.decodeHeader(&frame) else { continue }
                var response = ByteBuffer()
                response.writeInteger(Int32(4 + frame.readableBytes))
                response.writeInteger(header.correlationId &+ shift)
                response.writeBuffer(&frame)
                context.write(Self.wrapOutboundOut(response), promise: nil)
            }
            frames = []
            context.flush()
        }
    }
    let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .childChannelInitializer { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(FrameDecoder()))
                try channel.pipeline.syncOperations.addHandler(Reverser(batch: batch, shift: correlationIdShift))
            }
        }
        .bind(host: "127.0.0.1", port: 0).get()
    do {
        try await body(server.localAddress?.port ?? -1)
        try await server.close()
    } catch {
        try? await server.close()
        throw error
    }
}
