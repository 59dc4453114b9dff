import NIOCore

/// Where the network hands each request frame: the broker's request handlers sit behind this. Network
/// calls `dispatch` for one frame at a time per connection, in arrival order, and has the answer on
/// its way to the socket before it dispatches the next frame of that connection, whose answer waits
/// until the one before is written (Kafka mutes a channel while a request is in flight). Different
/// connections are dispatched concurrently.
package protocol RequestDispatcher: Sendable {
    /// Answers one request frame. Throwing closes the connection with a log line, as Kafka does for a
    /// request that cannot be parsed; the frame's decoding is the dispatcher's job.
    func dispatch(_ request: NetworkRequest) async throws -> KafkaResponse

    /// Called once when a connection has closed, after its last `dispatch` returned.
    func connectionClosed(_ connection: ConnectionInfo) async
}

extension RequestDispatcher {
    package func connectionClosed(_ connection: ConnectionInfo) async {}
}

/// Where a request came from: the listener, Kafka's connection id, and the two socket addresses.
package struct ConnectionInfo: Sendable, Hashable, CustomStringConvertible {
    /// The listener's name, e.g. `PLAINTEXT` or `CONTROLLER`.
    package var listenerName: String
    /// Kafka's connection id: `localHost:localPort-remoteHost:remotePort-index`.
    package var connectionId: String
    package var remoteAddress: SocketAddress?
    package var localAddress: SocketAddress?

    package init(
        listenerName: String, connectionId: String, remoteAddress: SocketAddress?, localAddress: SocketAddress?
    ) {
        self.listenerName = listenerName
        self.connectionId = connectionId
        self.remoteAddress = remoteAddress
        self.localAddress = localAddress
    }

    package var description: String { "\(connectionId) (\(listenerName))" }
}

/// One request frame as received: the bytes after the size prefix (header, then body), undecoded.
package struct NetworkRequest: Sendable {
    /// The frame without its int32 size prefix.
    package var frame: ByteBuffer
    package var connection: ConnectionInfo
    /// `KafkaClock.nanoseconds()` when the connection took the frame off the socket's queue.
    package var receivedNanoseconds: Int64

    package init(frame: ByteBuffer, connection: ConnectionInfo, receivedNanoseconds: Int64) {
        self.frame = frame
        self.connection = connection
        self.receivedNanoseconds = receivedNanoseconds
    }

    /// The header's API key and version, read without decoding; nil for a frame under 4 bytes.
    package var apiKeyAndVersion: (key: Int16, version: Int16)? { RequestFrame.peekApiKeyAndVersion(frame) }

    /// The header's correlation id (every header version starts with key, version, correlation id).
    package var correlationId: Int32? { frame.getInteger(at: frame.readerIndex + 4, as: Int32.self) }
}

/// The answer to one request.
package enum KafkaResponse: Sendable {
    /// Nothing is sent back (a produce with `acks=0`).
    case noResponse
    /// The connection is closed without an answer.
    case close
    /// These parts are written in order, each exactly as given: together they must form the whole
    /// response frame, int32 size prefix included.
    case parts([ResponsePart])

    /// A response that is one buffer, size prefix included (what `KafkaResponseMessage.frame` returns).
    package static func bytes(_ frame: ByteBuffer) -> KafkaResponse { .parts([.bytes(frame)]) }
}

/// A piece of a response frame.
package enum ResponsePart: Sendable {
    case bytes(ByteBuffer)
    /// `count` bytes of an open file from `offset`, sent with sendfile (zero copy). Network takes
    /// ownership of `descriptor` — pass a `dup` of the segment's descriptor — and closes it once the
    /// write carrying it has completed or failed, and also when the response is never written. The dup
    /// keeps the file readable if its segment is deleted meanwhile.
    case file(descriptor: CInt, offset: Int64, count: Int)
}
