import Foundation
import Testing

@testable import KafkaEngine

@Suite struct BrokerConfigTests {
    /// Kafka 4.0's quickstart file, `config/kraft/reconfig-server.properties`, verbatim.
    static let kafkaSample = """
        process.roles=broker,controller
        node.id=1
        controller.quorum.bootstrap.servers=localhost:9093
        listeners=PLAINTEXT://:9092,CONTROLLER://:9093
        inter.broker.listener.name=PLAINTEXT
        advertised.listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093
        controller.listener.names=CONTROLLER
        listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL
        num.network.threads=3
        num.io.threads=8
        socket.send.buffer.bytes=102400
        socket.receive.buffer.bytes=102400
        socket.request.max.bytes=104857600
        log.dirs=/tmp/kraft-combined-logs
        num.partitions=1
        num.recovery.threads.per.data.dir=1
        offsets.topic.replication.factor=1
        transaction.state.log.replication.factor=1
        transaction.state.log.min.isr=1
        log.retention.hours=168
        log.segment.bytes=1073741824
        log.retention.check.interval.ms=300000

        """

    /// A minimal combined node, for tests that change one thing.
    static let combined = """
        process.roles=broker,controller
        node.id=1
        controller.quorum.voters=1@localhost:9093
        listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093
        controller.listener.names=CONTROLLER
        log.dirs=/tmp/test-logs

        """

    static func config(_ text: String, _ overrides: [String] = []) throws(ConfigError) -> BrokerConfig {
        try BrokerConfig(fileText: text, overrides: overrides)
    }

    static func expectError(
        _ message: String, key: String? = nil, line: Int? = nil, _ text: String,
        overrides: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            _ = try config(text, overrides)
            Issue.record("expected: \(message)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.message == message, sourceLocation: sourceLocation)
            if let key { #expect(error.key == key, sourceLocation: sourceLocation) }
            if let line { #expect(error.line == line, sourceLocation: sourceLocation) }
        }
    }

    @Test func kafkasSampleServerPropertiesLoadsCleanly() throws {
        let config = try Self.config(Self.kafkaSample)
        #expect(config.warnings.isEmpty)
        #expect(config.nodeId == 1)
        #expect(config.brokerId == 1)
        #expect(config.processRoles == [.broker, .controller])
        #expect(config.isKRaftCombinedMode)
        #expect(
            config.listeners == [
                ListenerEndpoint(listenerName: "PLAINTEXT", securityProtocol: .plaintext, host: nil, port: 9092),
                ListenerEndpoint(listenerName: "CONTROLLER", securityProtocol: .plaintext, host: nil, port: 9093),
            ])
        #expect(
            config.advertisedBrokerListeners == [
                ListenerEndpoint(listenerName: "PLAINTEXT", securityProtocol: .plaintext, host: "localhost", port: 9092)
            ])
        #expect(
            config.advertisedControllerListeners == [
                ListenerEndpoint(
                    listenerName: "CONTROLLER", securityProtocol: .plaintext, host: "localhost", port: 9093)
            ])
        #expect(config.controllerListenerNames == ["CONTROLLER"])
        #expect(config.interBrokerListenerName == "PLAINTEXT")
        #expect(config.controllerQuorumVoters.isEmpty)
        #expect(config.controllerQuorumBootstrapServers == [HostPort(host: "localhost", port: 9093)])
        #expect(config.logDirs == ["/tmp/kraft-combined-logs"])
        #expect(config.metadataLogDir == "/tmp/kraft-combined-logs")
        #expect(config.offsetsTopicReplicationFactor == 1)
        #expect(config.transactionStateLogMinIsr == 1)
        #expect(config.logRetentionMs == 168 * 3_600_000)
        #expect(config.logRetentionCheckIntervalMs == 300_000)
        #expect(config.socketRequestMaxBytes == 104_857_600)
        #expect(config.listenerSecurityProtocolMap["SASL_SSL"] == .saslSsl)
    }

    @Test func loadsAFileFromDisk() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("swkafka-config-\(UInt32.random(in: 0...UInt32.max)).properties").path
        try Self.kafkaSample.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let config = try BrokerConfig.load(path: path, overrides: ["node.id=1", "num.partitions=2"])
        #expect(config.numPartitions == 2)
        #expect(config.originals.line(of: "log.dirs") == 14)
        #expect(throws: ConfigError("/no/such/dir/server.properties (No such file or directory)")) {
            try BrokerConfig.load(path: "/no/such/dir/server.properties")
        }
    }

    @Test func embeddedDefaultIsOneCombinedNodeOnLocalhost() throws {
        let config = try BrokerConfig.embeddedDefault()
        #expect(config.warnings.isEmpty)
        #expect(config.nodeId == 1)
        #expect(config.processRoles == [.broker, .controller])
        #expect(config.controllerQuorumVoters == [ControllerQuorumVoter(id: 1, host: "localhost", port: 9093)])
        #expect(config.dataPlaneListeners.map(\.description) == ["PLAINTEXT://localhost:9092"])
        #expect(config.controllerListeners.map(\.description) == ["CONTROLLER://localhost:9093"])
        #expect(config.advertisedBrokerListeners.map(\.description) == ["PLAINTEXT://localhost:9092"])
        #expect(config.logDirs == ["/tmp/swkafka-logs"])
        #expect(config.offsetsTopicReplicationFactor == 1)
        #expect(config.transactionStateLogReplicationFactor == 1)
        #expect(config.transactionStateLogMinIsr == 1)
        #expect(config.defaultLogConfig == LogConfig.defaults)
        // Overrides apply to it as to a file.
        let moved = try BrokerConfig.embeddedDefault(overrides: ["log.dirs=/var/lib/swkafka", "num.partitions=3"])
        #expect(moved.logDirs == ["/var/lib/swkafka"])
        #expect(moved.numPartitions == 3)
    }

    @Test func defaultsAreKafkas() throws {
        let config = try Self.config(Self.combined)
        #expect(config.numPartitions == 1)
        #expect(config.defaultReplicationFactor == 1)
        #expect(config.minInsyncReplicas == 1)
        #expect(config.autoCreateTopicsEnable)
        #expect(config.deleteTopicEnable)
        #expect(config.offsetsTopicReplicationFactor == 3)
        #expect(config.offsetsTopicNumPartitions == 50)
        #expect(config.offsetsRetentionMinutes == 10080)
        #expect(config.offsetsRetentionMs == 604_800_000)
        #expect(config.transactionStateLogReplicationFactor == 3)
        #expect(config.transactionStateLogMinIsr == 2)
        #expect(config.transactionStateLogNumPartitions == 50)
        #expect(config.groupInitialRebalanceDelayMs == 3000)
        #expect(config.groupMinSessionTimeoutMs == 6000)
        #expect(config.groupMaxSessionTimeoutMs == 1_800_000)
        #expect(config.groupMaxSize == Int32.max)
        #expect(config.socketRequestMaxBytes == 100 * 1024 * 1024)
        #expect(config.socketSendBufferBytes == 102_400)
        #expect(config.messageMaxBytes == 1_048_588)
        #expect(config.numNetworkThreads == 3)
        #expect(config.numIoThreads == 8)
        #expect(config.replicaLagTimeMaxMs == 30_000)
        #expect(config.replicaFetchMaxBytes == 1_048_576)
        #expect(config.replicaFetchResponseMaxBytes == 10_485_760)
        #expect(config.replicaFetchWaitMaxMs == 500)
        #expect(!config.uncleanLeaderElectionEnable)
        #expect(config.brokerSessionTimeoutMs == 9000)
        #expect(config.brokerHeartbeatIntervalMs == 2000)
        #expect(config.controllerQuorumElectionTimeoutMs == 1000)
        #expect(config.controllerQuorumFetchTimeoutMs == 2000)
        #expect(config.metadataLogSegmentBytes == 1 << 30)
        #expect(config.metadataMaxRetentionBytes == 100 * 1024 * 1024)
        #expect(config.compressionType == .producer)
        #expect(config.producerIdExpirationMs == 86_400_000)
        #expect(config.transactionalIdExpirationMs == 604_800_000)
        #expect(config.connectionsMaxIdleMs == 600_000)
        #expect(config.maxConnections == Int32.max)
        #expect(config.logRollMs == 604_800_000)
        #expect(config.logRollJitterMs == 0)
        #expect(config.logSegmentBytes == 1 << 30)
        #expect(config.logSegmentDeleteDelayMs == 60_000)
        #expect(config.logFlushIntervalMessages == Int64.max)
        #expect(config.logFlushIntervalMs == Int64.max)
        #expect(config.logCleanupPolicy == [.delete])
        #expect(config.logRetentionBytes == -1)
        #expect(config.logIndexIntervalBytes == 4096)
        #expect(config.logIndexSizeMaxBytes == 10 * 1024 * 1024)
    }

    @Test func retentionPrecedenceIsMsThenMinutesThenHours() throws {
        let hours = try Self.config(Self.combined + "log.retention.hours=2\n")
        #expect(hours.logRetentionMs == 2 * 3_600_000)
        let minutes = try Self.config(Self.combined + "log.retention.hours=2\nlog.retention.minutes=3\n")
        #expect(minutes.logRetentionMs == 3 * 60_000)
        let millis = try Self.config(
            Self.combined + "log.retention.ms=1234\nlog.retention.hours=2\nlog.retention.minutes=3\n")
        #expect(millis.logRetentionMs == 1234)
        #expect(millis.defaultLogConfig.retentionMs == 1234)
        let forever = try Self.config(Self.combined + "log.retention.minutes=-5\n")
        #expect(forever.logRetentionMs == -1)
        let roll = try Self.config(Self.combined + "log.roll.hours=1\nlog.roll.ms=5000\nlog.roll.jitter.hours=1\n")
        #expect(roll.logRollMs == 5000)
        #expect(roll.logRollJitterMs == 3_600_000)
        let flush = try Self.config(Self.combined + "log.flush.scheduler.interval.ms=700\n")
        #expect(flush.logFlushIntervalMs == 700)
        Self.expectError(
            "log.retention.ms must be unlimited (-1) or, greater than or equal to 1", key: "log.retention.minutes",
            line: 7, Self.combined + "log.retention.minutes=0\n")
        Self.expectError(
            "log.roll.ms must be greater than or equal to 1", key: "log.roll.ms", Self.combined + "log.roll.ms=0\n")
        Self.expectError(
            "log.roll.jitter.ms must be greater than or equal to 0", Self.combined + "log.roll.jitter.ms=-1\n")
    }

    @Test func badValueNamesKeyValueReasonAndLine() {
        Self.expectError(
            "Invalid value abc for configuration num.partitions: Not a number of type INT", key: "num.partitions",
            line: 7, Self.combined + "num.partitions=abc\n")
        do {
            _ = try Self.config(Self.combined + "\n# a comment\nnum.partitions=0\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "Invalid value 0 for configuration num.partitions: Value must be at least 1")
            #expect(error.located(in: "server.properties") == "server.properties:9: \(error.message)")
        }
        Self.expectError(
            "Invalid value lz5 for configuration compression.type: String must be one of: uncompressed, zstd, lz4, "
                + "snappy, gzip, producer", Self.combined + "compression.type=lz5\n")
        Self.expectError(
            "Invalid value maybe for configuration auto.create.topics.enable: Expected value to be either true or false",
            Self.combined + "auto.create.topics.enable=maybe\n")
        // A value with a line break stays one line.
        Self.expectError(
            "Invalid value a\\nb for configuration num.partitions: Not a number of type INT",
            Self.combined + "num.partitions=a\\nb\n")
    }

    @Test func overridesWinOverTheFile() throws {
        let config = try Self.config(
            Self.combined + "num.partitions=4\n", ["num.partitions=6", "log.retention.hours=1", "broker.rack"])
        #expect(config.numPartitions == 6)
        #expect(config.logRetentionMs == 3_600_000)
        #expect(config.brokerRack == "")
        #expect(config.originals["num.partitions"] == "6")
        #expect(BrokerConfig.parseOverride("a=b=c") == ("a", "b=c"))
        #expect(BrokerConfig.parseOverride("=v") == ("", "v"))
        // An override has no line to point at.
        Self.expectError(
            "Invalid value x for configuration num.io.threads: Not a number of type INT", key: "num.io.threads",
            Self.combined, overrides: ["num.io.threads=x"])
        do {
            _ = try Self.config(Self.combined, ["num.io.threads=x"])
        } catch {
            #expect(error.line == nil)
        }
    }

    @Test func unknownKeysAreWarningsWithTheirLines() throws {
        let config = try Self.config(
            Self.combined + "zookeeper.connect=localhost:2181\nlistener.name.controller.ssl.keystore.location=/k\n",
            ["no.such.thing=1"])
        #expect(
            config.warnings == [
                ConfigWarning(
                    "The configuration 'zookeeper.connect' was supplied but isn't a known config.",
                    key: "zookeeper.connect", line: 7),
                ConfigWarning(
                    "The configuration 'no.such.thing' was supplied but isn't a known config.", key: "no.such.thing"),
            ])
    }

    @Test func brokerIdAndNodeIdStandInForEachOther() throws {
        let noNodeId = Self.combined.replacingOccurrences(of: "node.id=1", with: "broker.id=1")
        #expect(try Self.config(noNodeId).nodeId == 1)
        Self.expectError(
            "You must set `node.id` to the same value as `broker.id`.", key: "node.id",
            Self.combined + "broker.id=2\n")
        Self.expectError(
            "Missing required configuration \"node.id\" which has no default value.", key: "node.id",
            Self.combined.replacingOccurrences(of: "node.id=1\n", with: ""))
        Self.expectError(
            "Missing required configuration \"process.roles\" which has no default value.", key: "process.roles", "")
        Self.expectError(
            "Missing required configuration \"controller.listener.names\" which has no default value.",
            Self.combined.replacingOccurrences(of: "controller.listener.names=CONTROLLER\n", with: ""))
        Self.expectError(
            "Invalid value zookeeper for configuration process.roles: String must be one of: broker, controller",
            key: "process.roles", line: 1,
            Self.combined.replacingOccurrences(of: "broker,controller", with: "zookeeper"))
    }

    @Test func kraftCrossChecks() {
        let base = Self.combined
        Self.expectError(
            "If using process.roles, either controller.quorum.bootstrap.servers must contain the set of bootstrap "
                + "controllers or controller.quorum.voters must contain a parseable set of controllers.",
            base.replacingOccurrences(of: "controller.quorum.voters=1@localhost:9093\n", with: ""))
        Self.expectError(
            "If process.roles contains the 'controller' role, the node id 1 must be included in the set of voters "
                + "controller.quorum.voters=Set(2, 3)",
            key: "controller.quorum.voters", line: 3,
            base.replacingOccurrences(of: "1@localhost:9093", with: "3@h3:9093,2@h2:9093"))
        Self.expectError(
            "controller.listener.names must contain at least one value appearing in the 'listeners' configuration when "
                + "running the KRaft controller role",
            base.replacingOccurrences(
                of: "listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093",
                with: "listeners=PLAINTEXT://localhost:9092"))
        Self.expectError(
            "controller.listener.names must only contain values appearing in the 'listeners' configuration when "
                + "running the KRaft controller role",
            base.replacingOccurrences(
                of: "controller.listener.names=CONTROLLER", with: "controller.listener.names=CONTROLLER,OTHER")
                + "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,OTHER:PLAINTEXT\n")
        let brokerOnly = """
            process.roles=broker
            node.id=2
            controller.quorum.voters=1@localhost:9093
            listeners=PLAINTEXT://localhost:9092
            controller.listener.names=CONTROLLER

            """
        #expect(throws: Never.self) { try Self.config(brokerOnly) }
        Self.expectError(
            "If process.roles contains just the 'broker' role, the node id 1 must not be included in the set of voters "
                + "controller.quorum.voters=Set(1)", brokerOnly.replacingOccurrences(of: "node.id=2", with: "node.id=1")
        )
        Self.expectError(
            "controller.listener.names must not contain a value appearing in the 'listeners' configuration when "
                + "running KRaft with just the broker role",
            brokerOnly.replacingOccurrences(
                of: "listeners=PLAINTEXT://localhost:9092",
                with: "listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093"))
        let controllerOnly = """
            process.roles=controller
            node.id=1
            controller.quorum.voters=1@localhost:9093
            listeners=CONTROLLER://localhost:9093
            controller.listener.names=CONTROLLER

            """
        #expect(throws: Never.self) { try Self.config(controllerOnly) }
        Self.expectError(
            "The listeners config must only contain KRaft controller listeners from controller.listener.names when "
                + "process.roles=controller",
            controllerOnly.replacingOccurrences(
                of: "listeners=CONTROLLER://localhost:9093",
                with: "listeners=CONTROLLER://localhost:9093,PLAINTEXT://localhost:9092"))
        Self.expectError(
            "inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options "
                + "based on currently configured listeners are PLAINTEXT",
            base + "inter.broker.listener.name=CONTROLLER\n")
        Self.expectError(
            "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address.",
            base + "advertised.listeners=PLAINTEXT://0.0.0.0:9092\n")
        Self.expectError(
            "There must be at least one broker advertised listener. Perhaps all listeners appear in "
                + "controller.listener.names?",
            base.replacingOccurrences(
                of: "listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093",
                with: "listeners=CONTROLLER://localhost:9093"))
        Self.expectError(
            "Host string (0.0.0.0) is not routeable", key: "controller.quorum.voters",
            base.replacingOccurrences(of: "1@localhost:9093", with: "1@0.0.0.0:9093"))
    }

    @Test func listenersParseAsKafkaParsesThem() throws {
        let config = try Self.config(
            Self.combined.replacingOccurrences(
                of: "listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093",
                with: "listeners=plaintext://[::1]:9092,CONTROLLER://:9093,EXTERNAL://127.0.0.1:9092")
                + "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,external:ssl\n"
                + "inter.broker.listener.name=plaintext\n")
        #expect(
            config.listeners == [
                ListenerEndpoint(listenerName: "PLAINTEXT", securityProtocol: .plaintext, host: "::1", port: 9092),
                ListenerEndpoint(listenerName: "CONTROLLER", securityProtocol: .plaintext, host: nil, port: 9093),
                ListenerEndpoint(listenerName: "EXTERNAL", securityProtocol: .ssl, host: "127.0.0.1", port: 9092),
            ])
        #expect(config.listeners[0].description == "PLAINTEXT://[::1]:9092")
        #expect(config.interBrokerListenerName == "PLAINTEXT")
        let base = Self.combined
        let listeners = "listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093"
        Self.expectError(
            "Error creating broker listeners from '[FOO://:9092, CONTROLLER://localhost:9093]': No security protocol "
                + "defined for listener FOO", key: "listeners", line: 4,
            base.replacingOccurrences(of: listeners, with: "listeners=FOO://:9092,CONTROLLER://localhost:9093"))
        Self.expectError(
            "Error creating broker listeners from '[PLAINTEXT:/localhost:9092]': Unable to parse "
                + "PLAINTEXT:/localhost:9092 to a broker endpoint",
            base.replacingOccurrences(of: listeners, with: "listeners=PLAINTEXT:/localhost:9092"))
        Self.expectError(
            "Error creating broker listeners from '[PLAINTEXT://a:9092, CONTROLLER://b:9092]': Each listener must "
                + "have a different port, listeners: [PLAINTEXT://a:9092, CONTROLLER://b:9092]",
            base.replacingOccurrences(of: listeners, with: "listeners=PLAINTEXT://a:9092,CONTROLLER://b:9092"))
        Self.expectError(
            "Invalid security protocol `TLS` defined in listener.security.protocol.map",
            base + "listener.security.protocol.map=PLAINTEXT:TLS\n")
        Self.expectError(
            "Error parsing configuration property 'listener.security.protocol.map': begin 0, end -1, length 9",
            base + "listener.security.protocol.map=PLAINTEXT\n")
        Self.expectError(
            "Only one of inter.broker.listener.name and security.inter.broker.protocol should be set.",
            base + "inter.broker.listener.name=PLAINTEXT\nsecurity.inter.broker.protocol=PLAINTEXT\n")
    }

    @Test func otherStartupChecks() {
        let base = Self.combined
        Self.expectError(
            "replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent "
                + "frequent changes in ISR", base + "replica.lag.time.max.ms=100\n")
        Self.expectError(
            "replica.socket.timeout.ms should always be at least replica.fetch.wait.max.ms to prevent unnecessary "
                + "socket timeouts", base + "replica.socket.timeout.ms=100\n")
        Self.expectError(
            "log.cleaner.dedupe.buffer.size must be at least 1MB per cleaner thread.",
            base + "log.cleaner.dedupe.buffer.size=1048576\n")
        Self.expectError(
            "group.consumer.heartbeat.interval.ms must be less than or equal to group.consumer.max.heartbeat.interval.ms",
            base + "group.consumer.heartbeat.interval.ms=20000\n")
        Self.expectError(
            "max.connections.per.ip can be set to zero only if max.connections.per.ip.overrides property is set.",
            base + "max.connections.per.ip=0\n")
        Self.expectError(
            "max.connections.per.ip.overrides contains invalid addresses : bad/host",
            base + "max.connections.per.ip.overrides=bad/host:5\n")
        Self.expectError(
            "queued.max.request.bytes must be larger or equal to socket.request.max.bytes",
            base + "queued.max.request.bytes=10\n")
        Self.expectError(
            "Invalid value -5 for configuration flush.ms: Value must be at least 0", base + "log.flush.interval.ms=-5\n"
        )
    }

    @Test func oddButLegalSettingsAreWarnings() throws {
        let config = try Self.config(Self.combined + "broker.heartbeat.interval.ms=5000\n")
        #expect(config.warnings.map(\.key) == ["broker.heartbeat.interval.ms"])
        #expect(config.warnings.first?.line == 7)
        #expect(
            config.warnings.first?.message.hasPrefix("broker.heartbeat.interval.ms (5000 ms) must be less than") == true
        )
    }

    @Test func describeReportsSourcesAndSynonymsLikeKafka() throws {
        let config = try Self.config(Self.combined + "log.retention.hours=100\nlog.segment.bytes=2097152\n")
        var layers = config.configLayers
        let broker = Dictionary(uniqueKeysWithValues: layers.describeBroker().map { ($0.name, $0) })
        let hours = try #require(broker["log.retention.hours"])
        #expect(hours.value == "100")
        #expect(hours.source == .staticBrokerConfig)
        #expect(
            hours.synonyms == [
                ConfigSynonymDescription(name: "log.retention.hours", value: "100", source: .staticBrokerConfig),
                ConfigSynonymDescription(name: "log.retention.hours", value: "168", source: .defaultConfig),
            ])
        // Kafka drops synonyms above the described name, so the unset `.ms` shows no synonyms.
        let ms = try #require(broker["log.retention.ms"])
        #expect(ms.value == nil)
        #expect(ms.source == .defaultConfig)
        #expect(ms.synonyms.isEmpty)
        #expect(broker["num.io.threads"]?.isReadOnly == false)
        #expect(broker["node.id"]?.isReadOnly == true)
        #expect(broker["ssl.keystore.password"]?.isSensitive == true)

        let topicConfig = try LogConfig(
            topicOverrides: ["cleanup.policy": "compact"], brokerDefaults: config.defaultLogConfig)
        layers.dynamicDefault["log.segment.bytes"] = "4194304"
        let topic = Dictionary(
            uniqueKeysWithValues: layers.describeTopic(topicConfig, topicOverrides: ["cleanup.policy": "compact"])
                .map { ($0.name, $0) })
        let segment = try #require(topic["segment.bytes"])
        #expect(segment.value == "2097152")
        #expect(segment.source == .dynamicDefaultBrokerConfig)
        #expect(
            segment.synonyms.map(\.source) == [.dynamicDefaultBrokerConfig, .staticBrokerConfig, .defaultConfig])
        let policy = try #require(topic["cleanup.policy"])
        #expect(policy.value == "compact")
        #expect(policy.source == .dynamicTopicConfig)
        #expect(
            policy.synonyms.first
                == ConfigSynonymDescription(name: "cleanup.policy", value: "compact", source: .dynamicTopicConfig))
        #expect(
            policy.synonyms.last
                == ConfigSynonymDescription(name: "log.cleanup.policy", value: "delete", source: .defaultConfig))
        let retention = try #require(topic["retention.ms"])
        #expect(retention.value == "360000000")
        #expect(retention.source == .defaultConfig)
        #expect(ConfigSource.staticBrokerConfig.description == "STATIC_BROKER_CONFIG")
    }
}
