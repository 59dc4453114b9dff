import ArgumentParser
import KafkaEngine

/// `swkafka storage`: Kafka's `kafka-storage.sh` (random-uuid, format, info).
struct StorageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storage",
        abstract: "The Kafka storage tool.",
        subcommands: [RandomUUID.self, Format.self, Info.self]
    )

    struct RandomUUID: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "random-uuid", abstract: "Print a random UUID.")

        func run() {
            print(StorageFormatter.randomClusterId())
        }
    }

    struct Format: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "format", abstract: "Format the Kafka log directories.")

        @Option(name: [.customShort("c"), .customLong("config")], help: "The Kafka configuration file to use.")
        var config: String

        @Option(name: [.customShort("t"), .customLong("cluster-id")], help: "The cluster ID to use.")
        var clusterId: String

        @Flag(name: [.customShort("g"), .customLong("ignore-formatted")], help: "When this option is passed, the format command will skip over already formatted directories rather than failing.")
        var ignoreFormatted = false

        @Flag(name: [.customShort("s"), .customLong("standalone")], help: "Used to initialize a controller as a single-node dynamic quorum.")
        var standalone = false

        @Option(name: [.customShort("r"), .customLong("release-version")], help: "The release version to use for the initial feature settings (only the latest is supported).")
        var releaseVersion: String?

        func run() throws {
            let brokerConfig: BrokerConfig
            do {
                brokerConfig = try BrokerConfig.load(path: config)
            } catch {
                SwKafka.writeStandardError("swkafka storage format: \(error)\n")
                throw ExitCode(1)
            }
            if let releaseVersion, releaseVersion != StorageFormatter.metadataVersionName,
                !StorageFormatter.metadataVersionName.hasPrefix(releaseVersion)
            {
                SwKafka.writeStandardError(
                    "swkafka storage format: unsupported release version \(releaseVersion) (supported: \(StorageFormatter.metadataVersionName))\n")
                throw ExitCode(1)
            }
            do {
                for line in try StorageFormatter.format(
                    config: brokerConfig, clusterId: clusterId, ignoreFormatted: ignoreFormatted)
                {
                    print(line)
                }
            } catch {
                SwKafka.writeStandardError("\(error)\n")
                throw ExitCode(1)
            }
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "info", abstract: "Get information about the Kafka log directories on this node.")

        @Option(name: [.customShort("c"), .customLong("config")], help: "The Kafka configuration file to use.")
        var config: String

        func run() throws {
            let brokerConfig: BrokerConfig
            do {
                brokerConfig = try BrokerConfig.load(path: config)
            } catch {
                SwKafka.writeStandardError("swkafka storage info: \(error)\n")
                throw ExitCode(1)
            }
            let (text, problems) = StorageFormatter.info(config: brokerConfig)
            print(text, terminator: "")
            if problems > 0 { throw ExitCode(1) }
        }
    }
}
