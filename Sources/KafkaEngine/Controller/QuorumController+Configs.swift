import Foundation

extension QuorumController {
    /// Kafka's `IncrementalAlterConfigsRequest` operation ids.
    enum ConfigOperation: Int8 {
        case set = 0
        case delete = 1
        case append = 2
        case subtract = 3

        var name: String {
            switch self {
            case .set: "SET"
            case .delete: "DELETE"
            case .append: "APPEND"
            case .subtract: "SUBTRACT"
            }
        }
    }

    /// One resource's requested changes: each key to its new value, nil to remove it.
    typealias ConfigChanges = [(name: String, operation: ConfigOperation, value: String?)]

    // MARK: IncrementalAlterConfigs

    /// `ConfigurationControlManager.incrementalAlterConfigs`: per resource, the operations are
    /// applied to its current dynamic configs, the result validated as a whole, and a
    /// `ConfigRecord` written for each key whose value changes.
    package func incrementalAlterConfigs(_ request: IncrementalAlterConfigsRequest, version: Int16) async
        -> IncrementalAlterConfigsResponse
    {
        let image = self.image
        var outcomes: [(type: Int8, name: String, error: ApiError?, records: [MetadataRecord])] = []
        for resource in request.resources {
            var changes: ConfigChanges = []
            var error: ApiError?
            var names = Set<String>()
            for config in resource.configs {
                guard names.insert(config.name).inserted else {
                    error = ApiError(.invalidRequest, "Error due to duplicate config keys")
                    break
                }
                guard let operation = ConfigOperation(rawValue: config.configOperation) else {
                    error = ApiError(.invalidRequest, "Unknown config operation \(config.configOperation)")
                    break
                }
                changes.append((config.name, operation, config.value))
            }
            do throws(ApiError) {
                if let error { throw error }
                let records = try alterConfigRecords(
                    type: resource.resourceType, name: resource.resourceName, changes: changes, replaceAll: false,
                    image: image)
                outcomes.append((resource.resourceType, resource.resourceName, nil, records))
            } catch {
                outcomes.append((resource.resourceType, resource.resourceName, error, []))
            }
        }
        var response = IncrementalAlterConfigsResponse()
        response.responses = commit(outcomes, validateOnly: request.validateOnly).map { outcome in
            var result = IncrementalAlterConfigsResponse.AlterConfigsResourceResponse()
            result.resourceType = outcome.type
            result.resourceName = outcome.name
            result.errorCode = outcome.error?.code.rawValue ?? 0
            result.errorMessage = outcome.error?.message
            return result
        }
        return response
    }

    // MARK: AlterConfigs

    /// `legacyAlterConfigs`: each resource's dynamic configs become exactly those requested.
    package func alterConfigs(_ request: AlterConfigsRequest, version: Int16) async -> AlterConfigsResponse {
        let image = self.image
        var outcomes: [(type: Int8, name: String, error: ApiError?, records: [MetadataRecord])] = []
        for resource in request.resources {
            let changes: ConfigChanges = resource.configs.map { ($0.name, .set, $0.value) }
            do throws(ApiError) {
                if Set(resource.configs.map(\.name)).count != resource.configs.count {
                    throw ApiError(.invalidRequest, "Error due to duplicate config keys")
                }
                let records = try alterConfigRecords(
                    type: resource.resourceType, name: resource.resourceName, changes: changes, replaceAll: true,
                    image: image)
                outcomes.append((resource.resourceType, resource.resourceName, nil, records))
            } catch {
                outcomes.append((resource.resourceType, resource.resourceName, error, []))
            }
        }
        var response = AlterConfigsResponse()
        response.responses = commit(outcomes, validateOnly: request.validateOnly).map { outcome in
            var result = AlterConfigsResponse.AlterConfigsResourceResponse()
            result.resourceType = outcome.type
            result.resourceName = outcome.name
            result.errorCode = outcome.error?.code.rawValue ?? 0
            result.errorMessage = outcome.error?.message
            return result
        }
        return response
    }

    /// Writes the records of the resources that passed; a failed write fails them all.
    private func commit(
        _ outcomes: [(type: Int8, name: String, error: ApiError?, records: [MetadataRecord])], validateOnly: Bool
    ) -> [(type: Int8, name: String, error: ApiError?)] {
        var results = outcomes.map { ($0.type, $0.name, $0.error) }
        guard !validateOnly else { return results }
        if let error = write(outcomes.flatMap(\.records)) {
            for index in results.indices where results[index].2 == nil {
                results[index].2 = ApiError(error.0, error.1)
            }
        }
        return results
    }

    /// The records that turn a resource's current dynamic configs into the requested ones, after
    /// validating the resulting set.
    private func alterConfigRecords(
        type rawType: Int8, name: String, changes: ConfigChanges, replaceAll: Bool, image: MetadataImage
    ) throws(ApiError) -> [MetadataRecord] {
        guard let type = ConfigResource.ResourceType(rawValue: rawType), type == .topic || type == .broker else {
            throw ApiError(.invalidRequest, "Unexpected resource type \(rawType)")
        }
        let resource = ConfigResource(type: type, name: name)
        switch type {
        case .topic:
            if let message = TopicNames.validationError(name) { throw ApiError(.invalidTopicException, message) }
            guard image.topics[name] != nil else {
                throw ApiError(.unknownTopicOrPartition, "The topic '\(name)' does not exist.")
            }
        default:
            if !name.isEmpty && Int32(name) == nil {
                throw ApiError(.invalidRequest, "Invalid broker name \(name)")
            }
        }
        let current = image.configs[resource] ?? [:]
        var next = replaceAll ? [:] : current
        for change in changes {
            switch change.operation {
            case .set:
                if replaceAll && change.value == nil {
                    throw ApiError(.invalidRequest, "Null value not supported for : \(change.name)")
                }
                next[change.name] = change.value
            case .delete:
                next[change.name] = nil
            case .append, .subtract:
                let key = type == .topic ? ConfigDef.topic[change.name] : ConfigDef.broker[change.name]
                guard let key, key.type == .list else {
                    throw ApiError(
                        .invalidConfig,
                        "Can't \(change.operation.name) to key \(change.name) because its type is not LIST.")
                }
                let existing = next[change.name] ?? defaultListValue(key, type: type)
                var parts = Self.splitList(existing)
                let operands = Self.splitList(change.value ?? "")
                if change.operation == .append {
                    for operand in operands where !parts.contains(operand) { parts.append(operand) }
                } else {
                    parts.removeAll { operands.contains($0) }
                }
                next[change.name] = parts.joined(separator: ",")
            }
        }
        switch type {
        case .topic:
            do {
                _ = try LogConfig.validate(topicOverrides: next, brokerDefaults: config.defaultLogConfig)
            } catch {
                throw ApiError(.invalidConfig, error.message)
            }
        default:
            try validateBrokerConfigs(next, changed: changes.map(\.name), perBroker: !name.isEmpty)
        }
        var records: [MetadataRecord] = []
        for key in Set(current.keys).union(next.keys).sorted() where current[key] != next[key] {
            records.append(configRecord(type, name, key, next[key]))
        }
        return records
    }

    /// A list config's value before any dynamic change: the static file's, else the default.
    private func defaultListValue(_ key: ConfigKey, type: ConfigResource.ResourceType) -> String {
        if type == .broker, let value = config.originals.dictionary[key.name] { return value }
        if type == .topic { return config.defaultLogConfig.stringValue(of: key.name) ?? "" }
        return key.defaultString ?? ""
    }

    /// Kafka's dynamic broker config checks: known keys must be dynamic (and per-broker ones set on
    /// a broker, not the cluster default), and their values must parse and validate.
    private func validateBrokerConfigs(_ configs: [String: String], changed: [String], perBroker: Bool)
        throws(ApiError)
    {
        let changedKeys = Set(changed)
        let readOnly = changedKeys.filter { ConfigDef.broker[$0]?.updateMode == .readOnly }.sorted()
        if !readOnly.isEmpty {
            throw ApiError(
                .invalidConfig, "Cannot update these configs dynamically: Set(\(readOnly.joined(separator: ", ")))")
        }
        if !perBroker {
            let perBrokerOnly = changedKeys.filter { ConfigDef.broker[$0]?.updateMode == .perBroker }.sorted()
            if !perBrokerOnly.isEmpty {
                throw ApiError(
                    .invalidConfig,
                    "Cannot update these configs at default cluster level, broker id must be specified: "
                        + "Set(\(perBrokerOnly.joined(separator: ", ")))")
            }
        }
        for name in configs.keys.sorted() {
            guard let key = ConfigDef.broker[name], let value = configs[name] else { continue }
            do {
                _ = try key.parseAndValidate(value)
            } catch {
                throw ApiError(.invalidConfig, error.message)
            }
        }
    }

    /// A LIST value's elements (Kafka's comma split with whitespace trimmed, empty for "").
    static func splitList(_ value: String) -> [String] {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        return trimmed.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
    }
}
