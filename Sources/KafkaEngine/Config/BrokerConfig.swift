import Foundation

/// A role this process plays in a KRaft cluster (`process.roles`).
package enum ProcessRole: String, Sendable, CaseIterable, Comparable {
    case broker
    case controller

    package static func < (a: ProcessRole, b: ProcessRole) -> Bool { a.rawValue < b.rawValue }
}

/// A node's configuration (Kafka's `KafkaConfig`): `server.properties` plus `--override k=v`
/// pairs, parsed and validated against `ConfigDef.broker`, then checked as a KRaft node is at
/// start-up. Construction fails with one `ConfigError` in Kafka's wording; things Kafka only logs
/// (unknown keys, odd but legal combinations) come back in `warnings`.
///
/// Invariants: `values` holds every broker configuration (nil where unset without a default);
/// the derived properties (listeners, voters, log dirs, topic defaults) are consistent with it.
package struct BrokerConfig: Sendable {
    /// The strings as given, file first and overrides on top: the static broker configuration
    /// DescribeConfigs reports as `STATIC_BROKER_CONFIG`.
    package let originals: JavaProperties
    /// Every defined broker configuration's parsed value; nil when unset and without default.
    package let values: [String: ConfigValue?]
    /// Unknown keys and other things Kafka would log at start-up.
    package private(set) var warnings: [ConfigWarning]

    package let processRoles: Set<ProcessRole>
    /// `listeners`, parsed, in the order given.
    package let listeners: [ListenerEndpoint]
    /// `listener.security.protocol.map` with Kafka's implicit `<controller listener>:PLAINTEXT`
    /// entries when the map is not set (keys upper-cased except implicit controller names).
    package let listenerSecurityProtocolMap: [String: SecurityProtocol]
    package let controllerListenerNames: [String]
    /// The listeners a broker registers and clients are told about (`advertised.listeners`, or
    /// `listeners`, without the controller listeners).
    package let advertisedBrokerListeners: [ListenerEndpoint]
    /// The controller listeners other nodes use, one per `controller.listener.names` entry found.
    package let advertisedControllerListeners: [ListenerEndpoint]
    package let interBrokerListenerName: String
    package let interBrokerSecurityProtocol: SecurityProtocol
    /// `controller.quorum.voters`, in order (empty for a dynamic quorum).
    package let controllerQuorumVoters: [ControllerQuorumVoter]
    /// `controller.quorum.bootstrap.servers`, in order.
    package let controllerQuorumBootstrapServers: [HostPort]
    /// `log.dirs`, or `log.dir` when `log.dirs` is not set.
    package let logDirs: [String]
    /// The topic defaults this broker gives every topic without overrides.
    package let defaultLogConfig: LogConfig

    // MARK: Building

    /// `file` (a parsed `server.properties`) with `overrides` put on top, as `kafka.Kafka` does.
    package init(properties file: JavaProperties, overrides: JavaProperties = JavaProperties()) throws(ConfigError) {
        let originals = file.merging(overrides)
        self.originals = originals
        var raw = originals.dictionary
        // KafkaConfig.populateSynonyms: node.id and broker.id stand in for each other.
        if raw["broker.id"] == nil, let nodeId = raw["node.id"] { raw["broker.id"] = nodeId }
        if raw["node.id"] == nil, let brokerId = raw["broker.id"] { raw["node.id"] = brokerId }
        var lines: [String: Int] = [:]
        for entry in originals.entries where entry.line > 0 { lines[entry.key] = entry.line }
        func line(_ key: String) -> Int? { lines[key] }

        let values = try ConfigDef.broker.parse(raw, lines: lines)
        self.values = values
        func value(_ name: String) -> ConfigValue? { values[name] ?? nil }

        var warnings: [ConfigWarning] = []
        for entry in originals.entries
        where !ConfigDef.broker.contains(entry.key) && !ConfigDef.isPassThroughBrokerKey(entry.key) {
            warnings.append(
                ConfigWarning(
                    "The configuration '\(entry.key)' was supplied but isn't a known config.", key: entry.key,
                    line: line(entry.key)))
        }

        // Derived values. Errors name the key they come from and its line.
        func at<T>(_ key: String, _ body: () throws(ConfigError) -> T) throws(ConfigError) -> T {
            do throws(ConfigError) {
                return try body()
            } catch {
                var located = error
                if located.key == nil { located.key = key }
                throw located.at(line: line(located.key ?? key))
            }
        }

        let processRoles = Set((value("process.roles")?.listValue ?? []).compactMap(ProcessRole.init(rawValue:)))
        self.processRoles = processRoles
        let controllerListenerNames = value("controller.listener.names")?.listValue ?? []
        self.controllerListenerNames = controllerListenerNames
        let listenerEntries = value("listeners")?.listValue ?? []

        let protocolMap = try at("listener.security.protocol.map") { () throws(ConfigError) in
            try BrokerConfig.effectiveSecurityProtocolMap(
                value("listener.security.protocol.map")?.stringValue ?? "",
                explicitlySet: raw["listener.security.protocol.map"] != nil,
                controllerListenerNames: controllerListenerNames, listenerEntries: listenerEntries)
        }
        self.listenerSecurityProtocolMap = protocolMap
        let listeners = try at("listeners") { () throws(ConfigError) in
            try ListenerEndpoint.parseList(listenerEntries, protocols: { protocolMap[$0] }, requireDistinctPorts: true)
        }
        self.listeners = listeners

        let (interBrokerName, interBrokerProtocol) = try at("inter.broker.listener.name") { () throws(ConfigError) in
            try BrokerConfig.interBrokerListener(
                name: value("inter.broker.listener.name")?.stringValue,
                securityProtocolSet: raw["security.inter.broker.protocol"] != nil,
                securityProtocol: value("security.inter.broker.protocol")?.stringValue ?? "PLAINTEXT",
                protocolMap: protocolMap)
        }
        self.interBrokerListenerName = interBrokerName
        self.interBrokerSecurityProtocol = interBrokerProtocol

        let advertisedEntries = value("advertised.listeners")?.listValue
        let advertised: [ListenerEndpoint]? = try at("advertised.listeners") { () throws(ConfigError) in
            guard let advertisedEntries else { return nil }
            return try ListenerEndpoint.parseList(
                advertisedEntries, protocols: { protocolMap[$0] }, requireDistinctPorts: false)
        }
        let controllerNameSet = Set(controllerListenerNames)
        self.advertisedBrokerListeners = (advertised ?? listeners).filter {
            !controllerNameSet.contains($0.listenerName)
        }
        let controllerListeners = listeners.filter { controllerNameSet.contains($0.listenerName) }
        self.advertisedControllerListeners = controllerListenerNames.compactMap { name in
            let normalised = name.uppercased()
            if let endpoint = (advertised ?? []).first(where: {
                controllerNameSet.contains($0.listenerName) && $0.listenerName.uppercased() == normalised
            }) {
                return endpoint
            }
            guard var endpoint = controllerListeners.first(where: { $0.listenerName.uppercased() == normalised }) else {
                return nil
            }
            if endpoint.host == "0.0.0.0" { endpoint.host = nil }
            return endpoint
        }

        self.controllerQuorumVoters = try at("controller.quorum.voters") { () throws(ConfigError) in
            try ControllerQuorumVoter.parse(value("controller.quorum.voters")?.listValue ?? [], requireRoutable: true)
        }
        self.controllerQuorumBootstrapServers = try at("controller.quorum.bootstrap.servers") {
            () throws(ConfigError) in
            var servers: [HostPort] = []
            for entry in value("controller.quorum.bootstrap.servers")?.listValue ?? [] {
                servers.append(try HostPort.parseBootstrapServer(entry))
            }
            return servers
        }
        self.logDirs = value("log.dirs")?.listValue ?? value("log.dir")?.listValue ?? []

        var checks = StartupChecks(
            values: values, raw: raw, lines: lines, processRoles: processRoles, listeners: listeners,
            controllerListenerNames: controllerListenerNames, advertisedBrokerListeners: advertisedBrokerListeners,
            advertisedControllerListeners: advertisedControllerListeners, interBrokerListenerName: interBrokerName,
            interBrokerSecurityProtocol: interBrokerProtocol, protocolMap: protocolMap)
        try checks.run()
        self.warnings = warnings + checks.warnings
        // The topic defaults are checked with the topic rules, as Kafka does when its log manager starts.
        self.defaultLogConfig = try at("log.retention.ms") { () throws(ConfigError) in try LogConfig(broker: values) }
    }

    /// Parses `server.properties` text and applies `--override` arguments (`key=value` each).
    package init(fileText: String, overrides: [String] = []) throws(ConfigError) {
        try self.init(
            properties: try JavaProperties.parse(fileText), overrides: BrokerConfig.overrideProperties(overrides))
    }

    /// Reads and parses the `.properties` file at `path`, then applies `overrides`.
    package static func load(path: String, overrides: [String] = []) throws(ConfigError) -> BrokerConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError("\(path) (No such file or directory)")
        }
        let file = try JavaProperties.parse(bytes: Array(data))
        return try BrokerConfig(properties: file, overrides: overrideProperties(overrides))
    }

    /// The configuration `swkafka server-start` runs with when no file is given, with `overrides`.
    /// The config of `server-start [file] [--override ...]`: the file when one is given, else the
    /// embedded default, with the overrides on top.
    package static func load(path: String?, overrides: [String]) throws(ConfigError) -> BrokerConfig {
        if let path { return try load(path: path, overrides: overrides) }
        return try embeddedDefault(overrides: overrides)
    }

    package static func embeddedDefault(overrides: [String] = []) throws(ConfigError) -> BrokerConfig {
        try BrokerConfig(fileText: embeddedDefaultProperties, overrides: overrides)
    }

    /// One combined broker and controller on localhost: clients on 9092, the quorum of one on 9093.
    package static let embeddedDefaultProperties = """
        # The embedded default of `swkafka server-start`: one node that is both broker and controller.
        process.roles=broker,controller
        node.id=1
        controller.quorum.voters=1@localhost:9093
        listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093
        inter.broker.listener.name=PLAINTEXT
        controller.listener.names=CONTROLLER
        listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL
        log.dirs=/tmp/swkafka-logs
        num.partitions=1
        default.replication.factor=1
        min.insync.replicas=1
        offsets.topic.replication.factor=1
        transaction.state.log.replication.factor=1
        transaction.state.log.min.isr=1
        group.initial.rebalance.delay.ms=0
        num.network.threads=3
        num.io.threads=8
        num.recovery.threads.per.data.dir=1
        log.retention.hours=168
        log.segment.bytes=1073741824
        log.retention.check.interval.ms=300000

        """

    /// `--override` arguments as `kafka.Kafka` reads them (`parseKeyValueArgs`): split at the first
    /// `=`; a missing value is the empty string; later arguments win.
    package static func overrideProperties(_ arguments: [String]) -> JavaProperties {
        var result = JavaProperties()
        for argument in arguments {
            let (key, value) = parseOverride(argument)
            result.set(key, value)
        }
        return result
    }

    package static func parseOverride(_ argument: String) -> (key: String, value: String) {
        guard let equals = argument.firstIndex(of: "=") else { return (argument, "") }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    // MARK: Listener helpers

    /// `AbstractKafkaConfig.effectiveListenerSecurityProtocolMap`.
    private static func effectiveSecurityProtocolMap(
        _ mapValue: String, explicitlySet: Bool, controllerListenerNames: [String], listenerEntries: [String]
    ) throws(ConfigError) -> [String: SecurityProtocol] {
        let name = "listener.security.protocol.map"
        var map: [String: SecurityProtocol] = [:]
        for (listener, protocolName) in try parseCsvMap(mapValue, propertyName: name) {
            guard let securityProtocol = SecurityProtocol.forName(protocolName) else {
                throw ConfigError("Invalid security protocol `\(protocolName)` defined in \(name)", key: name)
            }
            let normalised = listener.uppercased()
            if let existing = map[normalised] {
                throw ConfigError(
                    "Duplicate key \(normalised) (attempted merging values \(existing.rawValue) and "
                        + "\(securityProtocol.rawValue))", key: name)
            }
            map[normalised] = securityProtocol
        }
        guard !explicitlySet else { return map }
        func isSslOrSasl(_ name: String) -> Bool { ["SSL", "SASL_SSL", "SASL_PLAINTEXT"].contains(name) }
        var listenerNames: [String] = []
        for entry in listenerEntries {
            guard let colon = entry.firstIndex(of: ":") else {
                throw ConfigError("Unable to parse a listener name from \(entry)", key: "listeners")
            }
            listenerNames.append(entry[..<colon].uppercased())
        }
        if controllerListenerNames.contains(where: isSslOrSasl) || listenerNames.contains(where: isSslOrSasl) {
            return map
        }
        for controllerName in controllerListenerNames where controllerName != "PLAINTEXT" {
            map[controllerName] = .plaintext
        }
        return map
    }

    /// `Csv.parseCsvMap` behind `AbstractKafkaConfig.getMap`: entries split on commas, each at its
    /// last colon.
    static func parseCsvMap(_ value: String, propertyName: String) throws(ConfigError) -> [(String, String)] {
        if value.isEmpty { return [] }
        var parts = ConfigKey.splitList(value)
        while let last = parts.last, last.isEmpty { parts.removeLast() }
        var result: [(String, String)] = []
        for part in parts {
            guard let colon = part.lastIndex(of: ":") else {
                throw ConfigError(
                    "Error parsing configuration property '\(propertyName)': begin 0, end -1, length \(part.utf16.count)",
                    key: propertyName)
            }
            result.append((javaTrim(String(part[..<colon])), javaTrim(String(part[part.index(after: colon)...]))))
        }
        return result
    }

    /// `AbstractKafkaConfig.interBrokerListenerNameAndSecurityProtocol`.
    private static func interBrokerListener(
        name: String?, securityProtocolSet: Bool, securityProtocol: String, protocolMap: [String: SecurityProtocol]
    ) throws(ConfigError) -> (String, SecurityProtocol) {
        if let name {
            if securityProtocolSet {
                throw ConfigError(
                    "Only one of inter.broker.listener.name and security.inter.broker.protocol should be set.",
                    key: "inter.broker.listener.name")
            }
            let normalised = name.uppercased()
            guard let securityProtocol = protocolMap[normalised] else {
                throw ConfigError(
                    "Listener with name \(normalised) defined in inter.broker.listener.name not found in "
                        + "listener.security.protocol.map.", key: "inter.broker.listener.name")
            }
            return (normalised, securityProtocol)
        }
        guard let parsed = SecurityProtocol.forName(securityProtocol) else {
            throw ConfigError(
                "Invalid security protocol `\(securityProtocol)` defined in security.inter.broker.protocol",
                key: "security.inter.broker.protocol")
        }
        return (parsed.rawValue, parsed)
    }

    // MARK: Generic access

    /// The parsed value of a broker configuration, nil when unset without a default or unknown.
    package func value(_ name: String) -> ConfigValue? { values[name] ?? nil }

    private func int(_ name: String) -> Int32 {
        if case .int(let v)? = value(name) { return v }
        return 0
    }
    private func short(_ name: String) -> Int16 {
        if case .short(let v)? = value(name) { return v }
        return 0
    }
    private func long(_ name: String) -> Int64 { value(name)?.integerValue ?? 0 }
    private func bool(_ name: String) -> Bool { value(name)?.boolValue ?? false }
    private func double(_ name: String) -> Double {
        if case .double(let v)? = value(name) { return v }
        return 0
    }
    private func string(_ name: String) -> String? { value(name)?.stringValue }
    private func list(_ name: String) -> [String] { value(name)?.listValue ?? [] }

    // MARK: Node and KRaft

    package var nodeId: Int32 { int("node.id") }
    package var brokerId: Int32 { int("broker.id") }
    package var brokerRack: String? { string("broker.rack") }
    package var isBroker: Bool { processRoles.contains(.broker) }
    package var isController: Bool { processRoles.contains(.controller) }
    package var isKRaftCombinedMode: Bool { processRoles == [.broker, .controller] }
    /// The listeners that are controller listeners, as bound (`listeners` ∩ `controller.listener.names`).
    package var controllerListeners: [ListenerEndpoint] {
        listeners.filter { controllerListenerNames.contains($0.listenerName) }
    }
    /// The listeners that serve clients and other brokers (`listeners` minus the controller ones).
    package var dataPlaneListeners: [ListenerEndpoint] {
        listeners.filter { !controllerListenerNames.contains($0.listenerName) }
    }
    /// `metadata.log.dir`, or the first log dir.
    package var metadataLogDir: String { string("metadata.log.dir") ?? logDirs.first ?? "/tmp/kafka-logs" }
    package var brokerHeartbeatIntervalMs: Int32 { int("broker.heartbeat.interval.ms") }
    package var brokerSessionTimeoutMs: Int32 { int("broker.session.timeout.ms") }
    package var initialBrokerRegistrationTimeoutMs: Int32 { int("initial.broker.registration.timeout.ms") }
    package var controlledShutdownEnable: Bool { bool("controlled.shutdown.enable") }
    package var controllerQuorumElectionTimeoutMs: Int32 { int("controller.quorum.election.timeout.ms") }
    package var controllerQuorumFetchTimeoutMs: Int32 { int("controller.quorum.fetch.timeout.ms") }
    package var controllerQuorumElectionBackoffMaxMs: Int32 { int("controller.quorum.election.backoff.max.ms") }
    package var controllerQuorumAppendLingerMs: Int32 { int("controller.quorum.append.linger.ms") }
    package var controllerQuorumRequestTimeoutMs: Int32 { int("controller.quorum.request.timeout.ms") }
    package var controllerQuorumRetryBackoffMs: Int32 { int("controller.quorum.retry.backoff.ms") }
    package var metadataLogSegmentBytes: Int32 { int("metadata.log.segment.bytes") }
    package var metadataLogSegmentMs: Int64 { long("metadata.log.segment.ms") }
    package var metadataMaxRetentionBytes: Int64 { long("metadata.max.retention.bytes") }
    package var metadataMaxRetentionMs: Int64 { long("metadata.max.retention.ms") }
    package var metadataLogMaxRecordBytesBetweenSnapshots: Int64 {
        long("metadata.log.max.record.bytes.between.snapshots")
    }
    package var metadataLogMaxSnapshotIntervalMs: Int64 { long("metadata.log.max.snapshot.interval.ms") }
    package var metadataMaxIdleIntervalMs: Int32 { int("metadata.max.idle.interval.ms") }

    // MARK: Topics and logs

    package var numPartitions: Int32 { int("num.partitions") }
    package var defaultReplicationFactor: Int32 { int("default.replication.factor") }
    package var minInsyncReplicas: Int32 { int("min.insync.replicas") }
    package var autoCreateTopicsEnable: Bool { bool("auto.create.topics.enable") }
    package var deleteTopicEnable: Bool { bool("delete.topic.enable") }
    package var uncleanLeaderElectionEnable: Bool { bool("unclean.leader.election.enable") }
    package var messageMaxBytes: Int32 { int("message.max.bytes") }
    package var compressionType: BrokerCompressionType {
        BrokerCompressionType(rawValue: string("compression.type") ?? "") ?? .producer
    }
    package var compressionGzipLevel: Int32 { int("compression.gzip.level") }
    package var compressionLz4Level: Int32 { int("compression.lz4.level") }
    package var compressionZstdLevel: Int32 { int("compression.zstd.level") }

    /// Retention after Kafka's precedence: `log.retention.ms`, else `.minutes`, else `.hours`;
    /// any negative value means unlimited (-1).
    package var logRetentionMs: Int64 { defaultLogConfig.retentionMs }
    package var logRetentionBytes: Int64 { long("log.retention.bytes") }
    /// `log.roll.ms`, else `log.roll.hours` in milliseconds.
    package var logRollMs: Int64 { defaultLogConfig.segmentMs }
    /// `log.roll.jitter.ms`, else `log.roll.jitter.hours` in milliseconds.
    package var logRollJitterMs: Int64 { defaultLogConfig.segmentJitterMs }
    package var logSegmentBytes: Int32 { int("log.segment.bytes") }
    package var logIndexSizeMaxBytes: Int32 { int("log.index.size.max.bytes") }
    package var logIndexIntervalBytes: Int32 { int("log.index.interval.bytes") }
    package var logFlushIntervalMessages: Int64 { long("log.flush.interval.messages") }
    /// `log.flush.interval.ms`, else `log.flush.scheduler.interval.ms`.
    package var logFlushIntervalMs: Int64 { defaultLogConfig.flushMs }
    package var logFlushSchedulerIntervalMs: Int64 { long("log.flush.scheduler.interval.ms") }
    package var logFlushOffsetCheckpointIntervalMs: Int64 { long("log.flush.offset.checkpoint.interval.ms") }
    package var logFlushStartOffsetCheckpointIntervalMs: Int64 {
        long("log.flush.start.offset.checkpoint.interval.ms")
    }
    package var logRetentionCheckIntervalMs: Int64 { long("log.retention.check.interval.ms") }
    package var logSegmentDeleteDelayMs: Int64 { long("log.segment.delete.delay.ms") }
    package var logCleanupPolicy: Set<CleanupPolicy> { defaultLogConfig.cleanupPolicy }
    package var logPreallocate: Bool { bool("log.preallocate") }
    package var logMessageTimestampType: MessageTimestampType { defaultLogConfig.messageTimestampType }
    package var logMessageTimestampBeforeMaxMs: Int64 { long("log.message.timestamp.before.max.ms") }
    package var logMessageTimestampAfterMaxMs: Int64 { long("log.message.timestamp.after.max.ms") }
    package var logDirFailureTimeoutMs: Int64 { long("log.dir.failure.timeout.ms") }
    package var logInitialTaskDelayMs: Int64 { long("log.initial.task.delay.ms") }
    package var numRecoveryThreadsPerDataDir: Int32 { int("num.recovery.threads.per.data.dir") }
    package var logCleanerEnable: Bool { bool("log.cleaner.enable") }
    package var logCleanerThreads: Int32 { int("log.cleaner.threads") }
    package var logCleanerDedupeBufferSize: Int64 { long("log.cleaner.dedupe.buffer.size") }
    package var logCleanerIoBufferSize: Int32 { int("log.cleaner.io.buffer.size") }
    package var logCleanerIoBufferLoadFactor: Double { double("log.cleaner.io.buffer.load.factor") }
    package var logCleanerIoMaxBytesPerSecond: Double { double("log.cleaner.io.max.bytes.per.second") }
    package var logCleanerBackoffMs: Int64 { long("log.cleaner.backoff.ms") }
    package var logCleanerMinCleanableRatio: Double { double("log.cleaner.min.cleanable.ratio") }
    package var logCleanerDeleteRetentionMs: Int64 { long("log.cleaner.delete.retention.ms") }
    package var logCleanerMinCompactionLagMs: Int64 { long("log.cleaner.min.compaction.lag.ms") }
    package var logCleanerMaxCompactionLagMs: Int64 { long("log.cleaner.max.compaction.lag.ms") }

    // MARK: Network

    package var socketSendBufferBytes: Int32 { int("socket.send.buffer.bytes") }
    package var socketReceiveBufferBytes: Int32 { int("socket.receive.buffer.bytes") }
    package var socketRequestMaxBytes: Int32 { int("socket.request.max.bytes") }
    package var socketListenBacklogSize: Int32 { int("socket.listen.backlog.size") }
    package var numNetworkThreads: Int32 { int("num.network.threads") }
    package var numIoThreads: Int32 { int("num.io.threads") }
    package var backgroundThreads: Int32 { int("background.threads") }
    package var queuedMaxRequests: Int32 { int("queued.max.requests") }
    package var queuedMaxRequestBytes: Int64 { long("queued.max.request.bytes") }
    package var connectionsMaxIdleMs: Int64 { long("connections.max.idle.ms") }
    package var maxConnections: Int32 { int("max.connections") }
    package var maxConnectionsPerIp: Int32 { int("max.connections.per.ip") }
    /// `max.connections.per.ip.overrides` as host → limit (validated at start-up).
    package var maxConnectionsPerIpOverrides: [String: Int32] {
        let pairs =
            (try? BrokerConfig.parseCsvMap(
                string("max.connections.per.ip.overrides") ?? "", propertyName: "max.connections.per.ip.overrides"))
            ?? []
        var result: [String: Int32] = [:]
        for (host, limit) in pairs { result[host] = Int32(limit) ?? 0 }
        return result
    }
    package var maxConnectionCreationRate: Int32 { int("max.connection.creation.rate") }
    package var connectionFailedAuthenticationDelayMs: Int32 { int("connection.failed.authentication.delay.ms") }
    package var requestTimeoutMs: Int32 { int("request.timeout.ms") }
    package var fetchMaxBytes: Int32 { int("fetch.max.bytes") }
    package var maxIncrementalFetchSessionCacheSlots: Int32 { int("max.incremental.fetch.session.cache.slots") }
    package var maxRequestPartitionSizeLimit: Int32 { int("max.request.partition.size.limit") }

    // MARK: Replication

    package var replicaLagTimeMaxMs: Int64 { long("replica.lag.time.max.ms") }
    package var replicaSocketTimeoutMs: Int32 { int("replica.socket.timeout.ms") }
    package var replicaSocketReceiveBufferBytes: Int32 { int("replica.socket.receive.buffer.bytes") }
    package var replicaFetchMaxBytes: Int32 { int("replica.fetch.max.bytes") }
    package var replicaFetchWaitMaxMs: Int32 { int("replica.fetch.wait.max.ms") }
    package var replicaFetchMinBytes: Int32 { int("replica.fetch.min.bytes") }
    package var replicaFetchBackoffMs: Int32 { int("replica.fetch.backoff.ms") }
    package var replicaFetchResponseMaxBytes: Int32 { int("replica.fetch.response.max.bytes") }
    package var numReplicaFetchers: Int32 { int("num.replica.fetchers") }
    package var replicaHighWatermarkCheckpointIntervalMs: Int64 {
        long("replica.high.watermark.checkpoint.interval.ms")
    }
    package var autoLeaderRebalanceEnable: Bool { bool("auto.leader.rebalance.enable") }
    package var leaderImbalancePerBrokerPercentage: Int32 { int("leader.imbalance.per.broker.percentage") }
    package var leaderImbalanceCheckIntervalSeconds: Int64 { long("leader.imbalance.check.interval.seconds") }
    package var uncleanLeaderElectionIntervalMs: Int64 { long("unclean.leader.election.interval.ms") }
    package var leaderReplicationThrottledRate: Int64 { long("leader.replication.throttled.rate") }
    package var followerReplicationThrottledRate: Int64 { long("follower.replication.throttled.rate") }

    // MARK: Groups and transactions

    package var groupCoordinatorRebalanceProtocols: [String] { list("group.coordinator.rebalance.protocols") }
    package var groupInitialRebalanceDelayMs: Int32 { int("group.initial.rebalance.delay.ms") }
    package var groupMinSessionTimeoutMs: Int32 { int("group.min.session.timeout.ms") }
    package var groupMaxSessionTimeoutMs: Int32 { int("group.max.session.timeout.ms") }
    package var groupMaxSize: Int32 { int("group.max.size") }
    package var offsetsTopicReplicationFactor: Int16 { short("offsets.topic.replication.factor") }
    package var offsetsTopicNumPartitions: Int32 { int("offsets.topic.num.partitions") }
    package var offsetsTopicSegmentBytes: Int32 { int("offsets.topic.segment.bytes") }
    package var offsetsTopicCompressionCodec: Int32 { int("offsets.topic.compression.codec") }
    package var offsetsRetentionMinutes: Int32 { int("offsets.retention.minutes") }
    package var offsetsRetentionMs: Int64 { Int64(offsetsRetentionMinutes) * 60_000 }
    package var offsetsRetentionCheckIntervalMs: Int64 { long("offsets.retention.check.interval.ms") }
    package var offsetsCommitTimeoutMs: Int32 { int("offsets.commit.timeout.ms") }
    package var offsetsLoadBufferSize: Int32 { int("offsets.load.buffer.size") }
    package var offsetMetadataMaxBytes: Int32 { int("offset.metadata.max.bytes") }
    package var transactionStateLogReplicationFactor: Int16 { short("transaction.state.log.replication.factor") }
    package var transactionStateLogNumPartitions: Int32 { int("transaction.state.log.num.partitions") }
    package var transactionStateLogMinIsr: Int32 { int("transaction.state.log.min.isr") }
    package var transactionStateLogSegmentBytes: Int32 { int("transaction.state.log.segment.bytes") }
    package var transactionStateLogLoadBufferSize: Int32 { int("transaction.state.log.load.buffer.size") }
    package var transactionalIdExpirationMs: Int32 { int("transactional.id.expiration.ms") }
    package var transactionMaxTimeoutMs: Int32 { int("transaction.max.timeout.ms") }
    package var transactionAbortTimedOutTransactionCleanupIntervalMs: Int32 {
        int("transaction.abort.timed.out.transaction.cleanup.interval.ms")
    }
    package var transactionRemoveExpiredTransactionCleanupIntervalMs: Int32 {
        int("transaction.remove.expired.transaction.cleanup.interval.ms")
    }
    package var transactionPartitionVerificationEnable: Bool { bool("transaction.partition.verification.enable") }
    package var producerIdExpirationMs: Int32 { int("producer.id.expiration.ms") }
    package var producerIdExpirationCheckIntervalMs: Int32 { int("producer.id.expiration.check.interval.ms") }
}
