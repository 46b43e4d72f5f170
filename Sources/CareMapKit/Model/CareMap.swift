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
    /// The ties, in the order written. Add one with ``appendLink(_:)`` or ``addLink(_:)``, which
    /// give it an id; find one by id with ``linkIndex(of:)``.
    public var links: [Link]
    /// Next steps agreed for the map's gaps and weak ties, in the order written, keyed by their
    /// own ids (a namespace apart from the nodes').
    public var actions: OrderedDictionary<ActionID, CareAction>
    /// Comment lines between the version line and the first node or link.
    public var headerComments: [String]
    /// Comment lines after the last declaration.
    public var trailingComments: [String]
    /// The id the next link added will get; it only grows, so no id is ever given twice.
    private(set) var nextLinkID = 0

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
        for index in self.links.indices { self.links[index].id = LinkID(rawValue: index) }
        nextLinkID = links.count
        self.actions = OrderedDictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.headerComments = headerComments
        self.trailingComments = trailingComments
    }

    /// Appends `link` without checking it, as the parser and importers do before validating the
    /// whole map, and gives it the next id.
    ///
    /// - Returns: The new link's id.
    /// - Complexity: O(1) amortised.
    @discardableResult
    public mutating func appendLink(_ link: Link) -> LinkID {
        var link = link
        link.id = LinkID(rawValue: nextLinkID)
        nextLinkID += 1
        links.append(link)
        return link.id
    }

    /// The position in ``links`` of the link with id `id`, or `nil` when the map has none.
    ///
    /// - Complexity: O(*m*) for *m* links.
    public func linkIndex(of id: LinkID) -> Int? {
        links.firstIndex { $0.id == id }
    }

    /// The link with id `id`, or `nil` when the map has none.
    ///
    /// - Complexity: O(*m*) for *m* links.
    public func link(_ id: LinkID) -> Link? {
        linkIndex(of: id).map { links[$0] }
    }

    /// Maps are equal when they say the same thing; the ties' ids and the id counter are
    /// identity, not content (see ``LinkID``).
    public static func == (lhs: CareMap, rhs: CareMap) -> Bool {
        lhs.title == rhs.title && lhs.subject == rhs.subject && lhs.notes == rhs.notes && lhs.nodes == rhs.nodes
            && lhs.links == rhs.links && lhs.actions == rhs.actions
            && lhs.headerComments == rhs.headerComments && lhs.trailingComments == rhs.trailingComments
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(subject)
        hasher.combine(nodes.count)
        hasher.combine(links)
    }

    /// The subject's node, when there is a subject and it exists.
    public var subjectNode: Node? { subject.flatMap { nodes[$0] } }

    /// The node with this id.
    ///
    /// - Complexity: O(1) on average.
    public subscript(id: NodeID) -> Node? { nodes[id] }
}
