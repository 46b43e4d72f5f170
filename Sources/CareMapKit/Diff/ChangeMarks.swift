/// How a node or tie differs from an earlier version of the map: new in this one, changed, or
/// gone (drawn from the earlier version so a review sees what was lost).
public enum ChangeMark: Hashable, Sendable {
    case added
    case changed
    case removed

    /// The sign a diff and a drawing mark it with: `+`, `~` or `-`, as `caremap diff` prints.
    public var sign: Character {
        switch self {
        case .added: "+"
        case .changed: "~"
        case .removed: "-"
        }
    }
}

/// Which nodes and ties of a drawn map differ from an earlier version, and how; those not named
/// are the same in both.
public struct ChangeMarks: Hashable, Sendable {
    public var nodes: [NodeID: ChangeMark]
    public var links: [LinkID: ChangeMark]

    public init(nodes: [NodeID: ChangeMark] = [:], links: [LinkID: ChangeMark] = [:]) {
        self.nodes = nodes
        self.links = links
    }

    public var isEmpty: Bool { nodes.isEmpty && links.isEmpty }
}
