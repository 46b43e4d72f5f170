extension AttributeCodec {
    /// The node's attributes that are set, as the file writes them: the keys of the format's
    /// table in its order, then unknown (``Node/extra``) keys sorted, so printing is deterministic.
    ///
    /// Values are plain text; quoting is the printer's job (``QuotedString/value(_:)``).
    public static func attributes(of node: Node) -> [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        if let role = node.role { result.append(("role", role.rawValue)) }
        if let sector = node.sectorOverride { result.append(("sector", sector.rawValue)) }
        if !node.languages.isEmpty { result.append(("lang", node.languageText)) }
        if let ring = node.ring { result.append(("ring", String(ring))) }
        if !node.domains.isEmpty { result.append(("domains", list(node.domains))) }
        if let position = node.position { result.append(("at", "\(position.x),\(position.y)")) }
        if node.isPrivate { result.append(("private", "yes")) }
        if let age = node.age { result.append(("age", String(age))) }
        if node.isMinor { result.append(("minor", "yes")) }
        if node.needsInterpreter { result.append(("needs-interpreter", "yes")) }
        if let gender = node.interpreterGender { result.append(("interpreter-gender", gender.rawValue)) }
        if let language = node.interpreterLanguage { result.append(("interpreter-lang", language.rawValue)) }
        if !node.barriers.isEmpty { result.append(("barriers", list(node.barriers))) }
        if !node.notes.isEmpty { result.append(("notes", node.notes)) }
        for key in node.extra.keys.sorted() { result.append((key, node.extra[key]!)) }
        return result
    }

    /// The link's attributes that are set, in the order of the format's table, then unknown keys
    /// sorted.
    public static func attributes(of link: Link) -> [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        if let strength = link.strength { result.append(("strength", strength.rawValue)) }
        if let quality = link.quality { result.append(("quality", quality.rawValue)) }
        if let status = link.status { result.append(("status", status.rawValue)) }
        if !link.support.isEmpty { result.append(("support", list(link.support))) }
        if !link.modes.isEmpty { result.append(("mode", list(link.modes))) }
        if let language = link.language { result.append(("lang", language.rawValue)) }
        if let via = link.via { result.append(("via", via.rawValue)) }
        if let trust = link.trust { result.append(("trust", trust.rawValue)) }
        if !link.barriers.isEmpty { result.append(("barriers", list(link.barriers))) }
        if !link.reportedBy.isEmpty { result.append(("reported-by", link.reportedBy)) }
        if !link.domains.isEmpty { result.append(("domains", list(link.domains))) }
        if !link.notes.isEmpty { result.append(("notes", link.notes)) }
        for key in link.extra.keys.sorted() { result.append((key, link.extra[key]!)) }
        return result
    }

    /// A set in canonical (declaration) order, comma-separated.
    private static func list<Word: RawRepresentable<String> & CaseIterable & Hashable>(_ words: Set<Word>) -> String
    where Word.AllCases.Index == Int {
        words.canonicallyOrdered.map(\.rawValue).joined(separator: ",")
    }
}
