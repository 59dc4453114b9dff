/// Which topics `topics --topic X` acts on.
///
/// Kafka treats `--topic` as a Java regex everywhere but `--create` (after its `IncludeList`
/// clean-up: trimmed, `,` read as `|`, spaces and surrounding quotes removed, whole-name match),
/// so `--delete --topic test.a` also deletes `test_a` (KAFKA-5596). swkafka keeps the pattern but
/// looks for the exact name first:
/// - an existing topic named exactly `X` selects that topic alone, unless `--regex` is given;
/// - otherwise `X` is matched as Kafka matches it;
/// - a `--delete` whose pattern would select topics other than one named `X` refuses unless
///   `--regex` is given, naming what it would have deleted.
package struct TopicSelector: Sendable, Equatable {
    /// `--topic` as given.
    package var pattern: String
    /// `--regex`: always a pattern, and a delete may widen.
    package var regex: Bool

    package init(_ pattern: String, regex: Bool = false) {
        self.pattern = pattern
        self.regex = regex
    }

    /// Kafka's internal topics (`Topic.isInternal`).
    package static let internalTopics: Set<String> = [
        "__consumer_offsets", "__transaction_state", "__share_group_state",
    ]

    package static func isInternal(_ topic: String) -> Bool { internalTopics.contains(topic) }

    /// The pattern after `TopicFilter`'s clean-up.
    package var kafkaRegex: String {
        var text = String(pattern.javaTrimmed().filter { $0 != " " }.map { $0 == "," ? "|" : $0 })
        while let first = text.first, first == "\"" || first == "'" { text.removeFirst() }
        while let last = text.last, last == "\"" || last == "'" { text.removeLast() }
        return text
    }

    /// The topics of `allTopics` (any order) this selects for `action`, sorted by name.
    /// Throws Kafka's `<regex> is an invalid regex.` for a pattern that does not compile, and the
    /// refusal described above for a widening delete.
    package func select(from allTopics: [String], excludeInternal: Bool, action: TopicAction) throws(ToolError)
        -> [String]
    {
        let candidates = allTopics.filter { !(excludeInternal && Self.isInternal($0)) }.sorted()
        if !regex, candidates.contains(pattern) { return [pattern] }
        let matched = try matches(in: candidates)
        if action == .delete && !regex && !matched.isEmpty {
            let shown = matched.prefix(10).joined(separator: ", ") + (matched.count > 10 ? ", ..." : "")
            throw .failure(
                "Topic '\(pattern)' does not exist; as a regular expression it matches \(matched.count) topic"
                    + (matched.count == 1 ? "" : "s") + " (\(shown)). Add --regex to delete "
                    + (matched.count == 1 ? "it." : "them."))
        }
        return matched
    }

    private func matches(in topics: [String]) throws(ToolError) -> [String] {
        let source = kafkaRegex
        let compiled: Regex<AnyRegexOutput>
        do {
            compiled = try Regex(source)
        } catch {
            throw .failure("\(source) is an invalid regex.")
        }
        return topics.filter { (try? compiled.wholeMatch(in: $0)) != nil }
    }

    /// Kafka's `ensureTopicExists`: with a `--topic` and without `--if-exists`, selecting nothing
    /// is an error.
    package func ensureExists(_ selected: [String], ifExists: Bool) throws(ToolError) {
        if !ifExists && !pattern.isEmpty && selected.isEmpty {
            throw .failure("Topic '\(pattern)' does not exist as expected")
        }
    }
}

/// Kafka's `ensureTopicIdExists`.
package func ensureTopicIdExists(_ found: Bool, topicId: KafkaUUID, ifExists: Bool) throws(ToolError) {
    if !ifExists && !found { throw .failure("TopicId '\(topicId)' does not exist as expected") }
}
