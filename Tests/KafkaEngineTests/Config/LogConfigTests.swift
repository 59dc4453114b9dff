import Testing

@testable import KafkaEngine

@Suite struct LogConfigTests {
    @Test func defaultsAreKafkas() {
        let config = LogConfig.defaults
        #expect(config.segmentBytes == 1 << 30)
        #expect(config.segmentMs == 604_800_000)
        #expect(config.segmentJitterMs == 0)
        #expect(config.segmentIndexBytes == 10 * 1024 * 1024)
        #expect(config.indexIntervalBytes == 4096)
        #expect(config.retentionMs == 604_800_000)
        #expect(config.retentionBytes == -1)
        #expect(config.cleanupPolicy == [.delete])
        #expect(config.deleteRetentionMs == 86_400_000)
        #expect(config.minCompactionLagMs == 0)
        #expect(config.maxCompactionLagMs == Int64.max)
        #expect(config.minCleanableDirtyRatio == 0.5)
        #expect(config.fileDeleteDelayMs == 60_000)
        #expect(config.flushMessages == Int64.max)
        #expect(config.flushMs == Int64.max)
        #expect(config.maxMessageBytes == 1_048_588)
        #expect(config.messageTimestampType == .createTime)
        #expect(config.messageTimestampBeforeMaxMs == Int64.max)
        #expect(config.messageTimestampAfterMaxMs == Int64.max)
        #expect(!config.preallocate)
        #expect(config.compressionType == .producer)
        #expect(config.compressionGzipLevel == -1)
        #expect(config.compressionLz4Level == 9)
        #expect(config.compressionZstdLevel == 3)
        #expect(config.minInsyncReplicas == 1)
        #expect(!config.uncleanLeaderElectionEnable)
        #expect(config.overriddenConfigs.isEmpty)
        #expect(Set(config.values.keys) == Set(ConfigDef.topic.names))
    }

    @Test func topicOverridesSitOnTopOfBrokerDefaults() throws {
        let broker = try BrokerConfig(
            fileText: BrokerConfigTests.combined
                + "log.retention.hours=1\nlog.segment.bytes=2097152\nlog.cleanup.policy=compact\ncompression.type=lz4\n"
        )
        let defaults = broker.defaultLogConfig
        #expect(defaults.retentionMs == 3_600_000)
        #expect(defaults.segmentBytes == 2_097_152)
        #expect(defaults.cleanupPolicy == [.compact])
        #expect(defaults.compressionType == .lz4)
        #expect(defaults.compressionType.targetCodec == .lz4)

        let topic = try LogConfig(
            topicOverrides: ["retention.ms": "5000", "cleanup.policy": "compact,delete", "max.message.bytes": "100"],
            brokerDefaults: defaults)
        #expect(topic.retentionMs == 5000)
        #expect(topic.cleanupPolicy == [.compact, .delete])
        #expect(topic.compact && topic.delete)
        #expect(topic.maxMessageBytes == 100)
        #expect(topic.segmentBytes == 2_097_152)  // inherited
        #expect(topic.overriddenConfigs == ["retention.ms", "cleanup.policy", "max.message.bytes"])
        #expect(topic.stringValue(of: "cleanup.policy") == "compact,delete")
    }

    @Test func validationGivesTheMessagesCreateTopicsReturns() {
        #expect(throws: ConfigError("Unknown topic config name: retention.hours", key: "retention.hours")) {
            try LogConfig.validate(topicOverrides: ["retention.hours": "1"])
        }
        #expect(
            throws: ConfigError(
                "Invalid value abc for configuration retention.ms: Not a number of type LONG", key: "retention.ms")
        ) {
            try LogConfig.validate(topicOverrides: ["retention.ms": "abc"])
        }
        #expect(
            throws: ConfigError(
                "Invalid value Compact for configuration cleanup.policy: String must be one of: compact, delete",
                key: "cleanup.policy")
        ) {
            try LogConfig.validate(topicOverrides: ["cleanup.policy": "Compact"])
        }
        #expect(throws: ConfigError("Null value not supported for topic configs: a,b")) {
            try LogConfig.validate(nullableTopicOverrides: ["b": nil, "a": nil, "retention.ms": "1"])
        }
        #expect(
            throws: ConfigError(
                "conflict topic config setting min.compaction.lag.ms (10) > max.compaction.lag.ms (5)",
                key: "min.compaction.lag.ms")
        ) {
            try LogConfig.validate(topicOverrides: ["min.compaction.lag.ms": "10", "max.compaction.lag.ms": "5"])
        }
        #expect(
            throws: ConfigError(
                "Tiered Storage functionality is disabled in the broker. Topic cannot be configured with remote log "
                    + "storage.", key: "remote.storage.enable")
        ) {
            try LogConfig.validate(topicOverrides: ["remote.storage.enable": "true"])
        }
        #expect(
            throws: ConfigError(
                "Invalid value 1024 for configuration segment.bytes: Value must be at least 1048576",
                key: "segment.bytes")
        ) {
            try LogConfig.validate(topicOverrides: ["segment.bytes": "1024"])
        }
        #expect(throws: Never.self) {
            try LogConfig.validate(topicOverrides: [
                "retention.ms": "-1", "leader.replication.throttled.replicas": "0:1, 1:2", "cleanup.policy": "",
                "follower.replication.throttled.replicas": "*", "message.timestamp.type": "LogAppendTime",
            ])
        }
    }

    @Test func derivedValuesFollowKafka() throws {
        let compacted = try LogConfig(topicOverrides: [
            "cleanup.policy": "compact", "max.compaction.lag.ms": "1000", "segment.ms": "5000",
            "preallocate": "true", "segment.bytes": "2097152",
        ])
        #expect(compacted.maxSegmentMs == 1000)
        #expect(compacted.initFileSize == 2_097_152)
        let deleting = try LogConfig(topicOverrides: ["max.compaction.lag.ms": "1000", "segment.ms": "5000"])
        #expect(deleting.maxSegmentMs == 5000)
        #expect(deleting.initFileSize == 0)
        #expect(deleting.cleanupPolicy == [.delete])
        let jittered = try LogConfig(topicOverrides: ["segment.jitter.ms": "100000", "segment.ms": "300"])
        var random = TestRandom(seed: 7)
        for _ in 0..<100 {
            let jitter = jittered.randomSegmentJitter(using: &random)
            #expect(jitter >= 0 && jitter < 300)
        }
        #expect(LogConfig.defaults.randomSegmentJitter(using: &random) == 0)
    }
}
