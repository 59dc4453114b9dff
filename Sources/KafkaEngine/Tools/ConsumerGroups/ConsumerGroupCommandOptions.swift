import Foundation

/// The five actions of `kafka-consumer-groups.sh`; a command line names exactly one.
package enum ConsumerGroupAction: String, Sendable, CaseIterable {
    case list
    case describe
    case delete
    case resetOffsets = "reset-offsets"
    case deleteOffsets = "delete-offsets"
}

/// Kafka's text or swkafka's JSON documents (one per group, one per line).
package enum ConsumerGroupOutputFormat: String, Sendable, CaseIterable {
    case text
    case json
}

/// The command line of `consumer-groups` (Kafka's `ConsumerGroupCommandOptions`) as given, before
/// any checks: the CLI fills it in and calls `validate()`, which applies Kafka's checks in Kafka's
/// order (`checkArgs`, then the single-action rule of `main`, then the checks Kafka's service makes
/// before it sends anything) and returns the command to run. `nil` / `false` means not given.
package struct ConsumerGroupCommandOptions: Sendable, Equatable {
    package var actions: Set<ConsumerGroupAction> = []
    package var bootstrapServer: String?
    package var commandConfig: String?
    /// `--group`, repeatable.
    package var groups: [String] = []
    package var allGroups = false
    /// `--topic t` or `--topic t:0,1`, repeatable.
    package var topics: [String] = []
    package var allTopics = false
    package var offsets = false
    package var members = false
    package var verbose = false
    /// `--state` given (with its optional value: `nil` or "" when none).
    package var state: String??
    /// `--type` given (with its optional value).
    package var type: String??
    package var timeoutMs: Int64?
    package var dryRun = false
    package var execute = false
    package var export = false
    package var toOffset: Int64?
    package var shiftBy: Int64?
    package var toDatetime: String?
    package var byDuration: String?
    package var fromFile: String?
    package var toEarliest = false
    package var toLatest = false
    package var toCurrent = false
    /// swkafka's `--summary`: a GROUP / STATE / #MEMBERS / TOTAL-LAG table after `--describe`.
    package var summary = false
    /// swkafka's `--log-start-offset`: a LOG-START-OFFSET column in the `--describe` offsets table.
    package var logStartOffset = false
    /// swkafka's `--format`.
    package var format = ConsumerGroupOutputFormat.text

    package init() {}

    /// The WARN Kafka prints on stderr when `--reset-offsets` has neither `--dry-run` nor `--execute`.
    package static let dryRunDefaultWarning =
        "WARN: No action will be performed as the --execute option is missing.In a future major release, the default behavior of this command will be to prompt the user before executing the reset rather than doing a dry run. You should add the --dry-run option explicitly if you are scripting this command and want to keep the current default behavior without prompting."

    /// `allGroupSelectionScopeOpts` as Kafka's `HashSet` iterates it.
    static let groupScopeOptions = "[all-groups], [group]"
    /// `allResetOffsetScenarioOpts` in Kafka's `HashSet` iteration order.
    static let scenarioOrder = [
        "to-offset", "to-current", "to-datetime", "from-file", "by-duration", "to-earliest", "to-latest", "shift-by",
    ]

    private var givenScenarios: [String] {
        var given: [String] = []
        if toOffset != nil { given.append("to-offset") }
        if toCurrent { given.append("to-current") }
        if toDatetime != nil { given.append("to-datetime") }
        if fromFile != nil { given.append("from-file") }
        if byDuration != nil { given.append("by-duration") }
        if toEarliest { given.append("to-earliest") }
        if toLatest { given.append("to-latest") }
        if shiftBy != nil { given.append("shift-by") }
        return given
    }

    private var stateValue: String? { state.flatMap { $0 }.flatMap { $0.isEmpty ? nil : $0 } }
    private var typeValue: String? { type.flatMap { $0 }.flatMap { $0.isEmpty ? nil : $0 } }

    /// Validates in Kafka's order. `now` is the clock `--by-duration` counts back from.
    package func validate(now: Date = Date()) throws(ToolError) -> ConsumerGroupCommand {
        // jopt-simple's availableIf, checked while parsing.
        if !actions.contains(.describe) {
            for (given, name) in [(members, "members"), (verbose, "verbose"), (offsets, "offsets")] where given {
                throw .usage("Option(s) [\(name)] are unavailable given other options on the command line")
            }
            if state != nil && !actions.contains(.list) {
                throw .usage("Option(s) [state] are unavailable given other options on the command line")
            }
        }
        if type != nil && !actions.contains(.list) {
            throw .usage("Option(s) [type] are unavailable given other options on the command line")
        }
        guard let bootstrapServer else { throw ToolError.missingRequired("bootstrap-server") }
        let hasGroupScope = !groups.isEmpty || allGroups
        var notices: [ToolNotice] = []

        if actions.contains(.describe) {
            if !hasGroupScope {
                throw .usage("Option [describe] takes one of these options: \(Self.groupScopeOptions)")
            }
            if [members, offsets, state != nil].filter({ $0 }).count > 1 {
                throw .usage("Option [describe] takes at most one of these options: [members], [offsets], [state]")
            }
            if stateValue != nil { throw .usage("Option [describe] does not take a value for [state]") }
        }
        if actions.contains(.delete) {
            if !hasGroupScope { throw .usage("Option [delete] takes one of these options: \(Self.groupScopeOptions)") }
            if !topics.isEmpty {
                throw .usage("The consumer does not support topic-specific offset deletion from a consumer group.")
            }
        }
        if actions.contains(.deleteOffsets) && (groups.isEmpty || topics.isEmpty) {
            throw .usage("Option [delete-offsets] takes the following options: [topic], [group]")
        }
        if actions.contains(.resetOffsets) {
            if dryRun && execute { throw .usage("Option [reset-offsets] only accepts one of [execute] and [dry-run]") }
            if !dryRun && !execute { notices.append(.stderr(Self.dryRunDefaultWarning)) }
            if !hasGroupScope {
                throw .usage("Option [reset-offsets] takes one of these options: \(Self.groupScopeOptions)")
            }
            // checkInvalidArgs per scenario, in the order Kafka checks them, each against the others in
            // HashSet order.
            let given = Set(givenScenarios)
            for used in [
                "to-offset", "to-datetime", "by-duration", "to-earliest", "to-latest", "to-current", "shift-by",
                "from-file",
            ]
            where given.contains(used) {
                if let other = Self.scenarioOrder.first(where: { $0 != used && given.contains($0) }) {
                    throw ToolError.cannotBeUsed(used, with: other)
                }
            }
        }
        if !groups.isEmpty && allGroups { throw ToolError.cannotBeUsed("group", with: "all-groups") }
        if !groups.isEmpty && actions.contains(.list) { throw ToolError.cannotBeUsed("group", with: "list") }
        if !topics.isEmpty {
            for action in [ConsumerGroupAction.list, .describe] where actions.contains(action) {
                throw ToolError.cannotBeUsed("topic", with: action.rawValue)
            }
        }
        guard actions.count == 1, let action = actions.first else {
            throw .usage(
                "Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets"
            )
        }

        let timeout = timeoutMs ?? 5000
        if timeout < 0 { throw .usage("--timeout must not be negative") }
        let scope: ConsumerGroupScope = allGroups ? .all : .named(Self.unique(groups))
        // swkafka's additions belong to the offsets view of --describe.
        let offsetsView = action == .describe && !members && state == nil
        for (given, name) in [(summary, "summary"), (logStartOffset, "log-start-offset")] where given && !offsetsView {
            throw .usage("Option [\(name)] can only be used with [describe] and its default [offsets] view")
        }
        let commandAction: ConsumerGroupCommand.Action
        switch action {
        case .list:
            commandAction = .list(
                ConsumerGroupListing(
                    showState: state != nil, showType: type != nil,
                    states: try stateValue.map { v throws(ToolError) in try Self.parseStates(v) } ?? [],
                    types: try typeValue.map { v throws(ToolError) in try Self.parseTypes(v) } ?? []))
        case .describe:
            let view: ConsumerGroupDescribeView = members ? .members : (state != nil ? .state : .offsets)
            commandAction = .describe(view, verbose: verbose)
        case .delete:
            commandAction = .delete
        case .deleteOffsets:
            if groups.count > 1 {
                throw .usage("Found multiple arguments for option group, but you asked for only one")
            }
            var parsed: [ResetTopicScope] = []
            for topic in topics { parsed.append(try ResetTopicScope.parse(topic)) }
            commandAction = .deleteOffsets(group: groups[0], topics: parsed)
        case .resetOffsets:
            commandAction = .resetOffsets(try resetSpec(now: now))
        }
        return ConsumerGroupCommand(
            action: commandAction, groupScope: scope, bootstrapServer: bootstrapServer, commandConfig: commandConfig,
            timeout: .milliseconds(timeout), notices: notices, summary: summary, logStartOffset: logStartOffset,
            format: format)
    }

    private func resetSpec(now: Date) throws(ToolError) -> ResetOffsetsSpec {
        let scenario: ResetScenario
        if let toOffset {
            scenario = .toOffset(toOffset)
        } else if toEarliest {
            scenario = .toEarliest
        } else if toLatest {
            scenario = .toLatest
        } else if let shiftBy {
            scenario = .shiftBy(shiftBy)
        } else if let toDatetime {
            scenario = .toDatetime(try ResetDateTime.parse(toDatetime))
        } else if let byDuration {
            let duration = try ResetDateTime.parseDuration(byDuration)
            scenario = .byDuration(Int64((now.timeIntervalSince1970 * 1000).rounded(.down)) - duration)
        } else if let fromFile {
            scenario = .fromFile(path: fromFile)
        } else if toCurrent {
            scenario = .toCurrent
        } else {
            let list = Self.scenarioOrder.map { "[\($0)]" }.joined(separator: ", ")
            throw .usage("Option '[reset-offsets]' requires one of the following scenarios: [\(list)]")
        }
        let scope: ResetScope
        if allTopics {
            scope = .allTopics
        } else if !topics.isEmpty {
            var parsed: [ResetTopicScope] = []
            for topic in topics { parsed.append(try ResetTopicScope.parse(topic)) }
            scope = .topics(parsed)
        } else if fromFile != nil {
            scope = .fromFile
        } else {
            throw .usage("One of the reset scopes should be defined: --all-topics, --topic.")
        }
        return ResetOffsetsSpec(
            scenario: scenario, scope: scope, execute: execute && !dryRun, export: export,
            singleGroupExport: groups.count == 1 && !allGroups)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }

    /// Kafka's `consumerGroupStatesFromString`: comma-separated, trimmed, case-insensitive.
    package static func parseStates(_ input: String) throws(ToolError) -> Set<ConsumerGroupState> {
        let parsed = Set(
            input.split(separator: ",", omittingEmptySubsequences: false).map {
                ConsumerGroupState(parsing: String($0).javaTrimmed())
            })
        if parsed.contains(.unknown) {
            let valid = ConsumerGroupState.allCases.filter { $0 != .unknown }.map(\.rawValue).joined(separator: ", ")
            throw .usage("Invalid state list '\(input)'. Valid states are: \(valid)")
        }
        return parsed
    }

    /// Kafka's `consumerGroupTypesFromString`.
    package static func parseTypes(_ input: String) throws(ToolError) -> Set<GroupType> {
        let parsed = Set(
            input.lowercased().split(separator: ",", omittingEmptySubsequences: false).map {
                GroupType(parsing: String($0).javaTrimmed())
            })
        if parsed.contains(.unknown) {
            let valid = GroupType.allCases.filter { $0 != .unknown }.map(\.rawValue).joined(separator: ", ")
            throw .usage("Invalid types list '\(input)'. Valid types are: \(valid)")
        }
        return parsed
    }
}

/// Which groups a command acts on.
package enum ConsumerGroupScope: Sendable, Equatable {
    case named([String])
    /// `--all-groups`: every consumer group ListGroups returns.
    case all
}

/// `--list` with its `--state` / `--type` columns and filters.
package struct ConsumerGroupListing: Sendable, Equatable {
    package var showState: Bool
    package var showType: Bool
    package var states: Set<ConsumerGroupState>
    package var types: Set<GroupType>
}

/// The `--describe` sub-views (at most one; offsets by default).
package enum ConsumerGroupDescribeView: String, Sendable, Equatable {
    case offsets, members, state
}

/// One `--topic` argument: a topic (all its partitions) or `topic:0,1,2`.
package struct ResetTopicScope: Sendable, Equatable {
    package var topic: String
    package var partitions: [Int32]?

    package init(topic: String, partitions: [Int32]? = nil) {
        self.topic = topic
        self.partitions = partitions
    }

    /// Kafka's `parseTopicsWithPartitions` (Java `split(":")`, which drops trailing empty parts).
    package static func parse(_ argument: String) throws(ToolError) -> ResetTopicScope {
        guard argument.contains(":") else { return ResetTopicScope(topic: argument) }
        var parts = argument.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        while parts.count > 1, parts.last == "" { parts.removeLast() }
        guard parts.count == 2 else {
            throw .usage("Invalid topic arg '\(argument)', expected topic name and partitions")
        }
        var partitions: [Int32] = []
        var pieces = parts[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        while pieces.count > 1, pieces.last == "" { pieces.removeLast() }
        for piece in pieces {
            guard let partition = Int32(piece) else {
                throw .usage("Invalid partition '\(piece)' specified in topic arg '\(argument)''")
            }
            partitions.append(partition)
        }
        return ResetTopicScope(topic: parts[0], partitions: partitions)
    }
}

/// Which partitions a reset covers.
package enum ResetScope: Sendable, Equatable {
    /// `--all-topics`: the partitions the group has committed offsets for.
    case allTopics
    case topics([ResetTopicScope])
    /// `--from-file` without a scope: the partitions the file names.
    case fromFile
}

/// A reset scenario, with its argument resolved (`--to-datetime` and `--by-duration` to epoch ms).
package enum ResetScenario: Sendable, Equatable {
    case toEarliest
    case toLatest
    case toCurrent
    case toOffset(Int64)
    case shiftBy(Int64)
    case toDatetime(Int64)
    case byDuration(Int64)
    case fromFile(path: String)
}

/// A validated `--reset-offsets`.
package struct ResetOffsetsSpec: Sendable, Equatable {
    package var scenario: ResetScenario
    package var scope: ResetScope
    /// `--execute` (the default is a dry run).
    package var execute: Bool
    package var export: Bool
    /// Exactly one `--group`: `--export` writes `topic,partition,offset` without the group column.
    package var singleGroupExport: Bool
}

/// A validated `consumer-groups` command: what the runner executes.
package struct ConsumerGroupCommand: Sendable, Equatable {
    package enum Action: Sendable, Equatable {
        case list(ConsumerGroupListing)
        case describe(ConsumerGroupDescribeView, verbose: Bool)
        case delete
        case resetOffsets(ResetOffsetsSpec)
        case deleteOffsets(group: String, topics: [ResetTopicScope])
    }

    package var action: Action
    package var groupScope: ConsumerGroupScope
    package var bootstrapServer: String
    package var commandConfig: String?
    package var timeout: Duration
    /// Lines to print before running (the dry-run WARN).
    package var notices: [ToolNotice]
    package var summary: Bool
    package var logStartOffset: Bool
    package var format: ConsumerGroupOutputFormat
}
