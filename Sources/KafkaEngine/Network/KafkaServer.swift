import NIOCore
import NIOPosix
import Synchronization

/// Receives a line to log; the network layer logs refused frames, connections it closes and errors.
package typealias NetworkLog = @Sendable (String) -> Void

/// The broker's socket server: binds the listeners, accepts connections and serves each one with a
/// `RequestDispatcher`, strictly in order per connection. Every connection's failures stay in that
/// connection. `run()` serves until `shutdown(gracePeriod:)`: listeners stop accepting, requests in
/// flight get their answers written (until the grace period ends), then every connection is closed.
package final class KafkaServer: Sendable {
    /// A listener: its name (`listeners=NAME://host:port`), the address to bind and the port (0 asks the
    /// kernel for a free one).
    package struct Listener: Sendable, Hashable {
        package var name: String
        package var host: String
        package var port: Int

        package init(name: String, host: String, port: Int) {
            self.name = name
            self.host = host
            self.port = port
        }
    }

    /// The socket server's settings, named after Kafka's broker configs.
    package struct Configuration: Sendable {
        package var listeners: [Listener]
        /// `socket.request.max.bytes`: larger frames close their connection.
        package var socketRequestMaxBytes: Int = FrameDecoder.defaultMaxFrameBytes
        /// `connections.max.idle.ms`: a connection with no reads or writes for this long is closed; nil
        /// never closes one.
        package var connectionsMaxIdleMs: Int64? = 600_000
        /// `max.connections`, over all listeners; nil for no limit. At the limit, accepting pauses.
        package var maxConnections: Int?
        /// `socket.listen.backlog.size`.
        package var listenBacklogSize: Int = 50

        package init(listeners: [Listener]) {
            self.listeners = listeners
        }
    }

    /// An accepted connection as the accept loop receives it.
    private struct Accepted: Sendable {
        var channel: NIOAsyncChannel<ByteBuffer, Never>
        var info: ConnectionInfo
    }

    private struct BoundListener: Sendable {
        var listener: Listener
        var channel: NIOAsyncChannel<Accepted, Never>
    }

    /// The largest socket read, in bytes.
    static let maxReadBytes = 1 << 20

    /// The listeners as bound: `port` is the port in use (the ephemeral one when 0 was asked for).
    package let listeners: [Listener]
    private let bound: [BoundListener]
    private let dispatcher: any RequestDispatcher
    private let clock: any KafkaClock
    private let log: NetworkLog
    private let connections: ConnectionRegistry
    private let quota: ConnectionQuota
    private let shutdownRequests = AsyncStream.makeStream(of: Duration.self)

    private init(
        bound: [BoundListener], connections: ConnectionRegistry, quota: ConnectionQuota,
        dispatcher: any RequestDispatcher, clock: any KafkaClock, log: @escaping NetworkLog
    ) {
        self.bound = bound
        self.listeners = bound.map(\.listener)
        self.connections = connections
        self.quota = quota
        self.dispatcher = dispatcher
        self.clock = clock
        self.log = log
    }

    /// Binds every listener (all or none: a failure closes the ones already bound). Serving starts with
    /// `run()`.
    package static func bind(
        _ configuration: Configuration,
        dispatcher: some RequestDispatcher,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        clock: any KafkaClock = SystemClock(),
        log: @escaping NetworkLog
    ) async throws -> KafkaServer {
        let connections = ConnectionRegistry()
        var bound: [BoundListener] = []
        do {
            for listener in configuration.listeners {
                let channel = try await bindListener(
                    listener, configuration: configuration, eventLoopGroup: eventLoopGroup, connections: connections,
                    log: log)
                let port = channel.channel.localAddress?.port ?? listener.port
                bound.append(
                    BoundListener(
                        listener: Listener(name: listener.name, host: listener.host, port: port), channel: channel))
            }
        } catch {
            for listener in bound { try? await listener.channel.channel.close() }
            throw error
        }
        return KafkaServer(
            bound: bound, connections: connections, quota: ConnectionQuota(limit: configuration.maxConnections),
            dispatcher: dispatcher, clock: clock, log: log)
    }

    private static func bindListener(
        _ listener: Listener, configuration: Configuration, eventLoopGroup: any EventLoopGroup,
        connections: ConnectionRegistry, log: @escaping NetworkLog
    ) async throws -> NIOAsyncChannel<Accepted, Never> {
        let maxFrameBytes = configuration.socketRequestMaxBytes
        let idleTimeout = configuration.connectionsMaxIdleMs.map { TimeAmount.milliseconds($0) }
        return try await ServerBootstrap(group: eventLoopGroup)
            .serverChannelOption(.backlog, value: Int32(clamping: configuration.listenBacklogSize))
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            // Reads of up to 1 MiB (NIO's default stops at 64 KiB): a produce request of a
            // librdkafka-sized batch arrives in one or two reads instead of sixteen, and whole
            // frames pass on as slices of the read. The size adapts down on small reads.
            .childChannelOption(
                .recvAllocator,
                value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 2048, maximum: KafkaServer.maxReadBytes)
            )
            .bind(host: listener.host, port: listener.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    guard let index = connections.accepted(channel) else {
                        // Shutting down. NIO leaves a channel whose initializer failed open.
                        channel.close(promise: nil)
                        throw ChannelError.ioOnClosedChannel
                    }
                    let info = ConnectionInfo(
                        listenerName: listener.name,
                        connectionId: connectionId(channel, index: index),
                        remoteAddress: channel.remoteAddress, localAddress: channel.localAddress)
                    let pipeline = channel.pipeline.syncOperations
                    if let idleTimeout {
                        try pipeline.addHandler(IdleStateHandler(allTimeout: idleTimeout))
                        try pipeline.addHandler(IdleConnectionCloser(connection: info, log: log))
                    }
                    try pipeline.addHandler(FrameAccumulator(maxFrameBytes: maxFrameBytes))
                    // Reading stops as soon as a frame waits (Kafka mutes the channel likewise), so a
                    // connection buffers at most one socket read of frames plus one partial frame.
                    let asyncChannel = try NIOAsyncChannel<ByteBuffer, Never>(
                        wrappingChannelSynchronously: channel,
                        configuration: .init(backPressureStrategy: .init(lowWatermark: 1, highWatermark: 1)))
                    return Accepted(channel: asyncChannel, info: info)
                }
            }
    }

    /// Kafka's connection id: `localHost:localPort-remoteHost:remotePort-index`.
    private static func connectionId(_ channel: any Channel, index: Int) -> String {
        func hostPort(_ address: SocketAddress?) -> String {
            "\(address?.ipAddress ?? "unknown"):\(address?.port ?? -1)"
        }
        return "\(hostPort(channel.localAddress))-\(hostPort(channel.remoteAddress))-\(index)"
    }

    /// The bound port of the listener called `name`.
    package func port(listener name: String) -> Int? {
        listeners.first { $0.name == name }?.port
    }

    /// Connections being served (accepted and not yet closed).
    package var connectionCount: Int { connections.servedCount }

    /// Accepts and serves connections until `shutdown(gracePeriod:)` has finished: returns once every
    /// listener and connection is closed. Cancelling the calling task shuts down without a grace period.
    /// Call it once.
    package func run() async {
        enum Event { case listenerClosed, deadlinePassed, watchStopped }
        await withTaskCancellationHandler {
            await withTaskGroup(of: Event.self) { group in
                for listener in bound {
                    group.addTask {
                        await self.accept(listener)
                        return .listenerClosed
                    }
                }
                group.addTask {
                    for await gracePeriod in self.shutdownRequests.stream {
                        // Cut short when everything closed in time (nothing left to close then) or when
                        // run() itself was cancelled (close at once).
                        try? await Task.sleep(for: gracePeriod)
                        return .deadlinePassed
                    }
                    return .watchStopped
                }
                var open = bound.count
                if open == 0 { group.cancelAll() }
                while let event = await group.next() {
                    switch event {
                    case .listenerClosed:
                        open -= 1
                        guard open == 0 else { break }
                        // Served connections are all closed now. A connection accepted as its listener
                        // closed may never have reached the accept loop: close it too.
                        connections.closeAll()
                        group.cancelAll()
                    case .deadlinePassed:
                        let busy = connections.servedCount
                        if busy > 0 { log("Shutdown grace period over: closing \(busy) busy connection(s)") }
                        connections.closeAll()
                        // Requests still being handled see the cancellation.
                        group.cancelAll()
                    case .watchStopped:
                        break
                    }
                }
            }
        } onCancel: {
            self.shutdown(gracePeriod: .zero)
        }
    }

    /// Stops accepting, lets requests in flight finish for up to `gracePeriod`, then closes every
    /// connection; `run()` returns when all is closed. Idle connections close at once. Calling it again
    /// does nothing.
    package func shutdown(gracePeriod: Duration = .seconds(30)) {
        guard let served = connections.beginShutdown() else { return }
        quota.close()
        for listener in bound { listener.channel.channel.close(promise: nil) }
        for connection in served { connection.drain() }
        shutdownRequests.continuation.yield(gracePeriod)
        shutdownRequests.continuation.finish()
    }

    // MARK: Accepting

    private func accept(_ listener: BoundListener) async {
        await withDiscardingTaskGroup { group in
            do {
                try await listener.channel.executeThenClose { inbound in
                    for try await connection in inbound {
                        // At max.connections this waits, and the listener stops accepting meanwhile.
                        if await quota.acquire() {
                            group.addTask {
                                await self.serve(connection)
                                self.quota.release()
                            }
                        } else {
                            // Shutting down: connections accepted but not served yet are closed.
                            try? await connection.channel.channel.close()
                        }
                    }
                }
            } catch {
                if !connections.isShuttingDown {
                    log("Listener \(listener.listener.name) stopped accepting: \(error)")
                }
            }
        }
    }

    // MARK: Serving one connection

    private func serve(_ accepted: Accepted) async {
        let connection = ServedConnection(channel: accepted.channel.channel)
        guard connections.serve(connection) else {
            try? await accepted.channel.channel.close()
            return
        }
        let info = accepted.info
        let channel = accepted.channel.channel
        do {
            try await accepted.channel.executeThenClose { inbound in
                // The response being written. The next request is read and handled meanwhile (the
                // usual case has it on the socket by then, and waiting for it here would cost a
                // thread hop per request); before the next response is written it must be done, so
                // at most one response per connection is queued, as Kafka's muting allows.
                var writing: ResponseWriter.Pending?
                serving: for try await frame in inbound {
                    guard connection.beginRequest() else { break serving }
                    let request = NetworkRequest(
                        frame: frame, connection: info, receivedNanoseconds: clock.nanoseconds())
                    let response: KafkaResponse
                    do {
                        response = try await dispatcher.dispatch(request)
                    } catch {
                        log("Closing connection \(info): request failed: \(error)")
                        connection.endRequest()
                        break serving
                    }
                    switch response {
                    case .noResponse:
                        guard connection.endRequest() else { break serving }
                    case .close:
                        connection.endRequest()
                        break serving
                    case .parts(let parts):
                        if let writing { try await writing.wait() }
                        // The request stays busy until its response is written.
                        let started = ResponseWriter.start(parts, to: channel) { connection.endRequest() }
                        writing = started
                        // A response refused before any write (an invalid file range) fails here.
                        if started.isDone { try await started.wait() }
                        if connection.isDraining { break serving }
                    }
                }
                // Whatever ends the connection, its last response goes out first.
                if let last = writing {
                    writing = nil
                    try await last.wait()
                }
            }
        } catch {
            // A client that goes away mid-response is routine (Kafka logs it at debug level).
            if !Self.isPeerDisconnect(error) { log("Closing connection \(info): \(error)") }
        }
        connections.served(connection)
        await dispatcher.connectionClosed(info)
    }
}

extension KafkaServer {
    /// Whether `error` only says that the peer closed or reset the connection.
    static func isPeerDisconnect(_ error: any Error) -> Bool {
        if let channelError = error as? ChannelError {
            switch channelError {
            case .ioOnClosedChannel, .eof, .alreadyClosed, .outputClosed, .inputClosed: return true
            default: return false
            }
        }
        if let ioError = error as? IOError {
            return [ECONNRESET, EPIPE, ENOTCONN].contains(ioError.errnoCode)
        }
        return false
    }
}

/// Every connection of a server from the moment it is accepted until it closes, and which of them are
/// being served; shutdown starts here.
private final class ConnectionRegistry: Sendable {
    private struct State {
        var shuttingDown = false
        var open: [ObjectIdentifier: any Channel] = [:]
        var served: [ObjectIdentifier: ServedConnection] = [:]
        var nextIndex = 0
    }

    private let state = Mutex(State())

    var isShuttingDown: Bool { state.withLock { $0.shuttingDown } }
    var servedCount: Int { state.withLock { $0.served.count } }

    /// Records a just-accepted connection until it closes and returns its number (Kafka numbers
    /// connections; the number ends the connection id); nil when shutting down.
    func accepted(_ channel: any Channel) -> Int? {
        let key = ObjectIdentifier(channel)
        let index: Int? = state.withLock { state in
            guard !state.shuttingDown else { return nil }
            state.open[key] = channel
            defer { state.nextIndex = state.nextIndex == Int.max ? 0 : state.nextIndex + 1 }
            return state.nextIndex
        }
        if index != nil {
            channel.closeFuture.whenComplete { _ in self.state.withLock { _ = $0.open.removeValue(forKey: key) } }
        }
        return index
    }

    /// Marks a connection as served; false when shutting down (it is not served then).
    func serve(_ connection: ServedConnection) -> Bool {
        state.withLock { state in
            guard !state.shuttingDown else { return false }
            state.served[ObjectIdentifier(connection)] = connection
            return true
        }
    }

    /// The connection's serving has ended.
    func served(_ connection: ServedConnection) {
        state.withLock { _ = $0.served.removeValue(forKey: ObjectIdentifier(connection)) }
    }

    /// Flags the shutdown and returns the connections being served; nil when already shutting down.
    func beginShutdown() -> [ServedConnection]? {
        state.withLock { state in
            guard !state.shuttingDown else { return nil }
            state.shuttingDown = true
            return Array(state.served.values)
        }
    }

    /// Closes every connection still open.
    func closeAll() {
        for channel in state.withLock({ Array($0.open.values) }) { channel.close(promise: nil) }
    }
}

/// A connection's place in the request cycle, so that shutdown can close idle connections at once and
/// busy ones right after their response is written. A request counts as busy from `beginRequest`
/// until it is handled and its response (if any) written.
private final class ServedConnection: Sendable {
    private struct State {
        /// Requests handled or responses being written.
        var busy = 0
        var draining = false
    }

    let channel: any Channel
    private let state = Mutex(State())

    init(channel: any Channel) {
        self.channel = channel
    }

    /// False when the connection is draining: the request is not handled.
    func beginRequest() -> Bool {
        state.withLock { state in
            guard !state.draining else { return false }
            state.busy += 1
            return true
        }
    }

    /// Whether shutdown asked the connection to close: no further request is read.
    var isDraining: Bool { state.withLock { $0.draining } }

    /// One request is done (handled, and its response written); closes a draining connection when
    /// it was the last. False when draining.
    @discardableResult
    func endRequest() -> Bool {
        let (draining, close) = state.withLock { state in
            state.busy -= 1
            return (state.draining, state.draining && state.busy == 0)
        }
        if close { channel.close(promise: nil) }
        return !draining
    }

    /// Closes the connection now if no request is in flight, else once its response is written.
    func drain() {
        let idle = state.withLock { state in
            defer { state.draining = true }
            return state.busy == 0
        }
        if idle { channel.close(promise: nil) }
    }
}

/// Closes a connection on which nothing was read or written for `connections.max.idle.ms` (the event
/// comes from the `IdleStateHandler` in front of it).
private final class IdleConnectionCloser: ChannelInboundHandler {
    typealias InboundIn = NIOAny

    private let connection: ConnectionInfo
    private let log: NetworkLog

    init(connection: ConnectionInfo, log: @escaping NetworkLog) {
        self.connection = connection
        self.log = log
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .all {
            log("Closing idle connection \(connection)")
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
