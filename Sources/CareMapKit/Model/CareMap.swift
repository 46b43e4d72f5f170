import OrderedCollections

/// One network of care: the people and places around someone (the subject), or around a whole
/// community when there is no subject.
///
/// A value type: editing produces a new map, and undo is keeping the old value. Nodes keep the
/// order they were written in (an `OrderedDictionary`, so lookup by id stays O(1)), which makes
/// printing deterministic without re-sorting a facilitator's file.
public struct CareMap: Hashable, Sendable {
    public var title: String
    /// The person whose network this is; `nil` for a community map.
    public var subject: NodeID?
    /// Map-level notes, one per `note` line.
    public var notes: [String]
    public var nodes: OrderedDictionary<NodeID, Node>
    public var links: [Link]
    /// Next steps agreed for the map's gaps and weak ties, in the order written, keyed by their
    /// own ids (a namespace apart from the nodes').
    public var actions: OrderedDictionary<ActionID, CareAction>
    /// Comment lines between the version line and the first node or link.
    public var headerComments: [String]
    /// Comment lines after the last declaration.
    public var trailingComments: [String]

    public init(
        title: String = "",
        subject: NodeID? = nil,
        notes: [String] = [],
        nodes: [Node] = [],
        links: [Link] = [],
        actions: [CareAction] = [],
        headerComments: [String] = [],
        trailingComments: [String] = []
    ) {
        self.title = title
        self.subject = subject
        self.notes = notes
        self.nodes = OrderedDictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.links = links
        self.actions = OrderedDictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.headerComments = headerComments
        self.trailingComments = trailingComments
    }

    /// The subject's node, when there is a subject and it exists.
    public var subjectNode: Node? { subject.flatMap { nodes[$0] } }

    /// The node with this id.
    ///
    /// - Complexity: O(1) on average.
    public subscript(id: NodeID) -> Node? { nodes[id] }
}
