import Foundation

/// Node and link attributes as text, in the words of the file format (`strength=strong`,
/// `lang=ar,en`): the one place that turns attribute text into model values and back.
///
/// The parser, the printer, the editor's form and its `:set` command all go through here, so a
/// value means the same wherever it is typed and every refusal is worded the same.
public enum AttributeCodec {
    /// Sets the node attribute `key` from `value`; an empty value clears it. Only the keys of
    /// ``CareMap/nodeAttributes`` are accepted: the parser keeps unknown keys itself.
    public static func set(_ key: String, to value: String, on node: inout Node) throws(AttributeError) {
        switch key {
        case "role": node.role = value.isEmpty ? nil : Role(value)
        case "sector": node.sectorOverride = try word(Sector.self, "sector", value)
        case "lang": node.languages = try languages(value)
        case "ring": node.ring = try ring(value)
        case "domains": node.domains = try words(Domain.self, "domain", value)
        case "at": node.position = try position(value)
        case "private": node.isPrivate = try yesOrNo(value, "private")
        case "notes": node.notes = value
        default: throw .unknownAttribute(key, among: CareMap.nodeAttributes)
        }
    }

    /// Sets the link attribute `key` from `value`; an empty value clears it. Only the keys of
    /// ``CareMap/linkAttributes`` are accepted.
    public static func set(_ key: String, to value: String, on link: inout Link) throws(AttributeError) {
        switch key {
        case "strength": link.strength = try word(Strength.self, "strength", value)
        case "quality": link.quality = try word(Quality.self, "quality", value)
        case "status": link.status = try word(LinkStatus.self, "status", value)
        case "support": link.support = try words(SupportType.self, "support", value)
        case "mode": link.modes = try words(ContactMode.self, "mode", value)
        case "lang":
            let tags = try languages(value)
            guard tags.count <= 1 else {
                throw AttributeError("a link has one language, the one the two use together; '\(value)' names \(tags.count)")
            }
            link.language = tags.first
        case "via":
            guard value.isEmpty || NodeID(value).isWellFormed else { throw problem(.malformedID(NodeID(value))) }
            link.via = value.isEmpty ? nil : NodeID(value)
        case "reported-by": link.reportedBy = value
        case "domains": link.domains = try words(Domain.self, "domain", value)
        case "notes": link.notes = value
        default: throw .unknownAttribute(key, among: CareMap.linkAttributes)
        }
    }

    /// The node's attributes that are set, in the order of the format's table, then unknown
    /// ones sorted by key: the order the printer writes.
    public static func attributes(of node: Node) -> [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        if let role = node.role { result.append(("role", role.rawValue)) }
        if let sector = node.sectorOverride { result.append(("sector", sector.rawValue)) }
        if !node.languages.isEmpty { result.append(("lang", node.languages.map(\.rawValue).joined(separator: ","))) }
        if let ring = node.ring { result.append(("ring", String(ring))) }
        if !node.domains.isEmpty { result.append(("domains", list(node.domains.canonicallyOrdered))) }
        if let position = node.position { result.append(("at", "\(position.x),\(position.y)")) }
        if node.isPrivate { result.append(("private", "yes")) }
        if !node.notes.isEmpty { result.append(("notes", node.notes)) }
        for key in node.extra.keys.sorted() { result.append((key, node.extra[key] ?? "")) }
        return result
    }

    /// The link's attributes that are set, in the order of the format's table, then unknown
    /// ones sorted by key.
    public static func attributes(of link: Link) -> [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        if let strength = link.strength { result.append(("strength", strength.rawValue)) }
        if let quality = link.quality { result.append(("quality", quality.rawValue)) }
        if let status = link.status { result.append(("status", status.rawValue)) }
        if !link.support.isEmpty { result.append(("support", list(link.support.canonicallyOrdered))) }
        if !link.modes.isEmpty { result.append(("mode", list(link.modes.canonicallyOrdered))) }
        if let language = link.language { result.append(("lang", language.rawValue)) }
        if let via = link.via { result.append(("via", via.rawValue)) }
        if !link.reportedBy.isEmpty { result.append(("reported-by", link.reportedBy)) }
        if !link.domains.isEmpty { result.append(("domains", list(link.domains.canonicallyOrdered))) }
        if !link.notes.isEmpty { result.append(("notes", link.notes)) }
        for key in link.extra.keys.sorted() { result.append((key, link.extra[key] ?? "")) }
        return result
    }

    private static func list<Word: RawRepresentable<String>>(_ words: [Word]) -> String {
        words.map(\.rawValue).joined(separator: ",")
    }

    private static func word<Word: RawRepresentable<String> & CaseIterable>(
        _: Word.Type, _ what: String, _ value: String
    ) throws(AttributeError) -> Word? {
        guard !value.isEmpty else { return nil }
        guard let word = Word(rawValue: value) else {
            throw .unknown(what, value, among: Word.allCases.map(\.rawValue))
        }
        return word
    }

    private static func words<Word: RawRepresentable<String> & CaseIterable & Hashable>(
        _: Word.Type, _ what: String, _ value: String
    ) throws(AttributeError) -> Set<Word> {
        var result = Set<Word>()
        for item in items(value) {
            guard let word = Word(rawValue: item) else {
                throw .unknown(what, item, among: Word.allCases.map(\.rawValue))
            }
            result.insert(word)
        }
        return result
    }

    private static func languages(_ value: String) throws(AttributeError) -> [LanguageTag] {
        var tags: [LanguageTag] = []
        for item in items(value) {
            let tag = LanguageTag(item)
            guard tag.isWellFormed else { throw problem(.malformedLanguage(tag)) }
            tags.append(tag.canonical)
        }
        return tags
    }

    private static func ring(_ value: String) throws(AttributeError) -> Int? {
        guard !value.isEmpty else { return nil }
        guard let ring = Int(value) else {
            throw AttributeError("ring '\(value)' is not a number; use 1 (closest), 2 or 3")
        }
        guard Node.rings.contains(ring) else {
            throw problem(.ringOutOfRange(NodeID(""), ring))
        }
        return ring
    }

    /// The largest pinned coordinate accepted: far beyond any map, small enough that layout
    /// arithmetic on it can never overflow.
    static let positionLimit = 1_000_000

    private static func position(_ value: String) throws(AttributeError) -> MapPoint? {
        guard !value.isEmpty else { return nil }
        let parts = value.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let x = Int(parts[0]), let y = Int(parts[1]),
              abs(x) <= positionLimit, abs(y) <= positionLimit
        else {
            throw AttributeError("malformed position '\(value)'; write at=X,Y in whole character cells, e.g. at=40,-12")
        }
        return MapPoint(x: x, y: y)
    }

    private static func yesOrNo(_ value: String, _ what: String) throws(AttributeError) -> Bool {
        switch value {
        case "yes": return true
        case "no", "": return false
        default: throw .unknown("\(what) value", value, among: ["yes", "no"])
        }
    }

    /// The refusal worded as validation words the same problem in a loaded map.
    private static func problem(_ kind: MapProblem.Kind) -> AttributeError {
        AttributeError(MapProblem(kind, at: .subject).description)
    }

    /// A comma-separated list; spaces around items are allowed when typed in the editor.
    private static func items(_ value: String) -> [String] {
        value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
