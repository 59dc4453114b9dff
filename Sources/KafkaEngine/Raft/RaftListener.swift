/// A batch of the metadata log below the high watermark, as handed to listeners in offset order
/// (Kafka's `Batch<ApiMessageAndVersion>` from `handleCommit`). A control batch (leader change)
/// has no records but still moves the committed offset.
package struct CommittedMetadataBatch: Sendable, Equatable {
    package var baseOffset: Int64
    package var lastOffset: Int64
    /// The leader epoch that wrote the batch.
    package var epoch: Int32
    /// The batch's max timestamp: when the leader appended it.
    package var appendTimestamp: Int64
    package var sizeInBytes: Int
    package var isControl: Bool
    package var records: [MetadataRecord]
    /// The high watermark once this delivery round is over: a listener replaying the log at
    /// start-up has caught up when `lastOffset + 1 >= highWatermark`.
    package var highWatermark: Int64

    package init(
        baseOffset: Int64, lastOffset: Int64, epoch: Int32, appendTimestamp: Int64, sizeInBytes: Int,
        isControl: Bool, records: [MetadataRecord], highWatermark: Int64
    ) {
        self.baseOffset = baseOffset
        self.lastOffset = lastOffset
        self.epoch = epoch
        self.appendTimestamp = appendTimestamp
        self.sizeInBytes = sizeInBytes
        self.isControl = isControl
        self.records = records
        self.highWatermark = highWatermark
    }
}

/// Something that follows the committed metadata log (the metadata loader, the controller).
/// Calls come one at a time, in offset order, from the thread that committed the batch; a
/// listener must not append to the Raft client from inside a call.
package protocol RaftListener: AnyObject, Sendable {
    func handleCommit(_ batch: CommittedMetadataBatch)
    func handleLeaderChange(leaderId: Int32?, epoch: Int32)
}

/// How a voter reaches the other voters (KIP-595's RPCs). The Raft layer opens no sockets; the
/// server plugs in an implementation over the controller listener. A quorum of one never calls it.
package protocol RaftTransport: Sendable {
    func vote(_ request: VoteRequest, to voterId: Int32) async throws -> VoteResponse
    func beginQuorumEpoch(_ request: BeginQuorumEpochRequest, to voterId: Int32) async throws
        -> BeginQuorumEpochResponse
    func endQuorumEpoch(_ request: EndQuorumEpochRequest, to voterId: Int32) async throws -> EndQuorumEpochResponse
    func fetch(_ request: FetchRequest, to voterId: Int32) async throws -> FetchResponse
}

/// Why a Raft operation failed.
package enum RaftError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Appends go to the leader only (Kafka's `NotLeaderException`).
    case notLeader(leaderId: Int32?, epoch: Int32)
    /// The client was shut down.
    case shutDown
    /// More than one voter is configured; elections over a transport are not implemented yet.
    case unsupportedQuorum(String)
    /// The log could not be read, written or decoded.
    case log(String)

    package var description: String {
        switch self {
        case .notLeader(let leaderId, let epoch):
            "This node is not the leader of epoch \(epoch) (leader: \(leaderId.map(String.init) ?? "none"))"
        case .shutDown: "The Raft client is shut down"
        case .unsupportedQuorum(let what): what
        case .log(let what): what
        }
    }
}
