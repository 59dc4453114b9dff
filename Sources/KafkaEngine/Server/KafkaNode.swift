import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization

/// One swkafka process: a combined broker and controller (`process.roles=broker,controller`), started in
/// Kafka's order and stopped in reverse. It owns the log manager, the metadata quorum, the controller,
/// the metadata loader and its publishers (metadata cache, replica manager), the request handlers and
/// the listeners. Invariants: no client request is handled before the metadata log has been replayed
/// and this broker is registered and unfenced (requests wait at `readiness`); shutdown stops the
/// listeners first, then the replica manager, then flushes and checkpoints every log and writes the
/// clean-shutdown markers.
package final class KafkaNode: Service, Sendable {
    package let config: BrokerConfig
    package let nodeId: Int32
    package let clusterId: String
    private let logger: Logger
    private let clock: any KafkaClock
    private let scheduler: TaskScheduler
    private let logManager: LogManager
    private let raft: KafkaRaftClient
    private let controller: QuorumController
    private let loader: MetadataLoader
    package let metadataCache: MetadataCache
    private let replicaManager: ReplicaManager
    private let groupCoordinator: GroupCoordinator
    private let network: KafkaServer
    private let readiness: Readiness
    /// This broker's epoch: the offset of its registration record (-1 until registered).
    private let brokerEpoch: BrokerEpoch
    private let heartbeat = Mutex<ScheduledTask?>(nil)
    private let stopped = Atomic<Bool>(false)
    /// The moment `start` began, for the start-up time in the "started" line.
    private let startNanoseconds: Int64

    private init(
        config: BrokerConfig, clusterId: String, logger: Logger, clock: any KafkaClock, scheduler: TaskScheduler,
        logManager: LogManager, raft: KafkaRaftClient, controller: QuorumController, loader: MetadataLoader,
        metadataCache: MetadataCache, replicaManager: ReplicaManager, groupCoordinator: GroupCoordinator,
        network: KafkaServer, readiness: Readiness, brokerEpoch: BrokerEpoch, startNanoseconds: Int64
    ) {
        self.groupCoordinator = groupCoordinator
        self.brokerEpoch = brokerEpoch
        self.config = config
        self.nodeId = config.nodeId
        self.clusterId = clusterId
        self.logger = logger
        self.clock = clock
        self.scheduler = scheduler
        self.logManager = logManager
        self.raft = raft
        self.controller = controller
        self.loader = loader
        self.metadataCache = metadataCache
        self.replicaManager = replicaManager
        self.network = network
        self.readiness = readiness
        self.startNanoseconds = startNanoseconds
    }

    /// Starts a node: formats unformatted log dirs (first start), loads the logs, replays the metadata
    /// log, starts the controller, binds the listeners, registers and unfences the broker.
    /// - Throws: `NodeStartError` with a one-line reason.
    package static func start(config: BrokerConfig, logger: Logger, clock: any KafkaClock = SystemClock()) async throws
        -> KafkaNode
    {
        let startNanoseconds = clock.nanoseconds()
        let nodeId = config.nodeId
        let prefix = "[KafkaRaftServer nodeId=\(nodeId)]"
        let storage = try StorageFormatter.ensureFormatted(config: config, logger: logger)
        let scheduler = TaskScheduler(clock: clock, label: "kafka-scheduler")

        let logManager = LogManager(
            options: LogManager.Options(config: config), clock: clock, scheduler: scheduler,
            eventHandler: { logger.info("\($0)") })
        do {
            let report = try await logManager.startup()
            logger.info("\(prefix) Loaded \(report.logs.count) logs\(report.recoveredPartitions.isEmpty ? "" : ", recovered \(report.recoveredPartitions.count) after an unclean shutdown")")
            for warning in report.warnings { logger.warning("\(warning)") }
        } catch {
            throw NodeStartError("Could not load the log dirs: \(error)")
        }

        let metadataCache = MetadataCache()
        let replicaManager = ReplicaManager(
            nodeId: nodeId, config: config, logManager: logManager, clock: clock, scheduler: scheduler)
        // The group coordinator follows the image after the replica manager, which creates the
        // `__consumer_offsets` partitions it loads.
        let groupCoordinator = GroupCoordinator(
            config: GroupCoordinatorConfig(config: config), clock: clock, scheduler: scheduler,
            storage: ReplicatedOffsetsTopicStorage(
                replicaManager: replicaManager, commitTimeoutMs: config.offsetsCommitTimeoutMs,
                loadBufferSize: config.offsetsLoadBufferSize),
            log: { logger.info("\($0)") })
        groupCoordinator.startup()
        let loader = MetadataLoader(
            publishers: [
                metadataCache, replicaManager,
                GroupCoordinatorMetadataPublisher(nodeId: nodeId, coordinator: groupCoordinator),
            ], clusterId: storage.clusterId)
        let raft: KafkaRaftClient
        do {
            raft = try KafkaRaftClient.open(
                nodeId: nodeId, voters: Self.voterIds(config), logDir: config.metadataLogDir,
                clusterId: storage.clusterId, clock: clock)
            raft.register(loader)
        } catch {
            try? await logManager.shutdown()
            throw NodeStartError("Could not open the metadata log: \(error)")
        }
        // The controller starts the quorum (this node alone is the leader) and replays the log; the
        // loader hands the replayed image to the metadata cache and the replica manager.
        let controller = QuorumController(nodeId: nodeId, config: config, raft: raft, clock: clock)
        do {
            try await controller.start()
        } catch {
            raft.shutdown()
            try? await logManager.shutdown()
            throw NodeStartError("Could not start the controller: \(error)")
        }

        // Handlers, then the listeners (port 0 binds an ephemeral port, advertised as bound).
        let readiness = Readiness()
        let brokerEpoch = BrokerEpoch()
        let producerIds = ProducerIdManager(allocate: { [controller] in
            let response = await controller.allocateProducerIds(brokerId: nodeId, brokerEpoch: brokerEpoch.value)
            guard response.errorCode == 0 else { return .failure(ErrorCode(rawValue: response.errorCode)) }
            return .success(.init(first: response.producerIdStart, count: response.producerIdLen))
        })
        let autoCreate: MetadataHandler.AutoCreate = { [controller, config] names in
            await Self.autoCreateTopics(names, controller: controller, config: config)
        }
        let brokerHandlers: [any ApiHandler] = [
            MetadataHandler(
                nodeId: nodeId, metadataCache: metadataCache, autoCreateTopicsEnable: config.autoCreateTopicsEnable,
                autoCreate: autoCreate),
            ClusterHandler(
                nodeId: nodeId, metadataCache: metadataCache,
                controllerEndpoints: config.advertisedControllerListeners.map(Self.endpoint)),
            ProducerIdHandler(producerIds: producerIds),
            TopicsHandler(controller: controller),
            ConfigsHandler(controller: controller, config: config, metadataCache: metadataCache, nodeId: nodeId),
            ProduceHandler(replicaManager: replicaManager, metadataCache: metadataCache),
            FetchHandler(replicaManager: replicaManager, metadataCache: metadataCache, config: config, clock: clock),
            ListOffsetsHandler(replicaManager: replicaManager),
            OffsetForLeaderEpochHandler(replicaManager: replicaManager),
            DeleteRecordsHandler(replicaManager: replicaManager),
            DescribeLogDirsHandler(replicaManager: replicaManager),
            GroupsHandler(
                coordinator: groupCoordinator, metadataCache: metadataCache, controller: controller, config: config),
            OffsetsHandler(coordinator: groupCoordinator, metadataCache: metadataCache),
        ]
        let networkLog: NetworkLog = { logger.info("[SocketServer listenerType=BROKER, nodeId=\(nodeId)] \($0)") }
        let brokerRouter = Self.router(handlers: brokerHandlers, metadataCache: metadataCache, readiness: readiness, log: networkLog)
        // The controller listener: a single-voter quorum has no peers to serve yet; it answers
        // ApiVersions so that tools probing it see a live node.
        let controllerRouter = Self.router(handlers: [], metadataCache: metadataCache, readiness: readiness, log: networkLog)
        let listeners = config.listeners.map { KafkaServer.Listener(name: $0.listenerName, host: $0.host ?? "0.0.0.0", port: Int($0.port)) }
        var networkConfig = KafkaServer.Configuration(listeners: listeners)
        networkConfig.socketRequestMaxBytes = Int(config.socketRequestMaxBytes)
        networkConfig.connectionsMaxIdleMs = config.connectionsMaxIdleMs > 0 ? config.connectionsMaxIdleMs : nil
        networkConfig.maxConnections = config.maxConnections < Int32.max ? Int(config.maxConnections) : nil
        networkConfig.listenBacklogSize = Int(config.socketListenBacklogSize)
        let router = ListenerRouter(
            byListener: Dictionary(
                uniqueKeysWithValues: config.controllerListenerNames.map { ($0, controllerRouter as any RequestDispatcher) }),
            fallback: brokerRouter)
        let network: KafkaServer
        do {
            network = try await KafkaServer.bind(networkConfig, dispatcher: router, clock: clock, log: networkLog)
        } catch {
            raft.shutdown()
            try? await logManager.shutdown()
            throw NodeStartError("Could not bind the listeners (\(listeners.map { "\($0.name)://\($0.host):\($0.port)" }.joined(separator: ","))): \(error)")
        }
        for listener in network.listeners {
            logger.info("\(prefix) Awaiting socket connections on \(listener.host):\(listener.port) (\(listener.name)).")
        }

        let node = KafkaNode(
            config: config, clusterId: storage.clusterId, logger: logger, clock: clock, scheduler: scheduler,
            logManager: logManager, raft: raft, controller: controller, loader: loader, metadataCache: metadataCache,
            replicaManager: replicaManager, groupCoordinator: groupCoordinator, network: network, readiness: readiness, brokerEpoch: brokerEpoch,
            startNanoseconds: startNanoseconds)
        do {
            try await node.registerBroker(directoryIds: storage.directoryIds)
        } catch {
            await node.shutdown()
            throw error
        }
        readiness.markReady()
        let elapsedMs = Double(clock.nanoseconds() - startNanoseconds) / 1e6
        logger.info("\(prefix) Kafka Server started in \(String(format2: elapsedMs)) ms (cluster id \(storage.clusterId))")
        return node
    }

    /// The bound port of a listener (the ephemeral one when 0 was configured).
    package func port(listener: String) -> Int? { network.port(listener: listener) }

    /// Serves until a graceful shutdown is triggered (SIGTERM/SIGINT through the service group), then
    /// shuts down cleanly.
    package func run() async throws {
        await withGracefulShutdownHandler {
            await network.run()
        } onGracefulShutdown: {
            self.network.shutdown(gracePeriod: .seconds(5))
        }
        await shutdown()
    }

    /// Stops serving and closes everything in reverse start order; the logs are flushed, checkpointed
    /// and marked clean. Idempotent.
    package func shutdown() async {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let prefix = "[KafkaRaftServer nodeId=\(nodeId)]"
        logger.info("\(prefix) shutting down")
        heartbeat.withLock { $0?.cancel() }
        network.shutdown(gracePeriod: .seconds(5))
        groupCoordinator.shutdown()
        replicaManager.shutdown()
        raft.shutdown()
        do {
            try await logManager.shutdown(brokerEpoch: brokerEpoch.value)
        } catch {
            logger.error("\(prefix) Error while shutting down the log manager: \(error)")
        }
        scheduler.shutdown()
        logger.info("\(prefix) shut down completed")
    }

    // MARK: Start-up steps

    private static func router(
        handlers: [any ApiHandler], metadataCache: MetadataCache, readiness: Readiness, log: @escaping @Sendable (String) -> Void
    ) -> RequestRouter {
        let table = Mutex<[ApiKey: ClosedRange<Int16>]>([:])
        let apiVersions = ApiVersionsHandler(metadataCache: metadataCache, supported: { table.withLock { $0 } })
        let router = RequestRouter(handlers: handlers + [apiVersions], readiness: readiness, log: log)
        table.withLock { $0 = router.supportedVersions }
        return router
    }

    /// The static voter set, or this node alone when the quorum is bootstrapped dynamically
    /// (`controller.quorum.bootstrap.servers`, what `kafka-storage.sh format --standalone` sets up).
    static func voterIds(_ config: BrokerConfig) -> [Int32] {
        let voters = config.controllerQuorumVoters.map(\.id)
        return voters.isEmpty ? [config.nodeId] : voters
    }

    private static func endpoint(_ listener: ListenerEndpoint) -> BrokerRegistration.Endpoint {
        BrokerRegistration.Endpoint(
            name: listener.listenerName, host: listener.host ?? "", port: listener.port,
            securityProtocol: listener.securityProtocol.id)
    }

    /// Registers this broker with the controller (its advertised listeners with the ports really bound)
    /// and unfences it with a first heartbeat; then heartbeats every `broker.heartbeat.interval.ms`.
    private func registerBroker(directoryIds: [KafkaUUID]) async throws {
        var request = BrokerRegistrationRequest()
        request.brokerId = nodeId
        request.clusterId = clusterId
        request.incarnationId = KafkaUUID.random()
        request.rack = config.brokerRack
        request.logDirs = directoryIds
        request.listeners = config.advertisedBrokerListeners.map { advertised in
            var listener = BrokerRegistrationRequest.Listener()
            listener.name = advertised.listenerName
            var host = advertised.host ?? ""
            if host.isEmpty || host == "0.0.0.0" { host = "localhost" }
            listener.host = host
            let bound = port(listener: advertised.listenerName)
            listener.port = UInt16(clamping: advertised.port == 0 ? (bound ?? 0) : Int(advertised.port))
            listener.securityProtocol = advertised.securityProtocol.id
            return listener
        }
        var feature = BrokerRegistrationRequest.Feature()
        feature.name = "metadata.version"
        feature.minSupportedVersion = ApiVersionsHandler.supportedMetadataVersions.lowerBound
        feature.maxSupportedVersion = ApiVersionsHandler.supportedMetadataVersions.upperBound
        request.features = [feature]
        let response = await controller.registerBroker(request)
        guard response.errorCode == 0 else {
            throw NodeStartError("Broker registration failed: \(ErrorCode(rawValue: response.errorCode).name)")
        }
        brokerEpoch.value = response.brokerEpoch
        _ = await sendHeartbeat(wantFence: false)
        let interval = Int64(config.brokerHeartbeatIntervalMs)
        let task = scheduler.schedule("broker-heartbeat", delayMs: interval, periodMs: interval) { [self] in
            Task { _ = await self.sendHeartbeat(wantFence: false) }
        }
        heartbeat.withLock { $0 = task }
        await metadataCache.waitForOffset(raft.highWatermark - 1)
    }

    private func sendHeartbeat(wantFence: Bool) async -> BrokerHeartbeatResponse {
        var request = BrokerHeartbeatRequest()
        request.brokerId = nodeId
        request.brokerEpoch = brokerEpoch.value
        request.currentMetadataOffset = metadataCache.image.offset
        request.wantFence = wantFence
        request.wantShutDown = false
        return await controller.brokerHeartbeat(request)
    }

    /// Metadata's auto-creation: the broker defaults for partitions and replication factor.
    static func autoCreateTopics(_ names: [String], controller: QuorumController, config: BrokerConfig) async
        -> [String: ErrorCode]
    {
        var request = CreateTopicsRequest()
        request.timeoutMs = config.requestTimeoutMs
        request.topics = names.map { name in
            // Kafka creates the offsets topic as the group coordinator wants it, never as a plain topic.
            if name == InternalTopics.groupMetadataTopic { return OffsetsTopicCreator.creatableTopic(config: config) }
            var topic = CreateTopicsRequest.CreatableTopic()
            topic.name = name
            topic.numPartitions = config.numPartitions
            topic.replicationFactor = Int16(clamping: config.defaultReplicationFactor)
            return topic
        }
        let response = await controller.createTopics(request, version: CreateTopicsRequest.validVersions.upperBound)
        var errors: [String: ErrorCode] = [:]
        for topic in response.topics where topic.errorCode != 0 {
            errors[topic.name] = ErrorCode(rawValue: topic.errorCode)
        }
        return errors
    }
}

/// The broker epoch, shared by the node and the producer-id allocation that runs before the node exists.
final class BrokerEpoch: Sendable {
    private let storage = Atomic<Int64>(-1)

    var value: Int64 {
        get { storage.load(ordering: .acquiring) }
        set { storage.store(newValue, ordering: .releasing) }
    }
}

/// Routes each listener's requests: the controller listeners to the controller's router, the others
/// to the broker's.
struct ListenerRouter: RequestDispatcher {
    let byListener: [String: any RequestDispatcher]
    let fallback: any RequestDispatcher

    func dispatch(_ request: NetworkRequest) async throws -> KafkaResponse {
        try await (byListener[request.connection.listenerName] ?? fallback).dispatch(request)
    }

    func connectionClosed(_ connection: ConnectionInfo) async {
        await (byListener[connection.listenerName] ?? fallback).connectionClosed(connection)
    }
}

extension String {
    /// A number with one decimal, without Foundation.
    init(format2 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}
