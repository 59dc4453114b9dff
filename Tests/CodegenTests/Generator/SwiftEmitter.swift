import Foundation

// Emits plain, straight-line Swift for one message definition: a struct per message and per
// nested struct, with `init(from:version:)` and `write(to:version:)` that test the version
// before each field (`if version >= 3 { … }`), in the style of franz-go's kmsg.

/// Lines of code with indentation.
struct CodeWriter {
    private(set) var lines: [String] = []
    private var depth = 0

    mutating func line(_ text: String = "") {
        lines.append(text.isEmpty ? "" : String(repeating: "    ", count: depth) + text)
    }

    mutating func block(_ opener: String, _ body: (inout CodeWriter) -> Void) {
        line(opener + " {")
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// A trailing closure whose opener already ends in `in`.
    mutating func closure(_ opener: String, _ body: (inout CodeWriter) -> Void) {
        line(opener)
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// `switch subject {` with the cases at the switch's own indentation, as swift-format wants.
    mutating func switchBlock(_ subject: String, _ body: (inout CodeWriter) -> Void) {
        line("switch \(subject) {")
        body(&self)
        line("}")
    }

    mutating func indent(_ body: (inout CodeWriter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }

    /// The code, with "}" followed by "else …" joined onto one line.
    var text: String {
        var out: [String] = []
        for l in lines {
            let trimmed = l.drop(while: { $0 == " " })
            if trimmed.hasPrefix("else"), let last = out.last, last.trimmingCharacters(in: .whitespaces) == "}" {
                out[out.count - 1] = last + " " + trimmed
            } else {
                out.append(l)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

enum Naming {
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows", "static", "struct",
        "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as", "catch", "false", "is", "nil",
        "super", "self", "Self", "throw", "throws", "true", "try", "package", "any", "some",
    ]

    /// "ThrottleTimeMs" → "throttleTimeMs", "ISR" → "isr", "IsrEpoch"... leading capitals fold.
    static func property(_ name: String) -> String {
        let chars = Array(name)
        var i = 0
        while i < chars.count && chars[i].isUppercase { i += 1 }
        let lowered: String
        if i <= 1 {
            lowered = chars.first.map { String($0).lowercased() + String(chars.dropFirst()) } ?? name
        } else if i == chars.count {
            lowered = name.lowercased()
        } else {
            // "DTOField" → "dtoField": keep the capital that starts the next word.
            lowered = String(chars[0..<(i - 1)]).lowercased() + String(chars[(i - 1)...])
        }
        return keywords.contains(lowered) ? "`\(lowered)`" : lowered
    }

    /// Property name without backticks, for use in messages.
    static func plain(_ name: String) -> String {
        property(name).replacingOccurrences(of: "`", with: "")
    }

    /// "ApiVersionsRequest" → "apiVersions" (the ApiKey case).
    static func apiCase(_ messageName: String) -> String {
        var base = messageName
        for suffix in ["Request", "Response"] where base.hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
        }
        return property(base)
    }
}

/// Builds version conditions relative to the versions a piece of code can run at.
struct VersionContext {
    let within: Versions
    let flexible: Versions

    func condition(_ v: Versions) -> String {
        let r = v.intersect(within)
        if r.isEmpty { return "false" }
        if r.covers(within) && within.covers(r) { return "true" }
        var parts: [String] = []
        if r.lowest > within.lowest { parts.append("version >= \(r.lowest)") }
        if r.highest < within.highest { parts.append("version <= \(r.highest)") }
        if parts.isEmpty { return "true" }
        if parts.count == 2 && r.lowest == r.highest { return "version == \(r.lowest)" }
        return parts.joined(separator: " && ")
    }

    /// "flexible", or a constant when flexibility does not vary over `within`.
    var flexibleExpr: String {
        let c = condition(flexible)
        return c == "true" || c == "false" ? c : "flexible"
    }

    var needsFlexibleLet: Bool { flexibleExpr == "flexible" }
    var anyFlexible: Bool { !flexible.intersect(within).isEmpty }
}

struct SwiftEmitter {
    let spec: MessageSpec
    let structsByName: [String: StructSpec]

    init(spec: MessageSpec) {
        self.spec = spec
        var byName: [String: StructSpec] = [:]
        for s in spec.structs { byName[s.name] = s }
        self.structsByName = byName
    }

    // MARK: Types and defaults

    func baseType(_ t: FieldType) -> String {
        switch t {
        case .bool: "Bool"
        case .int8: "Int8"
        case .int16: "Int16"
        case .int32: "Int32"
        case .int64: "Int64"
        case .uint16: "UInt16"
        case .uint32: "UInt32"
        case .float64: "Double"
        case .string: "String"
        case .bytes, .records: "ByteBuffer"
        case .uuid: "KafkaUUID"
        case .structure(let name): name
        case .array(let e): "[\(baseType(e))]"
        }
    }

    func swiftType(_ f: FieldSpec) -> String {
        let b = baseType(f.type)
        return f.isNullableAnywhere ? b + "?" : b
    }

    func defaultValue(_ f: FieldSpec) -> String {
        let d = f.defaultText
        if f.isNullableAnywhere && (d == "null" || (f.type.isStruct) || (f.type == .records && d == nil)) {
            return "nil"
        }
        switch f.type {
        case .bool:
            return d == "true" ? "true" : "false"
        case .int8, .int16, .int32, .int64, .uint16, .uint32:
            guard let d, !d.isEmpty else { return "0" }
            if d.lowercased().hasPrefix("0x") { return d.lowercased() }
            if d.hasPrefix("-0x") { return "-" + d.dropFirst().lowercased() }
            return d
        case .float64:
            guard let d, !d.isEmpty else { return "0" }
            return d
        case .string:
            return "\"" + (d ?? "").replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        case .bytes, .records:
            return "ByteBuffer()"
        case .uuid:
            return ".zero"
        case .structure(let n):
            return "\(n)()"
        case .array:
            return "[]"
        }
    }

    /// An expression that is true when the field differs from its default.
    func differsFromDefault(_ f: FieldSpec, _ value: String) -> String {
        let d = defaultValue(f)
        if case .array = f.type, !f.isNullableAnywhere { return "!\(value).isEmpty" }
        return "\(value) != \(d)"
    }

    // MARK: File

    func emitFile() -> String {
        var w = CodeWriter()
        w.line("// Generated from \(spec.sourceFile) in Kafka's message definitions by bin/regenerate. Do not edit.")
        w.line()
        w.line("import NIOCore")
        w.line()
        let conformance: String
        switch spec.kind {
        case .request: conformance = "KafkaRequestMessage"
        case .response: conformance = "KafkaResponseMessage"
        default: conformance = "KafkaMessage"
        }
        w.line("/// \(describeKind()), versions \(spec.validVersions), flexible \(spec.flexibleVersions).")
        w.block("package struct \(spec.name): \(conformance)") { w in
            switch spec.kind {
            case .request:
                w.line("package typealias Response = \(spec.name.dropLast("Request".count))Response")
                w.line("package static let apiKey: ApiKey = .\(Naming.apiCase(spec.name))")
            case .response:
                w.line("package static let apiKey: ApiKey = .\(Naming.apiCase(spec.name))")
            case .metadata:
                w.line("/// The record type in the metadata log.")
                w.line("package static let metadataRecordType: Int16 = \(spec.apiKey ?? -1)")
            default:
                break
            }
            w.line(
                "package static let validVersions: ClosedRange<Int16> = \(spec.validVersions.lowest)...\(spec.validVersions.highest)"
            )
            let flex = spec.flexibleVersions.isEmpty ? "nil" : "\(spec.flexibleVersions.lowest)"
            w.line("package static let firstFlexibleVersion: Int16? = \(flex)")
            w.line()
            let ctx = VersionContext(within: spec.validVersions, flexible: spec.flexibleVersions)
            emitBody(&w, typeName: spec.name, fields: spec.fields, ctx: ctx, topLevel: true)
            for s in spec.structs {
                w.line()
                w.line("/// Versions \(s.versions).")
                w.block("package struct \(s.name): Equatable, Sendable") { w in
                    let sctx = VersionContext(within: s.versions.isEmpty ? spec.validVersions : s.versions, flexible: spec.flexibleVersions)
                    emitBody(&w, typeName: s.name, fields: s.fields, ctx: sctx, topLevel: false)
                }
            }
        }
        return w.text
    }

    func describeKind() -> String {
        switch spec.kind {
        case .request, .response: "\(spec.name) (API key \(spec.apiKey ?? -1))"
        case .header: "The \(spec.name)"
        case .metadata: "Metadata log record \(spec.name) (type \(spec.apiKey ?? -1))"
        case .data: "\(spec.name), a record schema"
        }
    }

    // MARK: Body

    func emitBody(_ w: inout CodeWriter, typeName: String, fields: [FieldSpec], ctx: VersionContext, topLevel: Bool) {
        for f in fields {
            if !f.about.isEmpty { w.line("/// \(f.about)") }
            w.line("package var \(Naming.property(f.name)): \(swiftType(f)) = \(defaultValue(f))")
        }
        if ctx.anyFlexible {
            w.line("/// Tagged fields this version of the code does not know, kept for re-encoding.")
            w.line("package var unknownTaggedFields: [RawTaggedField] = []")
        }
        w.line()
        w.line("package init() {}")
        w.line()
        emitDecoder(&w, typeName: typeName, fields: fields, ctx: ctx, topLevel: topLevel)
        w.line()
        emitEncoder(&w, typeName: typeName, fields: fields, ctx: ctx, topLevel: topLevel)
    }

    func emitVersionGuard(_ w: inout CodeWriter, topLevel: Bool) {
        guard topLevel else { return }
        w.block("guard Self.validVersions.contains(version) else") { w in
            w.line("throw .unsupportedVersion(message: \"\(spec.name)\", version: version)")
        }
    }

    func emitFlexibleLet(_ w: inout CodeWriter, ctx: VersionContext) {
        if ctx.needsFlexibleLet { w.line("let flexible = version >= \(ctx.flexible.lowest)") }
    }

    // MARK: Decoding

    func emitDecoder(_ w: inout CodeWriter, typeName: String, fields: [FieldSpec], ctx: VersionContext, topLevel: Bool) {
        let hasTagged = fields.contains { $0.isTaggedAnywhere }
        w.block("package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError)") { w in
            emitVersionGuard(&w, topLevel: topLevel)
            emitFlexibleLet(&w, ctx: ctx)
            for f in fields where !f.isTaggedAnywhere {
                let cond = ctx.condition(f.regularVersions)
                if cond == "false" { continue }
                if cond == "true" {
                    emitRead(&w, f, buffer: "buffer", ctx: ctx)
                } else {
                    w.block("if \(cond)") { w in emitRead(&w, f, buffer: "buffer", ctx: ctx) }
                }
            }
            guard ctx.anyFlexible else { return }
            let open = ctx.flexibleExpr == "true" ? nil : "if \(ctx.flexibleExpr)"
            let body: (inout CodeWriter) -> Void = { w in
                w.closure("try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in") { w in
                    if !hasTagged {
                        w.line("self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))")
                        return
                    }
                    w.switchBlock("tag") { w in
                        for f in fields where f.isTaggedAnywhere {
                            let cond = ctx.condition(f.taggedFieldVersions)
                            if cond == "false" { continue }
                            w.line(cond == "true" ? "case \(f.tag!):" : "case \(f.tag!) where \(cond):")
                            w.indent { w in emitRead(&w, f, buffer: "field", ctx: ctx) }
                        }
                        w.line("default:")
                        w.indent { w in w.line("self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))") }
                    }
                }
            }
            if let open { w.block(open, body) } else { body(&w) }
        }
    }

    func compactExpr(_ f: FieldSpec, ctx: VersionContext) -> String {
        if let override = f.flexibleVersions {
            return VersionContext(within: ctx.within, flexible: override.intersect(ctx.flexible)).flexibleExpr == "false"
                ? "false" : ctx.flexibleExpr
        }
        return ctx.flexibleExpr
    }

    /// Nullability of a field in the current version: "true", "false" or a condition.
    func nullableCondition(_ f: FieldSpec, ctx: VersionContext) -> String {
        // Evaluated only where the field is present, so relative to those versions.
        let present = VersionContext(within: ctx.within.intersect(f.versions), flexible: ctx.flexible)
        return present.condition(f.nullableVersions.intersect(f.versions))
    }

    func emitRead(_ w: inout CodeWriter, _ f: FieldSpec, buffer: String, ctx: VersionContext) {
        let target = "self.\(Naming.property(f.name))"
        let plain = Naming.plain(f.name)
        let compact = compactExpr(f, ctx: ctx)
        let nullable = f.isNullableAnywhere
        let nullCond = nullable ? nullableCondition(f, ctx: ctx) : "false"
        let rejectNull = "throw .unexpectedNull(field: \"\(plain)\")"
        switch f.type {
        case .string, .bytes, .records:
            let fn = f.type == .string ? "readKafkaNullableString" : "readKafkaNullableBytes"
            let fnStrict = f.type == .string ? "readKafkaString" : "readKafkaBytes"
            if !nullable {
                w.line("\(target) = try \(buffer).\(fnStrict)(compact: \(compact), field: \"\(plain)\")")
            } else if nullCond == "true" {
                w.line("\(target) = try \(buffer).\(fn)(compact: \(compact))")
            } else {
                w.line("\(target) = try \(buffer).\(fn)(compact: \(compact))")
                w.line("if \(target) == nil && !(\(nullCond)) { \(rejectNull) }")
            }
        case .structure(let name):
            if nullable {
                w.block("if try \(buffer).readKafkaInteger(as: Int8.self) < 0") { w in
                    if nullCond != "true" { w.line("if !(\(nullCond)) { \(rejectNull) }") }
                    w.line("\(target) = nil")
                }
                w.block("else") { w in
                    w.line("\(target) = try \(name)(from: &\(buffer), version: version)")
                }
            } else {
                w.line("\(target) = try \(name)(from: &\(buffer), version: version)")
            }
        case .array(let element):
            let elementType = baseType(element)
            w.block("if let count = try \(buffer).readKafkaArrayCount(compact: \(compact))") { w in
                w.line("var items: [\(elementType)] = []")
                w.line("items.reserveCapacity(count)")
                w.block("for _ in 0..<count") { w in
                    w.line("items.append(\(readElement(element, buffer: buffer, compact: compact, field: plain)))")
                }
                w.line("\(target) = items")
            }
            w.block("else") { w in
                if nullable && nullCond == "true" {
                    w.line("\(target) = nil")
                } else if nullable {
                    w.line("if !(\(nullCond)) { \(rejectNull) }")
                    w.line("\(target) = nil")
                } else {
                    w.line(rejectNull)
                }
            }
        default:
            w.line("\(target) = \(readElement(f.type, buffer: buffer, compact: compact, field: plain))")
        }
    }

    func readElement(_ t: FieldType, buffer: String, compact: String, field: String) -> String {
        switch t {
        case .bool: "try \(buffer).readKafkaBool()"
        case .int8, .int16, .int32, .int64, .uint16, .uint32: "try \(buffer).readKafkaInteger(as: \(baseType(t)).self)"
        case .float64: "try \(buffer).readKafkaFloat64()"
        case .string: "try \(buffer).readKafkaString(compact: \(compact), field: \"\(field)\")"
        case .bytes, .records: "try \(buffer).readKafkaBytes(compact: \(compact), field: \"\(field)\")"
        case .uuid: "try \(buffer).readKafkaUUID()"
        case .structure(let n): "try \(n)(from: &\(buffer), version: version)"
        case .array: fatalError("nested arrays do not occur in Kafka's specs")
        }
    }

    // MARK: Encoding

    func emitEncoder(_ w: inout CodeWriter, typeName: String, fields: [FieldSpec], ctx: VersionContext, topLevel: Bool) {
        w.block("package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError)") { w in
            emitVersionGuard(&w, topLevel: topLevel)
            emitFlexibleLet(&w, ctx: ctx)
            for f in fields {
                let regular = ctx.condition(f.regularVersions)
                let tagged = ctx.condition(f.taggedFieldVersions)
                let present = ctx.condition(f.versions)
                if !f.isTaggedAnywhere && regular != "false" {
                    if regular == "true" {
                        emitWrite(&w, f, value: "self.\(Naming.property(f.name))", buffer: "buffer", ctx: ctx)
                    } else {
                        w.block("if \(regular)") { w in
                            emitWrite(&w, f, value: "self.\(Naming.property(f.name))", buffer: "buffer", ctx: ctx)
                        }
                        emitAbsentCheck(&w, f, opener: "else if")
                    }
                } else if f.isTaggedAnywhere && tagged != "false" {
                    // Written in the tagged section below; here only the absent-version rule.
                    if present != "true" || tagged != "true" {
                        let notTagged = tagged == "true" ? "false" : "!(\(tagged))"
                        emitAbsentCheck(&w, f, opener: "if \(notTagged) &&")
                    }
                } else {
                    emitAbsentCheck(&w, f, opener: "if")
                }
            }
            guard ctx.anyFlexible else { return }
            let taggedFields = fields.filter { $0.isTaggedAnywhere && ctx.condition($0.taggedFieldVersions) != "false" }
            let body: (inout CodeWriter) -> Void = { w in
                if taggedFields.isEmpty {
                    w.line("buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)")
                    return
                }
                w.line("var taggedFields: [RawTaggedField] = []")
                for f in taggedFields.sorted(by: { $0.tag! < $1.tag! }) {
                    let value = "self.\(Naming.property(f.name))"
                    var cond = differsFromDefault(f, value)
                    let tc = ctx.condition(f.taggedFieldVersions)
                    if tc != "true" { cond = "\(tc) && \(cond)" }
                    w.block("if \(cond)") { w in
                        w.line("var field = ByteBuffer()")
                        emitWrite(&w, f, value: value, buffer: "field", ctx: ctx)
                        w.line("taggedFields.append(RawTaggedField(tag: \(f.tag!), data: field))")
                    }
                }
                w.line("buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)")
            }
            switch ctx.flexibleExpr {
            case "true":
                body(&w)
            default:
                w.block("if \(ctx.flexibleExpr)", body)
                w.block("else if !self.unknownTaggedFields.isEmpty") { w in
                    w.line("throw .malformed(\"\(spec.name) v\\(version) cannot carry tagged fields\")")
                }
            }
        }
    }

    /// Kafka's rule for a field the version lacks: an ignorable field is dropped; a non-default,
    /// non-ignorable one is an error.
    func emitAbsentCheck(_ w: inout CodeWriter, _ f: FieldSpec, opener: String) {
        guard !f.ignorable else { return }
        let value = "self.\(Naming.property(f.name))"
        w.block("\(opener) \(differsFromDefault(f, value))") { w in
            w.line(
                "throw .fieldNotSupported(field: \"\(Naming.plain(f.name))\", message: \"\(spec.name)\", version: version)"
            )
        }
    }

    func emitWrite(_ w: inout CodeWriter, _ f: FieldSpec, value: String, buffer: String, ctx: VersionContext) {
        let compact = compactExpr(f, ctx: ctx)
        let plain = Naming.plain(f.name)
        let nullable = f.isNullableAnywhere
        let nullCond = nullable ? nullableCondition(f, ctx: ctx) : "false"
        if nullable && nullCond != "true" {
            w.line("if \(value) == nil && !(\(nullCond)) { throw .unexpectedNull(field: \"\(plain)\") }")
        }
        switch f.type {
        case .string:
            w.line("try \(buffer).writeKafkaString(\(value), compact: \(compact))")
        case .bytes, .records:
            w.line("try \(buffer).writeKafkaBytes(\(value), compact: \(compact))")
        case .structure:
            if nullable {
                w.block("if let value = \(value)") { w in
                    w.line("\(buffer).writeInteger(1, as: Int8.self)")
                    w.line("try value.write(to: &\(buffer), version: version)")
                }
                w.block("else") { w in w.line("\(buffer).writeInteger(-1, as: Int8.self)") }
            } else {
                w.line("try \(value).write(to: &\(buffer), version: version)")
            }
        case .array(let element):
            let body: (inout CodeWriter, String) -> Void = { w, array in
                w.line("try \(buffer).writeKafkaArrayCount(\(array).count, compact: \(compact))")
                w.block("for element in \(array)") { w in
                    writeElement(&w, element, value: "element", buffer: buffer, compact: compact)
                }
            }
            if nullable {
                w.block("if let array = \(value)") { w in body(&w, "array") }
                w.block("else") { w in w.line("try \(buffer).writeKafkaArrayCount(nil, compact: \(compact))") }
            } else {
                body(&w, value)
            }
        default:
            writeElement(&w, f.type, value: value, buffer: buffer, compact: compact)
        }
    }

    func writeElement(_ w: inout CodeWriter, _ t: FieldType, value: String, buffer: String, compact: String) {
        switch t {
        case .bool: w.line("\(buffer).writeKafkaBool(\(value))")
        case .int8, .int16, .int32, .int64, .uint16, .uint32: w.line("\(buffer).writeInteger(\(value), as: \(baseType(t)).self)")
        case .float64: w.line("\(buffer).writeKafkaFloat64(\(value))")
        case .string: w.line("try \(buffer).writeKafkaString(\(value), compact: \(compact))")
        case .bytes, .records: w.line("try \(buffer).writeKafkaBytes(\(value), compact: \(compact))")
        case .uuid: w.line("\(buffer).writeKafkaUUID(\(value))")
        case .structure: w.line("try \(value).write(to: &\(buffer), version: version)")
        case .array: fatalError("nested arrays do not occur in Kafka's specs")
        }
    }
}
