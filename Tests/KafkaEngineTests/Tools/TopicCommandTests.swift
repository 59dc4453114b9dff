import Testing

@testable import KafkaEngine

/// `topics`: Kafka's option checks and messages, `--replica-assignment` and `--config` parsing,
/// topic selection (exact name first, regex delete refusal) and the `--describe` text.
@Suite struct TopicCommandTests {
    func options(_ action: TopicAction?, topic: String? = "t", _ edit: (inout TopicCommandOptions) -> Void = { _ in })
        -> TopicCommandOptions
    {
        var o = TopicCommandOptions()
        if let action { o.actions = [action] }
        o.bootstrapServer = "localhost:9092"
        o.topic = topic
        edit(&o)
        return o
    }

    func error(_ o: TopicCommandOptions) -> ToolError? {
        do {
            _ = try o.validate()
            return nil
        } catch {
            return error
        }
    }

    @Test func exactlyOneActionIsRequired() {
        let message = "Command must include exactly one action: --list, --describe, --create, --alter or --delete"
        #expect(error(options(nil)) == .usage(message))
        #expect(error(options(.list) { $0.actions.insert(.delete) }) == .usage(message))
    }

    @Test func requiredArgumentsInKafkasOrder() {
        #expect(error(options(.list) { $0.bootstrapServer = nil }) == .usage("--bootstrap-server must be specified"))
        #expect(error(options(.create, topic: nil)) == .usage("Missing required argument \"[topic]\""))
        #expect(error(options(.delete, topic: nil)) == .usage("Missing required argument \"[topic]\""))
        #expect(error(options(.list, topic: nil)) == nil)
        #expect(error(options(.describe, topic: nil)) == nil)
        #expect(error(options(.alter)) == .usage("Missing required argument \"[partitions]\""))
        #expect(
            error(options(.alter) { $0.configs = ["a=b"] })
                == .usage(
                    "Option combination \"[[bootstrap-server], [config]]\" can't be used with option \"[alter]\" (To alter topic configurations, the kafka-configs tool can be used.)"
                ))
        #expect(
            error(options(.describe, topic: nil) { $0.ifExists = true })
                == .usage("--topic or --topic-id is required to describe a topic"))
    }

    @Test func optionsThatDoNotGoWithTheAction() {
        #expect(
            error(options(.list) { $0.configs = ["a=b"] })
                == .usage("Option \"[config]\" can't be used with option \"[list]\""))
        #expect(
            error(options(.describe) { $0.partitions = 3 })
                == .usage("Option \"[partitions]\" can't be used with option \"[describe]\""))
        #expect(
            error(
                options(.alter) {
                    $0.partitions = 3; $0.replicationFactor = 2
                })
                == .usage("Option \"[replication-factor]\" can't be used with option \"[alter]\""))
        #expect(
            error(
                options(.create) {
                    $0.replicaAssignment = "1:2"; $0.partitions = 1
                })
                == .usage("Option \"[replica-assignment]\" can't be used with option \"[partitions]\""))
        #expect(
            error(
                options(.create) {
                    $0.replicaAssignment = "1:2"; $0.replicationFactor = 2
                })
                == .usage("Option \"[replica-assignment]\" can't be used with option \"[replication-factor]\""))
        #expect(
            error(options(.list) { $0.underReplicatedPartitions = true })
                == .usage("Option \"[under-replicated-partitions]\" can't be used with option \"[list]\""))
        #expect(
            error(
                options(.describe) {
                    $0.atMinIsrPartitions = true; $0.topicsWithOverrides = true
                })
                == .usage("Option \"[at-min-isr-partitions]\" can't be used with option \"[topics-with-overrides]\""))
        #expect(
            error(options(.list) { $0.topicsWithOverrides = true })
                == .usage("Option \"[topics-with-overrides]\" can't be used with option \"[list]\""))
        #expect(
            error(options(.create) { $0.ifExists = true })
                == .usage("Option \"[if-exists]\" can't be used with option \"[create]\""))
        #expect(
            error(options(.delete) { $0.ifNotExists = true })
                == .usage("Option \"[if-not-exists]\" can't be used with option \"[delete]\""))
        #expect(
            error(options(.create) { $0.excludeInternal = true })
                == .usage("Option \"[exclude-internal]\" can't be used with option \"[create]\""))
        #expect(
            error(options(.create) { $0.regex = true })
                == .usage("Option \"[regex]\" can't be used with option \"[create]\""))
    }

    @Test func createChecksRangesAndWarnsAboutCollidingNames() throws {
        #expect(
            error(options(.create) { $0.replicationFactor = 0 })
                == .failure("The replication factor must be between 1 and 32767 inclusive"))
        #expect(
            error(options(.create) { $0.replicationFactor = 32768 })
                == .failure("The replication factor must be between 1 and 32767 inclusive"))
        #expect(error(options(.create) { $0.partitions = 0 }) == .failure("The partitions must be greater than 0"))
        let command = try options(.create, topic: "a.b") {
            $0.partitions = 3; $0.configs = ["cleanup.policy = compact"]
        }.validate()
        #expect(command.topicToCreate == "a.b")
        #expect(command.partitions == 3)
        #expect(command.configs == ["cleanup.policy": "compact"])
        #expect(
            command.notices == [
                .stdout(
                    "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both."
                )
            ])
        #expect(try options(.create, topic: "ab").validate().notices.isEmpty)
    }

    @Test func deleteConfigIsIgnoredWithKafkasNotice() throws {
        let command = try options(.delete) { $0.deleteConfigs = ["x"] }.validate()
        #expect(
            command.notices == [
                .stderr(
                    "delete-config option is no longer supported and deprecated since version 4.0. The config will be fully removed in future releases."
                )
            ])
    }

    @Test func replicaAssignmentParsing() throws {
        #expect(try TopicCommandOptions.parseReplicaAssignment("1:2,3:4") == [[1, 2], [3, 4]])
        #expect(try TopicCommandOptions.parseReplicaAssignment(" 1 : 2 , 3:4") == [[1, 2], [3, 4]])
        #expect(try TopicCommandOptions.parseReplicaAssignment("5") == [[5]])
        #expect(throws: ToolError.failure("Partition replica lists may not contain duplicate entries: 1")) {
            try TopicCommandOptions.parseReplicaAssignment("1:1:2")
        }
        #expect(throws: ToolError.failure("Partition 1 has different replication factor: [3]")) {
            try TopicCommandOptions.parseReplicaAssignment("1:2,3")
        }
        #expect(throws: ToolError.failure("For input string: \"x\"")) {
            try TopicCommandOptions.parseReplicaAssignment("1:x")
        }
        let command = try options(.create) { $0.replicaAssignment = "1:2,2:3,3:1" }.validate()
        #expect(command.replicaAssignment == [[1, 2], [2, 3], [3, 1]])
        #expect(command.newPartitionAssignments(existingPartitionCount: 2) == [[3, 1]])
    }

    @Test func topicConfigParsing() throws {
        #expect(
            try TopicCommandOptions.parseTopicConfigs(["retention.ms=1000", "segment.bytes = 1048576"]) == [
                "retention.ms": "1000", "segment.bytes": "1048576",
            ])
        let format = ToolError.failure(
            "requirement failed: Invalid topic config: all configs to be added must be in the format \"key=val\".")
        for bad in ["retention.ms", "retention.ms=", "a=b=c"] {
            #expect(throws: format) { try TopicCommandOptions.parseTopicConfigs([bad]) }
        }
        #expect(throws: ToolError.failure("Unknown topic config name: no.such.config")) {
            try TopicCommandOptions.parseTopicConfigs(["no.such.config=1"])
        }
    }

    @Test func topicIdForDescribe() throws {
        let id = KafkaUUID(high: 1, low: 2)
        let command = try options(.describe, topic: nil) { $0.topicId = id.description }.validate()
        #expect(command.topicId == id)
        #expect(
            try options(.describe, topic: nil) { $0.topicId = KafkaUUID.zero.description }.validate().topicId == nil)
        #expect(error(options(.describe, topic: nil) { $0.topicId = "nope" }) == .failure("Invalid topic id nope"))
    }

    // MARK: Selection

    let topics = ["test.a", "test_a", "testXa", "other", "__consumer_offsets"]

    @Test func exactNameComesFirst() throws {
        #expect(
            try TopicSelector("test.a").select(from: topics, excludeInternal: false, action: .describe) == ["test.a"])
        #expect(try TopicSelector("test.a").select(from: topics, excludeInternal: false, action: .delete) == ["test.a"])
        #expect(
            try TopicSelector("test.a", regex: true).select(from: topics, excludeInternal: false, action: .describe)
                == ["testXa", "test_a", "test.a"].sorted())
    }

    @Test func patternsMatchAsKafkaMatchesThem() throws {
        #expect(
            try TopicSelector("test.*").select(from: topics, excludeInternal: false, action: .list) == [
                "test.a", "testXa", "test_a",
            ])
        #expect(
            try TopicSelector("test_a, other").select(from: topics, excludeInternal: false, action: .describe) == [
                "other", "test_a",
            ])
        #expect(
            try TopicSelector("other,testXa").select(from: topics, excludeInternal: false, action: .describe) == [
                "other", "testXa",
            ])
        #expect(
            try TopicSelector("'oth.r'").select(from: topics, excludeInternal: false, action: .describe) == ["other"])
        #expect(
            try TopicSelector("__.*").select(from: topics, excludeInternal: false, action: .list) == [
                "__consumer_offsets"
            ])
        #expect(try TopicSelector("__.*").select(from: topics, excludeInternal: true, action: .list) == [])
        #expect(try TopicSelector("oth").select(from: topics, excludeInternal: false, action: .list) == [])
        #expect(throws: ToolError.failure("test[ is an invalid regex.")) {
            try TopicSelector("test[").select(from: topics, excludeInternal: false, action: .list)
        }
    }

    @Test func aDeleteThatAPatternWouldWidenRefusesWithoutRegex() throws {
        #expect(
            throws: ToolError.failure(
                "Topic 'test.a' does not exist; as a regular expression it matches 2 topics (testXa, test_a). Add --regex to delete them."
            )
        ) {
            _ = try TopicSelector("test.a").select(from: ["test_a", "testXa"], excludeInternal: false, action: .delete)
        }
        #expect(
            try TopicSelector("test.a", regex: true).select(
                from: ["test_a", "testXa"], excludeInternal: false, action: .delete)
                == ["testXa", "test_a"])
        #expect(try TopicSelector("nothing.").select(from: ["test_a"], excludeInternal: false, action: .delete) == [])
    }

    @Test func missingTopicsAreKafkasError() {
        #expect(throws: ToolError.failure("Topic 'x' does not exist as expected")) {
            try TopicSelector("x").ensureExists([], ifExists: false)
        }
        #expect(throws: Never.self) { try TopicSelector("x").ensureExists([], ifExists: true) }
    }

    // MARK: Output

    let orders = DescribedTopic(
        name: "orders", topicId: KafkaUUID("NPmZHyhbR9y00wMglMH2sg")!,
        partitions: [
            DescribedPartition(partition: 1, leader: 2, replicas: [2, 3, 1], isr: [2, 3, 1]),
            DescribedPartition(partition: 0, leader: 1, replicas: [1, 2, 3], isr: [1, 2, 3]),
        ],
        configs: [
            TopicConfigEntry(name: "cleanup.policy", value: "delete", isDefault: true),
            TopicConfigEntry(name: "min.insync.replicas", value: "2", isDefault: false),
            TopicConfigEntry(name: "segment.bytes", value: "1073741824", isDefault: false),
        ])

    @Test func describeIsKafkasText() {
        #expect(
            TopicOutput.describe([orders])
                == "Topic: orders\tTopicId: NPmZHyhbR9y00wMglMH2sg\tPartitionCount: 2\tReplicationFactor: 3\tConfigs: min.insync.replicas=2,segment.bytes=1073741824\n"
                + "\tTopic: orders\tPartition: 0\tLeader: 1\tReplicas: 1,2,3\tIsr: 1,2,3\tElr: \tLastKnownElr: \n"
                + "\tTopic: orders\tPartition: 1\tLeader: 2\tReplicas: 2,3,1\tIsr: 2,3,1\tElr: \tLastKnownElr: \n")
    }

    @Test func describeEdgeCases() {
        let topic = DescribedTopic(
            name: "t",
            partitions: [
                DescribedPartition(
                    partition: 0, leader: nil, replicas: [1, 2], isr: [], elr: nil, lastKnownElr: nil,
                    reassignment: PartitionReassignmentState(
                        replicas: [1, 2, 3], addingReplicas: [3], removingReplicas: [1]))
            ])
        #expect(
            TopicOutput.describe([topic])
                == "Topic: t\tPartitionCount: 1\tReplicationFactor: 2\tConfigs: \n"
                + "\tTopic: t\tPartition: 0\tLeader: none\tReplicas: 1,2\tIsr: \tAdding Replicas: 3\tRemoving Replicas: 1\tElr: N/A\tLastKnownElr: N/A\n"
        )
        #expect(TopicOutput.created("t") == "Created topic t.\n")
        #expect(TopicOutput.list(["b", "a", "__consumer_offsets"]) == "__consumer_offsets\na\nb\n")
        #expect(TopicOutput.list([]) == "\n")
        #expect(TopicOutput.list(["a"], format: .json) == "{\"topic\":\"a\"}\n")
    }

    @Test func describeFilters() {
        let t = DescribedTopic(
            name: "t",
            partitions: [
                DescribedPartition(partition: 0, leader: 1, replicas: [1, 2, 3], isr: [1, 2, 3]),
                DescribedPartition(partition: 1, leader: 2, replicas: [2, 3, 1], isr: [2, 3]),
                DescribedPartition(partition: 2, leader: 3, replicas: [3, 1, 2], isr: [3]),
                DescribedPartition(partition: 3, leader: nil, replicas: [1, 2, 3], isr: []),
            ],
            configs: [TopicConfigEntry(name: "min.insync.replicas", value: "2", isDefault: false)])
        func partitions(_ filter: TopicDescribeFilter, live: Set<Int32> = [1, 2]) -> [Int32] {
            TopicOutput.describe([t], filter: filter, liveBrokers: live).split(separator: "\n").compactMap { line in
                guard line.hasPrefix("\t") else { return nil }
                return Int32(line.split(separator: "\t")[1].dropFirst("Partition: ".count))
            }
        }
        #expect(partitions(TopicDescribeFilter(underReplicatedPartitions: true)) == [1, 2, 3])
        #expect(partitions(TopicDescribeFilter(unavailablePartitions: true)) == [2, 3])
        #expect(partitions(TopicDescribeFilter(underMinIsrPartitions: true)) == [2, 3])
        #expect(partitions(TopicDescribeFilter(atMinIsrPartitions: true)) == [1])
        // A report prints no topic line.
        #expect(!TopicOutput.describe([t], filter: TopicDescribeFilter(atMinIsrPartitions: true)).hasPrefix("Topic:"))
        // --topics-with-overrides: topic lines only, and only topics with a non-default config.
        let overrides = TopicDescribeFilter(topicsWithOverrides: true)
        #expect(
            TopicOutput.describe([t], filter: overrides)
                == "Topic: t\tPartitionCount: 4\tReplicationFactor: 3\tConfigs: min.insync.replicas=2\n")
        var plain = t
        plain.configs = [TopicConfigEntry(name: "min.insync.replicas", value: "1", isDefault: true)]
        #expect(TopicOutput.describe([plain], filter: overrides) == "")
    }

    @Test func describeAsJSON() {
        let text = TopicOutput.describe([orders], format: .json)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(
            lines[0]
                == #"{"topic":"orders","topicId":"NPmZHyhbR9y00wMglMH2sg","internal":false,"partitionCount":2,"replicationFactor":3,"configs":{"min.insync.replicas":"2","segment.bytes":"1073741824"}}"#
        )
        #expect(
            lines[1]
                == #"{"topic":"orders","partition":0,"leader":1,"replicas":[1,2,3],"isr":[1,2,3],"elr":[],"lastKnownElr":[]}"#
        )
    }
}
