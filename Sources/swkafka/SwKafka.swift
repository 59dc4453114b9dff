import ArgumentParser

#if canImport(Glibc)
    import Glibc
#endif

/// The `swkafka` command: one binary for the broker and the kafka-*.sh tools.
///
/// Conventions every subcommand follows (enforced here, in `main`):
/// - `--help` prints to stdout and exits 0 (Kafka's tools print it to stderr and exit 1);
/// - a usage error prints one line, `swkafka <subcommand>: <message>`, and a hint to use `--help`,
///   on stderr, and exits 2;
/// - a runtime failure prints one line on stderr and exits 1; a subcommand that has printed its
///   own diagnostics throws `ExitCode(n)` to exit with `n` silently;
/// - data goes to stdout, diagnostics to stderr.
@main
struct SwKafka: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swkafka",
        abstract: "A Kafka broker and the Kafka command-line tools in one binary.",
        version: "0.1.0",
        subcommands: [
            ServerStartCommand.self, ServerStopCommand.self, StorageCommand.self, DumpLogCommand.self,
            TopicsCommand.self, ConsoleProducerCommandLine.self, ConsoleConsumerCommandLine.self, ConsumerGroupsCommand.self,
            ProducerPerfTestCommand.self, ConsumerPerfTestCommand.self,
        ]
    )

    /// Exit status of a usage error.
    static let usageExitCode: Int32 = 2

    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let subcommand = Self.subcommand(named: arguments.first)
        if let kafkaStyle = subcommand as? any KafkaStyleArguments.Type {
            arguments = [arguments[0]] + kafkaStyle.normalize(Array(arguments.dropFirst()))
        }
        let name = ["swkafka", subcommand.map(Self.name(of:))].compactMap { $0 }.joined(separator: " ")

        var command: any ParsableCommand
        do {
            command = try await Self.asyncParseAsRoot(arguments)
        } catch {
            Self.exit(for: error, commandName: name)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            Self.exit(for: error, commandName: name)
        }
        Glibc.exit(0)
    }

    /// Maps an error from parsing or running to the conventions above.
    static func exit(for error: any Error, commandName: String) -> Never {
        if let code = error as? ExitCode {
            Glibc.exit(code.rawValue)
        }
        let exitCode = Self.exitCode(for: error)
        if exitCode == .success {
            // --help, --version: ArgumentParser prints them to stdout.
            Self.exit(withError: error)
        }
        var message = Self.message(for: error)
        if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
        message = message.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? message
        var lines = "\(commandName): \(message)\n"
        if exitCode == .validationFailure {
            lines += "Run '\(commandName) --help' for usage.\n"
        }
        Self.writeStandardError(lines)
        Glibc.exit(exitCode == .validationFailure ? Self.usageExitCode : 1)
    }

    static func subcommand(named name: String?) -> (any ParsableCommand.Type)? {
        guard let name else { return nil }
        return Self.configuration.subcommands.first { Self.name(of: $0) == name }
    }

    static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? command._commandName
    }

    static func writeStandardError(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { raw in
            guard var base = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let n = Glibc.write(2, base, left)
                if n <= 0 { return }
                base += n
                left -= n
            }
        }
    }
}

/// A subcommand that accepts Kafka's option spellings that swift-argument-parser does not
/// (jopt-simple's options with an optional value, for one): its arguments are rewritten into
/// equivalent ones before parsing.
protocol KafkaStyleArguments {
    static func normalize(_ arguments: [String]) -> [String]
}
