import NIOCore

/// The cleaner's map from record key to the offset of the key's latest record in the dirty part
/// of a log (Kafka's `OffsetMap`, there a `SkimpyOffsetMap` of MD5 hashes). Keys are kept whole,
/// so two keys never share an entry.
///
/// Memory is bounded as `log.cleaner.dedupe.buffer.size` bounds Kafka's map: every entry is
/// charged its key's bytes plus `entryOverhead`, and a new key is refused once the charge would
/// pass `memoryLimit × loadFactor` (updating a key already present always succeeds). The cleaner
/// then stops reading and cleans only up to `latestOffset`, the last offset mapped. The first key
/// is always accepted, whatever its size, so that cleaning makes progress.
///
/// Invariant: `latestOffset` is the largest offset passed to `put` or `updateLatestOffset` since the
/// last `clear` (-1 before any); `usedBytes` is the charge of the entries held.
package struct OffsetMap {
    /// What one entry costs besides its key bytes: the dictionary slot, the key array's header and
    /// the offset (Kafka charges 24 bytes for a 16-byte hash and an 8-byte offset).
    package static let entryOverhead = 64

    package let memoryLimit: Int
    package let loadFactor: Double
    private var offsets: [[UInt8]: Int64] = [:]
    package private(set) var usedBytes = 0
    package private(set) var latestOffset: Int64 = -1

    /// - Parameters:
    ///   - memoryLimit: bytes the map may use (`log.cleaner.dedupe.buffer.size` divided among
    ///     the cleaner threads).
    ///   - loadFactor: the share of `memoryLimit` filled before the map counts as full
    ///     (`log.cleaner.io.buffer.load.factor`, 0.9 by default).
    package init(memoryLimit: Int, loadFactor: Double = 0.9) {
        self.memoryLimit = max(0, memoryLimit)
        self.loadFactor = loadFactor
    }

    /// Number of keys held.
    package var size: Int { offsets.count }

    /// The bytes the map fills before refusing new keys.
    package var capacityBytes: Int { Int(Double(memoryLimit) * loadFactor) }

    /// The share of the capacity in use (Kafka's `utilization`).
    package var utilization: Double {
        capacityBytes > 0 ? Double(usedBytes) / Double(capacityBytes) : (offsets.isEmpty ? 0 : 1)
    }

    /// Records `offset` as the latest for `key` and as `latestOffset`. Returns false, changing
    /// nothing, when `key` is new and does not fit.
    @discardableResult
    package mutating func put(key: ByteBuffer, offset: Int64) -> Bool {
        let bytes = Array(key.readableBytesView)
        if offsets[bytes] == nil {
            let cost = bytes.count + Self.entryOverhead
            guard offsets.isEmpty || usedBytes + cost <= capacityBytes else { return false }
            usedBytes += cost
        }
        offsets[bytes] = offset
        latestOffset = max(latestOffset, offset)
        return true
    }

    /// Whether a new key of `keyBytes` bytes would fit.
    package func hasRoom(forKeyOfSize keyBytes: Int) -> Bool {
        offsets.isEmpty || usedBytes + keyBytes + Self.entryOverhead <= capacityBytes
    }

    /// The offset stored for `key`, or -1 (Kafka's `get`).
    package func get(key: ByteBuffer) -> Int64 {
        offsets[Array(key.readableBytesView)] ?? -1
    }

    /// Raises `latestOffset` to `offset` (a batch or segment mapped past its last keyed record).
    package mutating func updateLatestOffset(_ offset: Int64) {
        latestOffset = max(latestOffset, offset)
    }

    package mutating func clear() {
        offsets.removeAll(keepingCapacity: true)
        usedBytes = 0
        latestOffset = -1
    }
}
