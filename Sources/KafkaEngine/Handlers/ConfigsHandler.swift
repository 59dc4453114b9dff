/// DescribeConfigs (answered from this broker's configuration layers and its metadata image, as
/// Kafka's `ConfigHelper`), AlterConfigs and IncrementalAlterConfigs (written by the controller).
package struct ConfigsHandler: ApiHandler {
    package let controller: QuorumController
    package let config: BrokerConfig
    package let metadataCache: MetadataCache
    package let nodeId: Int32

    package init(controller: QuorumController, config: BrokerConfig, metadataCache: MetadataCache, nodeId: Int32) {
        self.controller = controller
        self.config = config
        self.metadataCache = metadataCache
        self.nodeId = nodeId
    }

    package var versions: [ApiKey: ClosedRange<Int16>] {
        [
            .describeConfigs: ApiKey.describeConfigs.validVersions,
            .alterConfigs: ApiKey.alterConfigs.validVersions,
            .incrementalAlterConfigs: ApiKey.incrementalAlterConfigs.validVersions,
        ]
    }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        let version = context.apiVersion
        switch request {
        case let request as DescribeConfigsRequest:
            return .response(describeConfigs(request, version: version))
        case let request as AlterConfigsRequest:
            return .response(await controller.alterConfigs(request, version: version))
        case let request as IncrementalAlterConfigsRequest:
            return .response(await controller.incrementalAlterConfigs(request, version: version))
        default:
            return .close
        }
    }

    // MARK: DescribeConfigs

    /// The broker's configuration layers with the dynamic ones of `image`.
    func configLayers(_ image: MetadataImage) -> ConfigLayers {
        ConfigLayers(
            staticBroker: config.originals.dictionary,
            dynamicBroker: image.configs[ConfigResource(type: .broker, name: String(nodeId))] ?? [:],
            dynamicDefault: image.configs[ConfigResource(type: .broker, name: "")] ?? [:])
    }

    func describeConfigs(_ request: DescribeConfigsRequest, version: Int16) -> DescribeConfigsResponse {
        let image = metadataCache.image
        let layers = configLayers(image)
        // v0 has no synonyms field; from v1 the client asks for them.
        let includeSynonyms = version >= 1 && request.includeSynonyms
        let includeDocumentation = version >= 3 && request.includeDocumentation
        var response = DescribeConfigsResponse()
        for resource in request.resources {
            var result = DescribeConfigsResponse.DescribeConfigsResult()
            result.resourceType = resource.resourceType
            result.resourceName = resource.resourceName
            switch describe(resource, image: image, layers: layers, includeDocumentation: includeDocumentation) {
            case .success(let entries):
                let keys = resource.configurationKeys ?? []
                result.configs = entries.filter { keys.isEmpty || keys.contains($0.name) }.map {
                    Self.resourceResult($0, version: version, includeSynonyms: includeSynonyms)
                }
            case .failure(let error):
                result.errorCode = error.code.rawValue
                result.errorMessage = error.message
            }
            response.results.append(result)
        }
        return response
    }

    struct DescribeError: Error {
        var code: ErrorCode
        var message: String?
    }

    private func describe(
        _ resource: DescribeConfigsRequest.DescribeConfigsResource, image: MetadataImage, layers: ConfigLayers,
        includeDocumentation: Bool
    ) -> Result<[ConfigEntryDescription], DescribeError> {
        switch ConfigResource.ResourceType(rawValue: resource.resourceType) {
        case .topic:
            let name = resource.resourceName
            if let message = TopicNames.validationError(name) {
                return .failure(DescribeError(code: .invalidTopicException, message: message))
            }
            guard image.topics[name] != nil else {
                return .failure(DescribeError(code: .unknownTopicOrPartition, message: ""))
            }
            let overrides = image.topicConfigs(name)
            let logConfig =
                (try? LogConfig(topicOverrides: overrides, brokerDefaults: config.defaultLogConfig))
                ?? config.defaultLogConfig
            return .success(
                layers.describeTopic(logConfig, topicOverrides: overrides, includeDocumentation: includeDocumentation))
        case .broker:
            let name = resource.resourceName
            if name.isEmpty {
                // The cluster-wide dynamic defaults only, as Kafka describes the default resource.
                let defaults = ConfigLayers(staticBroker: [:], dynamicDefault: layers.dynamicDefault)
                return .success(
                    defaults.describeBroker(includeDocumentation: includeDocumentation).filter {
                        $0.source == .dynamicDefaultBrokerConfig
                    }.map { entry in
                        var entry = entry
                        entry.synonyms = entry.synonyms.filter { $0.source == .dynamicDefaultBrokerConfig }
                        return entry
                    })
            }
            guard name == String(nodeId) else {
                return .failure(
                    DescribeError(
                        code: .invalidRequest,
                        message: "Unexpected broker id, expected \(nodeId) or empty string, but received \(name)"))
            }
            return .success(layers.describeBroker(includeDocumentation: includeDocumentation))
        default:
            let type = resource.resourceType
            return .failure(
                DescribeError(code: .invalidRequest, message: "Unsupported resource type: \(Self.resourceTypeName(type))"))
        }
    }

    static func resourceResult(_ entry: ConfigEntryDescription, version: Int16, includeSynonyms: Bool)
        -> DescribeConfigsResponse.DescribeConfigsResourceResult
    {
        var result = DescribeConfigsResponse.DescribeConfigsResourceResult()
        result.name = entry.name
        result.value = entry.isSensitive ? nil : entry.value
        result.readOnly = entry.isReadOnly
        result.isSensitive = entry.isSensitive
        if version == 0 {
            result.isDefault = entry.source == .defaultConfig
        } else {
            result.configSource = entry.source.rawValue
        }
        if includeSynonyms {
            result.synonyms = entry.synonyms.map { synonym in
                var out = DescribeConfigsResponse.DescribeConfigsSynonym()
                out.name = synonym.name
                out.value = synonym.value
                out.source = synonym.source.rawValue
                return out
            }
        }
        if version >= 3 {
            result.configType = entry.type?.describeConfigsType ?? 0
            result.documentation = entry.documentation
        }
        return result
    }

    static func resourceTypeName(_ type: Int8) -> String {
        switch type {
        case 2: "TOPIC"
        case 4: "BROKER"
        case 8: "BROKER_LOGGER"
        case 16: "CLIENT_METRICS"
        case 32: "GROUP"
        default: "UNKNOWN"
        }
    }
}
