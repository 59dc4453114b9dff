import Foundation
import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

@Suite(.timeLimit(.minutes(1))) struct KafkaServerTests {
    @Test func apiVersionsRoundTripOnAnEphemeralPort() async throws {
        try await withServer { server in
            #expect(server.plaintextPort > 0)
            let response = try await apiVersionsRoundTrip(port: server.plaintextPort)
            #expect(response.errorCode == 0)
            #expect(response.apiKeys.map(\.apiKey) == [ApiKey.apiVersions.rawValue])
        }
    }

    @Test func everyListenerIsBoundAndNamedInTheRequest() async throws {
        let dispatcher = TestDispatcher()
        try await withServer(
            dispatcher: dispatcher,
            configure: {
                $0.listeners = [
                    .init(name: "PLAINTEXT", host: "127.0.0.1", port: 0),
                    .init(name: "CONTROLLER", host: "127.0.0.1", port: 0),
                ]
            }
        ) { server in
            let ports = server.listeners.map(\.port)
            #expect(Set(ports).count == 2 && ports.allSatisfy { $0 > 0 })
            #expect(server.listeners.map(\.name) == ["PLAINTEXT", "CONTROLLER"])
            for port in ports { _ = try await apiVersionsRoundTrip(port: port) }
            #expect(dispatcher.completed.map(\.listenerName) == ["PLAINTEXT", "CONTROLLER"])
            // Kafka's connection id: local address, remote address, index.
            let id = try #require(dispatcher.completed.first?.connectionId)
            #expect(id.hasPrefix("127.0.0.1:\(ports[0])-127.0.0.1:"))
        }
    }

    @Test func bindingAPortInUseFailsAndReleasesTheOthers() async throws {
        try await withServer { server in
            var configuration = KafkaServer.Configuration(listeners: [
                .init(name: "A", host: "127.0.0.1", port: 0),
                .init(name: "B", host: "127.0.0.1", port: server.plaintextPort),
            ])
            configuration.maxConnections = nil
            await #expect(throws: (any Error).self) {
                _ = try await KafkaServer.bind(configuration, dispatcher: TestDispatcher(), log: { _ in })
            }
        }
    }

    @Test func echoesTheRequestBody() async throws {
        try await withServer { server in
            let client = try await RawClient.connect(port: server.plaintextPort)
            let request = try apiVersionsFrame(correlationId: 42, clientId: "echo")
            try await client.write(request)
            var response = try #require(try await client.frames(1).first)
            #expect(response.readInteger(as: Int32.self) == 42)
            // The body is what follows the v2 request header: key, version, correlation id, client id, tags.
            let headerLength = 2 + 2 + 4 + 2 + "echo".utf8.count + 1
            #expect(
                response == request.getSlice(at: 4 + headerLength, length: request.readableBytes - 4 - headerLength))
            await client.close()
        }
    }

    @Test func aFileRegionIsSentBetweenItsHeaderAndTrailer() async throws {
        let (path, contents) = try Self.temporaryFile(bytes: 500_000)
        defer { unlink(path) }
        let dispatcher = TestDispatcher(filePath: path, fileOffset: 1_000, fileCount: 400_000)
        try await withServer(dispatcher: dispatcher) { server in
            let client = try await RawClient.connect(port: server.plaintextPort)
            try await client.write(try apiVersionsFrame(correlationId: 7, clientId: "file"))
            var response = try #require(try await client.frames(1).first)
            #expect(response.readInteger(as: Int32.self) == 7)
            #expect(response.readBytes(length: 400_000) == Array(contents[1_000..<401_000]))
            #expect(response.readBytes(length: response.readableBytes) == TestDispatcher.trailer)
            // The server closed its descriptor once the write was done.
            _ = try await eventually { openDescriptorTargets().contains(path) ? nil : true }
            await client.close()
        }
    }

    @Test func aFileUnlinkedAfterTheDupStillSends() async throws {
        // The delete-while-sending rule: the dup keeps the inode readable until the send completes.
        let (path, contents) = try Self.temporaryFile(bytes: 300_000)
        defer { unlink(path) }
        let dispatcher = TestDispatcher(filePath: path, fileOffset: 0, fileCount: 300_000)
        try await withServer(dispatcher: dispatcher) { server in
            let client = try await RawClient.connect(port: server.plaintextPort)
            try await client.write(try apiVersionsFrame(correlationId: 8, clientId: "file-unlinked"))
            var response = try #require(try await client.frames(1).first)
            #expect(!FileManager.default.fileExists(atPath: path))
            #expect(response.readInteger(as: Int32.self) == 8)
            #expect(response.readBytes(length: 300_000) == contents)
            #expect(response.readBytes(length: response.readableBytes) == TestDispatcher.trailer)
            _ = try await eventually { openDescriptorTargets().contains { $0.hasPrefix(path) } ? nil : true }
            await client.close()
        }
    }

    @Test(arguments: [
        ("file-invalid", 10, "invalid file region"),
        // A region past the end of its file (a segment truncated meanwhile) would make sendfile read
        // nothing for ever.
        ("file", 5_000, "ends past the end of its file"),
    ])
    func anUnsendableFileRegionClosesTheConnectionAndTheDescriptor(command: String, count: Int, logged: String)
        async throws
    {
        let (path, _) = try Self.temporaryFile(bytes: 1_000)
        defer { unlink(path) }
        let logLines = LogLines()
        let dispatcher = TestDispatcher(filePath: path, fileCount: count)
        try await withServer(dispatcher: dispatcher, logLines: logLines) { server in
            let client = try await RawClient.connect(port: server.plaintextPort)
            try await client.write(try apiVersionsFrame(correlationId: 9, clientId: command))
            #expect(await client.closedByPeer(within: .seconds(10)))
            #expect(client.receivedByteCount == 0)
            _ = try await eventually { openDescriptorTargets().contains(path) ? nil : true }
            // The log line may be written just after the peer sees the close.
            let sawLine = try? await eventually { logLines.contains(logged) ? true : nil }
            #expect(sawLine == true, "\(logLines.all)")
        }
    }

    @Test func anEmptyFileRegionSendsNothing() async throws {
        let (path, _) = try Self.temporaryFile(bytes: 100)
        defer { unlink(path) }
        try await withServer(dispatcher: TestDispatcher(filePath: path, fileOffset: 100, fileCount: 0)) { server in
            let client = try await RawClient.connect(port: server.plaintextPort)
            try await client.write(try apiVersionsFrame(correlationId: 3, clientId: "file"))
            var response = try #require(try await client.frames(1).first)
            #expect(response.readInteger(as: Int32.self) == 3)
            #expect(response.readBytes(length: response.readableBytes) == TestDispatcher.trailer)
            _ = try await eventually { openDescriptorTargets().contains(path) ? nil : true }
            await client.close()
        }
    }

    @Test func noResponseThenTheNextRequestIsAnswered() async throws {
        try await withServer { server in
            let client = try await RawClient.connect(port: server.plaintextPort)
            var frames = try apiVersionsFrame(correlationId: 1, clientId: "none")
            var second = try apiVersionsFrame(correlationId: 2, clientId: nil)
            frames.writeBuffer(&second)
            try await client.write(frames)
            var response = try #require(try await client.frames(1).first)
            #expect(response.readInteger(as: Int32.self) == 2)
            try await Task.sleep(for: .milliseconds(100))
            #expect(try await client.frames(1).count == 1)
            await client.close()
        }
    }

    @Test(arguments: ["close", "fail"])
    func theDispatcherCanCloseTheConnection(command: String) async throws {
        let logLines = LogLines()
        let dispatcher = TestDispatcher()
        try await withServer(dispatcher: dispatcher, logLines: logLines) { server in
            let client = try await RawClient.connect(port: server.plaintextPort)
            try await client.write(try apiVersionsFrame(correlationId: 1, clientId: command))
            #expect(await client.closedByPeer(within: .seconds(10)))
            #expect(client.receivedByteCount == 0)
            #expect(logLines.contains("request failed") == (command == "fail"))
            _ = try await apiVersionsRoundTrip(port: server.plaintextPort)
            _ = try await eventually { dispatcher.closedConnections.count >= 1 ? true : nil }
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrderWhileOtherConnectionsOvertake() async throws {
        let dispatcher = TestDispatcher()
        try await withServer(dispatcher: dispatcher) { server in
            let pipelining = try await RawClient.connect(port: server.plaintextPort)
            let other = try await RawClient.connect(port: server.plaintextPort)
            var frames = ByteBuffer()
            for (id, command) in [(1, "gate"), (2, "delay:0"), (3, "delay:50"), (4, "echo"), (5, nil)] {
                var frame = try apiVersionsFrame(correlationId: Int32(id), clientId: command)
                frames.writeBuffer(&frame)
            }
            try await pipelining.write(frames)
            _ = try await eventually { dispatcher.started.contains(1) ? true : nil }

            // While the first connection's first request is held, the other connection is served.
            try await other.write(try apiVersionsFrame(correlationId: 100, clientId: "delay:0"))
            #expect(try await other.frames(1).count == 1)
            #expect(dispatcher.started == [1, 100])  // one request at a time per connection
            #expect(pipelining.receivedByteCount == 0)

            dispatcher.openGate()
            let answered = try await pipelining.frames(5).map { $0.getInteger(at: $0.readerIndex, as: Int32.self) }
            #expect(answered == [1, 2, 3, 4, 5])
            #expect(dispatcher.completed.map(\.correlationId) == [100, 1, 2, 3, 4, 5])
            await pipelining.close()
            await other.close()
        }
    }

    @Test func aClientThatDoesNotReadStopsTheServerReading() async throws {
        let dispatcher = TestDispatcher()
        try await withServer(dispatcher: dispatcher) { server in
            let client = try await RawClient.connect(port: server.plaintextPort, autoRead: false)
            // 2,000 pipelined 10 KB echo requests: 20 MB of responses, more than the socket buffers hold.
            var request = ApiVersionsRequest()
            request.clientSoftwareName = String(repeating: "x", count: 10_000)
            let count = 2_000
            var frames = ByteBuffer()
            for id in 0..<count {
                var frame = try request.frame(version: 3, correlationId: Int32(id), clientId: "echo")
                frames.writeBuffer(&frame)
            }
            client.channel.writeAndFlush(frames, promise: nil)
            // The server stalls on the first response that does not fit in the socket buffers (about 4 MB
            // here) and reads no further meanwhile; without backpressure it would handle all 2,000.
            var previous = -1
            let deadline = ContinuousClock.now + .seconds(20)
            while ContinuousClock.now < deadline {
                let started = dispatcher.started.count
                if started > 0 && started == previous { break }
                previous = started
                try await Task.sleep(for: .milliseconds(500))
            }
            #expect(dispatcher.started.count < count)

            try await client.startReading()
            let answered = try await client.frames(count, timeout: .seconds(50))
            #expect(answered.map { $0.getInteger(at: $0.readerIndex, as: Int32.self) } == (0..<count).map { Int32($0) })
            await client.close()
        }
    }

    @Test func idleConnectionsAreClosed() async throws {
        let logLines = LogLines()
        try await withServer(logLines: logLines, configure: { $0.connectionsMaxIdleMs = 3_000 }) { server in
            let idle = try await RawClient.connect(port: server.plaintextPort)
            let busy = try await BrokerConnection.connect(host: "127.0.0.1", port: server.plaintextPort)
            // A connection in use stays open all the while the idle one is closed. The idle limit is
            // far above the ping interval so a loaded machine's stalls do not make `busy` idle too.
            let deadline = ContinuousClock.now + .seconds(30)
            while idle.channel.isActive && ContinuousClock.now < deadline {
                _ = try await busy.send(ApiVersionsRequest(), version: 3)
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(!idle.channel.isActive)
            #expect(busy.isOpen)
            #expect(logLines.contains("Closing idle connection"))
            await busy.close()
        }
    }

    @Test func atMaxConnectionsAcceptingWaitsForAFreeSlot() async throws {
        try await withServer(configure: { $0.maxConnections = 2 }) { server in
            let first = try await BrokerConnection.connect(host: "127.0.0.1", port: server.plaintextPort)
            let second = try await BrokerConnection.connect(host: "127.0.0.1", port: server.plaintextPort)
            _ = try await first.send(ApiVersionsRequest(), version: 3)
            _ = try await second.send(ApiVersionsRequest(), version: 3)
            #expect(server.connectionCount == 2)

            // The kernel completes the third handshake, but the server does not serve it yet.
            let third = try await BrokerConnection.connect(host: "127.0.0.1", port: server.plaintextPort)
            let answered = Mutex(false)
            let waiting = Task {
                _ = try await third.send(ApiVersionsRequest(), version: 3)
                answered.withLock { $0 = true }
            }
            try await Task.sleep(for: .milliseconds(300))
            #expect(!answered.withLock { $0 })
            await first.close()
            try await waiting.value
            #expect(answered.withLock { $0 })
            await second.close()
            await third.close()
        }
    }

    @Test func gracefulShutdownAnswersRequestsInFlightAndClosesIdleConnections() async throws {
        let dispatcher = TestDispatcher()
        let server = try await KafkaServer.bind(
            .init(listeners: [.init(name: "PLAINTEXT", host: "127.0.0.1", port: 0)]), dispatcher: dispatcher,
            log: { _ in })
        let running = Task { await server.run() }
        let port = server.plaintextPort
        let busy = try await RawClient.connect(port: port)
        let idle = try await RawClient.connect(port: port)
        _ = try await eventually { server.connectionCount == 2 ? true : nil }
        try await busy.write(try apiVersionsFrame(correlationId: 5, clientId: "gate"))
        _ = try await eventually { dispatcher.started == [5] ? true : nil }

        server.shutdown(gracePeriod: .seconds(30))
        #expect(await idle.closedByPeer(within: .seconds(5)))
        #expect(busy.channel.isActive)
        dispatcher.openGate()
        var response = try #require(try await busy.frames(1).first)
        #expect(response.readInteger(as: Int32.self) == 5)
        #expect(await busy.closedByPeer(within: .seconds(5)))
        await running.value
        #expect(server.connectionCount == 0)
        await #expect(throws: BrokerConnectionError.self) {
            _ = try await BrokerConnection.connect(host: "127.0.0.1", port: port)
        }
    }

    @Test func shutdownClosesConnectionsStillBusyAfterTheGracePeriod() async throws {
        let logLines = LogLines()
        let dispatcher = TestDispatcher()
        let server = try await KafkaServer.bind(
            .init(listeners: [.init(name: "PLAINTEXT", host: "127.0.0.1", port: 0)]), dispatcher: dispatcher,
            log: logLines.log)
        let running = Task { await server.run() }
        let client = try await RawClient.connect(port: server.plaintextPort)
        try await client.write(try apiVersionsFrame(correlationId: 5, clientId: "delay:60000"))
        _ = try await eventually { dispatcher.started == [5] ? true : nil }
        let started = ContinuousClock.now
        server.shutdown(gracePeriod: .milliseconds(200))
        await running.value
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(await client.closedByPeer(within: .seconds(5)))
        #expect(client.receivedByteCount == 0)
        #expect(logLines.contains("grace period"))
    }

    @Test func cancellingRunShutsDown() async throws {
        let server = try await KafkaServer.bind(
            .init(listeners: [.init(name: "PLAINTEXT", host: "127.0.0.1", port: 0)]), dispatcher: TestDispatcher(),
            log: { _ in })
        let running = Task { await server.run() }
        _ = try await apiVersionsRoundTrip(port: server.plaintextPort)
        running.cancel()
        await running.value
        await #expect(throws: BrokerConnectionError.self) {
            _ = try await BrokerConnection.connect(host: "127.0.0.1", port: server.plaintextPort)
        }
    }

    static func temporaryFile(bytes count: Int) throws -> (String, [UInt8]) {
        let path = NSTemporaryDirectory() + "swkafka-network-\(UUID().uuidString).log"
        var generator = SystemRandomNumberGenerator()
        let contents = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(contents).write(to: URL(fileURLWithPath: path))
        return (path, contents)
    }
}
