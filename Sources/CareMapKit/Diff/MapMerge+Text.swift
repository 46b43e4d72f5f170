/// The merged declarations written as a `.caremap` file, conflicts as comments, to be parsed
/// back: the parser is the one judge of whether the merged map checks.
extension MapMerge.Merged {
    func text(ours: CareMap, theirs: CareMap, base: CareMap) -> String {
        var notes: [DeclarationKey: [String]] = [:]
        for conflict in conflicts { notes[conflict.key, default: []].append("caremap merge conflict: " + conflict.sentence) }
        // Each tie is written the way round the version it came from writes it.
        var links: [TieKey: Link] = [:]
        for map in [base, theirs, ours] {
            for (key, link) in zip(map.tieKeys(), map.links) { links[key] = link }
        }
        let map = fields[.map] ?? [:]
        var lines = ["caremap 1"]
        lines += Self.comments(map["header-comments"], notes[.map] ?? [])
        if let title = map["title"] { lines.append("title " + QuotedString.value(title)) }
        if let subject = map["subject"] { lines.append("subject " + subject) }
        lines += map["notes"].map { $0.split(separator: "\n").map { "note " + $0 } } ?? []
        for key in keys {
            let facts = fields[key]!
            var head: String
            switch key {
            case .map: continue
            case .node(let id):
                head = (facts["kind"] ?? "person") + " " + id.rawValue + Self.quoted(facts["name"])
            case .tie(let tie):
                let direction = facts["direction"].flatMap(LinkDirection.init) ?? .none
                if let link = links[tie], link.from != tie.first {
                    head = "link \(tie.second) \(direction.reversed.rawValue) \(tie.first)"
                } else {
                    head = "link \(tie.first) \(direction.rawValue) \(tie.second)"
                }
                head += Self.quoted(tie.label)
            case .action(let id):
                head = "action " + id.rawValue + Self.quoted(facts["text"])
            }
            for field in facts.keys.sorted() where !Declarations.ownFields.contains(field) {
                head += " " + Declarations.attribute(ofField: field) + "=" + QuotedString.value(facts[field]!)
            }
            lines += [""] + Self.comments(facts["comments"], notes[key] ?? []) + [head]
        }
        if let trailing = map["trailing-comments"] { lines += [""] + Self.comments(trailing, []) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        return " " + QuotedString.encode(text)
    }

    private static func comments(_ comments: String?, _ notes: [String]) -> [String] {
        let kept = comments.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
        return (kept + notes).map { $0.isEmpty ? "#" : "# " + $0 }
    }
}

extension MapMerge.Conflict {
    /// What happened, as the comment above the declaration and the merge's list say it.
    public var sentence: String {
        func shown(_ value: String?) -> String { value.map(QuotedString.value) ?? "not set" }
        switch self {
        case .field(_, let field, let base, let ours, let theirs):
            return "\(field) is \(shown(ours)) in ours and \(shown(theirs)) in theirs (was \(shown(base))); kept \(shown(ours))"
        case .removedAndChanged(_, let removedInOurs):
            return removedInOurs ? "removed in ours, changed in theirs; kept as theirs has it" : "removed in theirs, changed in ours; kept as ours has it"
        case .removedButNamed(_, let removedInOurs):
            return "removed in \(removedInOurs ? "ours" : "theirs"), but the merged map still names it; kept"
        case .subjectNotAPerson(_, let kind, let inOurs):
            return "made a \(kind) in \(inOurs ? "ours" : "theirs") but the subject in \(inOurs ? "theirs" : "ours"); kept a person"
        }
    }
}
