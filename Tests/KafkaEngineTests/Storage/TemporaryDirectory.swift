import Foundation
import Testing

@testable import KafkaEngine

/// A fresh directory under the system temporary directory, removed when the test body returns.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("swkafka-storage-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// The bytes of the file at `path`.
func fileBytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// Writes `bytes` to `path`, replacing it.
func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

func writeFile(_ path: String, _ text: String) throws {
    try writeFile(path, Array(text.utf8))
}

/// Bytes from hex text; whitespace is ignored.
func hexBytes(_ hex: String) -> [UInt8] {
    var out: [UInt8] = []
    var high: UInt8?
    for c in hex.utf8 {
        guard let v = UInt8(String(UnicodeScalar(c)), radix: 16) else { continue }
        if let h = high {
            out.append(h << 4 | v)
            high = nil
        } else {
            high = v
        }
    }
    return out
}

/// The `StorageError` `body` throws, or nil; any other error fails the test.
func storageError(_ body: () throws -> Void) -> StorageError? {
    do {
        try body()
        return nil
    } catch let error as StorageError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

/// Up to `maxCount` random bytes.
func randomBytes(_ rng: inout TestRandom, maxCount: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    for _ in 0..<Int(rng.next() % UInt64(maxCount)) { bytes.append(UInt8(truncatingIfNeeded: rng.next())) }
    return bytes
}
