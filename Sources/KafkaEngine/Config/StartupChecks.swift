/// The checks across settings Kafka makes when a KRaft node starts (`KafkaConfig.validateValues`
/// and the `require`s of `GroupCoordinatorConfig`), in Kafka's order and with its messages.
/// Failures throw; what Kafka only logs is collected in `warnings`.
struct StartupChecks {
    var values: [String: ConfigValue?]
    /// The raw strings, after `node.id`/`broker.id` stand-ins were filled.
    var raw: [String: String]
    var lines: [String: Int]
    var processRoles: Set<ProcessRole>
    var listeners: [ListenerEndpoint]
    var controllerListenerNames: [String]
    var advertisedBrokerListeners: [ListenerEndpoint]
    var advertisedControllerListeners: [ListenerEndpoint]
    var interBrokerListenerName: String
    var interBrokerSecurityProtocol: SecurityProtocol
    var protocolMap: [String: SecurityProtocol]
    private(set) var warnings: [ConfigWarning] = []

    private func value(_ name: String) -> ConfigValue? { values[name] ?? nil }
    private func int(_ name: String) -> Int64 { value(name)?.integerValue ?? 0 }

    private func fail(_ message: String, key: String) -> ConfigError {
        ConfigError(message, key: key, line: lines[key])
    }

    private func require(_ condition: Bool, _ message: @autoclosure () -> String, key: String) throws(ConfigError) {
        if !condition { throw fail(message(), key: key) }
    }

    mutating func run() throws(ConfigError) {
        try checkConsumerGroupTimeouts()
        try checkLogAndReplication()
        try checkKRaft()
        try checkListenersAndConnections()
    }

    // MARK: GroupCoordinatorConfig

    private func checkConsumerGroupTimeouts() throws(ConfigError) {
        let session = "group.consumer.session.timeout.ms"
        let minSession = "group.consumer.min.session.timeout.ms"
        let maxSession = "group.consumer.max.session.timeout.ms"
        let heartbeat = "group.consumer.heartbeat.interval.ms"
        let minHeartbeat = "group.consumer.min.heartbeat.interval.ms"
        let maxHeartbeat = "group.consumer.max.heartbeat.interval.ms"
        try require(
            int(maxHeartbeat) >= int(minHeartbeat), "\(maxHeartbeat) must be greater than or equal to \(minHeartbeat)",
            key: maxHeartbeat)
        try require(
            int(heartbeat) >= int(minHeartbeat), "\(heartbeat) must be greater than or equal to \(minHeartbeat)",
            key: heartbeat)
        try require(
            int(heartbeat) <= int(maxHeartbeat), "\(heartbeat) must be less than or equal to \(maxHeartbeat)",
            key: heartbeat)
        try require(
            int(maxSession) >= int(minSession), "\(maxSession) must be greater than or equal to \(minSession)",
            key: maxSession)
        try require(
            int(session) >= int(minSession), "\(session) must be greater than or equal to \(minSession)", key: session)
        try require(
            int(session) <= int(maxSession), "\(session) must be less than or equal to \(maxSession)", key: session)
        try require(int(heartbeat) < int(session), "\(heartbeat) must be less than \(session)", key: heartbeat)
    }

    // MARK: KafkaConfig.validateValues, first part

    private mutating func checkLogAndReplication() throws(ConfigError) {
        if int("node.id") != int("broker.id") {
            throw fail("You must set `node.id` to the same value as `broker.id`.", key: "node.id")
        }
        let rollMs = value("log.roll.ms")?.integerValue ?? int("log.roll.hours") &* 3_600_000
        try require(rollMs >= 1, "log.roll.ms must be greater than or equal to 1", key: "log.roll.ms")
        let jitterMs = value("log.roll.jitter.ms")?.integerValue ?? int("log.roll.jitter.hours") &* 3_600_000
        try require(jitterMs >= 0, "log.roll.jitter.ms must be greater than or equal to 0", key: "log.roll.jitter.ms")
        var retentionMs =
            value("log.retention.ms")?.integerValue ?? value("log.retention.minutes")?.integerValue.map { $0 &* 60_000 }
            ?? int("log.retention.hours") &* 3_600_000
        if retentionMs < 0 { retentionMs = -1 }
        let retentionKey =
            ["log.retention.ms", "log.retention.minutes", "log.retention.hours"].first {
                raw[$0] != nil
            } ?? "log.retention.ms"
        try require(
            retentionMs >= 1 || retentionMs == -1,
            "log.retention.ms must be unlimited (-1) or, greater than or equal to 1",
            key: retentionKey)
        let logDirs = value("log.dirs")?.listValue ?? value("log.dir")?.listValue ?? []
        try require(
            !logDirs.isEmpty, "At least one log directory must be defined via log.dirs or log.dir.", key: "log.dirs")
        let cleanerThreads = int("log.cleaner.threads")
        if cleanerThreads == 0 { throw fail("/ by zero", key: "log.cleaner.threads") }
        try require(
            int("log.cleaner.dedupe.buffer.size") / cleanerThreads > 1024 * 1024,
            "log.cleaner.dedupe.buffer.size must be at least 1MB per cleaner thread.",
            key: "log.cleaner.dedupe.buffer.size")
        try require(
            int("replica.fetch.wait.max.ms") <= int("replica.socket.timeout.ms"),
            "replica.socket.timeout.ms should always be at least replica.fetch.wait.max.ms to prevent unnecessary "
                + "socket timeouts", key: "replica.socket.timeout.ms")
        try require(
            int("replica.fetch.wait.max.ms") <= int("replica.lag.time.max.ms"),
            "replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent "
                + "frequent changes in ISR", key: "replica.fetch.wait.max.ms")
        let heartbeat = int("broker.heartbeat.interval.ms")
        let session = int("broker.session.timeout.ms")
        if heartbeat * 2 > session {
            warnings.append(
                ConfigWarning(
                    "broker.heartbeat.interval.ms (\(heartbeat) ms) must be less than or equal to half of the "
                        + "broker.session.timeout.ms (\(session) ms). The broker.session.timeout.ms is configured on "
                        + "controller. The broker.heartbeat.interval.ms is configured on broker. If a broker doesn't "
                        + "send heartbeat request within broker.session.timeout.ms, it loses broker lease. Please "
                        + "increase broker.session.timeout.ms or decrease broker.heartbeat.interval.ms.",
                    key: "broker.heartbeat.interval.ms", line: lines["broker.heartbeat.interval.ms"]))
        }
    }

    // MARK: KRaft roles

    private mutating func checkKRaft() throws(ConfigError) {
        let nodeId = int("node.id")
        // Parse only (no routability check), as parseVoterIds does; the ids keep Kafka's order.
        let voters = try ControllerQuorumVoter.parse(
            value("controller.quorum.voters")?.listValue ?? [], requireRoutable: false)
        let voterIds = voters.map { Int64($0.id) }.sorted()
        let voterSet = "Set(" + voterIds.map(String.init).joined(separator: ", ") + ")"
        let bootstrapServers = value("controller.quorum.bootstrap.servers")?.listValue ?? []
        let listenerNames = Set(listeners.map(\.listenerName))
        let controllerListeners = listeners.filter { controllerListenerNames.contains($0.listenerName) }

        func checkQuorumConfigured() throws(ConfigError) {
            if voterIds.isEmpty && bootstrapServers.isEmpty {
                throw fail(
                    "If using process.roles, either controller.quorum.bootstrap.servers must contain the set of "
                        + "bootstrap controllers or controller.quorum.voters must contain a parseable set of "
                        + "controllers.", key: "controller.quorum.voters")
            }
        }
        func checkVotersContainNode() throws(ConfigError) {
            try require(
                voterIds.isEmpty || voterIds.contains(nodeId),
                "If process.roles contains the 'controller' role, the node id \(nodeId) must be included in the set of "
                    + "voters controller.quorum.voters=\(voterSet)", key: "controller.quorum.voters")
        }
        func checkAdvertisedControllerListeners() throws(ConfigError) {
            try require(
                !advertisedControllerListeners.isEmpty,
                "controller.listener.names must contain at least one value appearing in the 'listeners' "
                    + "configuration when running the KRaft controller role", key: "controller.listener.names")
        }
        func checkControllerNamesInListeners() throws(ConfigError) {
            try require(
                controllerListenerNames.allSatisfy { listenerNames.contains($0) },
                "controller.listener.names must only contain values appearing in the 'listeners' configuration when "
                    + "running the KRaft controller role", key: "controller.listener.names")
        }

        if processRoles == [.broker] {
            try checkQuorumConfigured()
            try require(
                !voterIds.contains(nodeId),
                "If process.roles contains just the 'broker' role, the node id \(nodeId) must not be included in the "
                    + "set of voters controller.quorum.voters=\(voterSet)", key: "controller.quorum.voters")
            try require(
                !controllerListenerNames.isEmpty,
                "controller.listener.names must contain at least one value when running KRaft with just the broker "
                    + "role", key: "controller.listener.names")
            try require(
                controllerListeners.isEmpty,
                "controller.listener.names must not contain a value appearing in the 'listeners' configuration when "
                    + "running KRaft with just the broker role", key: "controller.listener.names")
            for name in controllerListenerNames where protocolMap[name.uppercased()] == nil {
                throw fail(
                    "Controller listener with name \(name.uppercased()) defined in controller.listener.names not found "
                        + "in listener.security.protocol.map  (an explicit security mapping for each controller "
                        + "listener is required if listener.security.protocol.map is non-empty, or if there are "
                        + "security protocols other than PLAINTEXT in use)", key: "controller.listener.names")
            }
            if controllerListenerNames.count > 1 {
                warn(
                    "controller.listener.names has multiple entries; only the first will be used since "
                        + "process.roles=broker: [" + controllerListenerNames.joined(separator: ", ") + "]",
                    key: "controller.listener.names")
            }
            for policy in ["create.topic.policy.class.name", "alter.config.policy.class.name"] where raw[policy] != nil
            {
                warn("\(policy) is defined in broker. It should be defined in the controller role.", key: policy)
            }
        } else if processRoles == [.controller] {
            try checkQuorumConfigured()
            try require(
                advertisedControllerListeners.count == listeners.count,
                "The listeners config must only contain KRaft controller listeners from controller.listener.names "
                    + "when process.roles=controller", key: "listeners")
            if raw["inter.broker.listener.name"] != nil {
                try require(
                    !controllerListenerNames.contains(interBrokerListenerName),
                    "controller.listener.names must not contain an explicitly set inter.broker.listener.name "
                        + "configuration value when process.roles=controller'", key: "controller.listener.names")
            }
            try checkVotersContainNode()
            try checkAdvertisedControllerListeners()
            try checkControllerNamesInListeners()
        } else {
            try checkQuorumConfigured()
            try checkVotersContainNode()
            try checkAdvertisedControllerListeners()
            try checkControllerNamesInListeners()
        }

        if processRoles.contains(.broker) {
            var advertisedNames: [String] = []
            for endpoint in advertisedBrokerListeners where !advertisedNames.contains(endpoint.listenerName) {
                advertisedNames.append(endpoint.listenerName)
            }
            var allNames: [String] = []
            for endpoint in listeners where !allNames.contains(endpoint.listenerName) {
                allNames.append(endpoint.listenerName)
            }
            try require(
                !advertisedNames.isEmpty,
                "There must be at least one broker advertised listener. Perhaps all listeners appear in "
                    + "controller.listener.names?", key: "advertised.listeners")
            try require(
                advertisedNames.contains(interBrokerListenerName),
                "inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options "
                    + "based on currently configured listeners are " + advertisedNames.joined(separator: ","),
                key: raw["inter.broker.listener.name"] != nil ? "inter.broker.listener.name" : "advertised.listeners")
            try require(
                advertisedNames.allSatisfy { allNames.contains($0) },
                "advertised.listeners listener names must be equal to or a subset of the ones defined in listeners. "
                    + "Found \(advertisedNames.joined(separator: ",")). The valid options based on the current "
                    + "configuration are \(allNames.joined(separator: ","))", key: "advertised.listeners")
        }
        let advertisesWildcard =
            advertisedBrokerListeners.contains { $0.host == "0.0.0.0" }
            || advertisedControllerListeners.contains { $0.host == "0.0.0.0" }
        try require(
            !advertisesWildcard,
            "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address.",
            key: raw["advertised.listeners"] != nil ? "advertised.listeners" : "listeners")
    }

    // MARK: KafkaConfig.validateValues, last part

    private func checkListenersAndConnections() throws(ConfigError) {
        if interBrokerSecurityProtocol == .saslPlaintext || interBrokerSecurityProtocol == .saslSsl {
            let override = "listener.name.\(interBrokerListenerName.lowercased()).sasl.enabled.mechanisms"
            let mechanisms =
                raw[override].map { ConfigKey.splitList(javaTrim($0)) } ?? value("sasl.enabled.mechanisms")?.listValue
                ?? []
            let interBrokerMechanism = value("sasl.mechanism.inter.broker.protocol")?.stringValue ?? "GSSAPI"
            try require(
                mechanisms.contains(interBrokerMechanism),
                "sasl.mechanism.inter.broker.protocol must be included in sasl.enabled.mechanisms when SASL is used "
                    + "for inter-broker communication", key: "sasl.mechanism.inter.broker.protocol")
        }
        let queuedBytes = int("queued.max.request.bytes")
        try require(
            queuedBytes <= 0 || queuedBytes >= int("socket.request.max.bytes"),
            "queued.max.request.bytes must be larger or equal to socket.request.max.bytes",
            key: "queued.max.request.bytes")
        let overridesKey = "max.connections.per.ip.overrides"
        let overrides: [(String, String)]
        do throws(ConfigError) {
            overrides = try BrokerConfig.parseCsvMap(value(overridesKey)?.stringValue ?? "", propertyName: overridesKey)
        } catch {
            throw error.at(line: lines[overridesKey])
        }
        for (_, limit) in overrides
        where JavaNumber.parseInteger(limit, min: Int64(Int32.min), max: Int64(Int32.max)) == nil {
            throw fail("For input string: \"\(limit)\"", key: overridesKey)
        }
        if int("max.connections.per.ip") == 0 {
            try require(
                !overrides.isEmpty,
                "max.connections.per.ip can be set to zero only if max.connections.per.ip.overrides property is set.",
                key: "max.connections.per.ip")
        }
        let invalid = overrides.map(\.0).filter { !$0.unicodeScalars.allSatisfy(HostPort.isHostCharacter) }
        if !invalid.isEmpty {
            throw fail(
                "max.connections.per.ip.overrides contains invalid addresses : " + invalid.joined(separator: ","),
                key: overridesKey)
        }
        let idle = int("connections.max.idle.ms")
        let delay = int("connection.failed.authentication.delay.ms")
        if idle >= 0 {
            try require(
                delay < idle,
                "connection.failed.authentication.delay.ms=\(delay) should always be less than "
                    + "connections.max.idle.ms=\(idle) to prevent failed authentication responses from timing out",
                key: "connection.failed.authentication.delay.ms")
        }
    }

    private mutating func warn(_ message: String, key: String) {
        warnings.append(ConfigWarning(message, key: key, line: lines[key]))
    }
}
