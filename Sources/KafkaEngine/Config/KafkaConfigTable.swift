// The broker and topic configuration definitions: Kafka's names, types, defaults, validators,
// importance and a one-line description each, grouped as Kafka groups them
// (ServerConfigs, KRaftConfigs, MetadataLogConfig, SocketServerConfigs, ReplicationConfigs,
// GroupCoordinatorConfig, CleanerConfig, ServerLogConfigs, TransactionLogConfig,
// TransactionStateManagerConfig, QuorumConfig, MetricConfigs, QuotaConfig, BrokerSecurityConfigs,
// RemoteLogManagerConfig; TopicConfig for topics). Definition order is parse order, so the first
// error reported for a bad file is the one Kafka would report.

private let intMax = Int32.max
private let longMax = Int64.max

private func boolean(
    _ name: String, _ value: Bool, _ importance: ConfigImportance, _ doc: String,
    mode: ConfigUpdateMode = .readOnly, internal isInternal: Bool = false
) -> ConfigKey {
    ConfigKey(name, .boolean, .value(.boolean(value)), nil, importance, doc, isInternal: isInternal, updateMode: mode)
}

private func int(
    _ name: String, _ value: Int32?, _ validator: ConfigValidator? = nil, _ importance: ConfigImportance,
    _ doc: String, mode: ConfigUpdateMode = .readOnly, internal isInternal: Bool = false
) -> ConfigKey {
    ConfigKey(
        name, .int, value.map { .value(.int($0)) } ?? .null, validator, importance, doc, isInternal: isInternal,
        updateMode: mode)
}

private func short(
    _ name: String, _ value: Int16, _ validator: ConfigValidator? = nil, _ importance: ConfigImportance,
    _ doc: String
) -> ConfigKey {
    ConfigKey(name, .short, .value(.short(value)), validator, importance, doc)
}

private func long(
    _ name: String, _ value: Int64?, _ validator: ConfigValidator? = nil, _ importance: ConfigImportance,
    _ doc: String, mode: ConfigUpdateMode = .readOnly, internal isInternal: Bool = false
) -> ConfigKey {
    ConfigKey(
        name, .long, value.map { .value(.long($0)) } ?? .null, validator, importance, doc, isInternal: isInternal,
        updateMode: mode)
}

private func double(
    _ name: String, _ value: Double, _ validator: ConfigValidator? = nil, _ importance: ConfigImportance,
    _ doc: String, mode: ConfigUpdateMode = .readOnly
) -> ConfigKey {
    ConfigKey(name, .double, .value(.double(value)), validator, importance, doc, updateMode: mode)
}

private func string(
    _ name: String, _ value: String?, _ validator: ConfigValidator? = nil, _ importance: ConfigImportance,
    _ doc: String, mode: ConfigUpdateMode = .readOnly
) -> ConfigKey {
    ConfigKey(name, .string, value.map { .value(.string($0)) } ?? .null, validator, importance, doc, updateMode: mode)
}

private func list(
    _ name: String, _ value: [String]?, _ validator: ConfigValidator? = nil, _ importance: ConfigImportance,
    _ doc: String, mode: ConfigUpdateMode = .readOnly
) -> ConfigKey {
    ConfigKey(name, .list, value.map { .value(.list($0)) } ?? .null, validator, importance, doc, updateMode: mode)
}

private func password(_ name: String, _ importance: ConfigImportance, _ doc: String, mode: ConfigUpdateMode)
    -> ConfigKey
{
    ConfigKey(name, .password, .null, nil, importance, doc, updateMode: mode)
}

private func className(_ name: String, _ value: String?, _ importance: ConfigImportance, _ doc: String) -> ConfigKey {
    ConfigKey(name, .class, value.map { .value(.class($0)) } ?? .null, nil, importance, doc)
}

/// `BrokerCompressionType.names()`, in Kafka's order.
private let brokerCompressionNames = ["uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"]
private let securityProtocolNames = ["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
private let timestampTypes = ["CreateTime", "LogAppendTime"]
private func throttledReplicasDoc(_ side: String) -> String {
    "A list of replicas for which log replication should be throttled on the \(side) side. The list should describe a "
        + "set of replicas in the form [PartitionId]:[BrokerId],[PartitionId]:[BrokerId]:... or alternatively the "
        + "wildcard '*' can be used to throttle all replicas for this topic."
}

extension ConfigDef {
    /// Every broker configuration swkafka knows, as Kafka defines it.
    package static let broker = ConfigDef(brokerKeys)

    /// Every topic configuration (Kafka's `LogConfig`), as Kafka defines it.
    package static let topic = ConfigDef(topicKeys)
}

private let brokerKeys: [ConfigKey] = [
    // RemoteLogManagerConfig (the parts that give topic defaults; tiered storage is not supported).
    boolean(
        "remote.log.storage.system.enable", false, .medium,
        "Whether to enable tiered storage functionality in a broker or not."),
    long(
        "log.local.retention.ms", -2, .atLeast(-2), .medium,
        "The number of milliseconds to keep the local log segments before it gets eligible for deletion. "
            + "Default value is -2, it represents `log.retention.ms` value is to be used.",
        mode: .clusterWide),
    long(
        "log.local.retention.bytes", -2, .atLeast(-2), .medium,
        "The maximum size of local log segments that can grow for a partition before it gets eligible for deletion. "
            + "Default value is -2, it represents `log.retention.bytes` value to be used.",
        mode: .clusterWide),

    // ServerConfigs
    int(
        "broker.id", -1, nil, .high,
        "The broker id for this server. Deprecated synonym of node.id; if both are set they must be equal."),
    int(
        "message.max.bytes", 1024 * 1024 + 12, .atLeast(0), .high,
        "The largest record batch size allowed by Kafka (after compression if compression is enabled).",
        mode: .clusterWide),
    int(
        "num.io.threads", 8, .atLeast(1), .high,
        "The number of threads that the server uses for processing requests, which may include disk I/O",
        mode: .clusterWide),
    int(
        "num.replica.alter.log.dirs.threads", nil, nil, .high,
        "The number of threads that can move replicas between log directories, which may include disk I/O"),
    int(
        "background.threads", 10, .atLeast(1), .high,
        "The number of threads to use for various background processing tasks", mode: .clusterWide),
    int(
        "request.timeout.ms", 30000, nil, .high,
        "The maximum amount of time the client will wait for the response of a request."),
    long(
        "socket.connection.setup.timeout.ms", 10 * 1000, nil, .medium,
        "The amount of time the client will wait for the socket connection to be established."),
    long(
        "socket.connection.setup.timeout.max.ms", 30 * 1000, nil, .medium,
        "The maximum amount of time the client will wait for the socket connection to be established."),
    string(
        "authorizer.class.name", "", .nonNull, .low,
        "The fully qualified name of a class that implements org.apache.kafka.server.authorizer.Authorizer "
            + "interface, which is used by the broker for authorization."),
    string(
        "early.start.listeners", nil, nil, .high,
        "A comma-separated list of listener names which may be started before the authorizer has finished "
            + "initialization."),
    string(
        "broker.rack", nil, nil, .medium,
        "Rack of the broker. This will be used in rack aware replication assignment for fault tolerance."),
    boolean("controlled.shutdown.enable", true, .medium, "Enable controlled shutdown of the server."),
    boolean(
        "delete.topic.enable", true, .high,
        "Enables delete topic. Delete topic through the admin tool will have no effect if this config is turned off"),
    string(
        "compression.type", "producer", .oneOf(brokerCompressionNames), .high,
        "Specify the final compression type for a given topic. This configuration accepts the standard compression "
            + "codecs ('gzip', 'snappy', 'lz4', 'zstd'). It additionally accepts 'uncompressed' which is equivalent "
            + "to no compression; and 'producer' which means retain the original compression codec set by the "
            + "producer.",
        mode: .clusterWide),
    int(
        "compression.gzip.level", -1, .gzipLevel, .medium,
        "The compression level to use if compression.type is set to 'gzip'.", mode: .clusterWide),
    int(
        "compression.lz4.level", 9, .between(1, 17), .medium,
        "The compression level to use if compression.type is set to 'lz4'.", mode: .clusterWide),
    int(
        "compression.zstd.level", 3, .between(-131072, 22), .medium,
        "The compression level to use if compression.type is set to 'zstd'.", mode: .clusterWide),
    int(
        "max.incremental.fetch.session.cache.slots", 1000, .atLeast(0), .medium,
        "The maximum number of total incremental fetch sessions that we will maintain."),
    int(
        "fetch.max.bytes", 55 * 1024 * 1024, .atLeast(1024), .medium,
        "The maximum number of bytes we will return for a fetch request. Must be at least 1024."),
    int(
        "max.request.partition.size.limit", 2000, .atLeast(1), .medium,
        "The maximum number of partitions can be served in one request."),
    boolean(
        "unstable.api.versions.enable", false, .high,
        "Whether unreleased APIs are advertised by this node.", internal: true),

    // KRaftConfigs
    ConfigKey(
        "process.roles", .list, .required,
        .list(allowed: ["broker", "controller"], emptyAllowed: false, nullAllowed: false),
        .high, "The roles that this process plays: 'broker', 'controller', or 'broker,controller' if it is both."),
    ConfigKey(
        "node.id", .int, .required, .atLeast(0), .high,
        "The node ID associated with the roles this process is playing when process.roles is non-empty. This is "
            + "required configuration when running in KRaft mode."),
    int(
        "initial.broker.registration.timeout.ms", 60000, nil, .medium,
        "When initially registering with the controller quorum, the number of milliseconds to wait before declaring "
            + "failure and exiting the broker process."),
    int(
        "broker.heartbeat.interval.ms", 2000, nil, .medium,
        "The length of time in milliseconds between broker heartbeats."),
    int(
        "broker.session.timeout.ms", 9000, nil, .medium,
        "The length of time in milliseconds that a broker lease lasts if no heartbeats are made."),
    ConfigKey(
        "controller.listener.names", .list, .required, .anyNonDuplicateValues(emptyAllowed: false, nullAllowed: false),
        .high,
        "A comma-separated list of the names of the listeners used by the controller. When communicating with the "
            + "controller quorum, the broker will always use the first listener in this list."),
    string(
        "sasl.mechanism.controller.protocol", "GSSAPI", nil, .high,
        "SASL mechanism used for communication with controllers. Default is GSSAPI."),
    long(
        "server.max.startup.time.ms", longMax, .atLeast(0), .medium,
        "The maximum number of milliseconds we will wait for the server to come up. By default there is no limit.",
        internal: true),

    // MetadataLogConfig
    long(
        "metadata.log.max.record.bytes.between.snapshots", 20 * 1024 * 1024, .atLeast(1), .high,
        "This is the maximum number of bytes in the log between the latest snapshot and the high-watermark needed "
            + "before generating a new snapshot."),
    long(
        "metadata.log.max.snapshot.interval.ms", 60 * 60 * 1000, .atLeast(0), .high,
        "This is the maximum number of milliseconds to wait to generate a snapshot if there are committed records in "
            + "the log that are not included in the latest snapshot. A value of zero disables time based snapshots."),
    string(
        "metadata.log.dir", nil, nil, .high,
        "This configuration determines where we put the metadata log. If it is not set, the metadata log is placed "
            + "in the first log directory from log.dirs."),
    int(
        "metadata.log.segment.bytes", 1024 * 1024 * 1024, .atLeast(12), .high,
        "The maximum size of a single metadata log file."),
    long(
        "metadata.log.segment.ms", 7 * 24 * 60 * 60 * 1000, nil, .high,
        "The maximum time before a new metadata log file is rolled out (in milliseconds)."),
    long(
        "metadata.max.retention.bytes", 100 * 1024 * 1024, nil, .high,
        "The maximum combined size of the metadata log and snapshots before deleting old snapshots and log files."),
    long(
        "metadata.max.retention.ms", 7 * 24 * 60 * 60 * 1000, nil, .high,
        "The number of milliseconds to keep a metadata log file or snapshot before deleting it."),
    int(
        "metadata.max.idle.interval.ms", 500, .atLeast(0), .low,
        "This configuration controls how often the active controller should write no-op records to the metadata "
            + "partition. If the value is 0, no-op records are not appended to the metadata partition."),

    // SocketServerConfigs
    list(
        "listeners", ["PLAINTEXT://:9092"], .anyNonDuplicateValues(emptyAllowed: false, nullAllowed: false), .high,
        "Listener List - Comma-separated list of URIs we will listen on and the listener names. If the listener name "
            + "is not a security protocol, listener.security.protocol.map must also be set.",
        mode: .perBroker),
    list(
        "advertised.listeners", nil, .anyNonDuplicateValues(emptyAllowed: false, nullAllowed: true), .high,
        "Specifies the listener addresses that the Kafka brokers will advertise to clients and other brokers. If "
            + "this is not set, the value for listeners will be used.",
        mode: .perBroker),
    string(
        "listener.security.protocol.map",
        "SASL_SSL:SASL_SSL,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT", nil, .low,
        "Map between listener names and security protocols, for example INTERNAL:SSL,EXTERNAL:SSL.",
        mode: .perBroker),
    int(
        "socket.send.buffer.bytes", 100 * 1024, nil, .high,
        "The SO_SNDBUF buffer of the socket server sockets. If the value is -1, the OS default will be used."),
    int(
        "socket.receive.buffer.bytes", 100 * 1024, nil, .high,
        "The SO_RCVBUF buffer of the socket server sockets. If the value is -1, the OS default will be used."),
    int(
        "socket.request.max.bytes", 100 * 1024 * 1024, .atLeast(1), .high,
        "The maximum number of bytes in a socket request"),
    int(
        "socket.listen.backlog.size", 50, .atLeast(1), .medium,
        "The maximum number of pending connections on the socket."),
    int(
        "max.connections.per.ip", intMax, .atLeast(0), .medium,
        "The maximum number of connections we allow from each ip address. This can be set to 0 if there are "
            + "overrides configured using max.connections.per.ip.overrides property.",
        mode: .clusterWide),
    string(
        "max.connections.per.ip.overrides", "", nil, .medium,
        "A comma-separated list of per-ip or hostname overrides to the default maximum number of connections. An "
            + "example value is \"hostName:100,127.0.0.1:200\"",
        mode: .clusterWide),
    int(
        "max.connections", intMax, .atLeast(0), .medium,
        "The maximum number of connections we allow in the broker at any time.", mode: .clusterWide),
    int(
        "max.connection.creation.rate", intMax, .atLeast(0), .medium,
        "The maximum connection creation rate we allow in the broker at any time.", mode: .clusterWide),
    long(
        "connections.max.idle.ms", 10 * 60 * 1000, nil, .medium,
        "Idle connections timeout: the server socket processor threads close the connections that idle more than "
            + "this"),
    int(
        "connection.failed.authentication.delay.ms", 100, .atLeast(0), .low,
        "Connection close delay on failed authentication: this is the time (in milliseconds) by which connection "
            + "close will be delayed on authentication failure."),
    int(
        "queued.max.requests", 500, .atLeast(1), .high,
        "The number of queued requests allowed for data-plane, before blocking the network threads"),
    long(
        "queued.max.request.bytes", -1, nil, .medium,
        "The number of queued bytes allowed before no more requests are read"),
    int(
        "num.network.threads", 3, .atLeast(1), .high,
        "The number of threads that the server uses for receiving requests from the network and sending responses "
            + "to the network.",
        mode: .clusterWide),

    // ReplicationConfigs
    int(
        "controller.socket.timeout.ms", 30000, nil, .medium,
        "The socket timeout for controller-to-broker channels."),
    int(
        "default.replication.factor", 1, nil, .medium,
        "The default replication factors for automatically created topics."),
    long(
        "replica.lag.time.max.ms", 30000, nil, .high,
        "If a follower hasn't sent any fetch requests or hasn't consumed up to the leaders log end offset for at "
            + "least this time, the leader will remove the follower from isr"),
    int(
        "replica.socket.timeout.ms", 30 * 1000, nil, .high,
        "The socket timeout for network requests. Its value should be at least replica.fetch.wait.max.ms"),
    int(
        "replica.socket.receive.buffer.bytes", 64 * 1024, nil, .high,
        "The socket receive buffer for network requests to the leader for replicating data"),
    int(
        "replica.fetch.max.bytes", 1024 * 1024, .atLeast(0), .medium,
        "The number of bytes of messages to attempt to fetch for each partition."),
    int(
        "replica.fetch.wait.max.ms", 500, nil, .high,
        "The maximum wait time for each fetcher request issued by follower replicas. This value should always be "
            + "less than the replica.lag.time.max.ms at all times to prevent frequent shrinking of ISR for low "
            + "throughput topics"),
    int(
        "replica.fetch.backoff.ms", 1000, .atLeast(0), .medium,
        "The amount of time to sleep when fetch partition error occurs."),
    int(
        "replica.fetch.min.bytes", 1, nil, .high,
        "Minimum bytes expected for each fetch response. If not enough bytes, wait up to replica.fetch.wait.max.ms "
            + "(broker config)."),
    int(
        "replica.fetch.response.max.bytes", 10 * 1024 * 1024, .atLeast(0), .medium,
        "Maximum bytes expected for the entire fetch response."),
    int(
        "num.replica.fetchers", 1, nil, .high,
        "Number of fetcher threads used to replicate records from each source broker.", mode: .clusterWide),
    long(
        "replica.high.watermark.checkpoint.interval.ms", 5000, nil, .high,
        "The frequency with which the high watermark is saved out to disk"),
    int(
        "fetch.purgatory.purge.interval.requests", 1000, nil, .medium,
        "The purge interval (in number of requests) of the fetch request purgatory"),
    int(
        "producer.purgatory.purge.interval.requests", 1000, nil, .medium,
        "The purge interval (in number of requests) of the producer request purgatory"),
    int(
        "delete.records.purgatory.purge.interval.requests", 1, nil, .medium,
        "The purge interval (in number of requests) of the delete records request purgatory"),
    boolean(
        "auto.leader.rebalance.enable", true, .high,
        "Enables auto leader balancing. A background thread checks the distribution of partition leaders at regular "
            + "intervals, configurable by leader.imbalance.check.interval.seconds."),
    int(
        "leader.imbalance.per.broker.percentage", 10, nil, .high,
        "The ratio of leader imbalance allowed per broker. The controller would trigger a leader balance if it goes "
            + "above this value per broker. The value is specified in percentage."),
    long(
        "leader.imbalance.check.interval.seconds", 300, .atLeast(1), .high,
        "The frequency with which the partition rebalance check is triggered by the controller"),
    long(
        "unclean.leader.election.interval.ms", 300000, .atLeast(1), .medium,
        "The frequency with which the controller checks if it should perform an unclean leader election for leaderless "
            + "partitions.",
        internal: true),
    boolean(
        "unclean.leader.election.enable", false, .high,
        "Indicates whether to enable replicas not in the ISR set to be elected as leader as a last resort, even "
            + "though doing so may result in data loss",
        mode: .clusterWide),
    string(
        "security.inter.broker.protocol", "PLAINTEXT", .oneOf(securityProtocolNames), .medium,
        "Security protocol used to communicate between brokers. It is an error to set this and "
            + "inter.broker.listener.name properties at the same time."),
    string(
        "inter.broker.listener.name", nil, nil, .medium,
        "Name of listener used for communication between brokers. If this is unset, the listener name is defined by "
            + "security.inter.broker.protocol."),
    string(
        "replica.selector.class", nil, nil, .medium,
        "The fully qualified class name that implements ReplicaSelector. This is used by the broker to find the "
            + "preferred read replica."),

    // GroupCoordinatorConfig
    list(
        "group.coordinator.rebalance.protocols", ["classic", "consumer"],
        .list(allowed: ["classic", "consumer", "share", "streams"], emptyAllowed: false, nullAllowed: false), .medium,
        "The list of enabled rebalance protocols."),
    int("group.coordinator.threads", 4, .atLeast(1), .high, "The number of threads used by the group coordinator."),
    int(
        "group.coordinator.append.linger.ms", 5, .atLeast(0), .medium,
        "The duration in milliseconds that the coordinator will wait for writes to accumulate before flushing them "
            + "to disk."),
    int(
        "offsets.commit.timeout.ms", 5000, .atLeast(1), .high,
        "Offset commit will be delayed until all replicas for the offsets topic receive the commit or this timeout "
            + "is reached."),
    int(
        "offsets.load.buffer.size", 5 * 1024 * 1024, .atLeast(1), .high,
        "Batch size for reading from the offsets segments when loading group metadata into the cache (soft-limit, "
            + "overridden if records are too large)."),
    short(
        "offsets.topic.replication.factor", 3, .atLeast(1), .high,
        "The replication factor for the offsets topic (set higher to ensure availability). Internal topic creation "
            + "will fail until the cluster size meets this replication factor requirement."),
    int(
        "offsets.topic.num.partitions", 50, .atLeast(1), .high,
        "The number of partitions for the offset commit topic (should not change after deployment)."),
    int(
        "offsets.topic.segment.bytes", 100 * 1024 * 1024, .atLeast(1), .high,
        "The offsets topic segment bytes should be kept relatively small in order to facilitate faster log "
            + "compaction and cache loads."),
    int(
        "offsets.topic.compression.codec", 0, nil, .high,
        "Compression codec for the offsets topic - compression may be used to achieve \"atomic\" commits."),
    int(
        "offset.metadata.max.bytes", 4096, nil, .high,
        "The maximum size for a metadata entry associated with an offset commit."),
    int(
        "offsets.retention.minutes", 7 * 24 * 60, .atLeast(1), .high,
        "For subscribed consumers, committed offset of a specific partition will be expired and discarded after "
            + "this retention period once the group is empty or no longer subscribed to the topic."),
    long(
        "offsets.retention.check.interval.ms", 600000, .atLeast(1), .high,
        "Frequency at which to check for stale offsets"),
    int(
        "group.min.session.timeout.ms", 6000, nil, .medium,
        "The minimum allowed session timeout for registered consumers."),
    int(
        "group.max.session.timeout.ms", 1_800_000, nil, .medium,
        "The maximum allowed session timeout for registered consumers."),
    int(
        "group.initial.rebalance.delay.ms", 3000, nil, .medium,
        "The amount of time the group coordinator will wait for more consumers to join a new group before performing "
            + "the first rebalance."),
    int(
        "group.max.size", intMax, .atLeast(1), .medium,
        "The maximum number of consumers that a single consumer group can accommodate."),
    int(
        "group.consumer.session.timeout.ms", 45000, .atLeast(1), .medium,
        "The timeout to detect client failures when using the consumer group protocol."),
    int(
        "group.consumer.min.session.timeout.ms", 45000, .atLeast(1), .medium,
        "The minimum allowed session timeout for registered consumers."),
    int(
        "group.consumer.max.session.timeout.ms", 60000, .atLeast(1), .medium,
        "The maximum allowed session timeout for registered consumers."),
    int(
        "group.consumer.heartbeat.interval.ms", 5000, .atLeast(1), .medium,
        "The heartbeat interval given to the members of a consumer group."),
    int(
        "group.consumer.min.heartbeat.interval.ms", 5000, .atLeast(1), .medium,
        "The minimum heartbeat interval for registered consumers."),
    int(
        "group.consumer.max.heartbeat.interval.ms", 15000, .atLeast(1), .medium,
        "The maximum heartbeat interval for registered consumers."),
    int(
        "group.consumer.max.size", intMax, .atLeast(1), .medium,
        "The maximum number of consumers that a single consumer group can accommodate."),
    list(
        "group.consumer.assignors", ["uniform", "range"],
        .anyNonDuplicateValues(emptyAllowed: false, nullAllowed: false), .medium,
        "The server side assignors as a list of either names for builtin assignors or full class names for customer "
            + "assignors. The first one in the list is considered as the default assignor."),
    string(
        "group.consumer.migration.policy", "bidirectional",
        .oneOfIgnoringCase(["disabled", "downgrade", "upgrade", "bidirectional"]), .medium,
        "The config that enables converting the non-empty classic group using the consumer embedded protocol to the "
            + "non-empty consumer group using the consumer group protocol and vice versa."),

    // CleanerConfig
    int(
        "log.cleaner.threads", 1, .atLeast(0), .medium, "The number of background threads to use for log cleaning",
        mode: .clusterWide),
    double(
        "log.cleaner.io.max.bytes.per.second", Double.greatestFiniteMagnitude, nil, .medium,
        "The log cleaner will be throttled so that the sum of its read and write i/o will be less than this value on "
            + "average",
        mode: .clusterWide),
    long(
        "log.cleaner.dedupe.buffer.size", 128 * 1024 * 1024, nil, .medium,
        "The total memory used for log deduplication across all cleaner threads", mode: .clusterWide),
    int(
        "log.cleaner.io.buffer.size", 512 * 1024, .atLeast(0), .medium,
        "The total memory used for log cleaner I/O buffers across all cleaner threads", mode: .clusterWide),
    double(
        "log.cleaner.io.buffer.load.factor", 0.9, nil, .medium,
        "Log cleaner dedupe buffer load factor. The percentage full the dedupe buffer can become.", mode: .clusterWide),
    long(
        "log.cleaner.backoff.ms", 15 * 1000, .atLeast(0), .medium,
        "The amount of time to sleep when there are no logs to clean", mode: .clusterWide),
    double(
        "log.cleaner.min.cleanable.ratio", 0.5, .between(0, 1), .medium,
        "The minimum ratio of dirty log to total log for a log to eligible for cleaning.", mode: .clusterWide),
    boolean(
        "log.cleaner.enable", true, .medium,
        "Enable the log cleaner process to run on the server. Should be enabled if using any topics with a "
            + "cleanup.policy=compact including the internal offsets topic."),
    long(
        "log.cleaner.delete.retention.ms", 24 * 60 * 60 * 1000, .atLeast(0), .medium,
        "The amount of time to retain tombstone message markers for log compacted topics.", mode: .clusterWide),
    long(
        "log.cleaner.min.compaction.lag.ms", 0, .atLeast(0), .medium,
        "The minimum time a message will remain uncompacted in the log. Only applicable for logs that are being "
            + "compacted.",
        mode: .clusterWide),
    long(
        "log.cleaner.max.compaction.lag.ms", longMax, .atLeast(1), .medium,
        "The maximum time a message will remain ineligible for compaction in the log. Only applicable for logs that "
            + "are being compacted.",
        mode: .clusterWide),

    // ServerLogConfigs (LogConfig.SERVER_CONFIG_DEF)
    int("num.partitions", 1, .atLeast(1), .medium, "The default number of log partitions per topic"),
    list(
        "log.dir", ["/tmp/kafka-logs"], .anyNonDuplicateValues(emptyAllowed: false, nullAllowed: false), .high,
        "The directory in which the log data is kept (supplemental for log.dirs property)"),
    list(
        "log.dirs", nil, .anyNonDuplicateValues(emptyAllowed: false, nullAllowed: true), .high,
        "A comma-separated list of the directories where the log data is stored. If not set, the value in log.dir is "
            + "used."),
    int(
        "log.segment.bytes", 1024 * 1024 * 1024, .atLeast(1024 * 1024), .high,
        "The maximum size of a single log file", mode: .clusterWide),
    long(
        "log.roll.ms", nil, nil, .high,
        "The maximum time before a new log segment is rolled out (in milliseconds). If not set, the value in "
            + "log.roll.hours is used",
        mode: .clusterWide),
    int(
        "log.roll.hours", 24 * 7, .atLeast(1), .high,
        "The maximum time before a new log segment is rolled out (in hours), secondary to log.roll.ms property"),
    long(
        "log.roll.jitter.ms", nil, nil, .high,
        "The maximum jitter to subtract from logRollTimeMillis (in milliseconds). If not set, the value in "
            + "log.roll.jitter.hours is used",
        mode: .clusterWide),
    int(
        "log.roll.jitter.hours", 0, .atLeast(0), .high,
        "The maximum jitter to subtract from logRollTimeMillis (in hours), secondary to log.roll.jitter.ms property"),
    long(
        "log.retention.ms", nil, nil, .high,
        "The number of milliseconds to keep a log file before deleting it (in milliseconds), If not set, the value "
            + "in log.retention.minutes is used. If set to -1, no time limit is applied.",
        mode: .clusterWide),
    int(
        "log.retention.minutes", nil, nil, .high,
        "The number of minutes to keep a log file before deleting it (in minutes), secondary to log.retention.ms "
            + "property. If not set, the value in log.retention.hours is used"),
    int(
        "log.retention.hours", 24 * 7, nil, .high,
        "The number of hours to keep a log file before deleting it (in hours), tertiary to log.retention.ms property"),
    long(
        "log.retention.bytes", -1, nil, .high, "The maximum size of the log before deleting it", mode: .clusterWide),
    long(
        "log.retention.check.interval.ms", 5 * 60 * 1000, .atLeast(1), .medium,
        "The frequency in milliseconds that the log cleaner checks whether any log is eligible for deletion"),
    list(
        "log.cleanup.policy", ["delete"],
        .list(allowed: ["compact", "delete"], emptyAllowed: true, nullAllowed: false),
        .medium,
        "The default cleanup policy for segments beyond the retention window. A comma separated list of valid "
            + "policies.",
        mode: .clusterWide),
    int(
        "log.index.size.max.bytes", 10 * 1024 * 1024, .atLeast(4), .medium,
        "The maximum size in bytes of the offset index", mode: .clusterWide),
    int(
        "log.index.interval.bytes", 4096, .atLeast(0), .medium,
        "The interval with which we add an entry to the offset index.", mode: .clusterWide),
    long(
        "log.flush.interval.messages", longMax, .atLeast(1), .high,
        "The number of messages accumulated on a log partition before messages are flushed to disk.",
        mode: .clusterWide),
    long(
        "log.segment.delete.delay.ms", 60000, .atLeast(0), .high,
        "The amount of time to wait before deleting a file from the filesystem.", mode: .clusterWide),
    long(
        "log.flush.scheduler.interval.ms", longMax, nil, .high,
        "The frequency in ms that the log flusher checks whether any log needs to be flushed to disk"),
    long(
        "log.flush.interval.ms", nil, nil, .high,
        "The maximum time in ms that a message in any topic is kept in memory before flushed to disk. If not set, the "
            + "value in log.flush.scheduler.interval.ms is used",
        mode: .clusterWide),
    int(
        "log.flush.offset.checkpoint.interval.ms", 60000, .atLeast(0), .high,
        "The frequency with which we update the persistent record of the last flush which acts as the log recovery "
            + "point."),
    int(
        "log.flush.start.offset.checkpoint.interval.ms", 60000, .atLeast(0), .high,
        "The frequency with which we update the persistent record of log start offset"),
    boolean(
        "log.preallocate", false, .medium,
        "Should pre allocate file when create new segment? If you are using Kafka on Windows, you probably need to "
            + "set it to true.",
        mode: .clusterWide),
    int(
        "num.recovery.threads.per.data.dir", 1, .atLeast(1), .high,
        "The number of threads per data directory to be used for log recovery at startup and flushing at shutdown",
        mode: .clusterWide),
    boolean("auto.create.topics.enable", true, .high, "Enable auto creation of topic on the server."),
    int(
        "min.insync.replicas", 1, .atLeast(1), .high,
        "When a producer sets acks to \"all\" (or \"-1\"), min.insync.replicas specifies the minimum number of "
            + "replicas that must acknowledge a write for the write to be considered successful.",
        mode: .clusterWide),
    string(
        "log.message.timestamp.type", "CreateTime", .oneOf(timestampTypes), .medium,
        "Define whether the timestamp in the message is message create time or log append time. The value should be "
            + "either CreateTime or LogAppendTime.",
        mode: .clusterWide),
    long(
        "log.message.timestamp.before.max.ms", longMax, .atLeast(0), .medium,
        "This configuration sets the allowable timestamp difference between the broker's timestamp and the message "
            + "timestamp, for timestamps earlier than the broker's.",
        mode: .clusterWide),
    long(
        "log.message.timestamp.after.max.ms", longMax, .atLeast(0), .medium,
        "This configuration sets the allowable timestamp difference between the message timestamp and the broker's "
            + "timestamp, for timestamps later than the broker's.",
        mode: .clusterWide),
    className(
        "create.topic.policy.class.name", nil, .low,
        "The create topic policy class that should be used for validation."),
    className(
        "alter.config.policy.class.name", nil, .low,
        "The alter configs policy class that should be used for validation."),
    long(
        "log.dir.failure.timeout.ms", 30000, .atLeast(1), .low,
        "If the broker is unable to successfully communicate to the controller that some log directory has failed "
            + "for longer than this time, the broker will fail and shut down."),
    long(
        "log.initial.task.delay.ms", 30 * 1000, .atLeast(0), .low,
        "The initial task delay in millisecond when initializing tasks in LogManager. This should be used for "
            + "testing only.",
        internal: true),

    // TransactionLogConfig
    int(
        "transaction.state.log.min.isr", 2, .atLeast(1), .high,
        "The minimum number of replicas that must acknowledge a write to transaction topic in order to be considered "
            + "successful."),
    int(
        "transaction.state.log.load.buffer.size", 5 * 1024 * 1024, .atLeast(1), .high,
        "Batch size for reading from the transaction log segments when loading producer ids and transactions into "
            + "the cache (soft-limit, overridden if records are too large)."),
    short(
        "transaction.state.log.replication.factor", 3, .atLeast(1), .high,
        "The replication factor for the transaction topic (set higher to ensure availability). Internal topic "
            + "creation will fail until the cluster size meets this replication factor requirement."),
    int(
        "transaction.state.log.num.partitions", 50, .atLeast(1), .high,
        "The number of partitions for the transaction topic (should not change after deployment)."),
    int(
        "transaction.state.log.segment.bytes", 100 * 1024 * 1024, .atLeast(1), .high,
        "The transaction topic segment bytes should be kept relatively small in order to facilitate faster log "
            + "compaction and cache loads"),
    boolean(
        "transaction.partition.verification.enable", true, .low,
        "Enable verification that checks that the partition has been added to the transaction before writing "
            + "transactional records to the partition",
        mode: .clusterWide),
    int(
        "producer.id.expiration.ms", 86_400_000, .atLeast(1), .low,
        "The time in ms that a topic partition leader will wait before expiring producer IDs.", mode: .clusterWide),
    int(
        "producer.id.expiration.check.interval.ms", 600000, .atLeast(1), .low,
        "The interval at which to remove producer IDs that have expired due to producer.id.expiration.ms passing.",
        internal: true),

    // TransactionStateManagerConfig
    int(
        "transactional.id.expiration.ms", 7 * 24 * 60 * 60 * 1000, .atLeast(1), .high,
        "The time in ms that the transaction coordinator will wait without receiving any transaction status updates "
            + "for the current transaction before expiring its transactional id."),
    int(
        "transaction.max.timeout.ms", 15 * 60 * 1000, .atLeast(1), .high,
        "The maximum allowed timeout for transactions. If a client's requested transaction time exceed this, then "
            + "the broker will return an error in InitProducerIdRequest."),
    int(
        "transaction.abort.timed.out.transaction.cleanup.interval.ms", 10 * 1000, .atLeast(1), .low,
        "The interval at which to rollback transactions that have timed out"),
    int(
        "transaction.remove.expired.transaction.cleanup.interval.ms", 60 * 60 * 1000, .atLeast(1), .low,
        "The interval at which to remove transactions that have expired due to transactional.id.expiration.ms "
            + "passing"),

    // QuorumConfig
    list(
        "controller.quorum.voters", [], .quorumVoters, .high,
        "Map of id/endpoint information for the set of voters in a comma-separated list of {id}@{host}:{port} "
            + "entries. For example: 1@localhost:9092,2@localhost:9093,3@localhost:9094"),
    list(
        "controller.quorum.bootstrap.servers", [], .quorumBootstrapServers, .high,
        "List of endpoints to use for bootstrapping the cluster metadata. The endpoints are specified in "
            + "comma-separated list of {host}:{port} entries."),
    int(
        "controller.quorum.election.timeout.ms", 1000, nil, .high,
        "Maximum time in milliseconds to wait without being able to fetch from the leader before triggering a new "
            + "election"),
    int(
        "controller.quorum.fetch.timeout.ms", 2000, nil, .high,
        "Maximum time without a successful fetch from the current leader before becoming a candidate and triggering "
            + "an election for voters."),
    int(
        "controller.quorum.election.backoff.max.ms", 1000, nil, .high,
        "Maximum time in milliseconds before starting new elections. This is used in the binary exponential backoff "
            + "mechanism that helps prevent gridlocked elections"),
    int(
        "controller.quorum.append.linger.ms", 25, nil, .medium,
        "The duration in milliseconds that the leader will wait for writes to accumulate before flushing them to "
            + "disk."),
    int(
        "controller.quorum.request.timeout.ms", 2000, nil, .medium,
        "The maximum amount of time the client will wait for the response of a request."),
    int(
        "controller.quorum.retry.backoff.ms", 20, nil, .low,
        "The amount of time to wait before attempting to retry a failed request to a given topic partition."),

    // MetricConfigs
    list("metric.reporters", [], nil, .low, "A list of classes to use as metrics reporters.", mode: .clusterWide),
    int("metrics.num.samples", 2, .atLeast(1), .low, "The number of samples maintained to compute metrics."),
    long(
        "metrics.sample.window.ms", 30000, .atLeast(1), .low,
        "The window of time a metrics sample is computed over."),
    string(
        "metrics.recording.level", "INFO", .oneOf(["INFO", "DEBUG", "TRACE"]), .low,
        "The highest recording level for metrics."),

    // QuotaConfig
    int(
        "quota.window.num", 11, .atLeast(1), .low,
        "The number of samples to retain in memory for client quotas"),
    int(
        "quota.window.size.seconds", 1, .atLeast(1), .low,
        "The time span of each sample for client quotas"),
    int(
        "replication.quota.window.num", 11, .atLeast(1), .low,
        "The number of samples to retain in memory for replication quotas"),
    int(
        "replication.quota.window.size.seconds", 1, .atLeast(1), .low,
        "The time span of each sample for replication quotas"),
    long(
        "leader.replication.throttled.rate", longMax, .atLeast(0), .medium,
        "A long representing the upper bound (bytes/sec) on replication traffic for leaders enumerated in the "
            + "property leader.replication.throttled.replicas (for each topic).",
        mode: .perBroker),
    long(
        "follower.replication.throttled.rate", longMax, .atLeast(0), .medium,
        "A long representing the upper bound (bytes/sec) on replication traffic for followers enumerated in the "
            + "property follower.replication.throttled.replicas (for each topic).",
        mode: .perBroker),
    long(
        "replica.alter.log.dirs.io.max.bytes.per.second", longMax, .atLeast(0), .medium,
        "A long representing the upper bound (bytes/sec) on disk IO used for moving replica between log directories "
            + "on the same broker.",
        mode: .perBroker),

    // BrokerSecurityConfigs and SSL (accepted and validated; TLS/SASL are not served yet)
    list(
        "sasl.enabled.mechanisms", ["GSSAPI"], nil, .medium,
        "The list of SASL mechanisms enabled in the Kafka server.", mode: .perBroker),
    string(
        "sasl.mechanism.inter.broker.protocol", "GSSAPI", nil, .medium,
        "SASL mechanism used for inter-broker communication. Default is GSSAPI."),
    string(
        "ssl.client.auth", "none", .oneOf(["required", "requested", "none"]), .medium,
        "Configures kafka broker to request client authentication.", mode: .perBroker),
    string(
        "ssl.protocol", "TLSv1.3", nil, .medium, "The SSL protocol used to generate the SSLContext.", mode: .perBroker),
    list(
        "ssl.enabled.protocols", ["TLSv1.2", "TLSv1.3"], nil, .medium,
        "The list of protocols enabled for SSL connections.", mode: .perBroker),
    string("ssl.keystore.type", "JKS", nil, .medium, "The file format of the key store file.", mode: .perBroker),
    string("ssl.keystore.location", nil, nil, .high, "The location of the key store file.", mode: .perBroker),
    password("ssl.keystore.password", .high, "The store password for the key store file.", mode: .perBroker),
    password("ssl.key.password", .high, "The password of the private key in the key store file.", mode: .perBroker),
    string("ssl.truststore.type", "JKS", nil, .medium, "The file format of the trust store file.", mode: .perBroker),
    string("ssl.truststore.location", nil, nil, .high, "The location of the trust store file.", mode: .perBroker),
    password("ssl.truststore.password", .high, "The password for the trust store file.", mode: .perBroker),
    string(
        "ssl.endpoint.identification.algorithm", "https", nil, .low,
        "The endpoint identification algorithm to validate server hostname using server certificate.",
        mode: .perBroker),
]

private let topicKeys: [ConfigKey] = [
    int(
        "segment.bytes", 1024 * 1024 * 1024, .atLeast(1024 * 1024), .medium,
        "This configuration controls the segment file size for the log. Retention and cleaning is always done a file "
            + "at a time so a larger segment size means fewer files but less granular control over retention."),
    long(
        "segment.ms", 7 * 24 * 60 * 60 * 1000, .atLeast(1), .medium,
        "This configuration controls the period of time after which Kafka will force the log to roll even if the "
            + "segment file isn't full to ensure that retention can delete or compact old data."),
    long(
        "segment.jitter.ms", 0, .atLeast(0), .medium,
        "The maximum random jitter subtracted from the scheduled segment roll time to avoid thundering herds of "
            + "segment rolling"),
    int(
        "segment.index.bytes", 10 * 1024 * 1024, .atLeast(4), .medium,
        "This configuration controls the size of the index that maps offsets to file positions."),
    long(
        "flush.messages", longMax, .atLeast(1), .medium,
        "This setting allows specifying an interval at which we will force an fsync of data written to the log."),
    long(
        "flush.ms", longMax, .atLeast(0), .medium,
        "This setting allows specifying a time interval at which we will force an fsync of data written to the log."),
    long(
        "retention.bytes", -1, nil, .medium,
        "This configuration controls the maximum size a partition (which consists of log segments) can grow to "
            + "before we will discard old log segments to free up space if we are using the \"delete\" retention "
            + "policy."),
    long(
        "retention.ms", 7 * 24 * 60 * 60 * 1000, .atLeast(-1), .medium,
        "This configuration controls the maximum time we will retain a log before we will discard old log segments "
            + "to free up space if we are using the \"delete\" retention policy."),
    int(
        "max.message.bytes", 1024 * 1024 + 12, .atLeast(0), .medium,
        "The largest record batch size allowed by Kafka (after compression if compression is enabled)."),
    int(
        "index.interval.bytes", 4096, .atLeast(0), .medium,
        "This setting controls how frequently Kafka adds an index entry to its offset index."),
    long(
        "delete.retention.ms", 24 * 60 * 60 * 1000, .atLeast(0), .medium,
        "The amount of time to retain delete tombstone markers for log compacted topics."),
    long(
        "min.compaction.lag.ms", 0, .atLeast(0), .medium,
        "The minimum time a message will remain uncompacted in the log. Only applicable for logs that are being "
            + "compacted."),
    long(
        "max.compaction.lag.ms", longMax, .atLeast(1), .medium,
        "The maximum time a message will remain ineligible for compaction in the log. Only applicable for logs that "
            + "are being compacted."),
    long(
        "file.delete.delay.ms", 60000, .atLeast(0), .medium,
        "The time to wait before deleting a file from the filesystem"),
    double(
        "min.cleanable.dirty.ratio", 0.5, .between(0, 1), .medium,
        "This configuration controls how frequently the log compactor will attempt to clean the log (assuming log "
            + "compaction is enabled)."),
    list(
        "cleanup.policy", ["delete"], .list(allowed: ["compact", "delete"], emptyAllowed: true, nullAllowed: false),
        .medium,
        "This config designates the retention policy to use on log segments. The \"delete\" policy (which is the "
            + "default) will discard old segments when their retention time or size limit has been reached. The "
            + "\"compact\" policy will enable log compaction, which retains the latest value for each key."),
    boolean(
        "unclean.leader.election.enable", false, .medium,
        "Indicates whether to enable replicas not in the ISR set to be elected as leader as a last resort, even "
            + "though doing so may result in data loss."),
    int(
        "min.insync.replicas", 1, .atLeast(1), .medium,
        "When a producer sets acks to \"all\" (or \"-1\"), this configuration specifies the minimum number of "
            + "replicas that must acknowledge a write for the write to be considered successful."),
    string(
        "compression.type", "producer", .oneOf(brokerCompressionNames), .medium,
        "Specify the final compression type for a given topic. This configuration accepts the standard compression "
            + "codecs ('gzip', 'snappy', 'lz4', 'zstd'). It additionally accepts 'uncompressed' which is equivalent "
            + "to no compression; and 'producer' which means retain the original compression codec set by the "
            + "producer."),
    int(
        "compression.gzip.level", -1, .gzipLevel, .medium,
        "The compression level to use if compression.type is set to gzip."),
    int(
        "compression.lz4.level", 9, .between(1, 17), .medium,
        "The compression level to use if compression.type is set to lz4."),
    int(
        "compression.zstd.level", 3, .between(-131072, 22), .medium,
        "The compression level to use if compression.type is set to zstd."),
    boolean(
        "preallocate", false, .medium,
        "True if we should preallocate the file on disk when creating a new log segment."),
    string(
        "message.timestamp.type", "CreateTime", .oneOf(timestampTypes), .medium,
        "Define whether the timestamp in the message is message create time or log append time."),
    long(
        "message.timestamp.before.max.ms", longMax, .atLeast(0), .medium,
        "This configuration sets the allowable timestamp difference between the broker's timestamp and the message "
            + "timestamp, for timestamps earlier than the broker's."),
    long(
        "message.timestamp.after.max.ms", longMax, .atLeast(0), .medium,
        "This configuration sets the allowable timestamp difference between the message timestamp and the broker's "
            + "timestamp, for timestamps later than the broker's."),
    list(
        "leader.replication.throttled.replicas", [], .throttledReplicas, .medium,
        throttledReplicasDoc("leader")),
    list(
        "follower.replication.throttled.replicas", [], .throttledReplicas, .medium,
        throttledReplicasDoc("follower")),
    boolean(
        "remote.storage.enable", false, .medium,
        "To enable tiered storage for a topic, set this configuration as true. Tiered storage is not supported by "
            + "swkafka."),
    long(
        "local.retention.ms", -2, .atLeast(-2), .medium,
        "The number of milliseconds to keep the local log segment before it gets deleted. Default value is -2, it "
            + "represents `retention.ms` value is to be used."),
    long(
        "local.retention.bytes", -2, .atLeast(-2), .medium,
        "The maximum size of local log segments that can grow for a partition before it deletes the old segments. "
            + "Default value is -2, it represents `retention.bytes` value to be used."),
    boolean(
        "remote.log.copy.disable", false, .medium,
        "Determines whether tiered data for a topic should become read only, and no more data uploading on a topic."),
    boolean(
        "remote.log.delete.on.disable", false, .medium,
        "Determines whether tiered data for a topic should be deleted after tiered storage is disabled on a topic."),
]

/// How a broker synonym's value becomes the topic configuration's value.
package enum SynonymUnit: Sendable, Equatable {
    case same
    case minutesToMilliseconds
    case hoursToMilliseconds

    /// The topic value for a broker value (`ConfigSynonym` converters).
    func convert(_ value: ConfigValue) -> ConfigValue {
        switch self {
        case .same: return value
        case .minutesToMilliseconds: return .long((value.integerValue ?? 0) &* 60_000)
        case .hoursToMilliseconds: return .long((value.integerValue ?? 0) &* 3_600_000)
        }
    }
}

/// A broker configuration that gives a topic configuration its default.
package struct BrokerSynonym: Sendable, Equatable {
    package var name: String
    package var unit: SynonymUnit

    init(_ name: String, _ unit: SynonymUnit = .same) {
        self.name = name
        self.unit = unit
    }
}

extension ConfigDef {
    /// Each topic configuration's broker synonyms, highest priority first
    /// (`ServerTopicConfigSynonyms.ALL_TOPIC_CONFIG_SYNONYMS`). Topic configurations without a
    /// broker default (the throttled-replica lists and the tiered-storage switches) are absent.
    package static let topicConfigSynonyms: [String: [BrokerSynonym]] = [
        "segment.bytes": [BrokerSynonym("log.segment.bytes")],
        "segment.ms": [BrokerSynonym("log.roll.ms"), BrokerSynonym("log.roll.hours", .hoursToMilliseconds)],
        "segment.jitter.ms": [
            BrokerSynonym("log.roll.jitter.ms"), BrokerSynonym("log.roll.jitter.hours", .hoursToMilliseconds),
        ],
        "segment.index.bytes": [BrokerSynonym("log.index.size.max.bytes")],
        "flush.messages": [BrokerSynonym("log.flush.interval.messages")],
        "flush.ms": [BrokerSynonym("log.flush.interval.ms"), BrokerSynonym("log.flush.scheduler.interval.ms")],
        "retention.bytes": [BrokerSynonym("log.retention.bytes")],
        "retention.ms": [
            BrokerSynonym("log.retention.ms"), BrokerSynonym("log.retention.minutes", .minutesToMilliseconds),
            BrokerSynonym("log.retention.hours", .hoursToMilliseconds),
        ],
        "max.message.bytes": [BrokerSynonym("message.max.bytes")],
        "index.interval.bytes": [BrokerSynonym("log.index.interval.bytes")],
        "delete.retention.ms": [BrokerSynonym("log.cleaner.delete.retention.ms")],
        "min.compaction.lag.ms": [BrokerSynonym("log.cleaner.min.compaction.lag.ms")],
        "max.compaction.lag.ms": [BrokerSynonym("log.cleaner.max.compaction.lag.ms")],
        "file.delete.delay.ms": [BrokerSynonym("log.segment.delete.delay.ms")],
        "min.cleanable.dirty.ratio": [BrokerSynonym("log.cleaner.min.cleanable.ratio")],
        "cleanup.policy": [BrokerSynonym("log.cleanup.policy")],
        "unclean.leader.election.enable": [BrokerSynonym("unclean.leader.election.enable")],
        "min.insync.replicas": [BrokerSynonym("min.insync.replicas")],
        "compression.type": [BrokerSynonym("compression.type")],
        "compression.gzip.level": [BrokerSynonym("compression.gzip.level")],
        "compression.lz4.level": [BrokerSynonym("compression.lz4.level")],
        "compression.zstd.level": [BrokerSynonym("compression.zstd.level")],
        "preallocate": [BrokerSynonym("log.preallocate")],
        "message.timestamp.type": [BrokerSynonym("log.message.timestamp.type")],
        "message.timestamp.before.max.ms": [BrokerSynonym("log.message.timestamp.before.max.ms")],
        "message.timestamp.after.max.ms": [BrokerSynonym("log.message.timestamp.after.max.ms")],
        "local.retention.ms": [BrokerSynonym("log.local.retention.ms")],
        "local.retention.bytes": [BrokerSynonym("log.local.retention.bytes")],
    ]

    /// The broker configurations that stand for the same setting as `name`, highest priority first
    /// (`DynamicBrokerConfig.brokerConfigSynonyms`): the `.ms`/`.minutes`/`.hours` families, or
    /// just `name`.
    package static func brokerSynonyms(of name: String) -> [String] {
        let families = [
            ["log.roll.ms", "log.roll.hours"],
            ["log.roll.jitter.ms", "log.roll.jitter.hours"],
            ["log.retention.ms", "log.retention.minutes", "log.retention.hours"],
            ["log.flush.interval.ms", "log.flush.scheduler.interval.ms"],
        ]
        return families.first { $0.contains(name) } ?? [name]
    }

    /// Broker keys that are valid without being in the table: per-listener overrides
    /// (`listener.name.<listener>.<config>`).
    static func isPassThroughBrokerKey(_ name: String) -> Bool {
        name.hasPrefix("listener.name.")
    }
}
