import NIOCore
import Testing

@testable import KafkaEngine

/// Bad input closes the connection that sent it (or leaves it waiting, with memory bounded by the bytes
/// received), and every other connection keeps being served.
@Suite(.timeLimit(.minutes(1))) struct BadInputTests {
    static func size(_ value: Int32) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }

    /// Sends `bytes` on a fresh connection and expects the server to close it; then checks that a new
    /// connection gets an ApiVersions answer and that nothing was sent back to the bad one.
    func expectClosed(after bytes: [UInt8], server: KafkaServer) async throws {
        let bad = try await RawClient.connect(port: server.plaintextPort)
        try await bad.write(bytes)
        #expect(await bad.closedByPeer(within: .seconds(10)))
        #expect(bad.receivedByteCount == 0)
        let response = try await apiVersionsRoundTrip(port: server.plaintextPort)
        #expect(response.errorCode == 0)
    }

    @Test func garbageBytes() async throws {
        try await withServer { server in
            // Read as a size, "GET " is 1.2 GB.
            try await expectClosed(after: Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8), server: server)
            // A plausible size followed by a header that does not decode (API key 0x7f7f).
            try await expectClosed(after: Self.size(12) + Array(repeating: 0x7f, count: 12), server: server)
            // A TLS ClientHello's first bytes (KAFKA-4090's shape).
            try await expectClosed(
                after: [0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03], server: server)
        }
    }

    @Test func aFrameAboveTheMaximum() async throws {
        let logLines = LogLines()
        try await withServer(logLines: logLines, configure: { $0.socketRequestMaxBytes = 1024 }) { server in
            try await expectClosed(after: Self.size(1025) + [0, 18, 0, 3], server: server)
            try await expectClosed(after: Self.size(Int32.max), server: server)
            #expect(logLines.contains("larger than socket.request.max.bytes"))
        }
    }

    @Test func negativeAndEmptyFrames() async throws {
        let logLines = LogLines()
        try await withServer(logLines: logLines) { server in
            try await expectClosed(after: Self.size(-1), server: server)
            try await expectClosed(after: Self.size(Int32.min) + [1, 2, 3], server: server)
            #expect(logLines.contains("invalid frame size -1"))
            // Size 0 is a frame, with no header to decode.
            try await expectClosed(after: Self.size(0), server: server)
        }
    }

    @Test func aTruncatedFrameThenClose() async throws {
        let dispatcher = TestDispatcher()
        try await withServer(dispatcher: dispatcher) { server in
            let frame = try apiVersionsFrame(correlationId: 1, clientId: nil)
            for cut in [1, 3, 4, 5, 10, frame.readableBytes - 1] {
                let client = try await RawClient.connect(port: server.plaintextPort)
                try await client.write(frame.getSlice(at: 0, length: cut) ?? ByteBuffer())
                await client.close()
            }
            _ = try await eventually { server.connectionCount == 0 ? true : nil }
            #expect(dispatcher.completed.isEmpty)
            _ = try await apiVersionsRoundTrip(port: server.plaintextPort)
        }
    }

    @Test func framesThatLieAboutTheirLengthWaitWithBoundedMemory() async throws {
        try await withServer { server in
            var liars: [RawClient] = []
            for _ in 0..<20 {
                let liar = try await RawClient.connect(port: server.plaintextPort)
                try await liar.write(Self.size(100 * 1024 * 1024) + Array(repeating: 0, count: 10))
                liars.append(liar)
            }
            _ = try await eventually { server.connectionCount == 20 ? true : nil }
            try await Task.sleep(for: .milliseconds(200))
            // Left waiting for the rest of their frames, without 20 x 100 MiB reserved for them.
            #expect(liars.allSatisfy { $0.channel.isActive })
            // The memory bound itself is checked on a broker process of its own
            // (Tests/Interop/test_bad_input.py): in this process, tests running beside this one map
            // memory too, by more than the lied-about sizes would.
            // Other clients are served meanwhile.
            _ = try await apiVersionsRoundTrip(port: server.plaintextPort)
            for liar in liars { await liar.close() }
            _ = try await eventually { server.connectionCount == 0 ? true : nil }
        }
    }

    @Test func aLyingFrameIsClosedWhenIdle() async throws {
        try await withServer(configure: { $0.connectionsMaxIdleMs = 1_500 }) { server in
            let liar = try await RawClient.connect(port: server.plaintextPort)
            // On a loaded machine the idle close may come before the write: then the write fails,
            // which is the same outcome.
            try? await liar.write(Self.size(100 * 1024 * 1024) + Array(repeating: 0, count: 10))
            #expect(await liar.closedByPeer(within: .seconds(10)))
            _ = try await apiVersionsRoundTrip(port: server.plaintextPort)
        }
    }

    @Test func aBadConnectionDoesNotDisturbAnotherMidRequest() async throws {
        let dispatcher = TestDispatcher()
        try await withServer(dispatcher: dispatcher) { server in
            let good = try await BrokerConnection.connect(host: "127.0.0.1", port: server.plaintextPort)
            let held = Task {
                try await good.sendFrame(
                    try apiVersionsFrame(correlationId: good.nextCorrelationId(), clientId: "gate"))
            }
            _ = try await eventually { dispatcher.started.count == 1 ? true : nil }
            try await expectClosed(after: Self.size(-7), server: server)
            dispatcher.openGate()
            let response = try await held.value
            #expect(try ApiVersionsResponse(decodingFrame: response, version: 3).errorCode == 0)
            await good.close()
        }
    }
}
