/// What changed between two versions of a map, declaration by declaration: nodes, ties and
/// actions added, removed or changed, and the map's own lines changed.
///
/// Empty exactly when the two maps say the same thing, whatever the order their declarations
/// are written in: the order of lines is not a change. Nodes and actions are followed by id, ties
/// by ``TieKey``. A node whose id changed is one removed and one added: the id is what lasts.
public struct MapDiff: Hashable, Sendable {
    /// One field of a declaration, before and after; `nil` where it was not set.
    public struct FieldChange: Hashable, Sendable {
        public var field: String
        public var old: String?
        public var new: String?

        public init(field: String, old: String?, new: String?) {
            self.field = field
            self.old = old
            self.new = new
        }
    }

    /// A declaration in both versions whose fields differ, in the order the file writes them.
    public struct Change: Hashable, Sendable {
        public var key: DeclarationKey
        public var fields: [FieldChange]

        /// The change to `field`, when it changed.
        public subscript(field: String) -> FieldChange? { fields.first { $0.field == field } }
    }

    /// Declarations only in the new version, in its order.
    public var added: [DeclarationKey]
    /// Declarations only in the old version, in its order.
    public var removed: [DeclarationKey]
    /// Declarations in both that differ, in the new version's order (the map's own first).
    public var changed: [Change]

    /// Compares `old` with `new`.
    ///
    /// A node, tie or action equal in both versions is passed over without writing out its
    /// fields: an edit changes one or two of thousands, and the editor's compare view works the
    /// diff out again after every edit.
    ///
    /// - Complexity: O(*n* + *m*) comparisons of values and hashes for *n* nodes and actions and
    ///   *m* ties, and O(*f*) for the fields of those that differ.
    public init(_ old: CareMap, _ new: CareMap) {
        var ids: [TieKey: LinkID] = [:]
        self.init(DiffBase(old), new, ids: &ids)
    }

    /// Compares `base`'s map with `new`, and gives the id in `new` of each tie added or changed.
    init(_ base: DiffBase, _ new: CareMap, ids: inout [TieKey: LinkID]) {
        let newTieKeys = new.tieKeys()
        let old = base.map
        added = []
        removed = []
        changed = []
        compare(.map, Declarations.facts(ofMap: old), Declarations.facts(ofMap: new))
        for node in new.nodes.values {
            guard let was = old.nodes[node.id] else {
                added.append(.node(node.id))
                continue
            }
            if was != node { compare(.node(node.id), Declarations.facts(of: was), Declarations.facts(of: node)) }
        }
        var matched = [Bool](repeating: false, count: old.links.count)
        for (key, link) in zip(newTieKeys, new.links) {
            guard let place = base.places[key] else {
                added.append(.tie(key))
                ids[key] = link.id
                continue
            }
            matched[place] = true
            if old.links[place] != link, compare(.tie(key), Declarations.facts(of: old.links[place]), Declarations.facts(of: link)) {
                ids[key] = link.id
            }
        }
        for action in new.actions.values {
            guard let was = old.actions[action.id] else {
                added.append(.action(action.id))
                continue
            }
            if was != action { compare(.action(action.id), Declarations.facts(of: was), Declarations.facts(of: action)) }
        }
        removed = old.nodes.keys.filter { new.nodes[$0] == nil }.map(DeclarationKey.node)
            + base.tieKeys.indices.filter { !matched[$0] }.map { DeclarationKey.tie(base.tieKeys[$0]) }
            + old.actions.keys.filter { new.actions[$0] == nil }.map(DeclarationKey.action)
    }

    /// Records the change to the declaration `key` when its fields differ: each field that
    /// changed, in the order the new version writes them, then those it no longer has; returns
    /// whether they differ.
    @discardableResult
    private mutating func compare(_ key: DeclarationKey, _ old: Declarations.Fields, _ new: Declarations.Fields) -> Bool {
        let (before, after) = (Declarations.dictionary(old), Declarations.dictionary(new))
        guard before != after else { return false }
        var seen = Set<String>()
        let names = new.map(\.key) + old.map(\.key).filter { after[$0] == nil }
        let fields = names.filter { seen.insert($0).inserted && before[$0] != after[$0] }
            .map { FieldChange(field: $0, old: before[$0], new: after[$0]) }
        changed.append(Change(key: key, fields: fields))
        return true
    }

    /// Whether the two maps say the same thing.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}

/// The old version of a map that is compared again and again with new ones (the editor's
/// compare view, after every edit): its ``TieKey``s, and where each tie is, worked out once.
public struct DiffBase: Sendable {
    public let map: CareMap
    let tieKeys: [TieKey]
    /// The place in `map.links` of each tie.
    let places: [TieKey: Int]

    public init(_ map: CareMap) {
        self.map = map
        tieKeys = map.tieKeys()
        places = Dictionary(uniqueKeysWithValues: zip(tieKeys, map.links.indices))
    }
}
