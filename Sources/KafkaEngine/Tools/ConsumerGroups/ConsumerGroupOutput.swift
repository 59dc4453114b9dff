/// Text for the two standard streams in the order it is printed. Kafka's tool interleaves them
/// (group notes on stderr between tables on stdout), so a tool's output is a sequence of chunks.
/// `failed` records that an error was reported, which makes swkafka exit non-zero.
package struct ConsumerGroupOutput: Sendable, Equatable {
    package enum Chunk: Sendable, Equatable {
        case stdout(String)
        case stderr(String)
    }

    package var chunks: [Chunk] = []
    package var failed = false

    package init() {}

    package mutating func out(_ text: String) { chunks.append(.stdout(text)) }
    package mutating func err(_ text: String) { chunks.append(.stderr(text)) }

    /// Kafka's `printError`: `\nError: <message>` on stdout.
    package mutating func error(_ message: String) {
        out("\nError: \(message)\n")
        failed = true
    }

    package mutating func append(_ other: ConsumerGroupOutput) {
        chunks += other.chunks
        failed = failed || other.failed
    }

    /// Everything written to stdout, joined.
    package var stdout: String {
        chunks.map { if case .stdout(let text) = $0 { text } else { "" } }.joined()
    }

    /// Everything written to stderr, joined.
    package var stderr: String {
        chunks.map { if case .stderr(let text) = $0 { text } else { "" } }.joined()
    }
}

/// One row of the `--describe --offsets` table (Kafka's `PartitionAssignmentState`); nil prints `-`.
package struct PartitionAssignmentRow: Sendable, Equatable {
    package var group: String
    package var topic: String?
    package var partition: Int32?
    package var currentOffset: Int64?
    package var logStartOffset: Int64?
    package var logEndOffset: Int64?
    package var lag: Int64?
    package var consumerId: String?
    package var host: String?
    package var clientId: String?

    package init(
        group: String, topic: String?, partition: Int32?, currentOffset: Int64?, logStartOffset: Int64? = nil,
        logEndOffset: Int64?, consumerId: String?, host: String?, clientId: String?
    ) {
        self.group = group
        self.topic = topic
        self.partition = partition
        self.currentOffset = currentOffset
        self.logStartOffset = logStartOffset
        self.logEndOffset = logEndOffset
        // Kafka's getLag: only with a committed offset (not -1) and a known log end offset.
        if let currentOffset, currentOffset != -1, let logEndOffset {
            self.lag = logEndOffset - currentOffset
        } else {
            self.lag = nil
        }
        self.consumerId = consumerId
        self.host = host
        self.clientId = clientId
    }
}

/// What `--describe` learned about one group: its description (nil when DescribeGroups gave none)
/// and, for the offsets view, its rows.
package struct DescribedConsumerGroup: Sendable, Equatable {
    package var groupId: String
    package var description: ConsumerGroupDescription?
    package var rows: [PartitionAssignmentRow]

    package init(groupId: String, description: ConsumerGroupDescription?, rows: [PartitionAssignmentRow] = []) {
        self.groupId = groupId
        self.description = description
        self.rows = rows
    }

    /// The rows Kafka's `collectGroupsOffsets` builds: members that hold partitions (most partitions
    /// first), each member's partitions in order, then committed partitions no member holds.
    package static func offsetRows(
        group: String, members: [ConsumerGroupMember], committed: [TopicPartition: ConsumerGroupOffset],
        logStart: [TopicPartition: Int64], logEnd: [TopicPartition: Int64]
    ) -> [PartitionAssignmentRow] {
        var rows: [PartitionAssignmentRow] = []
        var assigned: Set<TopicPartition> = []
        let holding = members.enumerated().filter { !$0.element.assignment.isEmpty }
            .sorted { ($0.element.assignment.count, -$0.offset) > ($1.element.assignment.count, -$1.offset) }
            .map(\.element)
        func row(_ tp: TopicPartition, consumer: String, host: String, client: String) -> PartitionAssignmentRow {
            PartitionAssignmentRow(
                group: group, topic: tp.topic, partition: tp.partition, currentOffset: committed[tp]?.offset,
                logStartOffset: logStart[tp], logEndOffset: logEnd[tp], consumerId: consumer, host: host,
                clientId: client)
        }
        for member in holding {
            for tp in Set(member.assignment).sorted() {
                assigned.insert(tp)
                rows.append(row(tp, consumer: member.memberId, host: member.host, client: member.clientId))
            }
        }
        for tp in committed.keys.sorted() where !assigned.contains(tp) {
            rows.append(row(tp, consumer: "-", host: "-", client: "-"))
        }
        return rows
    }

    /// The sum of the known lags, nil when none is known.
    package var totalLag: Int64? {
        let lags = rows.compactMap(\.lag)
        return lags.isEmpty ? nil : lags.reduce(0, &+)
    }
}

/// What `consumer-groups` prints, byte for byte as Kafka's `ConsumerGroupCommand` prints it (or one
/// JSON document per group with `--format json`).
package enum ConsumerGroupFormatter {
    static let missing = "-"

    /// Java's `%-Ns`: left-justified, padded with spaces to at least `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    static func cell<T>(_ value: T?) -> String { value.map { "\($0)" } ?? missing }

    // MARK: --list

    /// `--list`: ids one per line, or with `--state` / `--type` Kafka's `printGroupInfo` table.
    package static func list(
        _ groups: [ListedConsumerGroup], showState: Bool, showType: Bool, format: ConsumerGroupOutputFormat = .text
    ) -> String {
        if format == .json {
            return groups.map { group in
                var json = KafkaJSONWriter()
                json.beginObject()
                json.key("group")
                json.string(group.groupId)
                if showType {
                    json.key("type")
                    json.string((group.type ?? .unknown).rawValue)
                }
                if showState {
                    json.key("state")
                    json.string((group.state ?? .unknown).rawValue)
                }
                json.endObject()
                return json.text + "\n"
            }.joined()
        }
        guard showState || showType else { return groups.map { $0.groupId + "\n" }.joined() }
        let groupWidth = (groups.map { max(15, $0.groupId.count) }.max() ?? 15) + 10
        func line(_ id: String, _ type: String, _ state: String) -> String {
            var line = pad(id, groupWidth)
            if showType { line += " " + pad(type, 20) }
            if showState { line += " " + pad(state, 20) }
            return line + "\n"
        }
        var out = line("GROUP", "TYPE", "STATE")
        for group in groups {
            out += line(group.groupId, (group.type ?? .unknown).rawValue, (group.state ?? .unknown).rawValue)
        }
        return out
    }

    // MARK: --describe

    /// Kafka's `shouldPrintMemberState`: the note for the group's state (a missing or dead group is
    /// an error on stdout, an empty group a note on stderr, a rebalancing one a warning on stderr),
    /// and whether its table follows.
    static func memberStateNote(
        _ group: String, state: ConsumerGroupState?, rows: Int?, into output: inout ConsumerGroupOutput
    )
        -> Bool
    {
        guard let rows else {
            output.error("The consumer group '\(group)' does not exist.")
            return false
        }
        switch state ?? .unknown {
        case .dead:
            output.error("Consumer group '\(group)' does not exist.")
            return false
        case .empty:
            output.err("\nConsumer group '\(group)' has no active members.\n")
        case .preparingRebalance, .completingRebalance, .assigning, .reconciling:
            output.err("\nWarning: Consumer group '\(group)' is rebalancing.\n")
        case .stable:
            break
        case .unknown:
            // Kafka throws here, which its run() reports as a failed command.
            output.error(
                "Executing consumer group command failed due to Expected a valid consumer group state, but found 'Unknown'."
            )
            return false
        }
        return rows > 0
    }

    /// `--describe [--offsets]` for each group in id order (Kafka's `printOffsets`), plus swkafka's
    /// LOG-START-OFFSET column and `--summary` table on request.
    package static func describeOffsets(
        _ groups: [DescribedConsumerGroup], logStartOffset: Bool = false, summary: Bool = false,
        format: ConsumerGroupOutputFormat = .text
    ) -> ConsumerGroupOutput {
        var output = ConsumerGroupOutput()
        let sorted = groups.sorted { $0.groupId < $1.groupId }
        for group in sorted {
            if format == .json {
                output.append(json(group, view: .offsets, verbose: false))
                continue
            }
            let rows = group.description == nil ? nil : group.rows.count
            guard memberStateNote(group.groupId, state: group.description?.state, rows: rows, into: &output) else {
                continue
            }
            var groupWidth = 15
            var topicWidth = 15
            var consumerWidth = 15
            var hostWidth = 15
            for row in group.rows {
                groupWidth = max(groupWidth, row.group.count)
                topicWidth = max(topicWidth, (row.topic ?? missing).count)
                consumerWidth = max(consumerWidth, (row.consumerId ?? missing).count)
                hostWidth = max(hostWidth, (row.host ?? missing).count)
            }
            func line(_ cells: [String]) -> String {
                // cells: group, topic, partition, current, [log-start], log-end, lag, consumer, host, client
                var fields = [
                    pad(cells[0], groupWidth), pad(cells[1], topicWidth), pad(cells[2], 10), pad(cells[3], 15),
                ]
                var rest = cells.dropFirst(4)
                if logStartOffset, let start = rest.popFirst() { fields.append(pad(start, 16)) }
                let values = Array(rest)
                fields += [
                    pad(values[0], 15), pad(values[1], 15), pad(values[2], consumerWidth), pad(values[3], hostWidth),
                    values[4],
                ]
                return "\n" + fields.joined(separator: " ")
            }
            var text = line(
                ["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET"] + (logStartOffset ? ["LOG-START-OFFSET"] : [])
                    + ["LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID"])
            for row in group.rows {
                text += line(
                    [row.group, row.topic ?? missing, cell(row.partition), cell(row.currentOffset)]
                        + (logStartOffset ? [cell(row.logStartOffset)] : [])
                        + [
                            cell(row.logEndOffset), cell(row.lag), row.consumerId ?? missing, row.host ?? missing,
                            row.clientId ?? missing,
                        ])
            }
            output.out(text + "\n")
        }
        if summary && format == .text { output.out(summaryTable(sorted)) }
        return output
    }

    /// swkafka's `--summary`: one line per group that exists (GROUP, STATE, #MEMBERS, TOTAL-LAG).
    package static func summaryTable(_ groups: [DescribedConsumerGroup]) -> String {
        let existing = groups.filter { $0.description.map { $0.state != .dead } ?? false }
        guard !existing.isEmpty else { return "" }
        let groupWidth = max(15, existing.map(\.groupId.count).max() ?? 0)
        func line(_ group: String, _ state: String, _ members: String, _ lag: String) -> String {
            "\(pad(group, groupWidth)) \(pad(state, 20)) \(pad(members, 10)) \(lag)\n"
        }
        var out = "\n" + line("GROUP", "STATE", "#MEMBERS", "TOTAL-LAG")
        for group in existing {
            out += line(
                group.groupId, group.description?.state.rawValue ?? missing, cell(group.description?.members.count),
                cell(group.totalLag))
        }
        return out
    }

    /// `--describe --members [--verbose]` (Kafka's `printMembers`).
    package static func describeMembers(
        _ groups: [DescribedConsumerGroup], verbose: Bool, format: ConsumerGroupOutputFormat = .text
    ) -> ConsumerGroupOutput {
        var output = ConsumerGroupOutput()
        for group in groups.sorted(by: { $0.groupId < $1.groupId }) {
            if format == .json {
                output.append(json(group, view: .members, verbose: verbose))
                continue
            }
            let members = group.description?.members
            var groupWidth = 15
            var consumerWidth = 15
            var instanceWidth = 17
            var hostWidth = 15
            var clientWidth = 15
            var includeInstance = false
            let printTable = memberStateNote(
                group.groupId, state: group.description?.state, rows: members?.count, into: &output)
            if printTable {
                for member in members ?? [] {
                    groupWidth = max(groupWidth, group.groupId.count)
                    consumerWidth = max(consumerWidth, member.memberId.count)
                    instanceWidth = max(instanceWidth, (member.groupInstanceId ?? "").count)
                    hostWidth = max(hostWidth, member.host.count)
                    clientWidth = max(clientWidth, member.clientId.count)
                    includeInstance = includeInstance || !(member.groupInstanceId ?? "").isEmpty
                }
            }
            func line(
                _ group: String, _ consumer: String, _ instance: String, _ host: String, _ client: String,
                _ count: String
            )
                -> String
            {
                var fields = [pad(group, groupWidth), pad(consumer, consumerWidth)]
                if includeInstance { fields.append(pad(instance, instanceWidth)) }
                fields += [pad(host, hostWidth), pad(client, clientWidth), pad(count, 15)]
                return fields.joined(separator: " ") + " "
            }
            // Kafka prints the header whatever the note said (even for a group that does not exist).
            var text = "\n" + line("GROUP", "CONSUMER-ID", "GROUP-INSTANCE-ID", "HOST", "CLIENT-ID", "#PARTITIONS")
            if verbose { text += "ASSIGNMENT" }
            text += "\n"
            for member in members ?? [] {
                text += line(
                    group.groupId, member.memberId, member.groupInstanceId ?? "", member.host, member.clientId,
                    String(member.assignment.count))
                if verbose { text += assignmentString(member.assignment) }
                text += "\n"
            }
            output.out(text)
        }
        return output
    }

    /// `topic1(0), topic2(0,1)`, topics sorted, partitions ascending; `-` when nothing is assigned.
    package static func assignmentString(_ assignment: [TopicPartition]) -> String {
        guard !assignment.isEmpty else { return missing }
        let byTopic = Dictionary(grouping: assignment, by: \.topic)
        return byTopic.keys.sorted().map { topic in
            topic + "(" + Set((byTopic[topic] ?? []).map(\.partition)).sorted().map(String.init).joined(separator: ",")
                + ")"
        }.joined(separator: ", ")
    }

    /// `--describe --state` (Kafka's `printStates`); the header repeats for each group, as in Kafka.
    package static func describeState(
        _ groups: [DescribedConsumerGroup], format: ConsumerGroupOutputFormat = .text
    ) -> ConsumerGroupOutput {
        var output = ConsumerGroupOutput()
        for group in groups.sorted(by: { $0.groupId < $1.groupId }) {
            if format == .json {
                output.append(json(group, view: .state, verbose: false))
                continue
            }
            guard let description = group.description,
                memberStateNote(group.groupId, state: description.state, rows: 1, into: &output)
            else {
                if group.description == nil { output.error("The consumer group '\(group.groupId)' does not exist.") }
                continue
            }
            let coordinator = coordinatorCell(description.coordinator)
            let width = max(25, coordinator.count)
            func line(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String) -> String {
                "\n\(pad(a, width)) \(pad(b, 25)) \(pad(c, 20)) \(pad(d, 15)) \(e)"
            }
            let strategy = description.partitionAssignor.isEmpty ? missing : description.partitionAssignor
            output.out(
                line("GROUP", "COORDINATOR (ID)", "ASSIGNMENT-STRATEGY", "STATE", "#MEMBERS")
                    + line(
                        group.groupId, coordinator, strategy, description.state.rawValue,
                        String(description.members.count))
                    + "\n")
        }
        return output
    }

    /// `host:port  (id)`, two spaces, as Kafka's `printStates` writes the coordinator.
    static func coordinatorCell(_ node: BrokerNode) -> String { "\(node.host):\(node.port)  (\(node.id))" }

    // MARK: --reset-offsets

    /// The reset table (dry run and execute print the same), groups by id, partitions in order. A
    /// group refused (active) or without a plan still counts: the header is printed when any group
    /// was considered, as Kafka does.
    package static func resetOffsets(
        _ plans: [(group: String, offsets: [TopicPartition: Int64])],
        priorOffsets: [String: [TopicPartition: Int64]] = [:],
        format: ConsumerGroupOutputFormat = .text
    ) -> String {
        let sorted = plans.sorted { $0.group < $1.group }
        if format == .json {
            return sorted.map { plan in
                var json = KafkaJSONWriter()
                json.beginObject()
                json.key("group")
                json.string(plan.group)
                json.key("partitions")
                json.beginArray()
                for tp in plan.offsets.keys.sorted() {
                    json.beginObject()
                    json.key("topic")
                    json.string(tp.topic)
                    json.key("partition")
                    json.integer(tp.partition)
                    json.key("priorOffset")
                    if let prior = priorOffsets[plan.group]?[tp] { json.integer(prior) } else { json.null() }
                    json.key("newOffset")
                    json.integer(plan.offsets[tp] ?? 0)
                    json.endObject()
                }
                json.endArray()
                json.endObject()
                return json.text + "\n"
            }.joined()
        }
        guard !sorted.isEmpty else { return "" }
        func line(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
            "\(pad(a, 30)) \(pad(b, 30)) \(pad(c, 10)) \(pad(d, 15))\n"
        }
        var out = "\n" + line("GROUP", "TOPIC", "PARTITION", "NEW-OFFSET")
        for plan in sorted {
            for tp in plan.offsets.keys.sorted() {
                out += line(plan.group, tp.topic, String(tp.partition), String(plan.offsets[tp] ?? 0))
            }
        }
        return out
    }

    /// `--export`: the CSV, then the empty line Kafka's `println` adds.
    package static func exportCSV(_ plans: [(group: String, offsets: [TopicPartition: Int64])], withoutGroup: Bool)
        -> String
    {
        ResetPlanFile.export(plans.sorted { $0.group < $1.group }, withoutGroup: withoutGroup) + "\n"
    }

    /// Kafka's refusal to reset an active group.
    package static func resetRefusal(_ group: String, state: ConsumerGroupState) -> String {
        "Assignments can only be reset if the group '\(group)' is inactive, but the current state is \(state.rawValue)."
    }

    // MARK: --delete

    /// `--delete` (Kafka's `deleteGroups`): one success line, or the failures and then the successes.
    package static func deleteGroups(
        _ ids: [String], results: [String: Result<Void, KafkaClientError>], format: ConsumerGroupOutputFormat = .text
    ) -> ConsumerGroupOutput {
        var output = ConsumerGroupOutput()
        let succeeded = ids.filter { if case .success? = results[$0] { true } else { false } }
        let failed = ids.filter { !succeeded.contains($0) }
        if format == .json {
            for id in ids {
                var json = KafkaJSONWriter()
                json.beginObject()
                json.key("group")
                json.string(id)
                json.key("deleted")
                json.bool(succeeded.contains(id))
                json.key("error")
                if case .failure(let error)? = results[id] {
                    json.string(error.message)
                } else if results[id] == nil {
                    json.string("No result")
                } else {
                    json.null()
                }
                json.endObject()
                output.out(json.text + "\n")
            }
            output.failed = !failed.isEmpty
            return output
        }
        let quoted = { (ids: [String]) in ids.map { "'\($0)'" }.joined(separator: ", ") }
        if failed.isEmpty {
            output.out("Deletion of requested consumer groups (\(quoted(succeeded))) was successful.\n")
            return output
        }
        output.error("Deletion of some consumer groups failed:")
        for id in failed {
            let reason: String
            if case .failure(let error)? = results[id] { reason = error.message } else { reason = "No result" }
            output.out("* Group '\(id)' could not be deleted due to: \(reason)\n")
        }
        if !succeeded.isEmpty {
            output.out("\nThese consumer groups were deleted successfully: \(quoted(succeeded))\n")
        }
        return output
    }

    // MARK: --delete-offsets

    /// `--delete-offsets`: the outcome line, then TOPIC / PARTITION / STATUS per partition.
    /// `partitions` holds nil for success; a partition of -1 is a topic that could not be described.
    package static func deleteOffsets(
        group: String, topics: [String], groupError: ErrorCode?, partitions: [TopicPartition: String?],
        format: ConsumerGroupOutputFormat = .text
    ) -> ConsumerGroupOutput {
        var output = ConsumerGroupOutput()
        // Kafka sorts by the concatenation of topic and partition.
        let sorted = partitions.keys.sorted { "\($0.topic)\($0.partition)" < "\($1.topic)\($1.partition)" }
        if format == .json {
            var json = KafkaJSONWriter()
            json.beginObject()
            json.key("group")
            json.string(group)
            json.key("error")
            if let groupError { json.string(groupError.name) } else { json.null() }
            json.key("partitions")
            json.beginArray()
            for tp in sorted {
                json.beginObject()
                json.key("topic")
                json.string(tp.topic)
                json.key("partition")
                if tp.partition >= 0 { json.integer(tp.partition) } else { json.null() }
                json.key("error")
                if let error = partitions[tp] ?? nil { json.string(error) } else { json.null() }
                json.endObject()
            }
            json.endArray()
            json.endObject()
            output.out(json.text + "\n")
            output.failed = groupError != nil
            return output
        }
        switch groupError {
        case nil:
            output.out(
                "Request succeed for deleting offsets with topic \(topics.joined(separator: ", ")) group \(group)\n")
        case .invalidGroupId?:
            output.error("'\(group)' is not valid.")
        case .groupIdNotFound?:
            output.error("'\(group)' does not exist.")
        case .groupAuthorizationFailed?:
            output.error("Access to '\(group)' is not authorized.")
        case .nonEmptyGroup?:
            output.error("Deleting offsets of a consumer group '\(group)' is forbidden if the group is not empty.")
        case .groupSubscribedToTopic?, .topicAuthorizationFailed?, .unknownTopicOrPartition?:
            output.error("Encounter some partition level error, see the follow-up details:")
        case let code?:
            output.error("Encounter some unknown error: \(code.name)")
        }
        func line(_ a: String, _ b: String, _ c: String) -> String { "\n\(pad(a, 30)) \(pad(b, 15)) \(pad(c, 15))" }
        var text = line("TOPIC", "PARTITION", "STATUS")
        for tp in sorted {
            let status = (partitions[tp] ?? nil).map { "Error: :" + $0 } ?? "Successful"
            text += line(tp.topic, tp.partition >= 0 ? String(tp.partition) : "Not Provided", status)
        }
        output.out(text + "\n")
        return output
    }

    // MARK: JSON

    /// One JSON document for a described group.
    static func json(_ group: DescribedConsumerGroup, view: ConsumerGroupDescribeView, verbose: Bool)
        -> ConsumerGroupOutput
    {
        var output = ConsumerGroupOutput()
        var json = KafkaJSONWriter()
        json.beginObject()
        json.key("group")
        json.string(group.groupId)
        guard let description = group.description, description.state != .dead else {
            json.key("error")
            json.string("Consumer group '\(group.groupId)' does not exist.")
            json.endObject()
            output.out(json.text + "\n")
            output.failed = true
            return output
        }
        json.key("state")
        json.string(description.state.rawValue)
        json.key("coordinator")
        json.beginObject()
        json.key("id")
        json.integer(description.coordinator.id)
        json.key("host")
        json.string(description.coordinator.host)
        json.key("port")
        json.integer(description.coordinator.port)
        json.endObject()
        json.key("assignmentStrategy")
        json.string(description.partitionAssignor)
        json.key("memberCount")
        json.integer(description.members.count)
        switch view {
        case .offsets:
            json.key("totalLag")
            if let lag = group.totalLag { json.integer(lag) } else { json.null() }
            json.key("partitions")
            json.beginArray()
            for row in group.rows {
                json.beginObject()
                json.key("topic")
                json.string(row.topic ?? "")
                json.key("partition")
                json.integer(row.partition ?? -1)
                for (key, value) in [
                    ("currentOffset", row.currentOffset), ("logStartOffset", row.logStartOffset),
                    ("logEndOffset", row.logEndOffset), ("lag", row.lag),
                ] {
                    json.key(key)
                    if let value { json.integer(value) } else { json.null() }
                }
                for (key, value) in [("consumerId", row.consumerId), ("host", row.host), ("clientId", row.clientId)] {
                    json.key(key)
                    if let value, value != missing { json.string(value) } else { json.null() }
                }
                json.endObject()
            }
            json.endArray()
        case .members:
            json.key("members")
            json.beginArray()
            for member in description.members {
                json.beginObject()
                json.key("consumerId")
                json.string(member.memberId)
                json.key("groupInstanceId")
                if let instance = member.groupInstanceId { json.string(instance) } else { json.null() }
                json.key("host")
                json.string(member.host)
                json.key("clientId")
                json.string(member.clientId)
                json.key("partitionCount")
                json.integer(member.assignment.count)
                json.key("assignment")
                json.beginArray()
                for tp in member.assignment.sorted() {
                    json.beginObject()
                    json.key("topic")
                    json.string(tp.topic)
                    json.key("partition")
                    json.integer(tp.partition)
                    json.endObject()
                }
                json.endArray()
                json.endObject()
            }
            json.endArray()
        case .state:
            break
        }
        json.endObject()
        output.out(json.text + "\n")
        return output
    }
}
