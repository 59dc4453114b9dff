import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a validated `consumer-groups` command against a cluster through an `AdminClient`: fetches
/// what each action needs, hands it to `ResetOffsetsPlanner` / `ConsumerGroupFormatter`, and
/// returns the output in print order. A failure Kafka reports as `Error: Executing consumer group
/// command failed due to …` on stdout is reported the same way, with `failed` set; usage errors
/// are thrown.
package enum ConsumerGroupsRunner {
    /// Connects, runs, prints, closes. Returns whether the command failed (swkafka exits 1 then).
    package static func run(_ command: ConsumerGroupCommand, properties: KeyValueArguments) async throws(ToolError)
        -> Bool
    {
        ToolStreams.print(command.notices)
        let config = try toolClientConfig(
            bootstrapServer: command.bootstrapServer, properties: properties, clientId: "consumer-groups")
        let admin: AdminClient
        do {
            admin = try await AdminClient.connect(config: config)
        } catch {
            var output = ConsumerGroupOutput()
            output.error("Executing consumer group command failed due to \(error.message)")
            write(output)
            return true
        }
        do throws(ToolError) {
            let output = try await run(command, admin: admin)
            await admin.close()
            write(output)
            return output.failed
        } catch {
            await admin.close()
            throw error
        }
    }

    /// Writes the chunks to their streams in order.
    package static func write(_ output: ConsumerGroupOutput) {
        for chunk in output.chunks {
            switch chunk {
            case .stdout(let text): ToolStreams.write(text, to: ToolStreams.standardOutput)
            case .stderr(let text): ToolStreams.write(text, to: ToolStreams.standardError)
            }
        }
    }

    /// Runs `command` with `admin` and returns what to print. `now` is the clock for log lines.
    package static func run(_ command: ConsumerGroupCommand, admin: AdminClient) async throws(ToolError)
        -> ConsumerGroupOutput
    {
        var output = ConsumerGroupOutput()
        do {
            switch command.action {
            case .list(let listing):
                let groups = try await admin.listGroups(
                    states: listing.states, types: listing.types, timeout: command.timeout)
                output.out(
                    ConsumerGroupFormatter.list(
                        groups, showState: listing.showState, showType: listing.showType, format: command.format))
            case .describe(let view, let verbose):
                output = try await describe(command, view: view, verbose: verbose, admin: admin)
            case .delete:
                let ids = try await groupIds(command, admin: admin)
                let results = try await admin.deleteConsumerGroups(ids, timeout: command.timeout)
                output = ConsumerGroupFormatter.deleteGroups(ids, results: results, format: command.format)
            case .resetOffsets(let spec):
                output = try await resetOffsets(command, spec: spec, admin: admin)
            case .deleteOffsets(let group, let topics):
                output = try await deleteOffsets(command, group: group, topics: topics, admin: admin)
            }
        } catch let error as ToolError {
            guard error.kind == .failure else { throw error }
            output.error("Executing consumer group command failed due to \(error.message)")
        } catch let error as KafkaClientError {
            output.error("Executing consumer group command failed due to \(error.message)")
        } catch {
            output.error("Executing consumer group command failed due to \(error)")
        }
        return output
    }

    private static func groupIds(_ command: ConsumerGroupCommand, admin: AdminClient) async throws -> [String] {
        switch command.groupScope {
        case .named(let ids): return ids
        case .all: return try await admin.listGroups(timeout: command.timeout).map(\.groupId)
        }
    }

    private static func describeAll(
        _ ids: [String], command: ConsumerGroupCommand, admin: AdminClient
    ) async throws -> [String: ConsumerGroupDescription] {
        let results = try await admin.describeConsumerGroups(ids, timeout: command.timeout)
        var descriptions: [String: ConsumerGroupDescription] = [:]
        for id in ids {
            switch results[id] {
            case .success(let description)?: descriptions[id] = description
            case .failure(let error)?: throw error
            case nil: continue
            }
        }
        return descriptions
    }

    // MARK: --describe

    private static func describe(
        _ command: ConsumerGroupCommand, view: ConsumerGroupDescribeView, verbose: Bool, admin: AdminClient
    ) async throws -> ConsumerGroupOutput {
        let ids = try await groupIds(command, admin: admin)
        let descriptions = try await describeAll(ids, command: command, admin: admin)
        var groups: [DescribedConsumerGroup] = []
        for id in ids {
            var group = DescribedConsumerGroup(groupId: id, description: descriptions[id])
            if view == .offsets, let description = descriptions[id], description.state != .dead {
                let committed = try await admin.listConsumerGroupOffsets(group: id, timeout: command.timeout)
                let partitions = Array(Set(description.members.flatMap(\.assignment)).union(committed.keys))
                let logEnd = try await admin.logEndOffsets(partitions)
                let logStart = command.logStartOffset ? try await admin.logStartOffsets(partitions) : [:]
                group.rows = DescribedConsumerGroup.offsetRows(
                    group: id, members: description.members, committed: committed, logStart: logStart, logEnd: logEnd)
            }
            groups.append(group)
        }
        switch view {
        case .offsets:
            return ConsumerGroupFormatter.describeOffsets(
                groups, logStartOffset: command.logStartOffset, summary: command.summary, format: command.format)
        case .members:
            return ConsumerGroupFormatter.describeMembers(groups, verbose: verbose, format: command.format)
        case .state:
            return ConsumerGroupFormatter.describeState(groups, format: command.format)
        }
    }

    // MARK: --reset-offsets

    private static func resetOffsets(
        _ command: ConsumerGroupCommand, spec: ResetOffsetsSpec, admin: AdminClient
    ) async throws -> ConsumerGroupOutput {
        var output = ConsumerGroupOutput()
        let ids = try await groupIds(command, admin: admin)
        let descriptions = try await describeAll(ids, command: command, admin: admin)
        var filePlans: [String: [TopicPartition: Int64]]?
        if case .fromFile(let path) = spec.scenario {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
            else {
                throw ToolError.failure("java.nio.file.NoSuchFileException: \(path)")
            }
            filePlans = try ResetPlanFile.parse(text, singleGroup: spec.singleGroupExport ? ids.first : nil)
        }
        var plans: [(group: String, offsets: [TopicPartition: Int64])] = []
        var prior: [String: [TopicPartition: Int64]] = [:]
        for id in ids {
            let state = descriptions[id]?.state ?? .dead
            guard state == .empty || state == .dead else {
                output.error(ConsumerGroupFormatter.resetRefusal(id, state: state))
                plans.append((id, [:]))
                continue
            }
            let committed = try await admin.listConsumerGroupOffsets(group: id, timeout: command.timeout).mapValues(
                \.offset)
            prior[id] = committed
            var partitions: [TopicPartition]
            switch spec.scope {
            case .allTopics: partitions = Array(committed.keys)
            case .topics(let topics): partitions = try await resolve(topics, admin: admin, strict: true)
            case .fromFile: partitions = []
            }
            let filePlan = filePlans?[id]
            if case .fromFile = spec.scenario, let filePlan { partitions = Array(filePlan.keys) }
            try await checkPartitionsExist(partitions, admin: admin)
            var inputs = ResetOffsetsInputs(committed: committed)
            switch spec.scenario {
            case .toEarliest:
                inputs.logStart = try await admin.logStartOffsets(partitions)
            case .toLatest, .toCurrent:
                inputs.logEnd = try await admin.logEndOffsets(partitions)
            case .toOffset, .shiftBy, .fromFile:
                inputs.logStart = try await admin.logStartOffsets(partitions)
                inputs.logEnd = try await admin.logEndOffsets(partitions)
            case .toDatetime(let timestamp), .byDuration(let timestamp):
                inputs.timestampOffsets = try await admin.offsetsForTimestamp(partitions, timestamp: timestamp)
                inputs.logEnd = try await admin.logEndOffsets(partitions)
            }
            let plan = try ResetOffsetsPlanner.plan(
                spec.scenario, group: id, partitions: partitions, inputs: inputs, filePlan: filePlan)
            for warning in plan.warnings {
                output.err(
                    "[\(logTimestamp())] WARN \(warning) (org.apache.kafka.tools.consumer.group.ConsumerGroupCommand)\n"
                )
            }
            for note in plan.notes {
                output.out(note + "\n")
                if note.hasPrefix("\nError:") { output.failed = true }
            }
            if spec.execute && !plan.offsets.isEmpty {
                let results = try await admin.alterConsumerGroupOffsets(
                    group: id, offsets: plan.offsets.mapValues { ConsumerGroupOffset(offset: $0) },
                    timeout: command.timeout)
                for tp in results.keys.sorted() {
                    if case .failure(let error)? = results[tp] { throw error }
                }
            }
            plans.append((id, plan.offsets))
        }
        if spec.export && command.format == .text {
            output.out(ConsumerGroupFormatter.exportCSV(plans, withoutGroup: spec.singleGroupExport))
        } else {
            output.out(ConsumerGroupFormatter.resetOffsets(plans, priorOffsets: prior, format: command.format))
        }
        return output
    }

    /// The partitions `--topic` names: explicit ones as given, and every partition of a bare topic.
    /// A topic that does not exist fails the command (`strict`) or is reported as partition -1.
    private static func resolve(
        _ topics: [ResetTopicScope], admin: AdminClient, strict: Bool
    ) async throws -> [TopicPartition] {
        var partitions: [TopicPartition] = []
        for topic in topics {
            if let explicit = topic.partitions { partitions += explicit.map { TopicPartition(topic.topic, $0) } }
        }
        let bare = topics.filter { $0.partitions == nil }.map(\.topic)
        if !bare.isEmpty {
            let described = try await admin.describeTopics(Array(Set(bare)))
            for name in Set(bare).sorted() {
                switch described[name] {
                case .success(let description)?:
                    partitions += description.partitions.map { TopicPartition(name, $0.partition) }
                case .failure(let error)?:
                    if strict { throw error }
                case nil:
                    if strict { throw KafkaClientError.broker(.unknownTopicOrPartition) }
                }
            }
        }
        return partitions
    }

    /// Kafka's `checkAllTopicPartitionsValid`: every partition must exist and have a leader.
    private static func checkPartitionsExist(_ partitions: [TopicPartition], admin: AdminClient) async throws {
        let topics = Set(partitions.map(\.topic))
        if topics.isEmpty { return }
        let described = try await admin.describeTopics(Array(topics))
        var existing: Set<TopicPartition> = []
        var leaderless: Set<TopicPartition> = []
        for (name, result) in described {
            guard case .success(let description) = result else { continue }
            for p in description.partitions {
                existing.insert(TopicPartition(name, p.partition))
                if p.leader < 0 { leaderless.insert(TopicPartition(name, p.partition)) }
            }
        }
        let missing = partitions.filter { !existing.contains($0) }.sorted()
        if !missing.isEmpty {
            throw ToolError.failure(
                "The partitions \"\(missing.map(\.description).joined(separator: ","))\" do not exist")
        }
        let noLeader = partitions.filter { leaderless.contains($0) }.sorted()
        if !noLeader.isEmpty {
            throw ToolError.failure(
                "The partitions \"\(noLeader.map(\.description).joined(separator: ","))\" have no leader")
        }
    }

    // MARK: --delete-offsets

    private static func deleteOffsets(
        _ command: ConsumerGroupCommand, group: String, topics: [ResetTopicScope], admin: AdminClient
    ) async throws -> ConsumerGroupOutput {
        var partitionResults: [TopicPartition: String?] = [:]
        var partitions: Set<TopicPartition> = []
        for topic in topics {
            if let explicit = topic.partitions {
                partitions.formUnion(explicit.map { TopicPartition(topic.topic, $0) })
            }
        }
        let bare = Array(Set(topics.filter { $0.partitions == nil }.map(\.topic)))
        if !bare.isEmpty {
            let described = try await admin.describeTopics(bare)
            for name in bare {
                switch described[name] {
                case .success(let description)?:
                    partitions.formUnion(description.partitions.map { TopicPartition(name, $0.partition) })
                case .failure(let error)?:
                    partitionResults[TopicPartition(name, -1)] = .some(error.message)
                case nil:
                    partitionResults[TopicPartition(name, -1)] = .some(ErrorCode.unknownTopicOrPartition.defaultMessage)
                }
            }
        }
        let deleted = try await admin.deleteConsumerGroupOffsets(
            group: group, partitions: partitions, timeout: command.timeout)
        for tp in partitions {
            partitionResults[tp] = .some((deleted.partitions[tp] ?? nil)?.message)
        }
        var output = ConsumerGroupFormatter.deleteOffsets(
            group: group,
            topics: topics.map { t in
                t.partitions.map { "\(t.topic):\($0.map(String.init).joined(separator: ","))" } ?? t.topic
            },
            groupError: deleted.groupError?.code, partitions: partitionResults, format: command.format)
        if partitionResults.values.contains(where: { $0 != nil }) { output.failed = true }
        return output
    }

    /// Local time as log4j's `[%d]` prints it: `yyyy-MM-dd HH:mm:ss,SSS`.
    static func logTimestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(Int(parts.tm_year) + 1900, 4))-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2)) "
            + "\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2)),\(pad(now.tv_nsec / 1_000_000, 3))"
    }
}
