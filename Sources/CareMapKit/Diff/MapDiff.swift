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
    /// - Complexity: O(*f*) for *f* fields in the two maps, on average.
    public init(_ old: CareMap, _ new: CareMap) {
        self.init(Declarations(old), Declarations(new))
    }

    init(_ old: Declarations, _ new: Declarations) {
        added = new.keys.filter { $0 != .map && old.fields[$0] == nil }
        removed = old.keys.filter { $0 != .map && new.fields[$0] == nil }
        changed = new.keys.compactMap { key in
            guard let before = old.fields[key], let after = new.fields[key], before != after else { return nil }
            let names = new.order[key]! + old.order[key]!.filter { after[$0] == nil }
            var seen = Set<String>()
            let fields = names.filter { seen.insert($0).inserted && before[$0] != after[$0] }
                .map { FieldChange(field: $0, old: before[$0], new: after[$0]) }
            return Change(key: key, fields: fields)
        }
    }

    /// Whether the two maps say the same thing.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}
