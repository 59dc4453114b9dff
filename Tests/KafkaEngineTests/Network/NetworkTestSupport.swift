import Foundation
import NIOCore
import NIOPosix
import Synchronization
import Testing

@testable import KafkaEngine

/// The dispatcher the network tests serve with. Every request is an ApiVersions request; its client id
/// picks the behaviour:
/// - nil or anything unlisted: decode with `RequestFrame` and answer a real `ApiVersionsResponse`;
/// - `echo`: answer the request's body bytes after a v0 response header;
/// - `delay:N`: wait N ms, then answer like ApiVersions;
/// - `file`, `file-unlinked`, `file-invalid`: header bytes, a region of `filePath`, trailer bytes;
/// - `gate`: wait until the test calls `openGate()`, then answer like ApiVersions;
/// - `none`: no response; `close`: close the connection; `fail`: throw.
final class TestDispatcher: RequestDispatcher {
    struct Completion: Equatable {
        var listenerName: String
        var connectionId: String
        var correlationId: Int32
    }

    /// The region `file` answers with.
    let filePath: String?
    let fileOffset: Int64
    let fileCount: Int
    static let trailer: [UInt8] = [0xEE, 0xFF, 0xEE]

    private let starts = Mutex<[Int32]>([])
    private let completions = Mutex<[Completion]>([])
    private let gate = Gate()
    private let closed = Mutex<[String]>([])

    init(filePath: String? = nil, fileOffset: Int64 = 0, fileCount: Int = 0) {
        self.filePath = filePath
        self.fileOffset = fileOffset
        self.fileCount = fileCount
    }

    /// Correlation ids of the requests dispatched so far, in order.
    var started: [Int32] { starts.withLock { $0 } }
    /// Lets every `gate` request through, now and later.
    func openGate() { gate.open() }

    /// Requests answered, in the order their work finished (across all connections).
    var completed: [Completion] { completions.withLock { $0 } }
    /// Connection ids reported closed.
    var closedConnections: [String] { closed.withLock { $0 } }

    func dispatch(_ request: NetworkRequest) async throws -> KafkaResponse {
        var buffer = request.frame
        let (_, header) = try RequestFrame.decodeHeader(&buffer)
        let command = header.clientId ?? ""
        starts.withLock { $0.append(header.correlationId) }
        defer {
            completions.withLock {
                $0.append(
                    Completion(
                        listenerName: request.connection.listenerName, connectionId: request.connection.connectionId,
                        correlationId: header.correlationId))
            }
        }
        switch command {
        case "echo":
            var frame = ByteBuffer()
            frame.writeInteger(Int32(4 + buffer.readableBytes))
            frame.writeInteger(header.correlationId)
            frame.writeBuffer(&buffer)
            return .bytes(frame)
        case "none":
            return .noResponse
        case "close":
            return .close
        case "fail":
            throw TestFailure(description: "the test dispatcher was asked to fail")
        case "file", "file-unlinked", "file-invalid":
            return try fileResponse(correlationId: header.correlationId, command: command)
        case "gate":
            await gate.wait()
            return try Self.apiVersionsResponse(request.frame)
        default:
            if command.hasPrefix("delay:"), let ms = Int(command.dropFirst(6)) {
                try await Task.sleep(for: .milliseconds(ms))
            }
            return try Self.apiVersionsResponse(request.frame)
        }
    }

    func connectionClosed(_ connection: ConnectionInfo) async {
        closed.withLock { $0.append(connection.connectionId) }
    }

    static func apiVersionsResponse(_ frame: ByteBuffer) throws -> KafkaResponse {
        let request = try RequestFrame(decoding: frame)
        var response = ApiVersionsResponse()
        var entry = ApiVersionsResponse.ApiVersion()
        entry.apiKey = ApiKey.apiVersions.rawValue
        entry.minVersion = 0
        entry.maxVersion = 4
        response.apiKeys = [entry]
        return .bytes(
            try response.frame(version: request.header.requestApiVersion, correlationId: request.header.correlationId))
    }

    private func fileResponse(correlationId: Int32, command: String) throws -> KafkaResponse {
        guard let filePath else { throw TestFailure(description: "no file configured") }
        let original = open(filePath, O_RDONLY)
        guard original >= 0 else { throw TestFailure(description: "open \(filePath): errno \(errno)") }
        let descriptor = dup(original)
        close(original)
        if command == "file-unlinked" { unlink(filePath) }
        var header = ByteBuffer()
        header.writeInteger(Int32(4 + fileCount + Self.trailer.count))
        header.writeInteger(correlationId)
        if command == "file-invalid" {
            return .parts([.bytes(header), .file(descriptor: descriptor, offset: -1, count: fileCount)])
        }
        return .parts([
            .bytes(header), .file(descriptor: descriptor, offset: fileOffset, count: fileCount),
            .bytes(ByteBuffer(bytes: Self.trailer)),
        ])
    }
}

/// Holds waiters until opened.
final class Gate: Sendable {
    private let state = Mutex<(isOpen: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isOpen = state.withLock { state in
                if !state.isOpen { state.waiters.append(continuation) }
                return state.isOpen
            }
            if isOpen { continuation.resume() }
        }
    }

    func open() {
        let waiters = state.withLock { state in
            state.isOpen = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
}

/// Collects log lines.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    var log: NetworkLog { { line in self.lines.withLock { $0.append(line) } } }
    func contains(_ text: String) -> Bool { all.contains { $0.contains(text) } }
}

/// Runs `body` against a server on an ephemeral port of 127.0.0.1, then shuts it down and waits for
/// `run()` to return.
func withServer<R>(
    dispatcher: some RequestDispatcher = TestDispatcher(),
    logLines: LogLines = LogLines(),
    configure: (inout KafkaServer.Configuration) -> Void = { _ in },
    _ body: (KafkaServer) async throws -> R
) async throws -> R {
    var configuration = KafkaServer.Configuration(listeners: [.init(name: "PLAINTEXT", host: "127.0.0.1", port: 0)])
    configure(&configuration)
    let server = try await KafkaServer.bind(configuration, dispatcher: dispatcher, log: logLines.log)
    let running = Task { await server.run() }
    do {
        let result = try await body(server)
        server.shutdown(gracePeriod: .seconds(5))
        await running.value
        return result
    } catch {
        server.shutdown(gracePeriod: .zero)
        await running.value
        throw error
    }
}

extension KafkaServer {
    var plaintextPort: Int { port(listener: "PLAINTEXT") ?? -1 }
}

/// An ApiVersions request frame with `clientId` (the test dispatcher's command).
func apiVersionsFrame(correlationId: Int32, clientId: String?, version: Int16 = 3) throws -> ByteBuffer {
    var request = ApiVersionsRequest()
    request.clientSoftwareName = "swkafka-tests"
    request.clientSoftwareVersion = "1"
    return try request.frame(version: version, correlationId: correlationId, clientId: clientId)
}

/// An ApiVersions round trip on a fresh connection: the server is alive and serving.
func apiVersionsRoundTrip(port: Int) async throws -> ApiVersionsResponse {
    let connection = try await BrokerConnection.connect(host: "127.0.0.1", port: port, requestTimeout: .seconds(10))
    do {
        let response = try await connection.send(ApiVersionsRequest(), version: 3)
        await connection.close()
        return response
    } catch {
        await connection.close()
        throw error
    }
}

/// A plain TCP client for bad input: writes any bytes, collects whatever comes back, notices the close.
final class RawClient: Sendable {
    /// Splits what arrives into frames as it comes, and counts the bytes.
    private final class Collector: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        struct Received {
            var byteCount = 0
            var pending = ByteBuffer()
            var frames: [ByteBuffer] = []
        }
        let received = Mutex(Received())

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var bytes = Self.unwrapInboundIn(data)
            received.withLock { received in
                received.byteCount += bytes.readableBytes
                received.pending.writeBuffer(&bytes)
                while let frame = try? FrameDecoder.readFrame(from: &received.pending, maxFrameBytes: Int(Int32.max)) {
                    received.frames.append(frame)
                }
                received.pending.discardReadBytes()
            }
        }
    }

    let channel: any Channel
    private let collector: Collector

    private init(channel: any Channel, collector: Collector) {
        self.channel = channel
        self.collector = collector
    }

    /// With `autoRead` false nothing is read until `startReading()`, and the receive buffer is fixed at
    /// 64 KiB (no autotuning), so that a peer's writes soon stall.
    static func connect(port: Int, autoRead: Bool = true) async throws -> RawClient {
        let collector = Collector()
        var bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.autoRead, value: autoRead)
        if !autoRead { bootstrap = bootstrap.channelOption(.socketOption(.so_rcvbuf), value: 65_536) }
        let channel =
            try await bootstrap
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(collector) }
            }
            .connect(host: "127.0.0.1", port: port).get()
        return RawClient(channel: channel, collector: collector)
    }

    func write(_ bytes: [UInt8]) async throws {
        try await channel.writeAndFlush(ByteBuffer(bytes: bytes)).get()
    }

    func write(_ buffer: ByteBuffer) async throws {
        try await channel.writeAndFlush(buffer).get()
    }

    func startReading() async throws {
        try await channel.setOption(.autoRead, value: true).get()
    }

    /// Bytes received so far.
    var receivedByteCount: Int { collector.received.withLock { $0.byteCount } }

    /// Waits until `count` whole frames have arrived (or `timeout`), and returns them without size prefixes.
    func frames(_ count: Int, timeout: Duration = .seconds(10)) async throws -> [ByteBuffer] {
        try await eventually(timeout: timeout) {
            let frames = self.collector.received.withLock { $0.frames }
            return frames.count >= count ? frames : nil
        }
    }

    /// True when the server closed the connection within `timeout`.
    func closedByPeer(within timeout: Duration) async -> Bool {
        (try? await eventually(timeout: timeout) { self.channel.isActive ? nil : true }) ?? false
    }

    func close() async {
        try? await channel.close()
    }
}

/// Polls `check` every 10 ms until it returns a value, or throws after `timeout`.
func eventually<T>(timeout: Duration = .seconds(10), _ check: () throws -> T?) async throws -> T {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while true {
        if let value = try check() { return value }
        guard clock.now < deadline else { throw TestFailure(description: "condition not met within \(timeout)") }
        try await Task.sleep(for: .milliseconds(10))
    }
}

/// Open file descriptors of this process.
func openDescriptorCount() -> Int {
    (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? -1
}

/// Targets of this process's open descriptors (to find a particular file still open).
func openDescriptorTargets() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    return names.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)") }
}

/// TCP sockets of this machine whose local port is `port`, neither listening nor in TIME_WAIT: the
/// server side of connections that are still open.
func serverSideSockets(port: Int) -> Int {
    var count = 0
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        guard let text = readProcFile(table) else { continue }
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ")
            guard fields.count > 3, let local = fields[1].split(separator: ":").last,
                Int(local, radix: 16) == port
            else { continue }
            let state = fields[3]
            if state != "0A" && state != "06" { count += 1 }  // 0A LISTEN, 06 TIME_WAIT
        }
    }
    return count
}

/// A /proc file's whole text (they report size 0, so read until end of file).
func readProcFile(_ path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.readToEnd() else { return nil }
    return String(decoding: data, as: UTF8.self)
}
