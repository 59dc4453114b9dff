/// An error for one topic or resource of a request (Kafka's `ApiError`): a code and its message.
struct ApiError: Error {
    var code: ErrorCode
    var message: String?

    init(_ code: ErrorCode, _ message: String?) {
        self.code = code
        self.message = message
    }
}

extension QuorumController {
    // MARK: CreateTopics

    /// Kafka's `ReplicationControlManager.createTopics` behind `ControllerApis`: names, existence,
    /// configs, then partitions and replicas are checked per topic; the records of every topic
    /// that passes are written in one batch (none with `validateOnly`).
    package func createTopics(_ request: CreateTopicsRequest, version: Int16) async -> CreateTopicsResponse {
        let image = self.image
        var seen = Set<String>()
        var duplicates = Set<String>()
        for topic in request.topics where !seen.insert(topic.name).inserted { duplicates.insert(topic.name) }
        // Existing names by their form with '.' and '_' unified, the first in name order kept.
        var collisions: [String: String] = [:]
        for name in image.topics.byName.keys.sorted() where TopicNames.hasCollisionChars(name) {
            let unified = TopicNames.unifyCollisionChars(name)
            if collisions[unified] == nil { collisions[unified] = name }
        }

        var records: [MetadataRecord] = []
        var results: [CreateTopicsResponse.CreatableTopicResult] = []
        for topic in request.topics where !duplicates.contains(topic.name) {
            var result = CreateTopicsResponse.CreatableTopicResult()
            result.name = topic.name
            do {
                let created = try createTopic(topic, image: image, collisions: collisions, version: version)
                records += created.records
                result = created.result
            } catch {
                result.errorCode = error.code.rawValue
                result.errorMessage = error.message
                result.configs = []
            }
            results.append(result)
        }
        if !request.validateOnly, let error = write(records) {
            for index in results.indices where results[index].errorCode == 0 {
                var failed = CreateTopicsResponse.CreatableTopicResult()
                failed.name = results[index].name
                failed.errorCode = error.0.rawValue
                failed.errorMessage = error.1
                results[index] = failed
            }
        }
        for name in duplicates.sorted() {
            var result = CreateTopicsResponse.CreatableTopicResult()
            result.name = name
            result.errorCode = ErrorCode.invalidRequest.rawValue
            result.errorMessage = "Duplicate topic name."
            results.append(result)
        }
        var response = CreateTopicsResponse()
        response.topics = results
        return response
    }

    /// One topic of CreateTopics: its records and its successful result.
    private func createTopic(
        _ topic: CreateTopicsRequest.CreatableTopic, image: MetadataImage, collisions: [String: String],
        version: Int16
    ) throws(ApiError) -> (records: [MetadataRecord], result: CreateTopicsResponse.CreatableTopicResult) {
        if topic.name == TopicNames.clusterMetadataTopicName {
            throw ApiError(.invalidRequest, "Creation of internal topic \(topic.name) is prohibited.")
        }
        if image.topics[topic.name] != nil {
            throw ApiError(.topicAlreadyExists, "Topic '\(topic.name)' already exists.")
        }
        if let message = TopicNames.validationError(topic.name) { throw ApiError(.invalidTopicException, message) }
        if TopicNames.hasCollisionChars(topic.name),
            let existing = collisions[TopicNames.unifyCollisionChars(topic.name)]
        {
            throw ApiError(
                .invalidTopicException, "Topic '\(topic.name)' collides with existing topic: \(existing)")
        }

        // Configs: no nulls, then Kafka's topic config validation of the whole set.
        let nullConfigs = topic.configs.filter { $0.value == nil }.map(\.name)
        if !nullConfigs.isEmpty {
            throw ApiError(
                .invalidConfig, "Null value not supported for topic configs: \(nullConfigs.joined(separator: ","))")
        }
        var overrides: [String: String] = [:]
        for config in topic.configs { overrides[config.name] = config.value ?? "" }
        let logConfig: LogConfig
        do {
            logConfig = try LogConfig.validate(topicOverrides: overrides, brokerDefaults: config.defaultLogConfig)
        } catch {
            throw ApiError(.invalidConfig, error.message)
        }

        let assignments = try partitionAssignments(topic, image: image)
        let topicId = KafkaUUID.random(using: &random)
        var records: [MetadataRecord] = []
        var topicRecord = TopicRecord()
        topicRecord.name = topic.name
        topicRecord.topicId = topicId
        records.append(MetadataRecord(topicRecord, version: RecordVersion.topic))
        // ConfigRecords go after the TopicRecord and before the PartitionRecords, as in Kafka.
        for name in overrides.keys.sorted() {
            records.append(configRecord(.topic, topic.name, name, overrides[name]))
        }
        for (partitionId, replicas) in assignments.enumerated() {
            records.append(partitionRecord(topicId: topicId, partitionId: Int32(partitionId), replicas: replicas, image: image))
        }

        var result = CreateTopicsResponse.CreatableTopicResult()
        result.name = topic.name
        result.topicId = topicId
        result.errorMessage = nil
        if version >= 5 {
            result.numPartitions = Int32(assignments.count)
            result.replicationFactor = Int16(assignments.first?.count ?? 0)
            result.configs = describeTopicConfigs(logConfig, overrides: overrides, image: image).map { entry in
                var config = CreateTopicsResponse.CreatableTopicConfigs()
                config.name = entry.name
                config.value = entry.isSensitive ? nil : entry.value
                config.readOnly = entry.isReadOnly
                config.configSource = entry.source.rawValue
                config.isSensitive = entry.isSensitive
                return config
            }
        }
        return (records, result)
    }

    /// The replicas of each new partition: the manual assignment, or placed over the brokers.
    private func partitionAssignments(
        _ topic: CreateTopicsRequest.CreatableTopic, image: MetadataImage
    ) throws(ApiError) -> [[Int32]] {
        if !topic.assignments.isEmpty {
            if topic.replicationFactor != -1 {
                throw ApiError(
                    .invalidRequest,
                    "A manual partition assignment was specified, but replication factor was not set to -1.")
            }
            if topic.numPartitions != -1 {
                throw ApiError(
                    .invalidRequest, "A manual partition assignment was specified, but numPartitions was not set to -1.")
            }
            var byPartition: [Int32: [Int32]] = [:]
            var replicationFactor: Int?
            for assignment in topic.assignments {
                if byPartition[assignment.partitionIndex] != nil {
                    throw ApiError(
                        .invalidReplicaAssignment,
                        "Found multiple manual partition assignments for partition \(assignment.partitionIndex)")
                }
                try validateManualAssignment(assignment.brokerIds, replicationFactor: replicationFactor, image: image)
                replicationFactor = assignment.brokerIds.count
                if !assignment.brokerIds.contains(where: { isActive($0, image) }) {
                    throw ApiError(
                        .invalidReplicaAssignment,
                        "All brokers specified in the manual partition assignment for partition "
                            + "\(assignment.partitionIndex) are fenced or in controlled shutdown.")
                }
                byPartition[assignment.partitionIndex] = assignment.brokerIds
            }
            var result: [[Int32]] = []
            for index in 0..<byPartition.count {
                guard let replicas = byPartition[Int32(index)] else {
                    throw ApiError(
                        .invalidReplicaAssignment, "partitions should be a consecutive 0-based integer sequence")
                }
                result.append(replicas)
            }
            return result
        }
        if topic.replicationFactor < -1 || topic.replicationFactor == 0 {
            throw ApiError(
                .invalidReplicationFactor, "Replication factor must be larger than 0, or -1 to use the default value.")
        }
        if topic.numPartitions < -1 || topic.numPartitions == 0 {
            throw ApiError(.invalidPartitions, "Number of partitions was set to an invalid non-positive value.")
        }
        let numPartitions = topic.numPartitions == -1 ? config.numPartitions : topic.numPartitions
        let replicationFactor =
            topic.replicationFactor == -1 ? Int(config.defaultReplicationFactor) : Int(topic.replicationFactor)
        return try place(startPartition: 0, count: numPartitions, replicationFactor: replicationFactor, image: image)
    }

    /// Kafka's `StripedReplicaPlacer` checks, then the rack-unaware round-robin placement over
    /// the usable brokers (all registered brokers when too few are usable, the fenced ones then
    /// staying out of the ISR).
    func place(startPartition: Int32, count: Int32, replicationFactor: Int, image: MetadataImage) throws(ApiError)
        -> [[Int32]]
    {
        let registered = image.brokers.keys.sorted()
        let usable = registered.filter { isActive($0, image) }
        let fail = "Unable to replicate the partition \(replicationFactor) time(s): "
        if usable.isEmpty {
            throw ApiError(.invalidReplicationFactor, fail + "All brokers are currently fenced.")
        }
        if replicationFactor > registered.count {
            throw ApiError(
                .invalidReplicationFactor,
                fail + "The target replication factor of \(replicationFactor) cannot be reached because only "
                    + "\(registered.count) broker(s) are registered.")
        }
        let placer = ReplicaPlacer(brokers: replicationFactor <= usable.count ? usable : registered)
        return placer.place(
            startPartition: startPartition, count: count, replicationFactor: replicationFactor, using: &random)
    }

    /// Kafka's `validateManualPartitionAssignment`.
    func validateManualAssignment(_ replicas: [Int32], replicationFactor: Int?, image: MetadataImage)
        throws(ApiError)
    {
        if replicas.isEmpty {
            throw ApiError(.invalidReplicaAssignment, "The manual partition assignment includes an empty replica list.")
        }
        var previous: Int32?
        for broker in replicas.sorted() {
            if image.brokers[broker] == nil {
                throw ApiError(
                    .invalidReplicaAssignment,
                    "The manual partition assignment includes broker \(broker), but no such broker is registered.")
            }
            if broker == previous {
                throw ApiError(
                    .invalidReplicaAssignment,
                    "The manual partition assignment includes the broker \(broker) more than once.")
            }
            previous = broker
        }
        if let replicationFactor, replicas.count != replicationFactor {
            throw ApiError(
                .invalidReplicaAssignment,
                "The manual partition assignment includes a partition with \(replicas.count) replica(s), but this is "
                    + "not consistent with previous partitions, which have \(replicationFactor) replica(s).")
        }
    }

    /// Unfenced and not shutting down (Kafka's `ClusterControlManager.isActive`).
    func isActive(_ broker: Int32, _ image: MetadataImage) -> Bool {
        guard let registration = image.brokers[broker] else { return false }
        return !registration.fenced && !registration.inControlledShutdown
    }

    /// A new partition's record: ISR the active replicas, the first of them leader, epochs 0, each
    /// replica's directory its broker's only log dir (unassigned otherwise).
    func partitionRecord(topicId: KafkaUUID, partitionId: Int32, replicas: [Int32], image: MetadataImage)
        -> MetadataRecord
    {
        let isr = replicas.filter { isActive($0, image) }
        var record = PartitionRecord()
        record.topicId = topicId
        record.partitionId = partitionId
        record.replicas = replicas
        record.isr = isr
        record.leader = isr.first ?? PartitionChangeRecordConstants.noLeader
        record.leaderEpoch = 0
        record.partitionEpoch = 0
        record.directories = replicas.map { broker in
            guard let dirs = image.brokers[broker]?.logDirs, dirs.count == 1 else { return .zero }
            return dirs[0]
        }
        return MetadataRecord(record, version: RecordVersion.partition)
    }

    func configRecord(_ type: ConfigResource.ResourceType, _ resource: String, _ name: String, _ value: String?)
        -> MetadataRecord
    {
        var record = ConfigRecord()
        record.resourceType = type.rawValue
        record.resourceName = resource
        record.name = name
        record.value = value
        return MetadataRecord(record, version: RecordVersion.config)
    }

    /// The broker's config layers with the dynamic ones of `image`.
    func configLayers(_ image: MetadataImage) -> ConfigLayers {
        ConfigLayers(
            staticBroker: config.originals.dictionary,
            dynamicBroker: image.configs[ConfigResource(type: .broker, name: String(nodeId))] ?? [:],
            dynamicDefault: image.configs[ConfigResource(type: .broker, name: "")] ?? [:])
    }

    /// Every topic config with its value and source, sorted by name (CreateTopics v5+).
    func describeTopicConfigs(_ logConfig: LogConfig, overrides: [String: String], image: MetadataImage)
        -> [ConfigEntryDescription]
    {
        configLayers(image).describeTopic(logConfig, topicOverrides: overrides).sorted { $0.name < $1.name }
    }

    // MARK: DeleteTopics

    /// `ControllerApis.deleteTopics` with `ReplicationControlManager.deleteTopics`: topics by name
    /// (and, from v6, by id), duplicates refused, one `RemoveTopicRecord` per topic found.
    package func deleteTopics(_ request: DeleteTopicsRequest, version: Int16) async -> DeleteTopicsResponse {
        var response = DeleteTopicsResponse()
        func result(_ name: String?, _ id: KafkaUUID, _ code: ErrorCode, _ message: String?) {
            var result = DeleteTopicsResponse.DeletableTopicResult()
            result.name = name
            result.topicId = id
            result.errorCode = code.rawValue
            result.errorMessage = message
            response.responses.append(result)
        }
        let requested: [(name: String?, id: KafkaUUID)] =
            version < 6 ? request.topicNames.map { ($0, .zero) } : request.topics.map { ($0.name, $0.topicId) }
        if !config.deleteTopicEnable {
            let code: ErrorCode = version < 3 ? .invalidRequest : .topicDeletionDisabled
            for topic in requested { result(topic.name, topic.id, code, nil) }
            return response
        }
        let image = self.image
        var names: [String] = []
        var ids: [KafkaUUID] = []
        var duplicateNames = Set<String>()
        var duplicateIds = Set<KafkaUUID>()
        for topic in requested {
            switch (topic.name, topic.id == .zero) {
            case (nil, true):
                result(nil, .zero, .invalidRequest, "Neither topic name nor id were specified.")
            case (nil, false):
                if duplicateIds.contains(topic.id) || ids.contains(topic.id) {
                    result(nil, topic.id, .invalidRequest, "Duplicate topic id.")
                    ids.removeAll { $0 == topic.id }
                    duplicateIds.insert(topic.id)
                } else {
                    ids.append(topic.id)
                }
            case (let name?, true):
                if duplicateNames.contains(name) || names.contains(name) {
                    result(name, .zero, .invalidRequest, "Duplicate topic name.")
                    names.removeAll { $0 == name }
                    duplicateNames.insert(name)
                } else {
                    names.append(name)
                }
            case (let name?, false):
                result(name, topic.id, .invalidRequest, "You may not specify both topic name and topic id.")
            }
        }
        var toDelete: [(name: String, id: KafkaUUID)] = []
        for name in names {
            if let topic = image.topics[name] {
                toDelete.append((name, topic.id))
            } else {
                result(name, .zero, .unknownTopicOrPartition, ErrorCode.unknownTopicOrPartition.defaultMessage)
            }
        }
        for id in ids {
            if let topic = image.topics[id: id] {
                if !toDelete.contains(where: { $0.id == id }) { toDelete.append((topic.name, id)) }
            } else {
                result(nil, id, .unknownTopicId, ErrorCode.unknownTopicId.defaultMessage)
            }
        }
        let records = toDelete.map { topic -> MetadataRecord in
            var record = RemoveTopicRecord()
            record.topicId = topic.id
            return MetadataRecord(record, version: RecordVersion.removeTopic)
        }
        let error = write(records)
        for topic in toDelete {
            if let error {
                result(topic.name, topic.id, error.0, error.1)
            } else {
                result(topic.name, topic.id, .none, nil)
            }
        }
        return response
    }

    // MARK: CreatePartitions

    /// `ReplicationControlManager.createPartitions`: only increases, new replicas placed like a new
    /// topic's (same replication factor as partition 0) or as assigned.
    package func createPartitions(_ request: CreatePartitionsRequest, version: Int16) async
        -> CreatePartitionsResponse
    {
        let image = self.image
        var counts: [String: Int] = [:]
        for topic in request.topics { counts[topic.name, default: 0] += 1 }
        var results: [CreatePartitionsResponse.CreatePartitionsTopicResult] = []
        var records: [MetadataRecord] = []
        for topic in request.topics where counts[topic.name] == 1 {
            var result = CreatePartitionsResponse.CreatePartitionsTopicResult()
            result.name = topic.name
            do {
                records += try createPartitions(topic, image: image)
            } catch {
                result.errorCode = error.code.rawValue
                result.errorMessage = error.message
            }
            results.append(result)
        }
        if !request.validateOnly, let error = write(records) {
            for index in results.indices where results[index].errorCode == 0 {
                results[index].errorCode = error.0.rawValue
                results[index].errorMessage = error.1
            }
        }
        var reported = Set<String>()
        for topic in request.topics where counts[topic.name, default: 0] > 1 && reported.insert(topic.name).inserted {
            var result = CreatePartitionsResponse.CreatePartitionsTopicResult()
            result.name = topic.name
            result.errorCode = ErrorCode.invalidRequest.rawValue
            result.errorMessage = "Duplicate topic name."
            results.append(result)
        }
        var response = CreatePartitionsResponse()
        response.results = results
        return response
    }

    private func createPartitions(_ topic: CreatePartitionsRequest.CreatePartitionsTopic, image: MetadataImage)
        throws(ApiError) -> [MetadataRecord]
    {
        guard let existing = image.topics[topic.name] else { throw ApiError(.unknownTopicOrPartition, nil) }
        let current = Int32(existing.partitions.count)
        if topic.count == current {
            throw ApiError(.invalidPartitions, "Topic already has \(current) partition(s).")
        }
        if topic.count < current {
            throw ApiError(
                .invalidPartitions,
                "The topic \(topic.name) currently has \(current) partition(s); \(topic.count) would not be an increase.")
        }
        let additional = topic.count - current
        let replicationFactor = existing.partitions[0]?.replicas.count ?? 1
        var assignments: [[Int32]]
        if let manual = topic.assignments {
            if manual.count != Int(additional) {
                throw ApiError(
                    .invalidReplicaAssignment,
                    "Attempted to add \(additional) additional partition(s), but only \(manual.count) assignment(s) "
                        + "were specified.")
            }
            assignments = []
            for (index, assignment) in manual.enumerated() {
                try validateManualAssignment(assignment.brokerIds, replicationFactor: replicationFactor, image: image)
                if !assignment.brokerIds.contains(where: { isActive($0, image) }) {
                    throw ApiError(
                        .invalidReplicaAssignment,
                        "All brokers specified in the manual partition assignment for partition "
                            + "\(Int(current) + index) are fenced or in controlled shutdown.")
                }
                assignments.append(assignment.brokerIds)
            }
        } else {
            assignments = try place(
                startPartition: current, count: additional, replicationFactor: replicationFactor, image: image)
        }
        return assignments.enumerated().map { index, replicas in
            partitionRecord(topicId: existing.id, partitionId: current + Int32(index), replicas: replicas, image: image)
        }
    }
}
