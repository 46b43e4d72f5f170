/// A three-way merge of a map: the edits made in two versions (ours and theirs) since a common
/// one (the base), combined declaration by declaration and field by field, as git's merge
/// driver (`caremap merge BASE OURS THEIRS`, docs/git.md).
///
/// Edits to different people, ties, actions, or to different fields of one of them, never
/// conflict. A conflict is the same field set two ways, or a declaration removed in one
/// version and changed in the other; ours is kept (or the declaration is kept, rather than
/// losing what the other version added), and the conflict is written as a comment line
/// above the declaration (`# caremap merge conflict: …`), so it is seen in the file and in
/// `git diff`, and stays there until someone removes it. A node removed in one version but
/// still named in the other (by a tie, a go-between, an action or as the subject) is kept,
/// as a conflict, so the merged map never names a node it lacks; and a node one version made
/// the subject stays a person when the other made it a place or group.
///
/// Ties are matched by ``TieKey``, nodes and actions by id (see ``MapDiff``). Without
/// conflicts the result does not depend on which version is ours, but for the order of lines.
public struct MapMerge: Sendable {
    /// What could not be merged; the merged map keeps ours, or keeps what was removed.
    public enum Conflict: Hashable, Sendable {
        /// The field was set two ways (`nil`: not set); ours is kept.
        case field(DeclarationKey, String, base: String?, ours: String?, theirs: String?)
        /// The declaration was removed in one version and changed in the other; it is kept as
        /// the version that changed it has it.
        case removedAndChanged(DeclarationKey, removedInOurs: Bool)
        /// The node was removed in one version, but the merged map still names it; it is kept.
        case removedButNamed(NodeID, removedInOurs: Bool)
        /// One version made the node the subject, the other made it a place or group (`kind`);
        /// it stays a person, as a subject must be.
        case subjectNotAPerson(NodeID, kind: String, inOurs: Bool)

        public var key: DeclarationKey {
            switch self {
            case .field(let key, _, _, _, _), .removedAndChanged(let key, _): key
            case .removedButNamed(let id, _), .subjectNotAPerson(let id, _, _): .node(id)
            }
        }
    }

    /// The merged map.
    public var map: CareMap
    /// Every conflict, in the merged map's order; the map holds ours for each.
    public var conflicts: [Conflict]

    /// Merges `ours` and `theirs`, both edited from `base`.
    ///
    /// - Throws: ``MergeError`` when the merged map would not check: edits each sound but not
    ///   together that the rules above do not foresee.
    /// - Complexity: O(*f*) for *f* fields in the three maps, on average, and a parse of the result.
    public init(base: CareMap, ours: CareMap, theirs: CareMap) throws(MergeError) {
        let versions = Versions(base: Declarations(base), ours: Declarations(ours), theirs: Declarations(theirs))
        var merged = versions.merged()
        merged.keepNamedNodes(versions)
        merged.keepSubjectAPerson(versions)
        let parsed = CareMapFile.parse(merged.text(ours: ours, theirs: theirs, base: base))
        guard let map = parsed.map, !parsed.diagnostics.contains(where: { $0.severity == .error }) else {
            throw MergeError(diagnostics: parsed.diagnostics.filter { $0.severity == .error })
        }
        self.map = map
        conflicts = merged.conflicts
    }
}

/// A merge whose result would not check: the errors the merged file would have.
public struct MergeError: Error, Hashable, Sendable {
    public var diagnostics: [Diagnostic]
}
