import Foundation

/// The election state a voter keeps across restarts (Kafka's `ElectionState` as `QuorumStateData`):
/// the latest epoch it knows, the leader of that epoch if known, and whom it voted for in it.
package struct QuorumState: Sendable, Equatable {
    package var clusterId: String
    package var leaderId: Int32
    package var leaderEpoch: Int32
    package var votedId: Int32
    package var appliedOffset: Int64
    package var currentVoters: [Int32]

    package static let noLeader: Int32 = -1
    package static let notVoted: Int32 = -1

    package init(
        clusterId: String = "", leaderId: Int32 = QuorumState.noLeader, leaderEpoch: Int32 = 0,
        votedId: Int32 = QuorumState.notVoted, appliedOffset: Int64 = 0, currentVoters: [Int32] = []
    ) {
        self.clusterId = clusterId
        self.leaderId = leaderId
        self.leaderEpoch = leaderEpoch
        self.votedId = votedId
        self.appliedOffset = appliedOffset
        self.currentVoters = currentVoters
    }
}

/// The `quorum-state` file in the metadata partition's directory (Kafka's `FileQuorumStateStore`):
/// one line of JSON, `QuorumStateData` at version 0 plus `"data_version":0`, e.g.
/// `{"clusterId":"","leaderId":1,"leaderEpoch":3,"votedId":-1,"appliedOffset":0,"currentVoters":[{"voterId":1}],"data_version":0}`.
/// Written atomically (temporary file, fsync, rename, directory fsync) so a crash leaves the old
/// state or the new one, never a mix.
package struct QuorumStateFile: Sendable {
    package static let fileName = "quorum-state"
    /// The `QuorumStateData` version written (static voters: kraft.version 0).
    package static let dataVersion: Int16 = 0

    package let path: String

    package init(path: String) {
        self.path = path
    }

    /// The file in the metadata partition directory `directory`.
    package init(directory: String) {
        self.init(path: StorageFile.join(directory, Self.fileName))
    }

    /// The stored state, nil when there is no file yet.
    /// - Throws: `malformedFile` when the file is not the JSON Kafka writes.
    package func read() throws(StorageError) -> QuorumState? {
        guard StorageFile.exists(path) else { return nil }
        let bytes = try StorageFile.readAll(path)
        return try Self.decode(bytes, path: path)
    }

    /// Replaces the stored state atomically.
    package func write(_ state: QuorumState) throws(StorageError) {
        try StorageFile.writeAtomically(path, contents: Array(Self.encode(state).utf8), sync: true)
    }

    /// The file's text for `state` (Kafka's `QuorumStateDataJsonConverter` output plus `data_version`).
    package static func encode(_ state: QuorumState) -> String {
        var data = QuorumStateData()
        data.clusterId = state.clusterId
        data.leaderId = state.leaderId
        data.leaderEpoch = state.leaderEpoch
        data.votedId = state.votedId
        data.appliedOffset = state.appliedOffset
        data.currentVoters = state.currentVoters.map { id in
            var voter = QuorumStateData.Voter()
            voter.voterId = id
            return voter
        }
        let json = data.jsonString(version: dataVersion)
        // The converter closes the object; the store adds `data_version` as its last member.
        return String(json.dropLast()) + ",\"data_version\":\(dataVersion)}"
    }

    static func decode(_ bytes: [UInt8], path: String) throws(StorageError) -> QuorumState {
        func malformed(_ message: String) -> StorageError {
            .malformedFile(path: path, line: nil, message: "Error while reading the Quorum status from the file \(path): \(message)")
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            throw malformed("not a JSON object")
        }
        guard let version = (object["data_version"] as? NSNumber)?.intValue else {
            throw malformed("data_version field is missing")
        }
        guard version >= 0, version <= 1 else { throw malformed("unsupported data_version \(version)") }
        func int(_ key: String) throws(StorageError) -> Int64 {
            guard let number = object[key] as? NSNumber else { throw malformed("\(key) field is missing") }
            return number.int64Value
        }
        var state = QuorumState()
        state.leaderId = Int32(truncatingIfNeeded: try int("leaderId"))
        state.leaderEpoch = Int32(truncatingIfNeeded: try int("leaderEpoch"))
        state.votedId = Int32(truncatingIfNeeded: try int("votedId"))
        if version == 0 {
            state.clusterId = object["clusterId"] as? String ?? ""
            state.appliedOffset = (object["appliedOffset"] as? NSNumber)?.int64Value ?? 0
            let voters = object["currentVoters"] as? [[String: Any]] ?? []
            state.currentVoters = voters.compactMap { ($0["voterId"] as? NSNumber)?.int32Value }
        }
        return state
    }
}
