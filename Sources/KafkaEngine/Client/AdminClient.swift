/// A topic to create (Kafka's `NewTopic`): either a partition count and replication factor (-1 for the
/// broker's defaults) or an explicit replica assignment (partition → broker ids), plus topic configs.
package struct NewTopic: Sendable, Equatable {
    package var name: String
    package var numPartitions: Int32
    package var replicationFactor: Int16
    package var replicaAssignment: [Int32: [Int32]]
    package var configs: [String: String]

    package init(
        name: String, numPartitions: Int32 = -1, replicationFactor: Int16 = -1,
        replicaAssignment: [Int32: [Int32]] = [:], configs: [String: String] = [:]
    ) {
        self.name = name
        self.numPartitions = numPartitions
        self.replicationFactor = replicationFactor
        self.replicaAssignment = replicaAssignment
        self.configs = configs
    }
}

/// What CreateTopics reported for a created (or validated) topic.
package struct CreatedTopic: Sendable, Equatable {
    package var name: String
    package var topicId: KafkaUUID
    package var numPartitions: Int32
    package var replicationFactor: Int16
    package var configs: [String: String?]
}

/// A topic as ListTopics shows it.
package struct TopicListing: Sendable, Equatable {
    package var name: String
    package var topicId: KafkaUUID
    package var isInternal: Bool
}

/// A topic as DescribeTopics shows it: id, internal flag and every partition (leader -1 when none).
package struct TopicDescription: Sendable, Equatable {
    package var name: String
    package var topicId: KafkaUUID
    package var isInternal: Bool
    package var partitions: [TopicPartitionInfo]
}

/// A config resource (Kafka's `AdminConfigResource`): a topic, a broker (by id; "" for the cluster-wide
/// default), or a broker's loggers.
package struct AdminConfigResource: Hashable, Sendable, CustomStringConvertible {
    package enum ResourceType: Int8, Sendable {
        case topic = 2
        case broker = 4
        case brokerLogger = 8
        case clientMetrics = 16
        case group = 32
    }

    package var type: ResourceType
    package var name: String

    package init(_ type: ResourceType, _ name: String) {
        self.type = type
        self.name = name
    }

    package var description: String { "AdminConfigResource(type=\(type), name='\(name)')" }
}

/// One config as DescribeConfigs returns it. `source` is Kafka's `ConfigSource` id (1 dynamic topic,
/// 2 dynamic broker, 3 dynamic default broker, 4 static broker, 5 default, 6 dynamic broker logger).
package struct ConfigEntry: Sendable, Equatable {
    package struct Synonym: Sendable, Equatable {
        package var name: String
        package var value: String?
        package var source: Int8
    }

    package var name: String
    package var value: String?
    package var source: Int8
    package var isDefault: Bool
    package var isReadOnly: Bool
    package var isSensitive: Bool
    package var synonyms: [Synonym]
    /// Kafka's `ConfigType` id (0 unknown, 1 boolean, 2 string, 3 int, 4 short, 5 long, 6 double, 7 list, 8 class, 9 password).
    package var type: Int8
    package var documentation: String?
}

/// One change of IncrementalAlterConfigs (Kafka's `AlterConfigOp`).
package struct AlterConfigOp: Sendable, Equatable {
    package enum OpType: Int8, Sendable {
        case set = 0
        case delete = 1
        case append = 2
        case subtract = 3
    }

    package var name: String
    package var value: String?
    package var op: OpType

    package init(name: String, value: String?, op: OpType = .set) {
        self.name = name
        self.value = value
        self.op = op
    }
}

/// A partition-count increase for CreatePartitions: the new total, and optionally the replicas of
/// each new partition.
package struct NewPartitions: Sendable, Equatable {
    package var totalCount: Int32
    package var newAssignments: [[Int32]]?

    package init(totalCount: Int32, newAssignments: [[Int32]]? = nil) {
        self.totalCount = totalCount
        self.newAssignments = newAssignments
    }
}

/// What DescribeCluster returns.
package struct ClusterDescription: Sendable, Equatable {
    package var clusterId: String
    package var controller: BrokerNode?
    package var brokers: [BrokerNode]
}

/// Kafka's `Admin` for the tools: topic, config, partition, offset and cluster operations over a
/// `KafkaClient`. Every call returns per-item results where Kafka's does (one topic failing does not
/// fail the others); errors carry the broker's error code and message.
package final class AdminClient: Sendable {
    package let client: KafkaClient

    package init(client: KafkaClient) {
        self.client = client
    }

    /// Bootstraps a client of its own from `config`.
    package static func connect(config: ClientConfig) async throws(KafkaClientError) -> AdminClient {
        AdminClient(client: try await KafkaClient.connect(config: config))
    }

    package func close() async {
        await client.close()
    }

    private var timeoutMs: Int32 { client.config.defaultApiTimeout.int32Milliseconds }

    // MARK: Topics

    package func createTopics(
        _ topics: [NewTopic], validateOnly: Bool = false
    ) async throws(KafkaClientError) -> [String: Result<CreatedTopic, KafkaClientError>] {
        var request = CreateTopicsRequest()
        request.timeoutMs = timeoutMs
        request.validateOnly = validateOnly
        request.topics = topics.map { topic in
            var t = CreateTopicsRequest.CreatableTopic()
            t.name = topic.name
            t.numPartitions = topic.replicaAssignment.isEmpty ? topic.numPartitions : -1
            t.replicationFactor = topic.replicaAssignment.isEmpty ? topic.replicationFactor : -1
            t.assignments = topic.replicaAssignment.keys.sorted().map { partition in
                var a = CreateTopicsRequest.CreatableReplicaAssignment()
                a.partitionIndex = partition
                a.brokerIds = topic.replicaAssignment[partition] ?? []
                return a
            }
            t.configs = topic.configs.keys.sorted().map { name in
                var c = CreateTopicsRequest.CreatableTopicConfig()
                c.name = name
                c.value = topic.configs[name]
                return c
            }
            return t
        }
        let response = try await client.sendToController(request)
        var results: [String: Result<CreatedTopic, KafkaClientError>] = [:]
        for topic in response.topics {
            let code = ErrorCode(rawValue: topic.errorCode)
            if code != .none {
                results[topic.name] = .failure(.broker(code, message: topic.errorMessage))
            } else {
                var configs: [String: String?] = [:]
                for config in topic.configs ?? [] { configs[config.name] = config.value }
                results[topic.name] = .success(
                    CreatedTopic(
                        name: topic.name, topicId: topic.topicId, numPartitions: topic.numPartitions,
                        replicationFactor: topic.replicationFactor, configs: configs))
            }
        }
        for topic in topics where results[topic.name] == nil {
            results[topic.name] = .failure(KafkaClientError(kind: .protocolError, message: "No result for \(topic.name)"))
        }
        client.markStale()
        return results
    }

    package func deleteTopics(names: [String]) async throws(KafkaClientError) -> [String: Result<Void, KafkaClientError>] {
        let response = try await deleteTopics { request, version in
            if version >= 6 {
                request.topics = names.map { name in
                    var t = DeleteTopicsRequest.DeleteTopicState()
                    t.name = name
                    return t
                }
            } else {
                request.topicNames = names
            }
        }
        var results: [String: Result<Void, KafkaClientError>] = [:]
        for result in response.responses {
            guard let name = result.name else { continue }
            let code = ErrorCode(rawValue: result.errorCode)
            results[name] = code == .none ? .success(()) : .failure(.broker(code, message: result.errorMessage))
        }
        return results
    }

    /// Deletes topics by id (DeleteTopics v6+); the result names each deleted topic.
    package func deleteTopics(ids: [KafkaUUID]) async throws(KafkaClientError) -> [KafkaUUID: Result<String?, KafkaClientError>] {
        let response = try await deleteTopics { request, version in
            request.topics = ids.map { id in
                var t = DeleteTopicsRequest.DeleteTopicState()
                t.topicId = id
                return t
            }
        }
        var results: [KafkaUUID: Result<String?, KafkaClientError>] = [:]
        for result in response.responses {
            let code = ErrorCode(rawValue: result.errorCode)
            results[result.topicId] = code == .none ? .success(result.name) : .failure(.broker(code, message: result.errorMessage))
        }
        return results
    }

    private func deleteTopics(
        _ fill: (inout DeleteTopicsRequest, Int16) -> Void
    ) async throws(KafkaClientError) -> DeleteTopicsResponse {
        let node = controllerOrAny()
        let negotiated = try await client.connection(to: node)
        guard let version = negotiated.version(for: .deleteTopics) else {
            throw KafkaClientError(kind: .unsupportedVersion, code: .unsupportedVersion, message: "The broker does not support DeleteTopics")
        }
        var request = DeleteTopicsRequest()
        request.timeoutMs = timeoutMs
        fill(&request, version)
        let response = try await client.send(request, version: version, on: negotiated, node: node)
        client.markStale()
        return response
    }

    private func controllerOrAny() -> Int32 {
        let metadata = client.metadata
        return metadata.brokers[metadata.controllerId] != nil ? metadata.controllerId : client.anyBroker()
    }

    /// Every topic (Metadata with a null topic list), sorted by name; internal topics only when asked.
    package func listTopics(includeInternal: Bool = true) async throws(KafkaClientError) -> [TopicListing] {
        let response = try await allTopicsMetadata()
        return response.topics.compactMap { topic -> TopicListing? in
            guard let name = topic.name, topic.errorCode == 0, includeInternal || !topic.isInternal else { return nil }
            return TopicListing(name: name, topicId: topic.topicId, isInternal: topic.isInternal)
        }.sorted { $0.name < $1.name }
    }

    private func allTopicsMetadata() async throws(KafkaClientError) -> MetadataResponse {
        var request = MetadataRequest()
        request.topics = nil
        request.allowAutoTopicCreation = false
        return try await client.sendToAnyBroker(request)
    }

    /// Describes topics by name: DescribeTopicPartitions (paged by `partitionLimit`) when the broker
    /// serves it, else Metadata. A topic that does not exist gets UNKNOWN_TOPIC_OR_PARTITION.
    package func describeTopics(
        _ names: [String], partitionLimit: Int32 = 2000
    ) async throws(KafkaClientError) -> [String: Result<TopicDescription, KafkaClientError>] {
        let node = client.anyBroker()
        let negotiated = try await client.connection(to: node)
        if negotiated.version(for: .describeTopicPartitions) != nil {
            return try await describeWithDescribeTopicPartitions(names, partitionLimit: partitionLimit)
        }
        var request = MetadataRequest()
        request.allowAutoTopicCreation = false
        request.topics = names.map { name in
            var t = MetadataRequest.MetadataRequestTopic()
            t.name = name
            return t
        }
        let response = try await client.sendToAnyBroker(request)
        client.apply(response, requested: [])
        var results: [String: Result<TopicDescription, KafkaClientError>] = [:]
        for topic in response.topics {
            guard let name = topic.name else { continue }
            let code = ErrorCode(rawValue: topic.errorCode)
            guard code == .none else {
                results[name] = .failure(.broker(code))
                continue
            }
            results[name] = .success(
                TopicDescription(
                    name: name, topicId: topic.topicId, isInternal: topic.isInternal,
                    partitions: topic.partitions.map {
                        TopicPartitionInfo(
                            partition: $0.partitionIndex, error: ErrorCode(rawValue: $0.errorCode), leader: $0.leaderId,
                            leaderEpoch: $0.leaderEpoch, replicas: $0.replicaNodes, isr: $0.isrNodes,
                            offlineReplicas: $0.offlineReplicas)
                    }.sorted { $0.partition < $1.partition }))
        }
        return results
    }

    /// Describes topics by id (Metadata v10+).
    package func describeTopics(ids: [KafkaUUID]) async throws(KafkaClientError) -> [KafkaUUID: Result<TopicDescription, KafkaClientError>] {
        var request = MetadataRequest()
        request.allowAutoTopicCreation = false
        request.topics = ids.map { id in
            var t = MetadataRequest.MetadataRequestTopic()
            t.topicId = id
            t.name = nil
            return t
        }
        let response = try await client.sendToAnyBroker(request)
        var results: [KafkaUUID: Result<TopicDescription, KafkaClientError>] = [:]
        for topic in response.topics {
            let code = ErrorCode(rawValue: topic.errorCode)
            guard code == .none, let name = topic.name else {
                results[topic.topicId] = .failure(.broker(code == .none ? .unknownTopicId : code))
                continue
            }
            results[topic.topicId] = .success(
                TopicDescription(
                    name: name, topicId: topic.topicId, isInternal: topic.isInternal,
                    partitions: topic.partitions.map {
                        TopicPartitionInfo(
                            partition: $0.partitionIndex, error: ErrorCode(rawValue: $0.errorCode), leader: $0.leaderId,
                            leaderEpoch: $0.leaderEpoch, replicas: $0.replicaNodes, isr: $0.isrNodes,
                            offlineReplicas: $0.offlineReplicas)
                    }.sorted { $0.partition < $1.partition }))
        }
        for id in ids where results[id] == nil { results[id] = .failure(.broker(.unknownTopicId)) }
        return results
    }

    private func describeWithDescribeTopicPartitions(
        _ names: [String], partitionLimit: Int32
    ) async throws(KafkaClientError) -> [String: Result<TopicDescription, KafkaClientError>] {
        var results: [String: Result<TopicDescription, KafkaClientError>] = [:]
        var descriptions: [String: TopicDescription] = [:]
        var cursor: DescribeTopicPartitionsRequest.Cursor?
        let sortedNames = names.sorted()
        repeat {
            var request = DescribeTopicPartitionsRequest()
            request.responsePartitionLimit = partitionLimit
            request.cursor = cursor
            request.topics = sortedNames.map { name in
                var t = DescribeTopicPartitionsRequest.TopicRequest()
                t.name = name
                return t
            }
            let response = try await client.sendToAnyBroker(request)
            for topic in response.topics {
                guard let name = topic.name else { continue }
                let code = ErrorCode(rawValue: topic.errorCode)
                guard code == .none else {
                    results[name] = .failure(.broker(code))
                    continue
                }
                var description =
                    descriptions[name]
                    ?? TopicDescription(name: name, topicId: topic.topicId, isInternal: topic.isInternal, partitions: [])
                description.partitions += topic.partitions.map {
                    TopicPartitionInfo(
                        partition: $0.partitionIndex, error: ErrorCode(rawValue: $0.errorCode), leader: $0.leaderId,
                        leaderEpoch: $0.leaderEpoch, replicas: $0.replicaNodes, isr: $0.isrNodes,
                        offlineReplicas: $0.offlineReplicas, eligibleLeaderReplicas: $0.eligibleLeaderReplicas,
                        lastKnownElr: $0.lastKnownElr)
                }
                descriptions[name] = description
            }
            let next = response.nextCursor.map { c -> DescribeTopicPartitionsRequest.Cursor in
                var cursor = DescribeTopicPartitionsRequest.Cursor()
                cursor.topicName = c.topicName
                cursor.partitionIndex = c.partitionIndex
                return cursor
            }
            if let next, next == cursor {
                throw KafkaClientError(kind: .protocolError, message: "DescribeTopicPartitions cursor did not advance")
            }
            cursor = next
        } while cursor != nil
        for (name, var description) in descriptions {
            description.partitions.sort { $0.partition < $1.partition }
            results[name] = .success(description)
        }
        for name in names where results[name] == nil { results[name] = .failure(.broker(.unknownTopicOrPartition)) }
        return results
    }

    /// Raises topics' partition counts.
    package func createPartitions(
        _ increases: [String: NewPartitions], validateOnly: Bool = false
    ) async throws(KafkaClientError) -> [String: Result<Void, KafkaClientError>] {
        var request = CreatePartitionsRequest()
        request.timeoutMs = timeoutMs
        request.validateOnly = validateOnly
        request.topics = increases.keys.sorted().map { name in
            var t = CreatePartitionsRequest.CreatePartitionsTopic()
            t.name = name
            t.count = increases[name]?.totalCount ?? 0
            t.assignments = increases[name]?.newAssignments.map { assignments in
                assignments.map { brokers in
                    var a = CreatePartitionsRequest.CreatePartitionsAssignment()
                    a.brokerIds = brokers
                    return a
                }
            }
            return t
        }
        let response = try await client.sendToController(request)
        var results: [String: Result<Void, KafkaClientError>] = [:]
        for result in response.results {
            let code = ErrorCode(rawValue: result.errorCode)
            results[result.name] = code == .none ? .success(()) : .failure(.broker(code, message: result.errorMessage))
        }
        client.markStale()
        return results
    }

    // MARK: Configs

    /// Describes configs; broker resources are asked of that broker, the rest of any broker. `keys`
    /// nil describes every config.
    package func describeConfigs(
        _ resources: [AdminConfigResource], keys: [String]? = nil, includeSynonyms: Bool = false,
        includeDocumentation: Bool = false
    ) async throws(KafkaClientError) -> [AdminConfigResource: Result<[ConfigEntry], KafkaClientError>] {
        var results: [AdminConfigResource: Result<[ConfigEntry], KafkaClientError>] = [:]
        for (node, group) in route(resources) {
            var request = DescribeConfigsRequest()
            request.includeSynonyms = includeSynonyms
            request.includeDocumentation = includeDocumentation
            request.resources = group.map { resource in
                var r = DescribeConfigsRequest.DescribeConfigsResource()
                r.resourceType = resource.type.rawValue
                r.resourceName = resource.name
                r.configurationKeys = keys
                return r
            }
            let response = try await send(request, to: node)
            for result in response.results {
                guard let type = AdminConfigResource.ResourceType(rawValue: result.resourceType) else { continue }
                let resource = AdminConfigResource(type, result.resourceName)
                let code = ErrorCode(rawValue: result.errorCode)
                guard code == .none else {
                    results[resource] = .failure(.broker(code, message: result.errorMessage))
                    continue
                }
                results[resource] = .success(
                    result.configs.map { c in
                        // v1+ carries the source instead of IsDefault; Kafka's admin client derives
                        // `isDefault` from source DEFAULT_CONFIG (5).
                        ConfigEntry(
                            name: c.name, value: c.value, source: c.configSource,
                            isDefault: c.isDefault || c.configSource == 5,
                            isReadOnly: c.readOnly, isSensitive: c.isSensitive,
                            synonyms: c.synonyms.map { .init(name: $0.name, value: $0.value, source: $0.source) },
                            type: c.configType, documentation: c.documentation)
                    })
            }
        }
        return results
    }

    /// Changes configs incrementally (set / delete / append / subtract).
    package func incrementalAlterConfigs(
        _ changes: [AdminConfigResource: [AlterConfigOp]], validateOnly: Bool = false
    ) async throws(KafkaClientError) -> [AdminConfigResource: Result<Void, KafkaClientError>] {
        var results: [AdminConfigResource: Result<Void, KafkaClientError>] = [:]
        for (node, group) in route(Array(changes.keys)) {
            var request = IncrementalAlterConfigsRequest()
            request.validateOnly = validateOnly
            request.resources = group.map { resource in
                var r = IncrementalAlterConfigsRequest.AlterConfigsResource()
                r.resourceType = resource.type.rawValue
                r.resourceName = resource.name
                r.configs = (changes[resource] ?? []).map { op in
                    var c = IncrementalAlterConfigsRequest.AlterableConfig()
                    c.name = op.name
                    c.configOperation = op.op.rawValue
                    c.value = op.value
                    return c
                }
                return r
            }
            let response = try await send(request, to: node)
            for result in response.responses {
                guard let type = AdminConfigResource.ResourceType(rawValue: result.resourceType) else { continue }
                let code = ErrorCode(rawValue: result.errorCode)
                results[AdminConfigResource(type, result.resourceName)] =
                    code == .none ? .success(()) : .failure(.broker(code, message: result.errorMessage))
            }
        }
        return results
    }

    private func send<R: KafkaRequestMessage>(_ request: R, to node: Int32?) async throws(KafkaClientError) -> R.Response {
        if let node { return try await client.send(request, to: node) }
        return try await client.sendToAnyBroker(request)
    }

    /// Broker (and broker-logger) resources with an id go to that broker; everything else to any broker.
    private func route(_ resources: [AdminConfigResource]) -> [(Int32?, [AdminConfigResource])] {
        var byNode: [Int32: [AdminConfigResource]] = [:]
        var any: [AdminConfigResource] = []
        for resource in resources {
            if resource.type == .broker || resource.type == .brokerLogger, let id = Int32(resource.name) {
                byNode[id, default: []].append(resource)
            } else {
                any.append(resource)
            }
        }
        var routes: [(Int32?, [AdminConfigResource])] = byNode.keys.sorted().map { ($0, byNode[$0] ?? []) }
        if !any.isEmpty { routes.append((nil, any)) }
        return routes
    }

    // MARK: Offsets and cluster

    package func listOffsets(
        _ specs: [TopicPartition: OffsetSpec], isolationLevel: IsolationLevel = .readUncommitted
    ) async throws(KafkaClientError) -> [TopicPartition: Result<ListedOffset, KafkaClientError>] {
        try await client.listOffsets(specs, isolationLevel: isolationLevel)
    }

    /// The cluster id, the controller and the brokers (DescribeCluster, else Metadata).
    package func describeCluster() async throws(KafkaClientError) -> ClusterDescription {
        let node = client.anyBroker()
        let negotiated = try await client.connection(to: node)
        if negotiated.version(for: .describeCluster) != nil {
            let response = try await client.send(DescribeClusterRequest(), to: node)
            let code = ErrorCode(rawValue: response.errorCode)
            guard code == .none else { throw .broker(code, message: response.errorMessage) }
            let brokers = response.brokers.map {
                BrokerNode(id: $0.brokerId, host: $0.host, port: Int($0.port), rack: $0.rack)
            }.sorted { $0.id < $1.id }
            return ClusterDescription(
                clusterId: response.clusterId, controller: brokers.first { $0.id == response.controllerId },
                brokers: brokers)
        }
        let metadata = try await client.refreshMetadata(topics: [])
        return ClusterDescription(
            clusterId: metadata.clusterId ?? "", controller: metadata.brokers[metadata.controllerId],
            brokers: metadata.sortedBrokers)
    }
}
