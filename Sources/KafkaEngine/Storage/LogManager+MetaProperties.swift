extension LogManager {
    // MARK: Formatting and checking log dirs

    /// Formats `logDir` for node `nodeId` of cluster `clusterId` (what `swkafka storage format`
    /// does, Kafka's `StorageTool`): creates it and writes `meta.properties` version 1 with a new
    /// random `directory.id`. Returns what was written, or with `ignoreFormatted` what a formatted
    /// directory already holds.
    /// - Throws: `invalidLogDir` when the directory is already formatted (and `ignoreFormatted` is
    ///   false), or holds a `meta.properties` that cannot be read; `storage`.
    @discardableResult
    package static func format(logDir: String, clusterId: String, nodeId: Int32, ignoreFormatted: Bool = false)
        throws(LogManagerError) -> MetaProperties
    {
        let path = StorageFile.join(logDir, MetaProperties.fileName)
        if StorageFile.exists(path) {
            guard ignoreFormatted else {
                throw .invalidLogDir(
                    "Log directory \(logDir) is already formatted. Use --ignore-formatted to ignore this directory"
                        + " and format the others.")
            }
            return try readMetaProperties(logDir: logDir)
        }
        do {
            try StorageFile.createDirectories(logDir)
            let properties = try MetaProperties(
                version: .v1, clusterId: clusterId, nodeId: nodeId, directoryId: KafkaUUID.random())
            try properties.write(to: path)
            return properties
        } catch {
            throw .storage(error)
        }
    }

    /// The `meta.properties` of `logDir`.
    /// - Throws: `invalidLogDir` with a one-line reason when it is missing or does not parse.
    package static func readMetaProperties(logDir: String) throws(LogManagerError) -> MetaProperties {
        let path = StorageFile.join(logDir, MetaProperties.fileName)
        do {
            return try MetaProperties.read(from: path)
        } catch {
            if error.isNoSuchFile {
                throw .invalidLogDir(
                    "No meta.properties found in \(logDir) (have you run `swkafka storage format` to format the"
                        + " directory?)")
            }
            if case .malformedFile(_, _, let message) = error {
                throw .invalidLogDir("Unable to read \(path): \(message)")
            }
            throw .storage(error)
        }
    }

    /// Checks that every log dir is formatted for this node and one cluster, as Kafka's
    /// `MetaPropertiesEnsemble.verify` does: the same `cluster.id` everywhere (and the expected one
    /// when given), this node's `node.id`, and distinct, unreserved `directory.id`s.
    /// - Throws: `invalidLogDir` with Kafka's message for the first problem.
    @discardableResult
    func validateMetaProperties() throws(LogManagerError) -> [String: MetaProperties] {
        var expectedClusterId = options.clusterId
        var seenDirectoryIds: [KafkaUUID: String] = [:]
        var result: [String: MetaProperties] = [:]
        for logDir in options.logDirs {
            let meta = try Self.readMetaProperties(logDir: logDir)
            let path = StorageFile.join(logDir, MetaProperties.fileName)
            if let clusterId = meta.clusterId {
                if let expected = expectedClusterId, expected != clusterId {
                    throw .invalidLogDir("Invalid cluster.id in: \(path). Expected \(expected), but read \(clusterId)")
                }
                expectedClusterId = clusterId
            }
            if let nodeId = meta.nodeId, nodeId != options.nodeId {
                throw .invalidLogDir(
                    "Stored node id \(nodeId) doesn't match previous node id \(options.nodeId) in \(path). If you"
                        + " moved your data, make sure your configured node id matches. If you intend to create a"
                        + " new node, you should remove all data in your data directories.")
            }
            if let directoryId = meta.directoryId {
                // Kafka's DirectoryId reserves the ids below 100 (UNASSIGNED, LOST, MIGRATING, ...).
                if directoryId.high == 0 && directoryId.low < 100 {
                    throw .invalidLogDir("Invalid reserved directory ID \(directoryId) found in \(logDir)")
                }
                if let previous = seenDirectoryIds.updateValue(logDir, forKey: directoryId) {
                    throw .invalidLogDir(
                        "Duplicate directory ID \(directoryId) found. It was the ID of \(previous), but also of \(logDir)"
                    )
                }
            }
            result[logDir] = meta
        }
        return result
    }

    /// Refuses a log dir listed twice (also as `dir` and `dir/`).
    static func checkDistinct(_ logDirs: [String]) throws(LogManagerError) {
        guard !logDirs.isEmpty else { throw .invalidLogDir("No log directory was configured (log.dirs)") }
        var seen: Set<String> = []
        for logDir in logDirs {
            var normalized = logDir
            while normalized.count > 1 && normalized.hasSuffix("/") { normalized.removeLast() }
            guard seen.insert(normalized).inserted else {
                throw .invalidLogDir("Duplicate log directory found: \(logDirs.joined(separator: ","))")
            }
        }
    }
}
