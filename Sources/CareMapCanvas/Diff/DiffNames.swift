import CareMapKit

/// How a diff calls what it names: people by name (with their role, as the report does),
/// private ones only as "a private person", every string through the medium's escape; with
/// `redact`, by the role pseudonyms of the redacted exports, and no free text at all.
///
/// A node is looked up in the new version first, then the old, so one removed is still named.
/// Pseudonyms are numbered over the new version's nodes and then those only in the old, so a
/// person keeps one pseudonym on both sides of a redacted diff.
struct DiffNames {
    let comparison: MapComparison
    let redact: Bool
    let escape: (String) -> String
    /// Whether free text is set in quotation marks (in prose, not in JSON).
    let quotes: Bool
    private let pseudonyms: [NodeID: String]
    private let oldTies: [TieKey: Link]
    private let newTies: [TieKey: Link]

    init(_ comparison: MapComparison, redact: Bool, quotes: Bool = true, escape: @escaping (String) -> String) {
        self.comparison = comparison
        self.redact = redact
        self.quotes = quotes
        self.escape = escape
        if redact {
            let removed = comparison.old.nodes.values.filter { comparison.new.nodes[$0.id] == nil }
            let union = CareMap(subject: comparison.new.subject ?? comparison.old.subject, nodes: Array(comparison.new.nodes.values) + removed)
            pseudonyms = union.pseudonyms()
        } else {
            pseudonyms = [:]
        }
        oldTies = Dictionary(uniqueKeysWithValues: zip(comparison.old.tieKeys(), comparison.old.links))
        newTies = Dictionary(uniqueKeysWithValues: zip(comparison.new.tieKeys(), comparison.new.links))
    }

    /// What is said for a private node.
    static func privateName(_ kind: NodeKind) -> String { "a private \(kind.rawValue)" }

    func node(_ id: NodeID) -> Node? { comparison.new.nodes[id] ?? comparison.old.nodes[id] }

    /// Whether the node is private in either version: what it was while private stays unsaid.
    func isPrivate(_ id: NodeID) -> Bool {
        comparison.new.nodes[id]?.isPrivate == true || comparison.old.nodes[id]?.isPrivate == true
    }

    func name(_ id: NodeID) -> String {
        if let pseudonym = pseudonyms[id] { return pseudonym }
        guard let node = node(id) else { return escape(id.rawValue) }
        guard !node.isPrivate else { return Self.privateName(node.kind) }
        let version = comparison.new.nodes[id] != nil ? comparison.new : comparison.old
        return ReportNames(version, escape: escape).name(id)
    }

    /// The tie as the version that has it writes it, new first: `Amira → Riverside GP surgery`.
    func link(_ key: TieKey) -> Link? { newTies[key] ?? oldTies[key] }

    /// A tie's ends and direction, and its label unless it must not be shown.
    func tie(_ key: TieKey) -> String {
        guard let link = link(key) else { return name(key.first) + " — " + name(key.second) }
        let ends = name(link.from) + " " + Self.arrow(link.direction) + " " + name(link.to)
        guard !link.label.isEmpty, !hidesText(.tie(key)) else { return ends }
        return ends + ", " + quoted(link.label)
    }

    static func arrow(_ direction: LinkDirection) -> String {
        switch direction {
        case .none: "—"
        case .forward: "→"
        case .backward: "←"
        case .both: "↔"
        }
    }

    /// Whether an action may be shown only by its dates: it is about a private person, or the
    /// diff is redacted.
    func hidesText(_ action: CareAction) -> Bool {
        redact || action.about.contains(where: isPrivate)
    }

    /// Whether the declaration's free text must not be shown: it is, or is about, a private
    /// node, or the diff is redacted.
    func hidesText(_ key: DeclarationKey) -> Bool {
        if redact { return true }
        switch key {
        case .map: return false
        case .node(let id): return isPrivate(id)
        case .tie(let tie): return isPrivate(tie.first) || isPrivate(tie.second)
        case .action(let id):
            let action = comparison.new.actions[id] ?? comparison.old.actions[id]
            return action.map(hidesText) ?? false
        }
    }

    /// What an action is called: its words, or "an action" and its review date when hidden.
    func action(_ id: ActionID) -> String {
        guard let action = comparison.new.actions[id] ?? comparison.old.actions[id] else { return escape(id.rawValue) }
        guard hidesText(action) else { return quoted(action.text) }
        return "an action" + (action.review.map { " to review on \($0)" } ?? "")
    }

    func quoted(_ text: String) -> String { escape(quotes ? "\u{201C}" + text + "\u{201D}" : text) }

    /// A node's id as a diff may show it: none for a private node, the pseudonym's when redacted.
    func id(_ id: NodeID) -> String? {
        if let pseudonym = pseudonyms[id] { return pseudonym.lowercased().split(separator: " ").joined(separator: "-") }
        return isPrivate(id) ? nil : id.rawValue
    }

    /// The value of `field` as a person reads it: ids as names, `nil` when the value must not
    /// be shown (free text of a private node or in a redacted diff).
    func value(_ value: String, field: String, of key: DeclarationKey) -> String? {
        switch field {
        case "subject", "via":
            return name(NodeID(value))
        case "about":
            return value.split(separator: ",").map { name(NodeID(String($0))) }.joined(separator: ", ")
        case "direction":
            guard case .tie(let tie) = key, let direction = LinkDirection(rawValue: value) else { return escape(value) }
            return name(tie.first) + " " + Self.arrow(direction) + " " + name(tie.second)
        case "role" where redact && !Role(value).isKnown, "age" where redact:
            return nil
        case _ where Self.wordFields.contains(field):
            return escape(value)
        default:
            return hidesText(key) ? nil : quoted(value)
        }
    }

    /// Fields whose values are words of the format's vocabularies, numbers or dates, never
    /// free text.
    static let wordFields: Set<String> = [
        "kind", "role", "sector", "lang", "ring", "domains", "at", "private", "age", "minor", "needs-interpreter",
        "interpreter-gender", "interpreter-lang", "barriers", "strength", "quality", "status", "support", "mode",
        "trust", "review",
    ]
}
