import NIOCore
import NIOPosix
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Why a `BrokerConnection` could not deliver a request or its response.
package enum BrokerConnectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Connecting failed: refused, unreachable, unresolvable, or no answer within the connect timeout.
    case connectFailed(host: String, port: Int, reason: String)
    /// The connection closed (by the peer, by `close()`, or after an error) before the response came.
    case connectionClosed(host: String, port: Int, reason: String)
    /// No response within the request timeout; the connection is closed, as Kafka's client does.
    case requestTimedOut(host: String, port: Int, correlationId: Int32)
    /// A request frame too short to carry a request header.
    case invalidRequestFrame(bytes: Int)

    package var description: String {
        switch self {
        case .connectFailed(let host, let port, let reason):
            return "could not connect to \(host):\(port): \(reason)"
        case .connectionClosed(let host, let port, let reason):
            return "connection to \(host):\(port) closed: \(reason)"
        case .requestTimedOut(let host, let port, let correlationId):
            return "request \(correlationId) to \(host):\(port) timed out"
        case .invalidRequestFrame(let bytes):
            return "a request frame of \(bytes) bytes has no request header"
        }
    }
}

/// An outbound connection to a broker (the tools' client, and inter-broker traffic): sends requests
/// with fresh correlation ids and matches each response to its request by correlation id, so many
/// requests may be in flight at once. A response whose correlation id matches nothing in flight, a
/// request timeout, or a peer that goes away closes the connection and fails every request in flight.
package final class BrokerConnection: Sendable {
    package let host: String
    package let port: Int
    package let clientId: String?
    private let channel: any Channel
    private let requestTimeout: Duration?
    private let inFlight: InFlightRequests

    private init(
        host: String, port: Int, clientId: String?, channel: any Channel, requestTimeout: Duration?,
        inFlight: InFlightRequests
    ) {
        self.host = host
        self.port = port
        self.clientId = clientId
        self.channel = channel
        self.requestTimeout = requestTimeout
        self.inFlight = inFlight
    }

    /// A connection dropped without `close()` still closes its socket.
    deinit {
        channel.close(promise: nil)
    }

    /// Connects to `host:port`. `requestTimeout` (Kafka's `request.timeout.ms`) bounds the wait for each
    /// response; nil waits for ever. Responses above `maxResponseBytes` close the connection.
    package static func connect(
        host: String,
        port: Int,
        clientId: String? = nil,
        connectTimeout: Duration = .seconds(10),
        requestTimeout: Duration? = .seconds(30),
        maxResponseBytes: Int = Int(Int32.max),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws(BrokerConnectionError) -> BrokerConnection {
        let inFlight = InFlightRequests(host: host, port: port)
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: eventLoopGroup)
                .connectTimeout(TimeAmount(connectTimeout))
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .channelOption(
                    .recvAllocator,
                    value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 2048, maximum: KafkaServer.maxReadBytes))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(FrameAccumulator(maxFrameBytes: maxResponseBytes))
                        try channel.pipeline.syncOperations.addHandler(ResponseRouter(inFlight: inFlight))
                    }
                }
                .connect(host: host, port: port).get()
        } catch {
            throw .connectFailed(host: host, port: port, reason: Self.connectFailureReason(error, timeout: connectTimeout))
        }
        return BrokerConnection(
            host: host, port: port, clientId: clientId, channel: channel, requestTimeout: requestTimeout,
            inFlight: inFlight)
    }

    /// A short, lower-case reason for a failed connect ("connection refused", "timed out after 10000 ms",
    /// "unknown host"), for one-line errors; NIO's own descriptions list every address tried.
    static func connectFailureReason(_ error: any Error, timeout: Duration) -> String {
        var underlying: any Error = error
        if let connection = error as? NIOConnectionError {
            if let first = connection.connectionErrors.first {
                underlying = first.error
            } else if connection.dnsAError != nil || connection.dnsAAAAError != nil {
                return "unknown host"
            }
        }
        if let channelError = underlying as? ChannelError, case .connectTimeout = channelError {
            let ms = timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
            return "timed out after \(ms) ms"
        }
        if let io = underlying as? IOError {
            switch io.errnoCode {
            case ECONNREFUSED: return "connection refused"
            case ETIMEDOUT: return "timed out"
            case EHOSTUNREACH: return "no route to host"
            case ENETUNREACH: return "network is unreachable"
            case ECONNRESET: return "connection reset"
            default: return String(cString: strerror(io.errnoCode)).lowercased()
            }
        }
        if error is NIOConnectionError { return "unknown host" }
        return "\(underlying)"
    }

    /// False once the connection has closed, for whatever reason.
    package var isOpen: Bool { channel.isActive && !inFlight.isClosed }

    /// Requests sent and not yet answered.
    package var inFlightCount: Int { inFlight.count }

    /// A correlation id not used before on this connection (they wrap after `Int32.max`).
    package func nextCorrelationId() -> Int32 { inFlight.nextCorrelationId() }

    /// Sends `request` at `version` and returns its decoded response.
    package func send<R: KafkaRequestMessage>(_ request: R, version: Int16) async throws -> R.Response {
        let frame = try request.frame(version: version, correlationId: nextCorrelationId(), clientId: clientId)
        let response = try await sendFrame(frame)
        return try R.Response(decodingFrame: response, version: version)
    }

    /// Sends a request that gets no response (a produce with `acks=0`); returns once it is written.
    package func sendNoResponse<R: KafkaRequestMessage>(_ request: R, version: Int16) async throws {
        let frame = try request.frame(version: version, correlationId: nextCorrelationId(), clientId: clientId)
        try await sendFrameNoResponse(frame)
    }

    /// Sends a whole request frame (size prefix included, correlation id already set, e.g. from
    /// `nextCorrelationId()`) and returns the response frame without its size prefix.
    package func sendFrame(_ frame: ByteBuffer) async throws -> ByteBuffer {
        guard let correlationId = frame.getInteger(at: frame.readerIndex + 8, as: Int32.self) else {
            throw BrokerConnectionError.invalidRequestFrame(bytes: frame.readableBytes)
        }
        let channel = self.channel
        let inFlight = self.inFlight
        let id = InFlightRequests.Ticket()
        try Task.checkCancellation()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<ByteBuffer, any Error>) in
                guard inFlight.register(correlationId, ticket: id, continuation) else { return }
                if let requestTimeout {
                    let timeout = channel.eventLoop.scheduleTask(in: TimeAmount(requestTimeout)) {
                        if inFlight.timeOut(correlationId, ticket: id) { channel.close(promise: nil) }
                    }
                    inFlight.attach(timeout, to: correlationId, ticket: id)
                }
                channel.writeAndFlush(frame).whenFailure { error in
                    inFlight.fail(correlationId, ticket: id, reason: "write failed: \(error)")
                }
            }
        } onCancel: {
            inFlight.abandon(correlationId, ticket: id)
        }
    }

    /// Sends a whole request frame that gets no response; returns once it is written.
    package func sendFrameNoResponse(_ frame: ByteBuffer) async throws {
        if let reason = inFlight.closedReason {
            throw BrokerConnectionError.connectionClosed(host: host, port: port, reason: reason)
        }
        do {
            try await channel.writeAndFlush(frame).get()
        } catch {
            throw BrokerConnectionError.connectionClosed(host: host, port: port, reason: "write failed: \(error)")
        }
    }

    /// Closes the connection; requests in flight fail with `connectionClosed`.
    package func close() async {
        inFlight.closeAll(reason: "closed by this client")
        try? await channel.close()
    }
}

/// The requests of one connection that wait for a response, by correlation id.
private final class InFlightRequests: Sendable {
    /// Tells two requests with the same (wrapped or reused) correlation id apart.
    final class Ticket: Sendable {}

    private struct Pending {
        var ticket: Ticket
        /// Nil when the waiting task was cancelled: the response is still expected and then dropped.
        var continuation: CheckedContinuation<ByteBuffer, any Error>?
        var timeout: Scheduled<Void>?
    }

    private struct State {
        var pending: [Int32: Pending] = [:]
        var closedReason: String?
        var nextCorrelationId: Int32 = 0
    }

    let host: String
    let port: Int
    private let state = Mutex(State())

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    var count: Int { state.withLock { $0.pending.count } }
    var isClosed: Bool { state.withLock { $0.closedReason != nil } }
    var closedReason: String? { state.withLock { $0.closedReason } }

    func nextCorrelationId() -> Int32 {
        state.withLock { state in
            defer { state.nextCorrelationId = state.nextCorrelationId == Int32.max ? 0 : state.nextCorrelationId + 1 }
            return state.nextCorrelationId
        }
    }

    /// Records a request about to be sent; false (with the continuation already resumed) when the
    /// connection is closed or the correlation id is already in flight.
    func register(_ correlationId: Int32, ticket: Ticket, _ continuation: CheckedContinuation<ByteBuffer, any Error>)
        -> Bool
    {
        let refusal: (any Error)? = state.withLock { state in
            if let reason = state.closedReason {
                return BrokerConnectionError.connectionClosed(host: host, port: port, reason: reason)
            }
            if state.pending[correlationId] != nil {
                return BrokerConnectionError.connectionClosed(
                    host: host, port: port, reason: "correlation id \(correlationId) is already in flight")
            }
            state.pending[correlationId] = Pending(ticket: ticket, continuation: continuation)
            return nil
        }
        if let refusal {
            continuation.resume(throwing: refusal)
            return false
        }
        return true
    }

    func attach(_ timeout: Scheduled<Void>, to correlationId: Int32, ticket: Ticket) {
        let attached = state.withLock { state in
            guard state.pending[correlationId]?.ticket === ticket else { return false }
            state.pending[correlationId]?.timeout = timeout
            return true
        }
        if !attached { timeout.cancel() }
    }

    /// Delivers a response; false when nothing waits for that correlation id.
    func complete(_ correlationId: Int32, with frame: ByteBuffer) -> Bool {
        guard let pending = state.withLock({ $0.pending.removeValue(forKey: correlationId) }) else { return false }
        pending.timeout?.cancel()
        pending.continuation?.resume(returning: frame)
        return true
    }

    /// The waiting task was cancelled: it gets `CancellationError`, and the response is dropped on arrival.
    func abandon(_ correlationId: Int32, ticket: Ticket) {
        let continuation = state.withLock { state -> CheckedContinuation<ByteBuffer, any Error>? in
            guard state.pending[correlationId]?.ticket === ticket else { return nil }
            defer { state.pending[correlationId]?.continuation = nil }
            return state.pending[correlationId]?.continuation
        }
        continuation?.resume(throwing: CancellationError())
    }

    /// Fails one request (its write failed).
    func fail(_ correlationId: Int32, ticket: Ticket, reason: String) {
        let pending = state.withLock { state -> Pending? in
            guard state.pending[correlationId]?.ticket === ticket else { return nil }
            return state.pending.removeValue(forKey: correlationId)
        }
        pending?.timeout?.cancel()
        pending?.continuation?.resume(
            throwing: BrokerConnectionError.connectionClosed(host: host, port: port, reason: reason))
    }

    /// Fails a request whose response did not come in time; true when it was still waiting.
    func timeOut(_ correlationId: Int32, ticket: Ticket) -> Bool {
        let pending = state.withLock { state -> Pending? in
            guard state.pending[correlationId]?.ticket === ticket else { return nil }
            return state.pending.removeValue(forKey: correlationId)
        }
        guard let pending else { return false }
        pending.continuation?.resume(
            throwing: BrokerConnectionError.requestTimedOut(host: host, port: port, correlationId: correlationId))
        closeAll(reason: "request \(correlationId) timed out")
        return true
    }

    /// Fails every request in flight and refuses new ones. The first reason given is kept.
    func closeAll(reason: String) {
        let (pending, finalReason) = state.withLock { state in
            if state.closedReason == nil { state.closedReason = reason }
            defer { state.pending = [:] }
            return (Array(state.pending.values), state.closedReason ?? reason)
        }
        for request in pending {
            request.timeout?.cancel()
            request.continuation?.resume(
                throwing: BrokerConnectionError.connectionClosed(host: host, port: port, reason: finalReason))
        }
    }
}

/// Hands each response frame to the request waiting for its correlation id; closes the connection on a
/// response nobody waits for, a bad frame, or when the peer leaves.
private final class ResponseRouter: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let inFlight: InFlightRequests

    init(inFlight: InFlightRequests) {
        self.inFlight = inFlight
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = Self.unwrapInboundIn(data)
        guard let correlationId = frame.getInteger(at: frame.readerIndex, as: Int32.self) else {
            inFlight.closeAll(reason: "a response frame of \(frame.readableBytes) bytes has no correlation id")
            context.close(promise: nil)
            return
        }
        if !inFlight.complete(correlationId, with: frame) {
            inFlight.closeAll(reason: "response with correlation id \(correlationId) matches no request in flight")
            context.close(promise: nil)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        inFlight.closeAll(reason: "closed by the peer")
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        inFlight.closeAll(reason: "\(error)")
        context.close(promise: nil)
    }
}
