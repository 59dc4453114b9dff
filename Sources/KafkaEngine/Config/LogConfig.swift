/// `compression.type` for a broker or topic (Kafka's `BrokerCompressionType`): a codec to
/// recompress with, `uncompressed`, or `producer` to keep each batch as the producer sent it.
package enum BrokerCompressionType: String, Sendable, CaseIterable {
    case uncompressed
    case zstd
    case lz4
    case snappy
    case gzip
    case producer

    /// The codec batches are written with, or nil for `producer` (keep the producer's codec).
    package var targetCodec: CompressionType? {
        switch self {
        case .uncompressed: CompressionType.none
        case .zstd: .zstd
        case .lz4: .lz4
        case .snappy: .snappy
        case .gzip: .gzip
        case .producer: nil
        }
    }
}

/// One `cleanup.policy` element.
package enum CleanupPolicy: String, Sendable, CaseIterable {
    case compact
    case delete
}

/// `message.timestamp.type`: which timestamp a batch carries once appended.
package enum MessageTimestampType: String, Sendable, CaseIterable {
    case createTime = "CreateTime"
    case logAppendTime = "LogAppendTime"
}

/// The effective configuration of one topic's logs (Kafka's `LogConfig`): the topic's overrides
/// on top of the broker's defaults, every value parsed and validated with Kafka's rules.
///
/// Invariants: `values` holds a value for every topic configuration of `ConfigDef.topic`, and
/// the typed properties are those values; `overriddenConfigs` names the keys the topic set.
package struct LogConfig: Sendable, Equatable {
    package var segmentBytes: Int32
    package var segmentMs: Int64
    package var segmentJitterMs: Int64
    package var segmentIndexBytes: Int32
    package var indexIntervalBytes: Int32
    package var retentionMs: Int64
    package var retentionBytes: Int64
    package var cleanupPolicy: Set<CleanupPolicy>
    package var deleteRetentionMs: Int64
    package var minCompactionLagMs: Int64
    package var maxCompactionLagMs: Int64
    package var minCleanableDirtyRatio: Double
    package var fileDeleteDelayMs: Int64
    package var flushMessages: Int64
    package var flushMs: Int64
    package var maxMessageBytes: Int32
    package var messageTimestampType: MessageTimestampType
    package var messageTimestampBeforeMaxMs: Int64
    package var messageTimestampAfterMaxMs: Int64
    package var preallocate: Bool
    package var compressionType: BrokerCompressionType
    package var compressionGzipLevel: Int32
    package var compressionLz4Level: Int32
    package var compressionZstdLevel: Int32
    package var minInsyncReplicas: Int32
    package var uncleanLeaderElectionEnable: Bool
    /// `leader.replication.throttled.replicas` / `follower...`: `*` or `partition:broker` pairs.
    package var leaderReplicationThrottledReplicas: [String]
    package var followerReplicationThrottledReplicas: [String]

    /// Every topic configuration's value, by name (including those without a typed property).
    package private(set) var values: [String: ConfigValue]
    /// The keys the topic itself set (its dynamic topic configuration).
    package private(set) var overriddenConfigs: Set<String>

    /// Kafka's topic defaults, with no broker configuration applied.
    package static let defaults: LogConfig = {
        var values: [String: ConfigValue] = [:]
        for key in ConfigDef.topic.keys {
            if case .value(let v) = key.defaultValue { values[key.name] = v }
        }
        return LogConfig(values: values, overridden: [])
    }()

    /// Typed view of a complete, already validated set of values.
    init(values: [String: ConfigValue], overridden: Set<String>) {
        func int(_ name: String) -> Int32 {
            if case .int(let v)? = values[name] { return v }
            if case .int(let v)? = LogConfig.topicDefault(name) { return v }
            return 0
        }
        func long(_ name: String) -> Int64 {
            values[name]?.integerValue ?? LogConfig.topicDefault(name)?.integerValue ?? 0
        }
        func bool(_ name: String) -> Bool { values[name]?.boolValue ?? false }
        func string(_ name: String) -> String {
            values[name]?.stringValue ?? LogConfig.topicDefault(name)?.stringValue ?? ""
        }
        func list(_ name: String) -> [String] { values[name]?.listValue ?? [] }

        self.values = values
        self.overriddenConfigs = overridden
        segmentBytes = int("segment.bytes")
        segmentMs = long("segment.ms")
        segmentJitterMs = long("segment.jitter.ms")
        segmentIndexBytes = int("segment.index.bytes")
        indexIntervalBytes = int("index.interval.bytes")
        retentionMs = long("retention.ms")
        retentionBytes = long("retention.bytes")
        // Kafka lower-cases the elements before deciding compact/delete.
        cleanupPolicy = Set(list("cleanup.policy").compactMap { CleanupPolicy(rawValue: $0.lowercased()) })
        deleteRetentionMs = long("delete.retention.ms")
        minCompactionLagMs = long("min.compaction.lag.ms")
        maxCompactionLagMs = long("max.compaction.lag.ms")
        if case .double(let ratio)? = values["min.cleanable.dirty.ratio"] {
            minCleanableDirtyRatio = ratio
        } else {
            minCleanableDirtyRatio = 0.5
        }
        fileDeleteDelayMs = long("file.delete.delay.ms")
        flushMessages = long("flush.messages")
        flushMs = long("flush.ms")
        maxMessageBytes = int("max.message.bytes")
        messageTimestampType = MessageTimestampType(rawValue: string("message.timestamp.type")) ?? .createTime
        messageTimestampBeforeMaxMs = long("message.timestamp.before.max.ms")
        messageTimestampAfterMaxMs = long("message.timestamp.after.max.ms")
        preallocate = bool("preallocate")
        compressionType = BrokerCompressionType(rawValue: string("compression.type")) ?? .producer
        compressionGzipLevel = int("compression.gzip.level")
        compressionLz4Level = int("compression.lz4.level")
        compressionZstdLevel = int("compression.zstd.level")
        minInsyncReplicas = int("min.insync.replicas")
        uncleanLeaderElectionEnable = bool("unclean.leader.election.enable")
        leaderReplicationThrottledReplicas = list("leader.replication.throttled.replicas")
        followerReplicationThrottledReplicas = list("follower.replication.throttled.replicas")
    }

    private static func topicDefault(_ name: String) -> ConfigValue? {
        if case .value(let v)? = ConfigDef.topic[name]?.defaultValue { return v }
        return nil
    }

    /// The topic's configuration: `topicOverrides` (raw strings, as stored in `ConfigRecord`s)
    /// on top of `brokerDefaults`. Throws Kafka's message for an unknown name or a bad value.
    package init(topicOverrides: [String: String], brokerDefaults: LogConfig = .defaults) throws(ConfigError) {
        self = try LogConfig.validate(topicOverrides: topicOverrides, brokerDefaults: brokerDefaults)
    }

    /// Validates topic configurations as CreateTopics, AlterConfigs and IncrementalAlterConfigs do
    /// (Kafka's `LogConfig.validate` behind the controller's configuration validator) and returns
    /// the resulting configuration. The error message is what goes back as `INVALID_CONFIG`.
    package static func validate(
        topicOverrides: [String: String], brokerDefaults: LogConfig = .defaults,
        remoteStorageSystemEnabled: Bool = false
    ) throws(ConfigError) -> LogConfig {
        try validate(
            nullableTopicOverrides: topicOverrides.mapValues { Optional($0) }, brokerDefaults: brokerDefaults,
            remoteStorageSystemEnabled: remoteStorageSystemEnabled)
    }

    /// As `validate(topicOverrides:)`, for requests whose values may be null.
    package static func validate(
        nullableTopicOverrides: [String: String?], brokerDefaults: LogConfig = .defaults,
        remoteStorageSystemEnabled: Bool = false
    ) throws(ConfigError) -> LogConfig {
        let nullKeys = nullableTopicOverrides.filter { $0.value == nil }.keys.sorted()
        if !nullKeys.isEmpty {
            throw ConfigError("Null value not supported for topic configs: " + nullKeys.joined(separator: ","))
        }
        let overrides = nullableTopicOverrides.compactMapValues { $0 }
        for name in overrides.keys.sorted() where !ConfigDef.topic.contains(name) {
            throw ConfigError("Unknown topic config name: \(name)", key: name)
        }
        var values = brokerDefaults.values
        for key in ConfigDef.topic.keys {
            guard let raw = overrides[key.name] else { continue }
            values[key.name] = try key.parseAndValidate(raw)
        }
        let config = LogConfig(values: values, overridden: Set(overrides.keys))
        try config.validateValues()
        if case .boolean(true)? = values["remote.storage.enable"], !remoteStorageSystemEnabled {
            throw ConfigError(
                "Tiered Storage functionality is disabled in the broker. Topic cannot be configured with remote log "
                    + "storage.", key: "remote.storage.enable")
        }
        return config
    }

    /// Checks that involve more than one value (`LogConfig.validateValues`).
    func validateValues() throws(ConfigError) {
        if minCompactionLagMs > maxCompactionLagMs {
            throw ConfigError(
                "conflict topic config setting min.compaction.lag.ms (\(minCompactionLagMs)) > max.compaction.lag.ms "
                    + "(\(maxCompactionLagMs))", key: "min.compaction.lag.ms")
        }
    }

    /// The broker's topic defaults: each topic configuration takes its first set broker synonym
    /// (converted to milliseconds where the synonym counts minutes or hours), as
    /// `KafkaConfig.extractLogConfigMap` does; then every value is checked with the topic rules.
    init(broker: [String: ConfigValue?]) throws(ConfigError) {
        var values = LogConfig.defaults.values
        for key in ConfigDef.topic.keys {
            guard let synonyms = ConfigDef.topicConfigSynonyms[key.name] else { continue }
            for synonym in synonyms {
                guard case .some(.some(let value)) = broker[synonym.name] else { continue }
                values[key.name] = LogConfig.coerce(synonym.unit.convert(value), to: key.type)
                break
            }
        }
        // A negative retention, whatever its unit, means "forever".
        if let retention = values["retention.ms"]?.integerValue, retention < 0 { values["retention.ms"] = .long(-1) }
        for key in ConfigDef.topic.keys {
            try key.validator?.ensureValid(key.name, values[key.name])
        }
        self.init(values: values, overridden: [])
        try validateValues()
    }

    private static func coerce(_ value: ConfigValue, to type: ConfigType) -> ConfigValue {
        switch (type, value) {
        case (.long, .int(let v)): .long(Int64(v))
        case (.long, .short(let v)): .long(Int64(v))
        case (.int, .long(let v)): .int(Int32(clamping: v))
        default: value
        }
    }

    // MARK: Derived values (as Kafka's LogConfig computes them)

    package var compact: Bool { cleanupPolicy.contains(.compact) }
    package var delete: Bool { cleanupPolicy.contains(.delete) }

    /// The time after which the active segment rolls: `segment.ms`, or `max.compaction.lag.ms`
    /// when compacting and that is shorter.
    package var maxSegmentMs: Int64 {
        if compact && maxCompactionLagMs > 0 { return min(maxCompactionLagMs, segmentMs) }
        return segmentMs
    }

    /// The size a new segment file is created with: `segment.bytes` when preallocating, else 0.
    package var initFileSize: Int32 { preallocate ? segmentBytes : 0 }

    /// A random jitter in `[0, min(segment.jitter.ms, segment.ms))`, or 0 when there is none.
    package func randomSegmentJitter<G: RandomNumberGenerator>(using generator: inout G) -> Int64 {
        guard segmentJitterMs > 0 else { return 0 }
        let bound = min(segmentJitterMs, segmentMs)
        guard bound > 0 else { return 0 }
        return Int64.random(in: 0..<bound, using: &generator)
    }

    /// The value of a topic configuration as its string form (`ConfigDef.convertToString`).
    package func stringValue(of name: String) -> String? { values[name]?.description }
}
