/// Runs a validated `topics` command against a cluster through an `AdminClient`, printing what
/// Kafka's `TopicCommand` prints on stdout. Every failure is a `ToolError.failure` whose message is
/// the text Kafka puts after `Error while executing topic command : `.
package enum TopicsRunner {
    /// Connects, runs `command`, closes. Notices are printed first.
    package static func run(_ command: TopicCommand, properties: KeyValueArguments) async throws(ToolError) {
        ToolStreams.print(command.notices)
        let config = try toolClientConfig(
            bootstrapServer: command.bootstrapServer, properties: properties, clientId: "topics")
        let admin: AdminClient
        do {
            admin = try await AdminClient.connect(config: config)
        } catch {
            throw .failure(error.message)
        }
        do throws(ToolError) {
            let output = try await run(command, admin: admin)
            await admin.close()
            ToolStreams.write(output, to: ToolStreams.standardOutput)
        } catch {
            await admin.close()
            throw error
        }
    }

    /// Runs `command` with `admin` and returns what to print.
    package static func run(_ command: TopicCommand, admin: AdminClient) async throws(ToolError) -> String {
        do {
            switch command.action {
            case .create: return try await create(command, admin: admin)
            case .list: return try await list(command, admin: admin)
            case .describe: return try await describe(command, admin: admin)
            case .alter: return try await alter(command, admin: admin)
            case .delete: return try await delete(command, admin: admin)
            }
        } catch let error as ToolError {
            throw error
        } catch let error as KafkaClientError {
            throw .failure(error.message)
        } catch {
            throw .failure("\(error)")
        }
    }

    private static func create(_ command: TopicCommand, admin: AdminClient) async throws -> String {
        guard let name = command.topicToCreate else { throw ToolError.missingRequired("topic") }
        var topic = NewTopic(
            name: name, numPartitions: Int32(command.partitions ?? -1),
            replicationFactor: Int16(command.replicationFactor ?? -1), configs: command.configs)
        if let assignment = command.replicaAssignment {
            for (index, brokers) in assignment.enumerated() { topic.replicaAssignment[Int32(index)] = brokers }
        }
        let results = try await admin.createTopics([topic])
        switch results[name] {
        case .success?:
            return TopicOutput.created(name)
        case .failure(let error)?:
            if command.ifNotExists && error.code == .topicAlreadyExists { return "" }
            throw ToolError.failure(error.message)
        case nil:
            throw ToolError.failure("The broker did not answer for topic '\(name)'.")
        }
    }

    /// The topic names `--topic` selects (all of them without one), honouring `--exclude-internal`.
    private static func selectedTopics(_ command: TopicCommand, admin: AdminClient) async throws -> [String] {
        let listings = try await admin.listTopics(includeInternal: !command.excludeInternal)
        let names = listings.map(\.name)
        guard let selector = command.selector else { return names.sorted() }
        return try selector.select(from: names, excludeInternal: command.excludeInternal, action: command.action)
    }

    private static func list(_ command: TopicCommand, admin: AdminClient) async throws -> String {
        TopicOutput.list(try await selectedTopics(command, admin: admin), format: command.format)
    }

    private static func describe(_ command: TopicCommand, admin: AdminClient) async throws -> String {
        var descriptions: [TopicDescription] = []
        if let topicId = command.topicId {
            let results = try await admin.describeTopics(ids: [topicId])
            switch results[topicId] {
            case .success(let description)?:
                descriptions = [description]
            case .failure(let error)?:
                if error.code == .unknownTopicId || error.code == .unknownTopicOrPartition {
                    try ensureTopicIdExists(false, topicId: topicId, ifExists: command.ifExists)
                } else {
                    throw ToolError.failure(error.message)
                }
            case nil:
                try ensureTopicIdExists(false, topicId: topicId, ifExists: command.ifExists)
            }
        } else {
            let names = try await selectedTopics(command, admin: admin)
            if let selector = command.selector { try selector.ensureExists(names, ifExists: command.ifExists) }
            if names.isEmpty { return "" }
            let results = try await admin.describeTopics(
                names, partitionLimit: Int32(clamping: command.partitionSizeLimitPerResponse))
            for name in names {
                switch results[name] {
                case .success(let description)?:
                    descriptions.append(description)
                case .failure(let error)?:
                    // A topic deleted between the listing and the describe is skipped, as Kafka does.
                    if error.code == .unknownTopicOrPartition { continue }
                    throw ToolError.failure(error.message)
                case nil:
                    continue
                }
            }
        }
        if descriptions.isEmpty { return "" }
        let resources = descriptions.map { AdminConfigResource(.topic, $0.name) }
        let configs = try await admin.describeConfigs(resources)
        let cluster = try await admin.describeCluster()
        let described = descriptions.map { description -> DescribedTopic in
            var entries: [TopicConfigEntry] = []
            if case .success(let list)? = configs[AdminConfigResource(.topic, description.name)] {
                entries = list.map { TopicConfigEntry(name: $0.name, value: $0.value, isDefault: $0.isDefault) }
            }
            return DescribedTopic(
                name: description.name, topicId: description.topicId, isInternal: description.isInternal,
                partitions: description.partitions.map {
                    DescribedPartition(
                        partition: $0.partition, leader: $0.leader < 0 ? nil : $0.leader, replicas: $0.replicas,
                        isr: $0.isr, elr: $0.eligibleLeaderReplicas, lastKnownElr: $0.lastKnownElr)
                }, configs: entries)
        }
        return TopicOutput.describe(
            described, filter: command.describeFilter, liveBrokers: Set(cluster.brokers.map(\.id)),
            format: command.format)
    }

    private static func alter(_ command: TopicCommand, admin: AdminClient) async throws -> String {
        let names = try await selectedTopics(command, admin: admin)
        if let selector = command.selector { try selector.ensureExists(names, ifExists: command.ifExists) }
        guard let partitions = command.partitions, !names.isEmpty else { return "" }
        let existing = try await admin.describeTopics(names)
        var increases: [String: NewPartitions] = [:]
        for name in names {
            guard case .success(let description)? = existing[name] else { continue }
            increases[name] = NewPartitions(
                totalCount: Int32(clamping: partitions),
                newAssignments: command.newPartitionAssignments(existingPartitionCount: description.partitions.count))
        }
        let results = try await admin.createPartitions(increases)
        for name in names.sorted() {
            if case .failure(let error)? = results[name] { throw ToolError.failure(error.message) }
        }
        return ""
    }

    private static func delete(_ command: TopicCommand, admin: AdminClient) async throws -> String {
        let names = try await selectedTopics(command, admin: admin)
        if let selector = command.selector { try selector.ensureExists(names, ifExists: command.ifExists) }
        if names.isEmpty { return "" }
        let results = try await admin.deleteTopics(names: names)
        for name in names {
            if case .failure(let error)? = results[name] {
                if command.ifExists && error.code == .unknownTopicOrPartition { continue }
                throw ToolError.failure(error.message)
            }
        }
        return ""
    }
}
