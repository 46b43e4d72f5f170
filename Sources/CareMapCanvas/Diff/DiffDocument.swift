import CareMapKit

/// A comparison as sections of sentences, each marked added, removed or changed: what the text
/// and Markdown diffs both print and the editor's changes panel lists, worded once here.
public struct DiffDocument: Sendable {
    public struct Item: Hashable, Sendable {
        public var mark: ChangeMark
        public var text: String
        /// What the change is about, for going to it: the node, tie or action, the node a
        /// finding or route is about, or `nil` for the map's own lines and the domains.
        public var focus: DeclarationKey?
    }

    public struct Section: Hashable, Sendable {
        public var title: String
        public var items: [Item]
    }

    public var sections: [Section]

    /// The comparison worded as the editor shows it: people by name and role, private ones as
    /// "a private person"; behind the curtain (`curtain`) by role pseudonyms and no free text,
    /// as a redacted diff.
    public init(_ comparison: MapComparison, curtain: Bool) {
        self.init(comparison, names: DiffNames(comparison, redact: curtain, escape: { $0 }))
    }

    init(_ comparison: MapComparison, names: DiffNames) {
        let diff = comparison.diff
        var map: [Item] = []
        var nodes: [Item] = []
        var ties: [Item] = []
        var actions: [Item] = []
        func describe(_ field: MapDiff.FieldChange, of key: DeclarationKey) -> String {
            let old = field.old.flatMap { names.value($0, field: field.field, of: key) }
            let new = field.new.flatMap { names.value($0, field: field.field, of: key) }
            switch (field.old, field.new) {
            case (nil, _): return new.map { "\(field.field) set to \($0)" } ?? "\(field.field) set"
            case (_, nil): return old.map { "\(field.field) removed (was \($0))" } ?? "\(field.field) removed"
            default:
                guard let old, let new else { return "\(field.field) changed" }
                return "\(field.field) \(old) → \(new)"
            }
        }
        func fields(_ change: MapDiff.Change, leaving skipped: Set<String> = []) -> String {
            change.fields.filter { !skipped.contains($0.field) }.map { describe($0, of: change.key) }.joined(separator: "; ")
        }
        for key in diff.added {
            switch key {
            case .map: break
            case .node(let id): nodes.append(Item(mark: .added, text: "new \(names.node(id)?.kind.rawValue ?? "node"): \(names.name(id))", focus: key))
            case .tie(let tie): ties.append(Item(mark: .added, text: "gained: " + names.tie(tie), focus: key))
            case .action(let id):
                let status = comparison.new.actions[id]?.status ?? .open
                actions.append(Item(mark: .added, text: (status == .open ? "opened: " : "added, \(status.rawValue): ") + names.action(id), focus: key))
            }
        }
        for key in diff.removed {
            switch key {
            case .map: break
            case .node(let id): nodes.append(Item(mark: .removed, text: "removed \(names.node(id)?.kind.rawValue ?? "node"): \(names.name(id))", focus: key))
            case .tie(let tie): ties.append(Item(mark: .removed, text: "lost: " + names.tie(tie), focus: key))
            case .action(let id): actions.append(Item(mark: .removed, text: "removed: " + names.action(id), focus: key))
            }
        }
        for change in diff.changed {
            switch change.key {
            case .map:
                map.append(Item(mark: .changed, text: fields(change), focus: nil))
            case .node(let id):
                var lead = names.name(id)
                if let renamed = change["name"] {
                    lead += names.hidesText(change.key) ? ", renamed" : ", renamed from " + (renamed.old.map(names.quoted) ?? "no name")
                }
                let rest = fields(change, leaving: ["name"])
                nodes.append(Item(mark: .changed, text: rest.isEmpty ? lead : lead + ": " + rest, focus: change.key))
            case .tie(let tie):
                ties.append(Item(mark: .changed, text: names.tie(tie) + ": " + fields(change), focus: change.key))
            case .action(let id):
                var lead = names.action(id)
                if let status = change["status"], let new = status.new {
                    lead = (new == "open" ? "reopened" : new) + ": " + lead
                }
                let rest = fields(change, leaving: ["status"])
                actions.append(Item(mark: .changed, text: rest.isEmpty ? lead : lead + ": " + rest, focus: change.key))
            }
        }
        for id in comparison.nowOverdue {
            actions.append(Item(mark: .changed, text: "now past its review date: " + names.action(id), focus: .action(id)))
        }
        func sentence(_ finding: Finding, in version: CareMap) -> String {
            finding.sentence(in: version, name: names.name, text: names.escape, isHidden: names.hidesText).message
        }
        let findings = comparison.appeared.map { Item(mark: .added, text: "new: " + sentence($0, in: comparison.new), focus: focus(of: $0, in: comparison.new)) }
            + comparison.resolved.map { Item(mark: .removed, text: "resolved: " + sentence($0, in: comparison.old), focus: focus(of: $0, in: comparison.old)) }
        // A finding is gone to at the first node it names other than the person at the centre.
        func focus(of finding: Finding, in version: CareMap) -> DeclarationKey? {
            (finding.nodes.first { $0 != version.subject } ?? finding.nodes.first).map(DeclarationKey.node)
        }
        func route(_ route: FormalCareRoutes.Route) -> String { "\(route.family.title): \(names.name(route.target))" }
        let routes = comparison.routesGained.map { Item(mark: .added, text: "gained: " + route($0), focus: .node($0.target)) }
            + comparison.routesLost.map { Item(mark: .removed, text: "lost: " + route($0), focus: .node($0.target)) }
        let coverage = comparison.coverage.filter { $0.before != $0.after }.map {
            Item(mark: .changed, text: "\($0.domain.title): \($0.before.words) → \($0.after.words)", focus: nil)
        }
        sections = [
            Section(title: "The map", items: map),
            Section(title: "People, places and groups", items: nodes),
            Section(title: "Ties", items: ties),
            Section(title: "Actions", items: actions),
            Section(title: "Findings", items: findings),
            Section(title: "Routes to formal care", items: routes),
            Section(title: "Domains of responsive care", items: coverage),
        ].filter { !$0.items.isEmpty }
    }
}
