/// Which coordinator FindCoordinator looks up (its `KeyType`).
package enum CoordinatorType: Int8, Sendable, Hashable {
    case group = 0
    case transaction = 1
}

extension KafkaClient {
    /// The broker coordinating `key` (a group id or transactional id), from the cache or a
    /// FindCoordinator request. COORDINATOR_NOT_AVAILABLE and COORDINATOR_LOAD_IN_PROGRESS (the
    /// offsets topic is still being created or loaded) are retried with backoff until `timeout`;
    /// any other error is thrown as the broker's error.
    package func coordinator(
        for key: String, type: CoordinatorType = .group, timeout: Duration = .seconds(30)
    ) async throws(KafkaClientError) -> BrokerNode {
        let cacheKey = CoordinatorKey(type: type, key: key)
        if let node = cachedCoordinator(cacheKey) { return node }
        let deadline = ContinuousClock.now + timeout
        while true {
            let outcome = try await findCoordinator(key, type: type)
            switch outcome {
            case .success(let node):
                rememberCoordinator(node, for: cacheKey)
                return node
            case .failure(let error):
                guard error.isRetriable, ContinuousClock.now + config.retryBackoff < deadline else { throw error }
                try await backoff()
            }
        }
    }

    /// Forgets the cached coordinator of `key` (after NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE
    /// or a lost connection), so the next `coordinator(for:)` asks again.
    package func forgetCoordinator(for key: String, type: CoordinatorType = .group) {
        withCoordinators { $0[CoordinatorKey(type: type, key: key)] = nil }
    }

    /// Sends `request` to the coordinator of `key`. The caller inspects the response's error codes
    /// and calls `forgetCoordinator` when they say the coordinator moved.
    package func sendToCoordinator<R: KafkaRequestMessage>(
        _ request: R, key: String, type: CoordinatorType = .group
    ) async throws(KafkaClientError) -> R.Response {
        let node = try await coordinator(for: key, type: type)
        do {
            return try await send(request, to: node.id)
        } catch {
            if error.kind == .connection { forgetCoordinator(for: key, type: type) }
            throw error
        }
    }

    /// One FindCoordinator round trip: v4+ batches keys, older versions carry one key.
    private func findCoordinator(
        _ key: String, type: CoordinatorType
    ) async throws(KafkaClientError) -> Result<BrokerNode, KafkaClientError> {
        let node = anyBroker()
        let negotiated = try await connection(to: node)
        guard let version = negotiated.version(for: .findCoordinator) else {
            throw KafkaClientError(
                kind: .unsupportedVersion, code: .unsupportedVersion,
                message: "The broker does not support FindCoordinator")
        }
        var request = FindCoordinatorRequest()
        request.keyType = type.rawValue
        if version >= 4 { request.coordinatorKeys = [key] } else { request.key = key }
        let response = try await send(request, version: version, on: negotiated, node: node)
        let (code, message, nodeId, host, port): (Int16, String?, Int32, String, Int32)
        if version >= 4 {
            guard let entry = response.coordinators.first(where: { $0.key == key }) else {
                throw KafkaClientError(kind: .protocolError, message: "FindCoordinator answered without key \(key)")
            }
            (code, message, nodeId, host, port) = (entry.errorCode, entry.errorMessage, entry.nodeId, entry.host, entry.port)
        } else {
            (code, message, nodeId, host, port) = (
                response.errorCode, response.errorMessage, response.nodeId, response.host, response.port
            )
        }
        if code != 0 {
            return .failure(.broker(ErrorCode(rawValue: code), message: message))
        }
        return .success(BrokerNode(id: nodeId, host: host, port: Int(port)))
    }
}
