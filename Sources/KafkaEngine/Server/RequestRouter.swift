import NIOCore
import Synchronization

/// Where Network hands each request frame on one listener: decodes the header, checks the API and
/// version against what the listener's handlers declare, runs the handler and frames its answer.
/// Kafka's rules for bad requests: an API the listener does not serve, or a body that does not
/// decode, closes the connection; an unsupported version of ApiVersions gets a v0 answer with
/// `UNSUPPORTED_VERSION` and the version list, any other unsupported version closes the connection.
package final class RequestRouter: RequestDispatcher {
    private let handlers: [ApiKey: any ApiHandler]
    /// What ApiVersions offers on this listener: the union of the handlers' declarations.
    package let supportedVersions: [ApiKey: ClosedRange<Int16>]
    private let readiness: Readiness
    private let log: @Sendable (String) -> Void

    /// `handlers` must not declare the same API twice (a programming error, checked here).
    package init(handlers: [any ApiHandler], readiness: Readiness, log: @escaping @Sendable (String) -> Void) {
        var table: [ApiKey: any ApiHandler] = [:]
        var versions: [ApiKey: ClosedRange<Int16>] = [:]
        for handler in handlers {
            for (key, range) in handler.versions {
                precondition(table[key] == nil, "\(key.name) is declared by two handlers")
                table[key] = handler
                versions[key] = range
            }
        }
        self.handlers = table
        self.supportedVersions = versions
        self.readiness = readiness
        self.log = log
    }

    package func dispatch(_ request: NetworkRequest) async throws -> KafkaResponse {
        var buffer = request.frame
        let apiKey: ApiKey?
        let header: RequestHeader
        do {
            (apiKey, header) = try RequestFrame.decodeHeader(&buffer)
        } catch {
            log("Closing connection \(request.connection) due to an unparsable request header: \(error)")
            return .close
        }
        guard let apiKey, let handler = handlers[apiKey], let range = supportedVersions[apiKey] else {
            log(
                "Closing connection \(request.connection): request api key \(header.requestApiKey) is not enabled on this listener"
            )
            return .close
        }
        let version = header.requestApiVersion
        guard range.contains(version) else {
            if apiKey == .apiVersions {
                return Self.unsupportedApiVersions(correlationId: header.correlationId, versions: supportedVersions)
            }
            log("Closing connection \(request.connection): \(apiKey.name) v\(version) is not supported (\(range))")
            return .close
        }
        let body: any KafkaRequestMessage
        do {
            body = try apiKey.decodeRequest(from: &buffer, version: version)
        } catch {
            log("Closing connection \(request.connection) due to a malformed \(apiKey.name) v\(version) request: \(error)")
            return .close
        }
        if apiKey != .apiVersions { await readiness.wait() }
        let context = RequestContext(
            header: header, apiKey: apiKey, connection: request.connection,
            receivedNanoseconds: request.receivedNanoseconds)
        let result = await handler.handle(body, context: context)
        switch result {
        case .noResponse: return .noResponse
        case .close: return .close
        case .response(let message):
            do {
                return .bytes(try message.frame(version: version, correlationId: header.correlationId))
            } catch {
                log("Could not encode \(apiKey.name) v\(version) response: \(error); closing \(request.connection)")
                return .close
            }
        case .body(let parts):
            return Self.frame(parts, apiKey: apiKey, version: version, correlationId: header.correlationId)
        }
    }

    /// Prepends the size prefix and the response header to a handler's body parts.
    static func frame(_ parts: [ResponsePart], apiKey: ApiKey, version: Int16, correlationId: Int32) -> KafkaResponse {
        var head = ByteBuffer()
        head.writeInteger(Int32(0))
        var header = ResponseHeader()
        header.correlationId = correlationId
        // The response header holds no input-derived lengths; writing it cannot fail.
        try? header.write(to: &head, version: apiKey.responseHeaderVersion(apiVersion: version))
        var size = head.readableBytes - 4
        for part in parts {
            switch part {
            case .bytes(let bytes): size += bytes.readableBytes
            case .file(_, _, let count): size += count
            }
        }
        head.setInteger(Int32(size), at: head.readerIndex)
        return .parts([.bytes(head)] + parts)
    }

    /// Kafka's answer to an ApiVersions request of a version it does not know: v0 with
    /// `UNSUPPORTED_VERSION` and the supported versions, so the client can retry with one of them.
    static func unsupportedApiVersions(correlationId: Int32, versions: [ApiKey: ClosedRange<Int16>]) -> KafkaResponse {
        var response = ApiVersionsResponse()
        response.errorCode = ErrorCode.unsupportedVersion.rawValue
        response.apiKeys = ApiVersionsHandler.apiVersionList(versions)
        // Encoding a v0 ApiVersions response cannot fail: it only holds fixed-size fields.
        guard let frame = try? response.frame(version: 0, correlationId: correlationId) else { return .close }
        return .bytes(frame)
    }
}

/// A gate requests wait at until the node has finished starting (its metadata replayed, its broker
/// registered), so that no client sees a half-started broker. ApiVersions passes straight through.
package final class Readiness: Sendable {
    private let state = Mutex<(ready: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    package init(ready: Bool = false) {
        state.withLock { $0.ready = ready }
    }

    package var isReady: Bool { state.withLock { $0.ready } }

    package func markReady() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.ready = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    package func wait() async {
        if isReady { return }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeNow = state.withLock { state -> Bool in
                if state.ready { return true }
                state.waiters.append(continuation)
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }
}
