/// What `topics` prints, byte for byte as Kafka's `TopicCommand` prints it (or one JSON object
/// per line with `--format json`).
package enum TopicOutput {
    /// `--create` on success.
    package static func created(_ topic: String) -> String { "Created topic \(topic).\n" }

    /// `--list`: the names, sorted, one per line. Kafka prints an empty line when there are none
    /// (`println(String.join("\n", names))`).
    package static func list(_ topics: [String], format: TopicOutputFormat = .text) -> String {
        let sorted = topics.sorted()
        switch format {
        case .text:
            return sorted.joined(separator: "\n") + "\n"
        case .json:
            var out = ""
            for name in sorted {
                var json = KafkaJSONWriter()
                json.beginObject()
                json.key("topic")
                json.string(name)
                json.endObject()
                out += json.text + "\n"
            }
            return out
        }
    }

    /// Kafka's error line for a failed command (`printException`), on stdout.
    package static func error(_ message: String) -> String { "Error while executing topic command : \(message)\n" }

    /// `--describe`: for each topic (in the given order) its topic line and partition lines,
    /// filtered by `filter`. `liveBrokers` are the nodes DescribeCluster returned.
    package static func describe(
        _ topics: [DescribedTopic], filter: TopicDescribeFilter = TopicDescribeFilter(),
        liveBrokers: Set<Int32> = [], format: TopicOutputFormat = .text
    ) -> String {
        var out = ""
        for topic in topics {
            let partitions = topic.partitions.sorted { $0.partition < $1.partition }
            if filter.shouldPrintTopic(topic), let first = partitions.first {
                switch format {
                case .text: out += topicLine(topic, replicationFactor: first.replicationFactor)
                case .json: out += topicJSON(topic, replicationFactor: first.replicationFactor)
                }
            }
            for partition in partitions where filter.shouldPrint(partition, of: topic, liveBrokers: liveBrokers) {
                switch format {
                case .text: out += partitionLine(partition, topic: topic.name)
                case .json: out += partitionJSON(partition, topic: topic.name)
                }
            }
        }
        return out
    }

    /// `DescribedTopic.printDescription`.
    package static func topicLine(_ topic: DescribedTopic, replicationFactor: Int) -> String {
        var line = "Topic: " + topic.name
        if topic.topicId != .zero { line += "\tTopicId: \(topic.topicId)" }
        line += "\tPartitionCount: \(topic.partitions.count)"
        line += "\tReplicationFactor: \(replicationFactor)"
        line += "\tConfigs: " + overrides(topic).map { "\($0.name)=\($0.value ?? "null")" }.joined(separator: ",")
        return line + "\n"
    }

    /// `DescribedPartition.printDescription`.
    package static func partitionLine(_ partition: DescribedPartition, topic: String) -> String {
        var line = "\tTopic: " + topic
        line += "\tPartition: \(partition.partition)"
        line += "\tLeader: " + (partition.leader.map { String($0) } ?? "none")
        line += "\tReplicas: " + ids(partition.replicas)
        line += "\tIsr: " + ids(partition.isr)
        if let reassignment = partition.reassignment {
            line += "\tAdding Replicas: " + ids(reassignment.addingReplicas)
            line += "\tRemoving Replicas: " + ids(reassignment.removingReplicas)
        }
        line += "\tElr: " + (partition.elr.map(ids) ?? "N/A")
        line += "\tLastKnownElr: " + (partition.lastKnownElr.map(ids) ?? "N/A")
        return line + "\n"
    }

    private static func ids(_ list: [Int32]) -> String { list.map { String($0) }.joined(separator: ",") }

    private static func overrides(_ topic: DescribedTopic) -> [TopicConfigEntry] {
        topic.configs.filter { !$0.isDefault }
    }

    private static func topicJSON(_ topic: DescribedTopic, replicationFactor: Int) -> String {
        var json = KafkaJSONWriter()
        json.beginObject()
        json.key("topic")
        json.string(topic.name)
        json.key("topicId")
        if topic.topicId == .zero { json.null() } else { json.string(topic.topicId.description) }
        json.key("internal")
        json.bool(topic.isInternal)
        json.key("partitionCount")
        json.integer(topic.partitions.count)
        json.key("replicationFactor")
        json.integer(replicationFactor)
        json.key("configs")
        json.beginObject()
        for entry in overrides(topic) {
            json.key(entry.name)
            if let value = entry.value { json.string(value) } else { json.null() }
        }
        json.endObject()
        json.endObject()
        return json.text + "\n"
    }

    private static func partitionJSON(_ partition: DescribedPartition, topic: String) -> String {
        var json = KafkaJSONWriter()
        func list(_ name: String, _ ids: [Int32]?) {
            json.key(name)
            guard let ids else { return json.null() }
            json.beginArray()
            for id in ids { json.integer(id) }
            json.endArray()
        }
        json.beginObject()
        json.key("topic")
        json.string(topic)
        json.key("partition")
        json.integer(partition.partition)
        json.key("leader")
        if let leader = partition.leader { json.integer(leader) } else { json.null() }
        list("replicas", partition.replicas)
        list("isr", partition.isr)
        if let reassignment = partition.reassignment {
            list("addingReplicas", reassignment.addingReplicas)
            list("removingReplicas", reassignment.removingReplicas)
        }
        list("elr", partition.elr)
        list("lastKnownElr", partition.lastKnownElr)
        json.endObject()
        return json.text + "\n"
    }
}
