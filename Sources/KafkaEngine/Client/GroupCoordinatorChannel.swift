/// How group membership reaches its group's coordinator: one request at the version the
/// coordinator negotiated (the builder fills the fields that version carries), and a way to say the
/// coordinator moved. `ConsumerCoordinator` is written against this so tests can script a coordinator.
package protocol GroupCoordinatorChannel: Sendable {
    func send<R: KafkaRequestMessage>(_ build: @Sendable (Int16) -> R) async throws(KafkaClientError) -> R.Response
    /// Forget the coordinator (NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE, a lost connection); the
    /// next request looks it up again.
    func coordinatorMoved()
}

/// The channel over a `KafkaClient` of its own, so a JoinGroup the coordinator holds for up to the
/// rebalance timeout blocks no fetch (the broker answers a connection's requests in order; Kafka's
/// client opens a separate coordinator connection for the same reason).
package struct ClientGroupCoordinatorChannel: GroupCoordinatorChannel {
    package let client: KafkaClient
    package let groupId: String

    package init(client: KafkaClient, groupId: String) {
        self.client = client
        self.groupId = groupId
    }

    package func send<R: KafkaRequestMessage>(_ build: @Sendable (Int16) -> R) async throws(KafkaClientError)
        -> R.Response
    {
        let node = try await client.coordinator(for: groupId, type: .group)
        let negotiated: NegotiatedConnection
        do {
            negotiated = try await client.connection(to: node.id)
        } catch {
            client.forgetCoordinator(for: groupId)
            throw error
        }
        guard let version = negotiated.version(for: R.apiKey) else {
            throw KafkaClientError(
                kind: .unsupportedVersion, code: .unsupportedVersion,
                message: "The coordinator does not support \(R.apiKey.name)")
        }
        do {
            return try await client.send(build(version), version: version, on: negotiated, node: node.id)
        } catch {
            if error.kind == .connection || error.kind == .timeout { client.forgetCoordinator(for: groupId) }
            throw error
        }
    }

    package func coordinatorMoved() {
        client.forgetCoordinator(for: groupId)
    }
}
