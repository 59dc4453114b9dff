import Synchronization

/// A connection to one broker with the API versions negotiated on it (ApiVersions, once per connection).
package final class NegotiatedConnection: Sendable {
    package let connection: BrokerConnection
    /// The broker's supported range per API key.
    package let brokerVersions: [Int16: ClosedRange<Int16>]

    init(connection: BrokerConnection, brokerVersions: [Int16: ClosedRange<Int16>]) {
        self.connection = connection
        self.brokerVersions = brokerVersions
    }

    /// The highest version of `api` both this client and the broker speak; nil when there is none.
    package func version(for api: ApiKey) -> Int16? {
        guard let broker = brokerVersions[api.rawValue] else { return nil }
        let client = KafkaClient.clientVersions(api)
        let high = min(client.upperBound, broker.upperBound)
        let low = max(client.lowerBound, broker.lowerBound)
        return high >= low ? high : nil
    }
}

/// The connections and metadata every client shares (Kafka's `NetworkClient` + `Metadata`): it
/// bootstraps from `bootstrap.servers`, keeps one connection per broker (reused; replaced when it
/// closes), negotiates API versions on each, and caches cluster metadata (brokers, controller,
/// topics with their partitions' leaders and topic ids), refreshed when older than
/// `metadata.max.age.ms`, when a caller reports it stale (a leader moved, a topic is unknown, a
/// broker went away), or when a topic it has not seen is asked for.
///
/// Invariants: at most one connection attempt per broker at a time; at most one metadata refresh
/// in flight (concurrent callers share it); `metadata` is always a whole snapshot.
package final class KafkaClient: Sendable {
    package let config: ClientConfig

    private struct State {
        var metadata = ClusterMetadata()
        /// Set when a caller reports the metadata stale; the next lookup refreshes.
        var stale = true
        /// Connections by broker id (bootstrap connections are kept under negative ids).
        var connections: [Int32: Task<NegotiatedConnection, any Error>] = [:]
        var refresh: Task<ClusterMetadata, any Error>?
        /// Topics whose metadata is kept up to date (every refresh asks for them).
        var topicsOfInterest: Set<String> = []
        /// The coordinator node found for each (key type, key), until a caller forgets it.
        var coordinators: [CoordinatorKey: Int32] = [:]
        var closed = false
    }

    private let state = Mutex(State())

    struct CoordinatorKey: Hashable {
        var type: CoordinatorType
        var key: String
    }

    private init(config: ClientConfig) {
        self.config = config
    }

    /// Connects to the first reachable bootstrap server (in the order given), negotiates versions and
    /// reads the cluster's brokers. Fails with one line naming every server tried when none answers
    /// within `socket.connection.setup.timeout.ms`.
    package static func connect(config: ClientConfig) async throws(KafkaClientError) -> KafkaClient {
        let client = KafkaClient(config: config)
        var failures: [(BrokerAddress, String)] = []
        for (index, address) in config.bootstrapServers.enumerated() {
            do {
                let negotiated = try await client.open(address)
                let metadata = try await client.refreshMetadata(topics: [], using: negotiated)
                // The bootstrap connection serves as its broker's connection when metadata names its address.
                let key = metadata.brokers.values.first { $0.address == address }?.id ?? Int32(-1 - index)
                client.state.withLock { $0.connections[key] = Task { negotiated } }
                return client
            } catch {
                let reason: String
                if case .connectFailed(_, _, let why) = error as? BrokerConnectionError {
                    reason = why
                } else {
                    reason = KafkaClientError.from(error).message
                }
                failures.append((address, reason))
            }
        }
        await client.close()
        let servers = config.bootstrapServers.map(\.description).joined(separator: ", ")
        let reasons = Set(failures.map(\.1))
        let why =
            reasons.count == 1
            ? reasons.first ?? "" : failures.map { "\($0.0): \($0.1)" }.joined(separator: "; ")
        throw KafkaClientError(
            kind: .bootstrap, message: "Could not connect to any of the bootstrap servers [\(servers)]: \(why)")
    }

    /// Closes every connection; later calls fail with `KafkaClientError.closed`.
    package func close() async {
        let tasks = state.withLock { state -> [Task<NegotiatedConnection, any Error>] in
            state.closed = true
            state.refresh?.cancel()
            defer { state.connections = [:] }
            return Array(state.connections.values)
        }
        for task in tasks {
            if let negotiated = try? await task.value { await negotiated.connection.close() }
        }
    }

    // MARK: Versions

    /// The versions of each API this client's code is written for (the spec's range, capped where a
    /// newer version changes what the client must send, e.g. Fetch v13 keys topics by id).
    package static func clientVersions(_ api: ApiKey) -> ClosedRange<Int16> {
        let spec = api.validVersions
        let cap: Int16? =
            switch api {
            case .apiVersions: 3
            case .fetch: 12
            case .produce: 11
            case .metadata: 12
            case .listOffsets: 10
            default: nil
            }
        guard let cap else { return spec }
        return spec.lowerBound...min(cap, spec.upperBound)
    }

    // MARK: Connections

    private func open(_ address: BrokerAddress) async throws -> NegotiatedConnection {
        let connection = try await BrokerConnection.connect(
            host: address.host, port: address.port, clientId: config.clientId,
            connectTimeout: config.connectionSetupTimeout, requestTimeout: config.requestTimeout)
        do {
            return NegotiatedConnection(connection: connection, brokerVersions: try await Self.apiVersions(connection))
        } catch {
            await connection.close()
            throw error
        }
    }

    /// ApiVersions at the highest version this client knows; a broker that does not know it answers
    /// (at v0) with its own range, and the request is repeated at the best common version.
    private static func apiVersions(_ connection: BrokerConnection) async throws -> [Int16: ClosedRange<Int16>] {
        var request = ApiVersionsRequest()
        request.clientSoftwareName = "swkafka"
        request.clientSoftwareVersion = "1.0"
        var version = clientVersions(.apiVersions).upperBound
        for _ in 0..<2 {
            let frame = try request.frame(
                version: version, correlationId: connection.nextCorrelationId(), clientId: connection.clientId)
            let answer = try await connection.sendFrame(frame)
            let response: ApiVersionsResponse
            if let decoded = try? ApiVersionsResponse(decodingFrame: answer, version: version) {
                response = decoded
            } else {
                response = try ApiVersionsResponse(decodingFrame: answer, version: 0)
            }
            if response.errorCode == ErrorCode.unsupportedVersion.rawValue,
                let own = response.apiKeys.first(where: { $0.apiKey == ApiKey.apiVersions.rawValue }),
                own.maxVersion < version
            {
                version = own.maxVersion
                continue
            }
            guard response.errorCode == 0 else {
                throw KafkaClientError.broker(ErrorCode(rawValue: response.errorCode))
            }
            var versions: [Int16: ClosedRange<Int16>] = [:]
            for api in response.apiKeys where api.minVersion <= api.maxVersion {
                versions[api.apiKey] = api.minVersion...api.maxVersion
            }
            return versions
        }
        throw KafkaClientError(
            kind: .unsupportedVersion, code: .unsupportedVersion, message: "The broker does not support ApiVersions")
    }

    /// The connection to broker `node`, opened (and negotiated) when there is none or it closed.
    package func connection(to node: Int32) async throws(KafkaClientError) -> NegotiatedConnection {
        for attempt in 0..<2 {
            let task: Task<NegotiatedConnection, any Error>
            do {
                task = try state.withLock { (state) throws(KafkaClientError) -> Task<NegotiatedConnection, any Error> in
                    if state.closed { throw .closed }
                    if let existing = state.connections[node] { return existing }
                    guard let broker = state.metadata.brokers[node] else {
                        throw .connection("Unknown broker \(node)")
                    }
                    let address = broker.address
                    let task = Task { try await self.open(address) }
                    state.connections[node] = task
                    return task
                }
            }
            do {
                let negotiated = try await task.value
                if negotiated.connection.isOpen { return negotiated }
                forget(node, task: task)
                if attempt == 1 { throw KafkaClientError.connection("Connection to node \(node) closed") }
            } catch {
                forget(node, task: task)
                markStale()
                throw KafkaClientError.from(error)
            }
        }
        throw .connection("Connection to node \(node) closed")
    }

    private func forget(_ node: Int32, task: Task<NegotiatedConnection, any Error>) {
        state.withLock { state in
            if let current = state.connections[node], current == task { state.connections[node] = nil }
        }
    }

    /// A broker to send a request any broker can answer (metadata, topic admin): one already connected
    /// if possible, else the first broker in metadata, else a bootstrap connection.
    package func anyBroker() -> Int32 {
        state.withLock { state in
            let known = state.metadata.sortedBrokers.map(\.id)
            if let connected = known.first(where: { state.connections[$0] != nil }) { return connected }
            if let first = known.first { return first }
            return state.connections.keys.sorted().first ?? -1
        }
    }

    // MARK: Sending

    /// Sends `request` to broker `node` at the best common version and returns the response. A
    /// failed connection is dropped (the next call reconnects) and marks the metadata stale.
    package func send<R: KafkaRequestMessage>(_ request: R, to node: Int32) async throws(KafkaClientError) -> R.Response {
        let negotiated = try await connection(to: node)
        guard let version = negotiated.version(for: R.apiKey) else {
            throw KafkaClientError(
                kind: .unsupportedVersion, code: .unsupportedVersion,
                message: "The broker does not support \(R.apiKey.name)")
        }
        return try await send(request, version: version, on: negotiated, node: node)
    }

    /// Sends at an explicit version on a connection already obtained.
    package func send<R: KafkaRequestMessage>(
        _ request: R, version: Int16, on negotiated: NegotiatedConnection, node: Int32
    ) async throws(KafkaClientError) -> R.Response {
        do {
            return try await negotiated.connection.send(request, version: version)
        } catch {
            let mapped = KafkaClientError.from(error)
            if mapped.kind == .connection || mapped.kind == .timeout {
                dropConnection(node, negotiated)
            }
            throw mapped
        }
    }

    /// Forgets a connection that failed (and closes it), so the next send reconnects; marks metadata stale.
    package func dropConnection(_ node: Int32, _ negotiated: NegotiatedConnection) {
        let removed = state.withLock { state -> Bool in
            state.stale = true
            guard state.connections[node] != nil else { return false }
            state.connections[node] = nil
            return true
        }
        if removed { Task { await negotiated.connection.close() } }
    }

    /// Sends to any broker, retrying on another (after a metadata refresh) when the connection fails,
    /// up to `retries` times.
    package func sendToAnyBroker<R: KafkaRequestMessage>(_ request: R) async throws(KafkaClientError) -> R.Response {
        var attempt = 0
        while true {
            do {
                return try await send(request, to: anyBroker())
            } catch {
                attempt += 1
                guard error.kind == .connection, attempt <= config.retries else { throw error }
                try await backoff()
                _ = try? await refreshMetadata(topics: [])
            }
        }
    }

    /// Sends to the controller that metadata names (in KRaft, a broker that forwards), refreshing
    /// and retrying on NOT_CONTROLLER or a failed connection.
    package func sendToController<R: KafkaRequestMessage>(_ request: R) async throws(KafkaClientError) -> R.Response {
        var attempt = 0
        while true {
            let controller = state.withLock { state in
                state.metadata.brokers[state.metadata.controllerId] != nil ? state.metadata.controllerId : nil
            }
            do {
                return try await send(request, to: controller ?? anyBroker())
            } catch {
                attempt += 1
                guard error.kind == .connection, attempt <= config.retries else { throw error }
                try await backoff()
                _ = try? await refreshMetadata(topics: [])
            }
        }
    }

    package func backoff() async throws(KafkaClientError) {
        do {
            try await Task.sleep(for: config.retryBackoff)
        } catch {
            throw KafkaClientError.from(error)
        }
    }

    // MARK: Coordinators

    func cachedCoordinator(_ key: CoordinatorKey) -> BrokerNode? {
        state.withLock { state in state.coordinators[key].flatMap { state.metadata.brokers[$0] } }
    }

    /// Caches `node` as `key`'s coordinator; a node metadata does not list yet is added so
    /// `connection(to:)` can reach it.
    func rememberCoordinator(_ node: BrokerNode, for key: CoordinatorKey) {
        state.withLock { state in
            state.coordinators[key] = node.id
            if state.metadata.brokers[node.id] == nil { state.metadata.brokers[node.id] = node }
        }
    }

    func withCoordinators(_ body: (inout [CoordinatorKey: Int32]) -> Void) {
        state.withLock { body(&$0.coordinators) }
    }

    // MARK: Metadata

    /// The current snapshot (possibly stale; see `metadata(for:)`).
    package var metadata: ClusterMetadata { state.withLock { $0.metadata } }

    /// Marks the metadata stale: the next `metadata(for:)` refreshes (after a NOT_LEADER_OR_FOLLOWER,
    /// UNKNOWN_TOPIC_OR_PARTITION, a leader change or a lost broker).
    package func markStale() {
        state.withLock { $0.stale = true }
    }

    /// Metadata that covers `topics` with a leader for each of their partitions where the cluster has
    /// one: the cached snapshot when it is fresh and complete, else a refresh. Topics the cluster does
    /// not have are simply absent from the result.
    package func metadata(for topics: some Sequence<String>) async throws(KafkaClientError) -> ClusterMetadata {
        let wanted = Set(topics)
        let cached: ClusterMetadata? = state.withLock { state in
            state.topicsOfInterest.formUnion(wanted)
            let age = ContinuousClock.now - state.metadata.fetchedAt
            guard !state.stale, age < config.metadataMaxAge else { return nil }
            for topic in wanted {
                guard let known = state.metadata.topics[topic], known.partitions.allSatisfy(\.hasLeader) else {
                    return nil
                }
            }
            return state.metadata
        }
        if let cached { return cached }
        return try await refreshMetadata(topics: nil)
    }

    /// Asks a broker for metadata now. `topics` nil refreshes every topic of interest (those asked
    /// for so far) plus none else; `[]` refreshes brokers only; a list adds those topics to the
    /// topics of interest. Concurrent refreshes share one request.
    @discardableResult
    package func refreshMetadata(topics: [String]?) async throws(KafkaClientError) -> ClusterMetadata {
        let task = state.withLock { state -> Task<ClusterMetadata, any Error>? in
            if state.closed { return nil }
            if let topics { state.topicsOfInterest.formUnion(topics) }
            if let running = state.refresh { return running }
            let wanted = state.topicsOfInterest
            let task = Task<ClusterMetadata, any Error> {
                defer { self.state.withLock { $0.refresh = nil } }
                var attempt = 0
                while true {
                    let node = self.anyBroker()
                    do {
                        let negotiated = try await self.connection(to: node)
                        return try await self.refreshMetadata(topics: Array(wanted), using: negotiated, node: node)
                    } catch {
                        attempt += 1
                        let mapped = KafkaClientError.from(error)
                        if mapped.kind != .connection || attempt > self.config.retries { throw mapped }
                        try await Task.sleep(for: self.config.retryBackoff)
                    }
                }
            }
            state.refresh = task
            return task
        }
        guard let task else { throw .closed }
        do {
            return try await task.value
        } catch {
            throw KafkaClientError.from(error)
        }
    }

    /// One Metadata request on `negotiated`; the answer replaces the brokers and the topics it names.
    @discardableResult
    private func refreshMetadata(
        topics: [String], using negotiated: NegotiatedConnection, node: Int32 = -1
    ) async throws(KafkaClientError) -> ClusterMetadata {
        guard let version = negotiated.version(for: .metadata) else {
            throw KafkaClientError(
                kind: .unsupportedVersion, code: .unsupportedVersion, message: "The broker does not support Metadata")
        }
        var request = MetadataRequest()
        request.allowAutoTopicCreation = config.allowAutoTopicCreation
        request.topics = topics.sorted().map { name in
            var topic = MetadataRequest.MetadataRequestTopic()
            topic.name = name
            return topic
        }
        let response = try await send(request, version: version, on: negotiated, node: node)
        return apply(response, requested: Set(topics))
    }

    /// Merges a Metadata response into the cache: brokers and controller replaced, requested topics
    /// replaced (or removed when the broker does not know them).
    @discardableResult
    package func apply(_ response: MetadataResponse, requested: Set<String>) -> ClusterMetadata {
        var brokers: [Int32: BrokerNode] = [:]
        for broker in response.brokers {
            brokers[broker.nodeId] = BrokerNode(
                id: broker.nodeId, host: broker.host, port: Int(broker.port), rack: broker.rack)
        }
        return state.withLock { state in
            var metadata = state.metadata
            metadata.clusterId = response.clusterId
            metadata.controllerId = response.controllerId
            metadata.brokers = brokers
            metadata.fetchedAt = .now
            for name in requested { metadata.topics[name] = nil }
            for topic in response.topics {
                guard let name = topic.name else { continue }
                guard topic.errorCode == 0 || !topic.partitions.isEmpty else { continue }
                metadata.topics[name] = TopicMetadata(
                    name: name, topicId: topic.topicId, isInternal: topic.isInternal,
                    partitions: topic.partitions.map {
                        TopicPartitionInfo(
                            partition: $0.partitionIndex, error: ErrorCode(rawValue: $0.errorCode),
                            leader: $0.leaderId, leaderEpoch: $0.leaderEpoch, replicas: $0.replicaNodes,
                            isr: $0.isrNodes, offlineReplicas: $0.offlineReplicas)
                    })
            }
            state.metadata = metadata
            state.stale = false
            return metadata
        }
    }
}
