import Logging

/// Formatting of a node's log dirs (Kafka's `StorageTool`): every dir in `log.dirs` and the
/// `metadata.log.dir` gets a `meta.properties` with the cluster id, the node id and its own
/// directory id. `server-start` formats a node whose dirs are all unformatted (its first start) with
/// a new cluster id; Kafka refuses to start instead and asks for `kafka-storage.sh format`.
package enum StorageFormatter {
    /// What a node's formatted dirs hold.
    package struct Formatted: Sendable {
        package var clusterId: String
        /// `directory.id` of each of `log.dirs`, in order.
        package var directoryIds: [KafkaUUID]
    }

    /// The name `metadata.version` has at the level we write (what the controller bootstraps: Kafka 3.9-IV0, level 21).
    package static let metadataVersionName = "3.9-IV0"

    /// Every dir a node keeps data in: `log.dirs` then `metadata.log.dir` when it is another one.
    package static func directories(of config: BrokerConfig) -> [String] {
        var dirs = config.logDirs
        if !dirs.contains(config.metadataLogDir) { dirs.append(config.metadataLogDir) }
        return dirs
    }

    /// A new cluster id: a random UUID in Kafka's base64 form (22 characters).
    package static func randomClusterId() -> String { KafkaUUID.random().description }

    /// Formats every dir of `config` for `clusterId`. Returns one line per dir, as Kafka prints them.
    /// - Throws: `NodeStartError` when a dir is already formatted (unless `ignoreFormatted`) or cannot
    ///   be written.
    package static func format(config: BrokerConfig, clusterId: String, ignoreFormatted: Bool) throws -> [String] {
        guard KafkaUUID(clusterId) != nil else {
            throw NodeStartError("Cluster ID string \(clusterId) does not appear to be a valid UUID: it must be 22 characters of base64url")
        }
        let dirs = directories(of: config)
        var lines: [String] = []
        var unformatted = 0
        for dir in dirs {
            if isFormatted(dir) {
                guard ignoreFormatted else {
                    throw NodeStartError(
                        "Log directory \(dir) is already formatted. Use --ignore-formatted to ignore this directory and format the others.")
                }
                continue
            }
            unformatted += 1
            let kind = dir == config.metadataLogDir ? "metadata directory" : "data directory"
            do {
                try LogManager.format(logDir: dir, clusterId: clusterId, nodeId: config.nodeId)
            } catch {
                throw NodeStartError("\(error)")
            }
            lines.append("Formatting \(kind) \(dir) with metadata.version \(metadataVersionName).")
        }
        if unformatted == 0 {
            throw NodeStartError("All of the log directories are already formatted.")
        }
        return lines
    }

    static func isFormatted(_ dir: String) -> Bool {
        StorageFile.exists(StorageFile.join(dir, MetaProperties.fileName))
    }

    /// Checks the node's dirs before start-up. All unformatted: formats them with a new cluster id.
    /// Some formatted: the others are formatted with the same cluster id. Every `meta.properties` must
    /// name this node and one cluster.
    /// - Throws: `NodeStartError` with Kafka's wording for a mismatch.
    package static func ensureFormatted(config: BrokerConfig, logger: Logger) throws -> Formatted {
        let dirs = directories(of: config)
        var clusterId: String?
        for dir in dirs where isFormatted(dir) {
            let meta: MetaProperties
            do {
                meta = try LogManager.readMetaProperties(logDir: dir)
            } catch {
                throw NodeStartError("\(error)")
            }
            if let nodeId = meta.nodeId, nodeId != config.nodeId {
                throw NodeStartError(
                    "Stored node id \(nodeId) doesn't match previous node id \(config.nodeId) in \(dir)/meta.properties."
                        + " If you moved your data, make sure your configured node id matches. If you intend to create"
                        + " a new node, you should remove all data in your data directories.")
            }
            if let id = meta.clusterId {
                if let known = clusterId, known != id {
                    throw NodeStartError(
                        "Invalid cluster.id in: \(dir)/meta.properties. Expected \(known), but read \(id)")
                }
                clusterId = id
            }
        }
        let id = clusterId ?? randomClusterId()
        for dir in dirs where !isFormatted(dir) {
            do {
                try LogManager.format(logDir: dir, clusterId: id, nodeId: config.nodeId)
            } catch {
                throw NodeStartError("\(error)")
            }
            logger.info("Formatted \(dir) for cluster \(id) (node \(config.nodeId)) with metadata.version \(metadataVersionName)")
        }
        var directoryIds: [KafkaUUID] = []
        for dir in config.logDirs {
            let meta = try? LogManager.readMetaProperties(logDir: dir)
            directoryIds.append(meta?.directoryId ?? .zero)
        }
        return Formatted(clusterId: id, directoryIds: directoryIds)
    }

    /// Kafka's `storage info`: the dirs found, their `meta.properties`, and problems.
    package static func info(config: BrokerConfig) -> (text: String, problems: Int) {
        var found: [String] = []
        var metas: Set<String> = []
        var problems: [String] = []
        for dir in directories(of: config) {
            guard StorageFile.exists(dir) else {
                problems.append("\(dir) does not exist")
                continue
            }
            guard isFormatted(dir) else {
                found.append(dir)
                problems.append("\(dir) is not formatted.")
                continue
            }
            found.append(dir)
            do {
                let meta = try LogManager.readMetaProperties(logDir: dir)
                let sorted = meta.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                metas.insert("{" + sorted.joined(separator: ", ") + "}")
            } catch {
                problems.append("\(error)")
            }
        }
        var text = ""
        if !found.isEmpty {
            text += "Found log director\(found.count == 1 ? "y" : "ies"):\n"
            for dir in found { text += "  \(dir)\n" }
            text += "\n"
        }
        for meta in metas.sorted() { text += "Found metadata: \(meta)\n\n" }
        if !problems.isEmpty {
            text += "Found problem\(problems.count == 1 ? "" : "s"):\n"
            for problem in problems { text += "  \(problem)\n" }
            text += "\n"
        }
        return (text, problems.count)
    }
}
