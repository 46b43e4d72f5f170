/// The field-by-field part of ``MapMerge``: three versions in, merged declarations out.
extension MapMerge {
    /// The three versions a merge reads.
    struct Versions {
        var base: Declarations
        var ours: Declarations
        var theirs: Declarations

        /// Every declaration merged: ours in its order, then those only theirs has, in theirs'.
        func merged() -> Merged {
            var result = Merged()
            let inOurs = Set(ours.keys)
            for key in ours.keys + theirs.keys.filter({ !inOurs.contains($0) }) {
                let old = base.fields[key]
                switch (ours.fields[key], theirs.fields[key]) {
                case (let mine?, let other?):
                    result.add(key, merge(key, base: old ?? [:], ours: mine, theirs: other, into: &result.conflicts))
                case (let mine?, nil):
                    guard let old else { result.add(key, mine); continue }
                    guard mine != old else { continue }
                    result.add(key, mine)
                    result.conflicts.append(.removedAndChanged(key, removedInOurs: false))
                case (nil, let other?):
                    guard let old else { result.add(key, other); continue }
                    guard other != old else { continue }
                    result.add(key, other)
                    result.conflicts.append(.removedAndChanged(key, removedInOurs: true))
                case (nil, nil):
                    continue
                }
            }
            return result
        }

        /// A three-way merge of one declaration's fields: a field changed on one side only takes
        /// that side's value; changed to two different values, it keeps ours and is a conflict.
        private func merge(
            _ key: DeclarationKey, base: [String: String], ours: [String: String], theirs: [String: String],
            into conflicts: inout [Conflict]
        ) -> [String: String] {
            var result = ours
            for field in Set(base.keys).union(ours.keys).union(theirs.keys).sorted() {
                let (old, mine, other) = (base[field], ours[field], theirs[field])
                if mine == other || other == old { continue }
                if mine == old {
                    result[field] = other
                } else {
                    conflicts.append(.field(key, field, base: old, ours: mine, theirs: other))
                }
            }
            return result
        }
    }

    /// The merged declarations, and the conflicts met on the way.
    struct Merged {
        var keys: [DeclarationKey] = []
        var fields: [DeclarationKey: [String: String]] = [:]
        var conflicts: [Conflict] = []

        mutating func add(_ key: DeclarationKey, _ facts: [String: String]) {
            keys.append(key)
            fields[key] = facts
        }

        /// Keeps every node the merged map names (as a tie's end or go-between, in an action's
        /// `about`, as the subject) that one version removed, as that node was in the other.
        mutating func keepNamedNodes(_ versions: Versions) {
            var named: [NodeID] = []
            for key in keys {
                let facts = fields[key]!
                switch key {
                case .map: named += facts["subject"].map { [NodeID($0)] } ?? []
                case .node: break
                case .tie(let tie): named += [tie.first, tie.second] + (facts["via"].map { [NodeID($0)] } ?? [])
                case .action: named += facts["about"].map { $0.split(separator: ",").map { NodeID(String($0)) } } ?? []
                }
            }
            for id in named where fields[.node(id)] == nil {
                let key = DeclarationKey.node(id)
                guard let kept = versions.ours.fields[key] ?? versions.theirs.fields[key] ?? versions.base.fields[key] else { continue }
                add(key, kept)
                conflicts.append(.removedButNamed(id, removedInOurs: versions.ours.fields[key] == nil))
            }
        }

        /// Keeps the subject a person when one version made it the subject and the other made
        /// it a place or group. The same whichever side is ours: when ours made it a person and
        /// theirs a place or group, the field conflict that kept ours is this conflict too.
        mutating func keepSubjectAPerson(_ versions: Versions) {
            guard let subject = fields[.map]?["subject"] else { return }
            let key = DeclarationKey.node(NodeID(subject))
            let person = NodeKind.person.rawValue
            guard let kind = fields[key]?["kind"] else { return }
            let theirs = versions.theirs.fields[key]?["kind"]
            let other: (kind: String, inOurs: Bool)
            if kind != person {
                other = (kind, versions.ours.fields[key]?["kind"] == kind)
            } else if let theirs, theirs != person, conflicts.contains(where: { Self.isKindConflict($0, of: key) }) {
                other = (theirs, false)
            } else {
                return
            }
            fields[key]!["kind"] = person
            conflicts.removeAll { Self.isKindConflict($0, of: key) }
            conflicts.append(.subjectNotAPerson(NodeID(subject), kind: other.kind, inOurs: other.inOurs))
        }

        private static func isKindConflict(_ conflict: Conflict, of key: DeclarationKey) -> Bool {
            if case .field(key, "kind", _, _, _) = conflict { true } else { false }
        }
    }
}
