/// What a diff or a merge compares across versions of a map: the map's own lines (title,
/// subject, notes, comments), a node by its id, a tie by its ``TieKey``, an action by its id.
public enum DeclarationKey: Hashable, Sendable {
    case map
    case node(NodeID)
    case tie(TieKey)
    case action(ActionID)
}

extension DeclarationKey: CustomStringConvertible {
    /// The declaration in a list of conflicts: `node hassan`, `link amira -- hassan "friend"`
    /// (ends in id order; ` #2` for the second with the same ends and label), `the map`.
    public var description: String {
        switch self {
        case .map: "the map"
        case .node(let id): "node \(id)"
        case .tie(let tie): "link \(tie.first) -- \(tie.second)" + (tie.label.isEmpty ? "" : " " + QuotedString.encode(tie.label)) + (tie.ordinal > 0 ? " #\(tie.ordinal + 1)" : "")
        case .action(let id): "action \(id)"
        }
    }
}
