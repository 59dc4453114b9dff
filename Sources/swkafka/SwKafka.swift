import ArgumentParser

/// The `swkafka` command: one binary for the broker and the kafka-*.sh tools.
@main
struct SwKafka: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swkafka",
        abstract: "A Kafka broker and the Kafka command-line tools in one binary.",
        version: "0.1.0",
        subcommands: []
    )
}
