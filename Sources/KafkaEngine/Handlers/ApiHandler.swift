import NIOCore

/// Who sent a request and when: everything a handler may need besides the request body.
package struct RequestContext: Sendable {
    package var header: RequestHeader
    package var apiKey: ApiKey
    package var connection: ConnectionInfo
    /// `KafkaClock.nanoseconds()` when the frame was taken off the socket.
    package var receivedNanoseconds: Int64

    package init(header: RequestHeader, apiKey: ApiKey, connection: ConnectionInfo, receivedNanoseconds: Int64) {
        self.header = header
        self.apiKey = apiKey
        self.connection = connection
        self.receivedNanoseconds = receivedNanoseconds
    }

    package var apiVersion: Int16 { header.requestApiVersion }
    package var correlationId: Int32 { header.correlationId }
    package var clientId: String? { header.clientId }
}

/// What a handler answers; the dispatcher adds the size prefix and the response header.
package enum HandlerResult: Sendable {
    /// A response message, encoded at the request's version.
    case response(any KafkaResponseMessage)
    /// A response body already laid out as parts (bytes and file regions, for zero-copy fetches):
    /// everything after the response header, in order.
    case body([ResponsePart])
    /// Nothing is sent back (`acks=0` produce).
    case noResponse
    /// The connection is closed without an answer.
    case close
}

/// One API family's request handler (one file per family in `Handlers/`). It declares the versions it
/// serves; ApiVersions is derived from the union of every handler's declaration, so a client is only
/// ever offered what is really implemented.
package protocol ApiHandler: Sendable {
    /// The APIs this handler answers and, for each, the versions it serves.
    var versions: [ApiKey: ClosedRange<Int16>] { get }

    /// Answers one decoded request whose API and version are in `versions`.
    func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult
}
