import Foundation

// A typed model of Kafka's JSON message definitions (`clients/src/main/resources/common/message`
// and the record schemas beside them), built before any code is emitted.

/// A set of versions as the specs write it: "0+", "1-3", "5", "none".
struct Versions: Equatable, CustomStringConvertible {
    var lowest: Int
    var highest: Int  // Int.max for open-ended

    static let none = Versions(lowest: 1, highest: 0)
    static let all = Versions(lowest: 0, highest: .max)

    init(lowest: Int, highest: Int) {
        self.lowest = lowest
        self.highest = highest
    }

    init(parsing text: String) throws {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t == "none" {
            self = .none
        } else if t.hasSuffix("+") {
            guard let low = Int(t.dropLast()) else { throw SpecError("bad versions \(text)") }
            self.init(lowest: low, highest: .max)
        } else if let dash = t.firstIndex(of: "-") {
            guard let low = Int(t[..<dash]), let high = Int(t[t.index(after: dash)...]) else {
                throw SpecError("bad versions \(text)")
            }
            self.init(lowest: low, highest: high)
        } else {
            guard let v = Int(t) else { throw SpecError("bad versions \(text)") }
            self.init(lowest: v, highest: v)
        }
    }

    var isEmpty: Bool { lowest > highest }
    func contains(_ v: Int) -> Bool { v >= lowest && v <= highest }

    func intersect(_ other: Versions) -> Versions {
        Versions(lowest: max(lowest, other.lowest), highest: min(highest, other.highest))
    }

    /// Whether every version in `within` is in self.
    func covers(_ within: Versions) -> Bool {
        within.isEmpty || (lowest <= within.lowest && highest >= within.highest)
    }

    var description: String {
        if isEmpty { return "none" }
        if highest == .max { return "\(lowest)+" }
        return lowest == highest ? "\(lowest)" : "\(lowest)-\(highest)"
    }
}

struct SpecError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

indirect enum FieldType: Equatable {
    case bool, int8, int16, int32, int64, uint16, uint32, float64, string, bytes, records, uuid
    case structure(String)
    case array(FieldType)

    init(parsing text: String) throws {
        if text.hasPrefix("[]") {
            self = .array(try FieldType(parsing: String(text.dropFirst(2))))
            return
        }
        switch text {
        case "bool": self = .bool
        case "int8": self = .int8
        case "int16": self = .int16
        case "int32": self = .int32
        case "int64": self = .int64
        case "uint16": self = .uint16
        case "uint32": self = .uint32
        case "float64": self = .float64
        case "string": self = .string
        case "bytes": self = .bytes
        case "records": self = .records
        case "uuid": self = .uuid
        default:
            guard let first = text.first, first.isUppercase else { throw SpecError("unknown type \(text)") }
            self = .structure(text)
        }
    }

    var isArray: Bool { if case .array = self { true } else { false } }
    var isStruct: Bool { if case .structure = self { true } else { false } }
}

final class FieldSpec {
    let name: String
    let type: FieldType
    let versions: Versions
    let nullableVersions: Versions
    let taggedVersions: Versions
    let tag: Int?
    let ignorable: Bool
    let defaultText: String?
    let about: String
    /// Field-level override of the message's flexible versions (only RequestHeader.ClientId: "none").
    let flexibleVersions: Versions?
    /// Inline struct definition (for `Foo` or `[]Foo` with "fields").
    let fields: [FieldSpec]?

    init(json: [String: Any]) throws {
        guard let name = json["name"] as? String, let typeText = json["type"] as? String else {
            throw SpecError("field without name or type: \(json)")
        }
        self.name = name
        self.type = try FieldType(parsing: typeText)
        self.nullableVersions = try (json["nullableVersions"] as? String).map(Versions.init(parsing:)) ?? .none
        self.taggedVersions = try (json["taggedVersions"] as? String).map(Versions.init(parsing:)) ?? .none
        // A tagged field may leave out "versions": Kafka's FieldSpec then takes its taggedVersions.
        if let text = json["versions"] as? String {
            self.versions = try Versions(parsing: text)
        } else {
            self.versions = self.taggedVersions
        }
        self.tag = json["tag"] as? Int
        self.ignorable = json["ignorable"] as? Bool ?? false
        if let d = json["default"] {
            self.defaultText = "\(d)"
        } else {
            self.defaultText = nil
        }
        self.about = json["about"] as? String ?? ""
        self.flexibleVersions = try (json["flexibleVersions"] as? String).map(Versions.init(parsing:))
        if let sub = json["fields"] as? [[String: Any]] {
            self.fields = try sub.map(FieldSpec.init(json:))
        } else {
            self.fields = nil
        }
        if tag != nil && taggedVersions.isEmpty { throw SpecError("\(name): tag without taggedVersions") }
    }

    var isNullableAnywhere: Bool { !nullableVersions.isEmpty }
    var isTaggedAnywhere: Bool { tag != nil }

    /// Versions in which the field is written among the regular (untagged) fields.
    var regularVersions: Versions {
        isTaggedAnywhere ? .none : versions
    }

    /// Versions in which the field is written in the tagged-field section.
    var taggedFieldVersions: Versions {
        isTaggedAnywhere ? versions.intersect(taggedVersions) : .none
    }
}

struct StructSpec {
    let name: String
    let fields: [FieldSpec]
    /// The versions in which the struct can appear (those of the field that holds it).
    let versions: Versions
}

enum MessageKind: String {
    case request, response, header, data, metadata
}

/// One JSON file: a top-level message and every struct it defines, flattened by name (struct
/// names are unique within a message, as in Kafka's generated Java).
struct MessageSpec {
    let name: String
    let kind: MessageKind
    let apiKey: Int?
    let validVersions: Versions
    let flexibleVersions: Versions
    let latestVersionUnstable: Bool
    let listeners: [String]
    let fields: [FieldSpec]
    /// Every struct, in a stable order (definition order, common structs last).
    let structs: [StructSpec]
    let sourceFile: String

    init(json: [String: Any], sourceFile: String) throws {
        guard let name = json["name"] as? String, let typeText = json["type"] as? String,
            let kind = MessageKind(rawValue: typeText)
        else { throw SpecError("\(sourceFile): missing name or type") }
        self.name = name
        self.kind = kind
        self.apiKey = json["apiKey"] as? Int
        self.validVersions = try Versions(parsing: json["validVersions"] as? String ?? "0")
        self.flexibleVersions = try Versions(parsing: json["flexibleVersions"] as? String ?? "none")
        self.latestVersionUnstable = json["latestVersionUnstable"] as? Bool ?? false
        self.listeners = json["listeners"] as? [String] ?? []
        self.fields = try (json["fields"] as? [[String: Any]] ?? []).map(FieldSpec.init(json:))
        self.sourceFile = sourceFile

        let commonJSON = json["commonStructs"] as? [[String: Any]] ?? []
        var common: [String: [FieldSpec]] = [:]
        var commonOrder: [String] = []
        for c in commonJSON {
            guard let cname = c["name"] as? String else { throw SpecError("\(sourceFile): common struct without name") }
            common[cname] = try (c["fields"] as? [[String: Any]] ?? []).map(FieldSpec.init(json:))
            commonOrder.append(cname)
        }

        var structs: [StructSpec] = []
        var seen: [String: Int] = [:]
        var commonVersions: [String: Versions] = [:]
        func collect(_ fields: [FieldSpec], parentVersions: Versions) throws {
            for f in fields {
                let inner: FieldType
                if case .array(let e) = f.type { inner = e } else { inner = f.type }
                guard case .structure(let sname) = inner else { continue }
                let v = f.versions.intersect(parentVersions)
                if let sub = f.fields {
                    if seen[sname] != nil { throw SpecError("\(sourceFile): struct \(sname) defined twice") }
                    seen[sname] = structs.count
                    structs.append(StructSpec(name: sname, fields: sub, versions: v))
                    try collect(sub, parentVersions: v)
                } else if common[sname] != nil {
                    if let known = commonVersions[sname] {
                        commonVersions[sname] = Versions(
                            lowest: min(known.lowest, v.lowest), highest: max(known.highest, v.highest))
                    } else {
                        commonVersions[sname] = v
                    }
                } else {
                    throw SpecError("\(sourceFile): unknown struct type \(sname)")
                }
            }
        }
        try collect(self.fields, parentVersions: validVersions)
        // Common structs can reference each other; iterate to a fixed point.
        var processed = Set<String>()
        while let next = commonOrder.first(where: { commonVersions[$0] != nil && !processed.contains($0) }) {
            processed.insert(next)
            try collect(common[next]!, parentVersions: commonVersions[next]!)
        }
        for cname in commonOrder {
            if seen[cname] != nil { throw SpecError("\(sourceFile): struct \(cname) defined twice") }
            // An unreferenced common struct is still emitted (at the message's versions).
            structs.append(StructSpec(name: cname, fields: common[cname]!, versions: commonVersions[cname] ?? validVersions))
        }
        self.structs = structs
    }

    var maxVersion: Int { validVersions.highest }
}

enum SpecLoader {
    /// Strips the `//` comment lines Kafka's JSON files carry.
    static func parse(_ text: String, file: String) throws -> [String: Any] {
        let cleaned = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            .joined(separator: "\n")
        guard let object = try JSONSerialization.jsonObject(with: Data(cleaned.utf8)) as? [String: Any] else {
            throw SpecError("\(file): not a JSON object")
        }
        return object
    }

    /// Loads every definition under `specDir` (message/, metadata/, group/, transaction/, storage/).
    static func load(specDir: URL) throws -> [MessageSpec] {
        var result: [MessageSpec] = []
        for folder in ["message", "metadata", "group", "transaction", "storage"] {
            let dir = specDir.appendingPathComponent(folder)
            let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
                .filter { $0.hasSuffix(".json") }
                .sorted()
            for file in files {
                let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                let json = try parse(text, file: "\(folder)/\(file)")
                result.append(try MessageSpec(json: json, sourceFile: "\(folder)/\(file)"))
            }
        }
        return result
    }
}
