/// Who is appending to a log, which decides how much of the producer state is checked (Kafka's
/// `AppendOrigin`).
///
/// - `client`: a produce request. Epoch, sequence and transaction state are all validated.
/// - `coordinator`: the group or transaction coordinator (offset commits, transaction markers).
///   Epochs and coordinator epochs are checked; sequences are not (coordinator batches carry none).
/// - `raftLeader`: the KRaft leader writing its own log; checked like `coordinator`.
/// - `replication`: a follower copying the leader, or the log rebuilding its state from its own
///   segments. The leader already validated these batches, so nothing is rejected: a stale epoch or
///   coordinator epoch is accepted as written.
package enum AppendOrigin: Sendable, Hashable, CustomStringConvertible {
    case replication
    case coordinator
    case client
    case raftLeader

    /// Kafka's enum constant names.
    package var description: String {
        switch self {
        case .replication: "REPLICATION"
        case .coordinator: "COORDINATOR"
        case .client: "CLIENT"
        case .raftLeader: "RAFT_LEADER"
        }
    }
}
