import Foundation
import NIOCore
import Testing

/// The request frames real clients sent, from `Fixtures/captures` (see its README): each is the
/// frame after the 4-byte size prefix, with the manifest's description of it. Codec tests decode
/// `bytes` and compare against the manifest, and re-encode to compare against `bytes`.
struct CapturedFrame: Sendable, CustomTestStringConvertible {
    /// One `manifest.json` entry. Produce entries also list their batches and records.
    struct Entry: Decodable, Sendable {
        struct ProducedRecord: Decodable, Sendable, Equatable {
            struct Header: Decodable, Sendable, Equatable {
                let key: String
                let value: String?
            }
            let topic: String
            let partition: Int32
            let compression: String
            let key: String?
            let value: String?
            let headers: [Header]
        }
        let file: String
        let client: String
        let scenario: String
        let apiKey: Int16
        let apiName: String
        let apiVersion: Int16
        let headerVersion: Int
        let correlationId: Int32
        let clientId: String?
        let size: Int
        let compression: [String]?
        let records: [ProducedRecord]?
    }

    private struct Manifest: Decodable {
        let frames: [Entry]
    }

    enum LoadError: Error, CustomStringConvertible {
        case missingFixtures
        case badHex(file: String)

        var description: String {
            switch self {
            case .missingFixtures: "Fixtures/captures is not in the test bundle"
            case .badHex(let file): "\(file) is not hex"
            }
        }
    }

    let entry: Entry
    let bytes: ByteBuffer

    var testDescription: String { self.entry.file }

    static func directory() throws -> URL {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw LoadError.missingFixtures
        }
        return fixtures.appendingPathComponent("captures")
    }

    /// Every captured frame, in manifest order; optionally only one API.
    static func load(apiKey: Int16? = nil) throws -> [CapturedFrame] {
        let dir = try self.directory()
        let manifest = try JSONDecoder().decode(
            Manifest.self, from: Data(contentsOf: dir.appendingPathComponent("manifest.json")))
        return try manifest.frames.filter { apiKey == nil || $0.apiKey == apiKey }.map { entry in
            let text = try String(contentsOf: dir.appendingPathComponent(entry.file), encoding: .utf8)
            guard let bytes = Self.decodeHex(text) else { throw LoadError.badHex(file: entry.file) }
            return CapturedFrame(entry: entry, bytes: ByteBuffer(bytes: bytes))
        }
    }

    /// Lower-case or upper-case hex digits, whitespace ignored; nil on anything else.
    static func decodeHex(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count / 2)
        var high: UInt8?
        for c in text.utf8 {
            let nibble: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = c - UInt8(ascii: "A") + 10
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): continue
            default: return nil
            }
            if let h = high {
                out.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return high == nil ? out : nil
    }
}
