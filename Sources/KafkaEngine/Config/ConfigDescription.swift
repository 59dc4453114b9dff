/// Where a configuration value comes from, as DescribeConfigs reports it (`ConfigSource`,
/// with Kafka's wire ids).
package enum ConfigSource: Int8, Sendable, CaseIterable, CustomStringConvertible {
    case unknown = 0
    case dynamicTopicConfig = 1
    case dynamicBrokerConfig = 2
    case dynamicDefaultBrokerConfig = 3
    case staticBrokerConfig = 4
    case defaultConfig = 5
    case dynamicBrokerLoggerConfig = 6
    case clientMetricsConfig = 7
    case groupConfig = 8

    /// Kafka's enum name, as `kafka-configs.sh --describe` prints it.
    package var description: String {
        switch self {
        case .unknown: "UNKNOWN"
        case .dynamicTopicConfig: "DYNAMIC_TOPIC_CONFIG"
        case .dynamicBrokerConfig: "DYNAMIC_BROKER_CONFIG"
        case .dynamicDefaultBrokerConfig: "DYNAMIC_DEFAULT_BROKER_CONFIG"
        case .staticBrokerConfig: "STATIC_BROKER_CONFIG"
        case .defaultConfig: "DEFAULT_CONFIG"
        case .dynamicBrokerLoggerConfig: "DYNAMIC_BROKER_LOGGER_CONFIG"
        case .clientMetricsConfig: "CLIENT_METRICS_CONFIG"
        case .groupConfig: "GROUP_CONFIG"
        }
    }
}

/// One synonym of a described configuration: a name, its value there (nil when sensitive) and
/// where that value lives, highest priority first.
package struct ConfigSynonymDescription: Sendable, Equatable {
    package var name: String
    package var value: String?
    package var source: ConfigSource
}

/// One configuration as DescribeConfigs returns it.
package struct ConfigEntryDescription: Sendable, Equatable {
    package var name: String
    /// The effective value as a string; nil when null or sensitive.
    package var value: String?
    package var source: ConfigSource
    package var isSensitive: Bool
    package var isReadOnly: Bool
    /// Nil for keys that are not defined (unknown keys set in the broker's file).
    package var type: ConfigType?
    package var documentation: String?
    package var synonyms: [ConfigSynonymDescription]
}

/// The layers a broker configuration is assembled from, highest priority first: dynamic
/// per-broker values, dynamic cluster-wide defaults, the static file (with overrides), then the
/// definitions' defaults. Builds DescribeConfigs answers for brokers and topics the way Kafka's
/// `ConfigHelper` does, synonyms and sources included.
package struct ConfigLayers: Sendable {
    package var dynamicBroker: [String: String]
    package var dynamicDefault: [String: String]
    package var staticBroker: [String: String]

    package init(
        staticBroker: [String: String], dynamicBroker: [String: String] = [:], dynamicDefault: [String: String] = [:]
    ) {
        self.staticBroker = staticBroker
        self.dynamicBroker = dynamicBroker
        self.dynamicDefault = dynamicDefault
    }

    /// The definitions' non-null defaults, as strings (Kafka's `staticDefaultConfigs`).
    static let defaultStrings: [String: String] = {
        var result: [String: String] = [:]
        for key in ConfigDef.broker.keys {
            if let s = key.defaultString { result[key.name] = s }
        }
        return result
    }()

    /// `ConfigHelper.configSynonyms`: each synonym found in each layer, layer by layer, then
    /// everything before `name` itself dropped.
    func synonyms(of name: String, among names: [String], sensitive: Bool) -> [ConfigSynonymDescription] {
        var result: [ConfigSynonymDescription] = []
        let layers: [([String: String], ConfigSource)] = [
            (dynamicBroker, .dynamicBrokerConfig), (dynamicDefault, .dynamicDefaultBrokerConfig),
            (staticBroker, .staticBrokerConfig), (ConfigLayers.defaultStrings, .defaultConfig),
        ]
        for (layer, source) in layers {
            for synonym in names {
                guard let value = layer[synonym] else { continue }
                result.append(ConfigSynonymDescription(name: synonym, value: sensitive ? nil : value, source: source))
            }
        }
        guard let first = result.firstIndex(where: { $0.name == name }) else { return [] }
        return Array(result[first...])
    }

    /// DescribeConfigs for the broker: every non-internal broker configuration plus the unknown
    /// keys of the static file, each with its effective value, source and synonyms.
    package func describeBroker(includeDocumentation: Bool = false) -> [ConfigEntryDescription] {
        var entries: [ConfigEntryDescription] = []
        for key in ConfigDef.broker.keys where !key.isInternal {
            let raw = dynamicBroker[key.name] ?? dynamicDefault[key.name] ?? staticBroker[key.name]
            var value: String?
            if let raw {
                value = (try? key.parse(raw))?.description ?? raw
            } else {
                value = key.defaultString
            }
            let synonyms = synonyms(
                of: key.name, among: ConfigDef.brokerSynonyms(of: key.name), sensitive: key.type.isSensitive)
            entries.append(
                ConfigEntryDescription(
                    name: key.name, value: key.type.isSensitive ? nil : value,
                    source: synonyms.first?.source ?? .defaultConfig, isSensitive: key.type.isSensitive,
                    isReadOnly: key.updateMode == .readOnly, type: key.type,
                    documentation: includeDocumentation ? key.documentation : nil, synonyms: synonyms))
        }
        for name in staticBroker.keys.sorted() where !ConfigDef.broker.contains(name) {
            // An undefined key may hold a secret; Kafka hides values whose type it cannot tell.
            entries.append(
                ConfigEntryDescription(
                    name: name, value: nil, source: .staticBrokerConfig, isSensitive: true, isReadOnly: true, type: nil,
                    documentation: nil,
                    synonyms: [ConfigSynonymDescription(name: name, value: nil, source: .staticBrokerConfig)]))
        }
        return entries
    }

    /// DescribeConfigs for a topic (`ConfigHelper.createTopicConfigEntry`): the topic's value,
    /// `DYNAMIC_TOPIC_CONFIG` first when the topic overrides it, then the broker synonyms of the
    /// key's first broker synonym, layer by layer.
    package func describeTopic(
        _ config: LogConfig, topicOverrides: [String: String], includeDocumentation: Bool = false
    ) -> [ConfigEntryDescription] {
        var entries: [ConfigEntryDescription] = []
        for key in ConfigDef.topic.keys where !key.isInternal {
            let sensitive = key.type.isSensitive
            let value = sensitive ? nil : config.stringValue(of: key.name)
            var synonyms: [ConfigSynonymDescription] = []
            if topicOverrides[key.name] != nil {
                synonyms.append(ConfigSynonymDescription(name: key.name, value: value, source: .dynamicTopicConfig))
            }
            if let serverName = ConfigDef.topicConfigSynonyms[key.name]?.first?.name {
                synonyms += self.synonyms(
                    of: serverName, among: ConfigDef.brokerSynonyms(of: serverName), sensitive: sensitive)
            }
            entries.append(
                ConfigEntryDescription(
                    name: key.name, value: value, source: synonyms.first?.source ?? .defaultConfig,
                    isSensitive: sensitive, isReadOnly: false, type: key.type,
                    documentation: includeDocumentation ? key.documentation : nil, synonyms: synonyms))
        }
        return entries
    }
}

extension BrokerConfig {
    /// This broker's static layer (file and overrides), for DescribeConfigs.
    package var configLayers: ConfigLayers { ConfigLayers(staticBroker: originals.dictionary) }
}
