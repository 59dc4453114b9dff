/// Why a client call failed: a broker's error code with its message (Kafka's `ApiException`s), no
/// reachable broker, a connection that failed, a timeout, a bad setting, a broker too old for a
/// request, or a closed client. `description` is one line, fit for a tool's error output.
package struct KafkaClientError: Error, Equatable, Sendable, CustomStringConvertible {
    package enum Kind: Equatable, Sendable {
        /// The broker answered with `code`.
        case broker
        /// None of the bootstrap servers could be reached.
        case bootstrap
        /// A connection to a broker failed or closed.
        case connection
        /// The call did not complete in time (Kafka's `TimeoutException`).
        case timeout
        /// A setting or argument is invalid (Kafka's `ConfigException` / `IllegalArgumentException`).
        case config
        /// The broker does not serve a version of the API this client can speak.
        case unsupportedVersion
        /// A response could not be decoded, or did not match the request.
        case protocolError
        /// The client was closed.
        case closed
    }

    package var kind: Kind
    /// The broker's error code, for `.broker` (and `UNSUPPORTED_VERSION` for `.unsupportedVersion`).
    package var code: ErrorCode?
    package var message: String

    package init(kind: Kind, code: ErrorCode? = nil, message: String) {
        self.kind = kind
        self.code = code
        self.message = message
    }

    /// A broker's error: its own message when it sent one, else Kafka's default for the code.
    package static func broker(_ code: ErrorCode, message: String? = nil) -> KafkaClientError {
        let text = message.flatMap { $0.isEmpty ? nil : $0 } ?? code.defaultMessage
        return KafkaClientError(kind: .broker, code: code, message: text)
    }

    package static func config(_ message: String) -> KafkaClientError {
        KafkaClientError(kind: .config, message: message)
    }

    package static func timeout(_ message: String) -> KafkaClientError {
        KafkaClientError(kind: .timeout, message: message)
    }

    package static func connection(_ message: String) -> KafkaClientError {
        KafkaClientError(kind: .connection, message: message)
    }

    package static let closed = KafkaClientError(kind: .closed, message: "The client has been closed.")

    /// Whether Kafka's clients would retry the call (a retriable code, a lost connection, a timeout).
    package var isRetriable: Bool {
        switch kind {
        case .broker: code?.isRetriable ?? false
        case .connection, .timeout: true
        default: false
        }
    }

    /// Whether the error says the client's metadata is stale (leader moved, topic unknown, broker gone).
    package var invalidatesMetadata: Bool {
        switch kind {
        case .connection: return true
        case .broker:
            guard let code else { return false }
            return [
                ErrorCode.notLeaderOrFollower, .unknownTopicOrPartition, .leaderNotAvailable, .fencedLeaderEpoch,
                .unknownLeaderEpoch, .notController, .unknownTopicId, .brokerNotAvailable, .replicaNotAvailable,
                .kafkaStorageError, .offsetNotAvailable,
            ].contains(code)
        default: return false
        }
    }

    package var description: String {
        switch kind {
        case .broker: message
        default: message
        }
    }
}

extension KafkaClientError {
    /// Maps a transport or codec failure to a client error.
    static func from(_ error: any Error) -> KafkaClientError {
        switch error {
        case let error as KafkaClientError: return error
        case let error as BrokerConnectionError:
            if case .requestTimedOut = error { return .timeout(Self.capitalized(error.description)) }
            return .connection(Self.capitalized(error.description))
        case let error as KafkaProtocolError:
            return KafkaClientError(kind: .protocolError, message: "\(error)")
        case is CancellationError:
            return KafkaClientError(kind: .closed, message: "The call was cancelled.")
        default:
            return .connection("\(error)")
        }
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
