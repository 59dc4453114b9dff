import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// `consumer-groups`: Kafka's option checks and messages, the reset planner for every scenario,
/// `--to-datetime` / `--by-duration` / `--from-file` parsing, and every output format.
@Suite struct ConsumerGroupOptionsTests {
    func options(_ action: ConsumerGroupAction?, _ edit: (inout ConsumerGroupCommandOptions) -> Void = { _ in })
        -> ConsumerGroupCommandOptions
    {
        var o = ConsumerGroupCommandOptions()
        if let action { o.actions = [action] }
        o.bootstrapServer = "localhost:9092"
        edit(&o)
        return o
    }

    func error(_ o: ConsumerGroupCommandOptions) -> ToolError? {
        do {
            _ = try o.validate()
            return nil
        } catch {
            return error
        }
    }

    func command(_ o: ConsumerGroupCommandOptions) throws -> ConsumerGroupCommand { try o.validate() }

    @Test func exactlyOneAction() {
        let message =
            "Command must include exactly one action: --list, --describe, --delete, --reset-offsets, --delete-offsets"
        #expect(error(options(nil)) == .usage(message))
        #expect(
            error(
                options(.list) {
                    $0.actions.insert(.delete); $0.groups = ["g"]
                }) != nil)
        #expect(
            error(
                options(.delete) {
                    $0.actions.insert(.resetOffsets); $0.groups = ["g"]; $0.toEarliest = true; $0.allTopics = true
                }) == .usage(message))
        #expect(error(options(.list)) == nil)
    }

    @Test func bootstrapServerIsRequired() {
        #expect(
            error(options(.list) { $0.bootstrapServer = nil })
                == .usage("Missing required argument \"[bootstrap-server]\""))
    }

    @Test func describeChecks() {
        #expect(
            error(options(.describe)) == .usage("Option [describe] takes one of these options: [all-groups], [group]"))
        #expect(
            error(
                options(.describe) {
                    $0.groups = ["g"]; $0.members = true; $0.state = .some(nil)
                })
                == .usage("Option [describe] takes at most one of these options: [members], [offsets], [state]"))
        #expect(
            error(
                options(.describe) {
                    $0.groups = ["g"]; $0.state = .some("stable")
                })
                == .usage("Option [describe] does not take a value for [state]"))
        #expect(
            error(
                options(.describe) {
                    $0.groups = ["g"]; $0.allGroups = true
                })
                == .usage("Option \"[group]\" can't be used with option \"[all-groups]\""))
        #expect(
            error(
                options(.describe) {
                    $0.groups = ["g"]; $0.topics = ["t"]
                })
                == .usage("Option \"[topic]\" can't be used with option \"[describe]\""))
        #expect(
            error(options(.list) { $0.members = true })
                == .usage("Option(s) [members] are unavailable given other options on the command line"))
        #expect(
            error(
                options(.describe) {
                    $0.groups = ["g"]; $0.type = .some(nil)
                })
                == .usage("Option(s) [type] are unavailable given other options on the command line"))
    }

    @Test func describeViews() throws {
        #expect(try command(options(.describe) { $0.groups = ["g"] }).action == .describe(.offsets, verbose: false))
        #expect(
            try command(
                options(.describe) {
                    $0.groups = ["g"]; $0.offsets = true
                }
            ).action == .describe(.offsets, verbose: false))
        #expect(
            try command(
                options(.describe) {
                    $0.groups = ["g"]; $0.members = true; $0.verbose = true
                }
            ).action
                == .describe(.members, verbose: true))
        #expect(
            try command(
                options(.describe) {
                    $0.allGroups = true; $0.state = .some(nil)
                }
            ).action == .describe(.state, verbose: false))
        #expect(try command(options(.describe) { $0.groups = ["a", "b", "a"] }).groupScope == .named(["a", "b"]))
        #expect(try command(options(.describe) { $0.allGroups = true }).groupScope == .all)
        #expect(try command(options(.describe) { $0.groups = ["g"] }).timeout == .milliseconds(5000))
    }

    @Test func summaryAndLogStartOffsetBelongToTheOffsetsView() throws {
        #expect(
            error(
                options(.describe) {
                    $0.groups = ["g"]; $0.summary = true; $0.logStartOffset = true
                }) == nil)
        #expect(
            error(
                options(.describe) {
                    $0.groups = ["g"]; $0.members = true; $0.summary = true
                })
                == .usage("Option [summary] can only be used with [describe] and its default [offsets] view"))
        #expect(
            error(options(.list) { $0.logStartOffset = true })
                == .usage("Option [log-start-offset] can only be used with [describe] and its default [offsets] view"))
    }

    @Test func listFilters() throws {
        #expect(
            try command(options(.list) { $0.state = .some("stable, Empty") }).action
                == .list(ConsumerGroupListing(showState: true, showType: false, states: [.stable, .empty], types: [])))
        #expect(
            try command(
                options(.list) {
                    $0.state = .some(nil); $0.type = .some("CLASSIC")
                }
            ).action
                == .list(ConsumerGroupListing(showState: true, showType: true, states: [], types: [.classic])))
        #expect(
            error(options(.list) { $0.state = .some("stable,bogus") })
                == .usage(
                    "Invalid state list 'stable,bogus'. Valid states are: PreparingRebalance, CompletingRebalance, Stable, Dead, Empty, Assigning, Reconciling"
                ))
        #expect(
            error(options(.list) { $0.type = .some("simple") })
                == .usage("Invalid types list 'simple'. Valid types are: Consumer, Classic, Share"))
        #expect(
            error(options(.list) { $0.groups = ["g"] })
                == .usage("Option \"[group]\" can't be used with option \"[list]\""))
        #expect(
            error(options(.list) { $0.topics = ["t"] })
                == .usage("Option \"[topic]\" can't be used with option \"[list]\""))
    }

    @Test func deleteChecks() {
        #expect(error(options(.delete)) == .usage("Option [delete] takes one of these options: [all-groups], [group]"))
        #expect(
            error(
                options(.delete) {
                    $0.groups = ["g"]; $0.topics = ["t"]
                })
                == .usage("The consumer does not support topic-specific offset deletion from a consumer group."))
        #expect(
            error(options(.deleteOffsets) { $0.groups = ["g"] })
                == .usage("Option [delete-offsets] takes the following options: [topic], [group]"))
        #expect(
            error(options(.deleteOffsets) { $0.topics = ["t"] })
                == .usage("Option [delete-offsets] takes the following options: [topic], [group]"))
    }

    @Test func deleteOffsetsTopics() throws {
        #expect(
            try command(
                options(.deleteOffsets) {
                    $0.groups = ["g"]; $0.topics = ["t", "u:0,2"]
                }
            ).action
                == .deleteOffsets(
                    group: "g", topics: [ResetTopicScope(topic: "t"), ResetTopicScope(topic: "u", partitions: [0, 2])]))
    }

    @Test func resetChecks() {
        func reset(_ edit: (inout ConsumerGroupCommandOptions) -> Void) -> ConsumerGroupCommandOptions {
            options(.resetOffsets) {
                $0.groups = ["g"]
                $0.topics = ["t"]
                edit(&$0)
            }
        }
        #expect(
            error(
                reset {
                    $0.toEarliest = true; $0.dryRun = true; $0.execute = true
                })
                == .usage("Option [reset-offsets] only accepts one of [execute] and [dry-run]"))
        #expect(
            error(
                reset {
                    $0.groups = []; $0.toEarliest = true
                })
                == .usage("Option [reset-offsets] takes one of these options: [all-groups], [group]"))
        #expect(
            error(
                reset {
                    $0.toEarliest = true; $0.toLatest = true
                })
                == .usage("Option \"[to-earliest]\" can't be used with option \"[to-latest]\""))
        #expect(
            error(
                reset {
                    $0.toOffset = 1; $0.shiftBy = 2
                })
                == .usage("Option \"[to-offset]\" can't be used with option \"[shift-by]\""))
        #expect(
            error(
                reset {
                    $0.shiftBy = 1; $0.fromFile = "f"
                })
                == .usage("Option \"[shift-by]\" can't be used with option \"[from-file]\""))
        #expect(
            error(
                reset {
                    $0.toLatest = true; $0.toCurrent = true
                })
                == .usage("Option \"[to-latest]\" can't be used with option \"[to-current]\""))
        #expect(
            error(reset { _ in })
                == .usage(
                    "Option '[reset-offsets]' requires one of the following scenarios: [[to-offset], [to-current], [to-datetime], [from-file], [by-duration], [to-earliest], [to-latest], [shift-by]]"
                ))
        #expect(
            error(
                reset {
                    $0.topics = []; $0.toEarliest = true
                })
                == .usage("One of the reset scopes should be defined: --all-topics, --topic."))
        #expect(
            error(
                reset {
                    $0.topics = []; $0.fromFile = "plan.csv"
                }) == nil)
        #expect(
            error(
                reset {
                    $0.topics = ["t:x"]; $0.toEarliest = true
                })
                == .usage("Invalid partition 'x' specified in topic arg 't:x''"))
        #expect(
            error(
                reset {
                    $0.topics = ["t:1:2"]; $0.toEarliest = true
                })
                == .usage("Invalid topic arg 't:1:2', expected topic name and partitions"))
        #expect(
            error(
                reset {
                    $0.topics = ["t:"]; $0.toEarliest = true
                })
                == .usage("Invalid topic arg 't:', expected topic name and partitions"))
    }

    @Test func resetDryRunIsTheDefaultWithKafkasWarning() throws {
        let dry = try command(
            options(.resetOffsets) {
                $0.groups = ["g"]; $0.allTopics = true; $0.toLatest = true
            })
        #expect(dry.notices == [.stderr(ConsumerGroupCommandOptions.dryRunDefaultWarning)])
        guard case .resetOffsets(let spec) = dry.action else {
            Issue.record("not a reset")
            return
        }
        #expect(
            spec
                == ResetOffsetsSpec(
                    scenario: .toLatest, scope: .allTopics, execute: false, export: false, singleGroupExport: true))
        let explicit = try command(
            options(.resetOffsets) {
                $0.groups = ["g"]; $0.allTopics = true; $0.toLatest = true; $0.dryRun = true
            })
        #expect(explicit.notices.isEmpty)
        let execute = try command(
            options(.resetOffsets) {
                $0.allGroups = true; $0.topics = ["t:0,1"]; $0.shiftBy = -2; $0.execute = true; $0.export = true
            })
        guard case .resetOffsets(let executeSpec) = execute.action else {
            Issue.record("not a reset")
            return
        }
        #expect(
            executeSpec
                == ResetOffsetsSpec(
                    scenario: .shiftBy(-2), scope: .topics([ResetTopicScope(topic: "t", partitions: [0, 1])]),
                    execute: true,
                    export: true, singleGroupExport: false))
    }

    @Test func byDurationCountsBackFromNow() throws {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let c = try options(.resetOffsets) {
            $0.groups = ["g"]; $0.allTopics = true; $0.byDuration = "PT1H30M"
        }.validate(now: now)
        #expect(
            c.action
                == .resetOffsets(
                    ResetOffsetsSpec(
                        scenario: .byDuration(1_700_000_000_000 - 5_400_000), scope: .allTopics, execute: false,
                        export: false, singleGroupExport: true)))
    }
}

@Suite struct ResetDateTimeTests {
    @Test func dateTimesWithAndWithoutZone() throws {
        #expect(try ResetDateTime.parse("2024-01-02T03:04:05.678") == 1_704_164_645_678)
        #expect(try ResetDateTime.parse("2024-01-02T03:04:05.678Z") == 1_704_164_645_678)
        #expect(try ResetDateTime.parse("2024-01-02T05:04:05.678+02:00") == 1_704_164_645_678)
        #expect(try ResetDateTime.parse("2024-01-02T01:04:05.678-0200") == 1_704_164_645_678)
        #expect(try ResetDateTime.parse("2024-01-02T04:04:05.678+01") == 1_704_164_645_678)
        #expect(try ResetDateTime.parse("1970-01-01T00:00:00.000") == 0)
        #expect(try ResetDateTime.parse("2024-02-29T00:00:00.000") == 1_709_164_800_000)
    }

    @Test func badDateTimesFailWithKafkasText() {
        #expect(throws: ToolError.failure("java.text.ParseException: Unparseable date: \"2024-01-02T03:04:05Z\"")) {
            try ResetDateTime.parse("2024-01-02T03:04:05")
        }
        #expect(throws: ToolError.failure("java.text.ParseException: Unparseable date: \"2023-02-29T00:00:00.000Z\"")) {
            try ResetDateTime.parse("2023-02-29T00:00:00.000")
        }
        #expect(
            throws: ToolError.failure(
                "java.text.ParseException: Error parsing timestamp. It does not contain a 'T' according to ISO8601 format: 2024-01-02"
            )
        ) {
            try ResetDateTime.parse("2024-01-02")
        }
    }

    @Test func isoDurations() throws {
        #expect(try ResetDateTime.parseDuration("PT0.5S") == 500)
        #expect(try ResetDateTime.parseDuration("P1DT2H3M4.5S") == 86_400_000 + 7_200_000 + 180_000 + 4_500)
        #expect(try ResetDateTime.parseDuration("pt15m") == 900_000)
        #expect(try ResetDateTime.parseDuration("P2D") == 172_800_000)
        #expect(try ResetDateTime.parseDuration("-PT1H") == -3_600_000)
        #expect(try ResetDateTime.parseDuration("PT-1H30M") == -3_600_000 + 1_800_000)
        for bad in ["", "P", "PT", "1H", "PT1D", "P1H", "PT1M1H", "PT1.5H", "P1DT"] {
            #expect(throws: ToolError.failure("Text cannot be parsed to a Duration")) {
                try ResetDateTime.parseDuration(bad)
            }
        }
    }
}

@Suite struct ResetOffsetsPlannerTests {
    let t0 = TopicPartition("t", 0)
    let t1 = TopicPartition("t", 1)
    var inputs: ResetOffsetsInputs {
        ResetOffsetsInputs(
            committed: [t0: 5], logStart: [t0: 2, t1: 0], logEnd: [t0: 10, t1: 7],
            timestampOffsets: [t0: 4, t1: nil])
    }

    func plan(_ scenario: ResetScenario, _ partitions: [TopicPartition]? = nil, file: [TopicPartition: Int64]? = nil)
        throws
        -> ResetOffsetsPlan
    {
        try ResetOffsetsPlanner.plan(
            scenario, group: "g", partitions: partitions ?? [t0, t1], inputs: inputs, filePlan: file)
    }

    @Test func toEarliestAndLatest() throws {
        #expect(try plan(.toEarliest) == ResetOffsetsPlan(offsets: [t0: 2, t1: 0]))
        #expect(try plan(.toLatest) == ResetOffsetsPlan(offsets: [t0: 10, t1: 7]))
        #expect(throws: ToolError.usage("Error getting starting offset of topic partition: t-9")) {
            try plan(.toEarliest, [TopicPartition("t", 9)])
        }
        #expect(throws: ToolError.usage("Error getting ending offset of topic partition: t-9")) {
            try plan(.toLatest, [TopicPartition("t", 9)])
        }
    }

    @Test func toOffsetClampsWithKafkasWarnings() throws {
        #expect(try plan(.toOffset(3)) == ResetOffsetsPlan(offsets: [t0: 3, t1: 3]))
        #expect(
            try plan(.toOffset(12))
                == ResetOffsetsPlan(
                    offsets: [t0: 10, t1: 7],
                    warnings: [
                        "New offset (12) is higher than latest offset for topic partition t-0. Value will be set to 10.",
                        "New offset (12) is higher than latest offset for topic partition t-1. Value will be set to 7.",
                    ]))
        #expect(
            try plan(.toOffset(1))
                == ResetOffsetsPlan(
                    offsets: [t0: 2, t1: 1],
                    warnings: [
                        "New offset (1) is lower than earliest offset for topic partition t-0. Value will be set to 2."
                    ]))
    }

    @Test func shiftByNeedsACommittedOffset() throws {
        #expect(try plan(.shiftBy(-2), [t0]) == ResetOffsetsPlan(offsets: [t0: 3]))
        #expect(
            try plan(.shiftBy(-4), [t0])
                == ResetOffsetsPlan(
                    offsets: [t0: 2],
                    warnings: [
                        "New offset (1) is lower than earliest offset for topic partition t-0. Value will be set to 2."
                    ]))
        #expect(
            try plan(.shiftBy(100), [t0])
                == ResetOffsetsPlan(
                    offsets: [t0: 10],
                    warnings: [
                        "New offset (105) is higher than latest offset for topic partition t-0. Value will be set to 10."
                    ]))
        #expect(
            throws: ToolError.usage("Cannot shift offset for partition t-1 since there is no current committed offset")
        ) { try plan(.shiftBy(1)) }
    }

    @Test func toCurrentFallsBackToTheLogEnd() throws {
        #expect(try plan(.toCurrent) == ResetOffsetsPlan(offsets: [t0: 5, t1: 7]))
    }

    @Test func byTimestampFallsBackToLatestForAnEmptyPartition() throws {
        let expected = ResetOffsetsPlan(
            offsets: [t0: 4, t1: 7],
            notes: ["\nWarn: Partition 1 from topic t is empty. Falling back to latest known offset."])
        #expect(try plan(.toDatetime(123)) == expected)
        #expect(try plan(.byDuration(123)) == expected)
        #expect(throws: ToolError.usage("Error getting offset by timestamp of topic partition: t-5")) {
            try plan(.toDatetime(1), [TopicPartition("t", 5)])
        }
    }

    @Test func fromFileIsClampedAndAMissingPlanIsReported() throws {
        #expect(
            try plan(.fromFile(path: "p"), file: [t0: 50, t1: 3])
                == ResetOffsetsPlan(
                    offsets: [t0: 10, t1: 3],
                    warnings: [
                        "New offset (50) is higher than latest offset for topic partition t-0. Value will be set to 10."
                    ]))
        #expect(
            try plan(.fromFile(path: "p")) == ResetOffsetsPlan(notes: ["\nError: No reset plan for group g found."]))
    }
}

@Suite struct ResetPlanFileTests {
    @Test func singleGroupFormat() throws {
        let plan = try ResetPlanFile.parse("t,0,5\nt,1,7\n", singleGroup: "g")
        #expect(plan == ["g": [TopicPartition("t", 0): 5, TopicPartition("t", 1): 7]])
    }

    @Test func multiGroupFormat() throws {
        let text = "g1,t,0,5\r\ng2,u,3,9\n"
        let expected: [String: [TopicPartition: Int64]] = [
            "g1": [TopicPartition("t", 0): 5], "g2": [TopicPartition("u", 3): 9],
        ]
        #expect(try ResetPlanFile.parse(text, singleGroup: nil) == expected)
        // One group given but a file with group columns: the group column wins, as in Kafka.
        #expect(try ResetPlanFile.parse(text, singleGroup: "g1") == expected)
        #expect(throws: ToolError.self) { try ResetPlanFile.parse("t,0,5\n", singleGroup: nil) }
    }

    @Test func exportRoundTrips() throws {
        let plans: [(group: String, offsets: [TopicPartition: Int64])] = [
            ("b", [TopicPartition("t", 1): 4, TopicPartition("t", 0): 3]), ("a,x", [TopicPartition("u", 0): 0]),
        ]
        let withGroup = ConsumerGroupFormatter.exportCSV(plans, withoutGroup: false)
        #expect(withGroup == "\"a,x\",u,0,0\nb,t,0,3\nb,t,1,4\n\n")
        #expect(try ResetPlanFile.parse(withGroup, singleGroup: nil)["a,x"] == [TopicPartition("u", 0): 0])
        let single = ConsumerGroupFormatter.exportCSV([plans[0]], withoutGroup: true)
        #expect(single == "t,0,3\nt,1,4\n\n")
        #expect(try ResetPlanFile.parse(single, singleGroup: "b") == ["b": plans[0].offsets])
    }
}

@Suite struct ConsumerGroupFormatterTests {
    let coordinator = BrokerNode(id: 1, host: "localhost", port: 9092)

    func member(_ id: String, _ partitions: [TopicPartition], instance: String? = nil) -> ConsumerGroupMember {
        ConsumerGroupMember(
            memberId: id, groupInstanceId: instance, clientId: "client", host: "/127.0.0.1", assignment: partitions)
    }

    @Test func listPlainAndWithStateAndType() {
        let groups = [
            ListedConsumerGroup(groupId: "alpha", state: .stable, type: .classic),
            ListedConsumerGroup(groupId: "a-much-longer-group-name", state: .empty, type: nil),
        ]
        #expect(
            ConsumerGroupFormatter.list(groups, showState: false, showType: false)
                == "alpha\na-much-longer-group-name\n")
        let g = 24 + 10
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: w - s.count) }
        #expect(
            ConsumerGroupFormatter.list(groups, showState: true, showType: false)
                == pad("GROUP", g) + " " + pad("STATE", 20) + "\n" + pad("alpha", g) + " " + pad("Stable", 20) + "\n"
                + pad("a-much-longer-group-name", g) + " " + pad("Empty", 20) + "\n")
        #expect(
            ConsumerGroupFormatter.list([groups[0]], showState: true, showType: true)
                == pad("GROUP", 25) + " " + pad("TYPE", 20) + " " + pad("STATE", 20) + "\n" + pad("alpha", 25) + " "
                + pad("Classic", 20) + " " + pad("Stable", 20) + "\n")
        #expect(
            ConsumerGroupFormatter.list([], showState: true, showType: false) == pad("GROUP", 25) + " "
                + pad("STATE", 20) + "\n")
        #expect(
            ConsumerGroupFormatter.list([groups[0]], showState: true, showType: false, format: .json)
                == "{\"group\":\"alpha\",\"state\":\"Stable\"}\n")
    }

    @Test func offsetRowsOrderAndLag() {
        let t = { TopicPartition("t", $0) }
        let rows = DescribedConsumerGroup.offsetRows(
            group: "g", members: [member("m1", [t(2)]), member("m2", [t(1), t(0)]), member("idle", [])],
            committed: [
                t(0): ConsumerGroupOffset(offset: 3), t(1): ConsumerGroupOffset(offset: 5),
                t(5): ConsumerGroupOffset(offset: 1),
            ],
            logStart: [:], logEnd: [t(0): 4, t(1): 5, t(2): 9])
        #expect(rows.map(\.partition) == [0, 1, 2, 5])
        #expect(rows.map(\.consumerId) == ["m2", "m2", "m1", "-"])
        #expect(rows.map(\.lag) == [1, 0, nil, nil])
        #expect(rows.map(\.logEndOffset) == [4, 5, 9, nil])
    }

    @Test func describeOffsetsGolden() {
        let t = { TopicPartition("my-topic", $0) }
        let description = ConsumerGroupDescription(
            groupId: "my-group", members: [member("consumer-1-2c5e1c0e", [t(0)])], partitionAssignor: "range",
            state: .stable,
            coordinator: coordinator)
        let rows =
            DescribedConsumerGroup.offsetRows(
                group: "my-group", members: description.members, committed: [t(0): ConsumerGroupOffset(offset: 2)],
                logStart: [t(0): 0, t(1): 0], logEnd: [t(0): 4, t(1): 3])
            + [
                PartitionAssignmentRow(
                    group: "my-group", topic: "my-topic", partition: 1, currentOffset: nil, logEndOffset: 3,
                    consumerId: "-",
                    host: "-", clientId: "-")
            ]
        let group = DescribedConsumerGroup(groupId: "my-group", description: description, rows: rows)
        let output = ConsumerGroupFormatter.describeOffsets([group])
        #expect(
            output.stdout
                == """

                GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID         HOST            CLIENT-ID
                my-group        my-topic        0          2               4               2               consumer-1-2c5e1c0e /127.0.0.1      client
                my-group        my-topic        1          -               3               -               -                   -               -

                """)
        #expect(output.stderr.isEmpty)
        #expect(!output.failed)
        let withStart = ConsumerGroupFormatter.describeOffsets([group], logStartOffset: true, summary: true)
        #expect(
            withStart.stdout
                == """

                GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-START-OFFSET LOG-END-OFFSET  LAG             CONSUMER-ID         HOST            CLIENT-ID
                my-group        my-topic        0          2               0                4               2               consumer-1-2c5e1c0e /127.0.0.1      client
                my-group        my-topic        1          -               -                3               -               -                   -               -

                GROUP           STATE                #MEMBERS   TOTAL-LAG
                my-group        Stable               1          2

                """)
    }

    @Test func describeNotesForEmptyRebalancingMissingAndDeadGroups() {
        let empty = DescribedConsumerGroup(
            groupId: "e", description: ConsumerGroupDescription(groupId: "e", state: .empty, coordinator: coordinator),
            rows: [
                PartitionAssignmentRow(
                    group: "e", topic: "t", partition: 0, currentOffset: 1, logEndOffset: 1, consumerId: "-", host: "-",
                    clientId: "-")
            ])
        let rebalancing = DescribedConsumerGroup(
            groupId: "r",
            description: ConsumerGroupDescription(groupId: "r", state: .preparingRebalance, coordinator: coordinator))
        let dead = DescribedConsumerGroup(
            groupId: "d", description: ConsumerGroupDescription(groupId: "d", state: .dead, coordinator: coordinator))
        let missing = DescribedConsumerGroup(groupId: "m", description: nil)
        let output = ConsumerGroupFormatter.describeOffsets([rebalancing, missing, empty, dead])
        #expect(
            output.chunks == [
                .stdout("\nError: Consumer group 'd' does not exist.\n"),
                .stderr("\nConsumer group 'e' has no active members.\n"),
                .stdout(
                    "\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID"
                        + "\ne               t               0          1               1               0               -               -               -\n"
                ),
                .stdout("\nError: The consumer group 'm' does not exist.\n"),
                .stderr("\nWarning: Consumer group 'r' is rebalancing.\n"),
            ])
        #expect(output.failed)
    }

    @Test func describeMembersGolden() {
        let t = { TopicPartition($0, $1) }
        let description = ConsumerGroupDescription(
            groupId: "g", members: [member("m-1", [t("b", 1), t("a", 0), t("b", 0)]), member("m-2", [])],
            state: .stable,
            coordinator: coordinator)
        let group = DescribedConsumerGroup(groupId: "g", description: description)
        #expect(
            ConsumerGroupFormatter.describeMembers([group], verbose: false).stdout
                == "\nGROUP           CONSUMER-ID     HOST            CLIENT-ID       #PARTITIONS     \n"
                + "g               m-1             /127.0.0.1      client          3               \n"
                + "g               m-2             /127.0.0.1      client          0               \n")
        #expect(
            ConsumerGroupFormatter.describeMembers([group], verbose: true).stdout
                == "\nGROUP           CONSUMER-ID     HOST            CLIENT-ID       #PARTITIONS     ASSIGNMENT\n"
                + "g               m-1             /127.0.0.1      client          3               a(0), b(0,1)\n"
                + "g               m-2             /127.0.0.1      client          0               -\n")
        var statics = description
        statics.members[0].groupInstanceId = "instance-1"
        #expect(
            ConsumerGroupFormatter.describeMembers(
                [DescribedConsumerGroup(groupId: "g", description: statics)], verbose: false
            )
            .stdout
                == "\nGROUP           CONSUMER-ID     GROUP-INSTANCE-ID HOST            CLIENT-ID       #PARTITIONS     \n"
                + "g               m-1             instance-1        /127.0.0.1      client          3               \n"
                + "g               m-2                               /127.0.0.1      client          0               \n"
        )
    }

    @Test func describeStateGolden() {
        let description = ConsumerGroupDescription(
            groupId: "g", members: [member("m-1", [])], partitionAssignor: "range", state: .stable,
            coordinator: coordinator)
        let output = ConsumerGroupFormatter.describeState([
            DescribedConsumerGroup(groupId: "g", description: description)
        ])
        #expect(
            output.stdout
                == "\nGROUP                     COORDINATOR (ID)          ASSIGNMENT-STRATEGY  STATE           #MEMBERS"
                + "\ng                         localhost:9092  (1)       range                Stable          1\n")
        let empty = ConsumerGroupDescription(groupId: "e", state: .empty, coordinator: coordinator)
        let emptyOutput = ConsumerGroupFormatter.describeState([
            DescribedConsumerGroup(groupId: "e", description: empty)
        ])
        #expect(emptyOutput.stderr == "\nConsumer group 'e' has no active members.\n")
        #expect(
            emptyOutput.stdout.hasSuffix(
                "\ne                         localhost:9092  (1)       -                    Empty           0\n"))
        let json = ConsumerGroupFormatter.describeState(
            [DescribedConsumerGroup(groupId: "g", description: description)], format: .json)
        #expect(
            json.stdout
                == "{\"group\":\"g\",\"state\":\"Stable\",\"coordinator\":{\"id\":1,\"host\":\"localhost\",\"port\":9092},\"assignmentStrategy\":\"range\",\"memberCount\":1}\n"
        )
    }

    @Test func resetTableGolden() {
        let plans: [(group: String, offsets: [TopicPartition: Int64])] = [
            ("g", [TopicPartition("t", 1): 7, TopicPartition("t", 0): 5]), ("active", [:]),
        ]
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: w - s.count) }
        func line(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
            pad(a, 30) + " " + pad(b, 30) + " " + pad(c, 10) + " " + pad(d, 15) + "\n"
        }
        #expect(
            ConsumerGroupFormatter.resetOffsets(plans)
                == "\n" + line("GROUP", "TOPIC", "PARTITION", "NEW-OFFSET") + line("g", "t", "0", "5")
                + line("g", "t", "1", "7"))
        #expect(ConsumerGroupFormatter.resetOffsets([]) == "")
        #expect(
            ConsumerGroupFormatter.resetOffsets(
                [plans[0]], priorOffsets: ["g": [TopicPartition("t", 0): 9]], format: .json)
                == "{\"group\":\"g\",\"partitions\":[{\"topic\":\"t\",\"partition\":0,\"priorOffset\":9,\"newOffset\":5},{\"topic\":\"t\",\"partition\":1,\"priorOffset\":null,\"newOffset\":7}]}\n"
        )
        #expect(
            ConsumerGroupFormatter.resetRefusal("g", state: .stable)
                == "Assignments can only be reset if the group 'g' is inactive, but the current state is Stable.")
    }

    @Test func deleteGroupsMessages() {
        let ok = ConsumerGroupFormatter.deleteGroups(["g1", "g2"], results: ["g1": .success(()), "g2": .success(())])
        #expect(ok.stdout == "Deletion of requested consumer groups ('g1', 'g2') was successful.\n")
        #expect(!ok.failed)
        let mixed = ConsumerGroupFormatter.deleteGroups(
            ["g1", "g2"], results: ["g1": .success(()), "g2": .failure(.broker(.nonEmptyGroup))])
        #expect(
            mixed.stdout
                == "\nError: Deletion of some consumer groups failed:\n* Group 'g2' could not be deleted due to: The group is not empty.\n\nThese consumer groups were deleted successfully: 'g1'\n"
        )
        #expect(mixed.failed)
    }

    @Test func deleteOffsetsMessages() {
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        func line(_ a: String, _ b: String, _ c: String) -> String {
            "\n" + pad(a, 30) + " " + pad(b, 15) + " " + pad(c, 15)
        }
        let ok = ConsumerGroupFormatter.deleteOffsets(
            group: "g", topics: ["t"], groupError: nil,
            partitions: [TopicPartition("t", 1): nil, TopicPartition("t", 0): nil])
        var expected = "Request succeed for deleting offsets with topic t group g\n"
        expected += line("TOPIC", "PARTITION", "STATUS")
        expected += line("t", "0", "Successful")
        expected += line("t", "1", "Successful") + "\n"
        #expect(ok.stdout == expected)
        let subscribed = ConsumerGroupFormatter.deleteOffsets(
            group: "g", topics: ["t", "gone"], groupError: .groupSubscribedToTopic,
            partitions: [
                TopicPartition("t", 0): .some("The consumer group is actively subscribed to the topic"),
                TopicPartition("gone", -1): .some("This server does not host this topic-partition."),
            ])
        var expectedError = "\nError: Encounter some partition level error, see the follow-up details:\n"
        expectedError += line("TOPIC", "PARTITION", "STATUS")
        expectedError += line("gone", "Not Provided", "Error: :This server does not host this topic-partition.")
        expectedError += line("t", "0", "Error: :The consumer group is actively subscribed to the topic") + "\n"
        #expect(subscribed.stdout == expectedError)
        #expect(subscribed.failed)
        let notFound = ConsumerGroupFormatter.deleteOffsets(
            group: "g", topics: ["t"], groupError: .groupIdNotFound, partitions: [:])
        #expect(notFound.stdout.hasPrefix("\nError: 'g' does not exist.\n"))
        let nonEmpty = ConsumerGroupFormatter.deleteOffsets(
            group: "g", topics: ["t"], groupError: .nonEmptyGroup, partitions: [:])
        #expect(
            nonEmpty.stdout.hasPrefix(
                "\nError: Deleting offsets of a consumer group 'g' is forbidden if the group is not empty.\n"))
    }

    @Test func describeOffsetsJSON() {
        let t0 = TopicPartition("t", 0)
        let description = ConsumerGroupDescription(
            groupId: "g", members: [member("m", [t0])], partitionAssignor: "range", state: .stable,
            coordinator: coordinator)
        let rows = DescribedConsumerGroup.offsetRows(
            group: "g", members: description.members, committed: [t0: ConsumerGroupOffset(offset: 1)], logStart: [:],
            logEnd: [t0: 3])
        let output = ConsumerGroupFormatter.describeOffsets(
            [
                DescribedConsumerGroup(groupId: "g", description: description, rows: rows),
                DescribedConsumerGroup(groupId: "x", description: nil),
            ],
            format: .json)
        #expect(
            output.stdout
                == "{\"group\":\"g\",\"state\":\"Stable\",\"coordinator\":{\"id\":1,\"host\":\"localhost\",\"port\":9092},\"assignmentStrategy\":\"range\",\"memberCount\":1,\"totalLag\":2,\"partitions\":[{\"topic\":\"t\",\"partition\":0,\"currentOffset\":1,\"logStartOffset\":null,\"logEndOffset\":3,\"lag\":2,\"consumerId\":\"m\",\"host\":\"/127.0.0.1\",\"clientId\":\"client\"}]}\n"
                + "{\"group\":\"x\",\"error\":\"Consumer group 'x' does not exist.\"}\n")
        #expect(output.failed)
    }

    @Test func assignmentDecoding() throws {
        var assignment = ConsumerProtocolAssignment()
        var topic = ConsumerProtocolAssignment.TopicPartition()
        topic.topic = "t"
        topic.partitions = [2, 0]
        assignment.assignedPartitions = [topic]
        var buffer = ByteBuffer()
        buffer.writeInteger(Int16(3))
        try assignment.write(to: &buffer, version: 3)
        #expect(AdminClient.decodeAssignment(buffer) == [TopicPartition("t", 2), TopicPartition("t", 0)])
        #expect(AdminClient.decodeAssignment(ByteBuffer()) == [])
        var truncated = buffer
        truncated.moveWriterIndex(to: 5)
        #expect(AdminClient.decodeAssignment(truncated) == [])
        var subscription = ConsumerProtocolSubscription()
        subscription.topics = ["a", "b"]
        var sub = ByteBuffer()
        sub.writeInteger(Int16(1))
        try subscription.write(to: &sub, version: 1)
        #expect(AdminClient.decodeSubscription(sub) == ["a", "b"])
    }
}
