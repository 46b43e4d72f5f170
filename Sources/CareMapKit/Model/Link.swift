/// A tie between two nodes. Several links may join the same pair (a friend who is also the
/// interpreter), so each has an ``id`` of its own, given by the map that holds it.
public struct Link: Hashable, Sendable {
    /// The tie's identity in its map. A link made on its own has id `#0` until a map numbers it
    /// (``CareMap/init(title:subject:notes:nodes:links:actions:headerComments:trailingComments:)``,
    /// ``CareMap/appendLink(_:)``, ``CareMap/addLink(_:)``).
    public internal(set) var id = LinkID(rawValue: 0)
    public var from: NodeID
    public var to: NodeID
    public var direction: LinkDirection
    /// Short text drawn on the line: "registered with", "interprets for".
    public var label: String
    public var strength: Strength?
    public var quality: Quality?
    /// `nil` means the file does not say; readers treat that as ``LinkStatus/current``.
    public var status: LinkStatus?
    public var support: Set<SupportType>
    public var modes: Set<ContactMode>
    /// The language the two ends use with each other.
    public var language: LanguageTag?
    /// A go-between without whom the tie would not exist: patient → interpreter → GP.
    public var via: NodeID?
    /// Who told us about this tie, in their words ("Amira", "caseworker").
    public var reportedBy: String
    public var domains: Set<Domain>
    public var notes: String
    /// Attributes this version does not know, kept so a newer file survives an older caremap.
    public var extra: [String: String]
    /// Comment lines (without the `#`) written just above the link in the file.
    public var comments: [String]
    /// How far the person trusts the other end; `nil` when not said.
    public var trust: Trust?
    /// What stands in the way of this tie carrying care.
    public var barriers: Set<Barrier>

    public init(
        from: NodeID,
        to: NodeID,
        direction: LinkDirection = .none,
        label: String = "",
        strength: Strength? = nil,
        quality: Quality? = nil,
        status: LinkStatus? = nil,
        support: Set<SupportType> = [],
        modes: Set<ContactMode> = [],
        language: LanguageTag? = nil,
        via: NodeID? = nil,
        reportedBy: String = "",
        domains: Set<Domain> = [],
        notes: String = "",
        extra: [String: String] = [:],
        comments: [String] = [],
        trust: Trust? = nil,
        barriers: Set<Barrier> = []
    ) {
        self.from = from
        self.to = to
        self.direction = direction
        self.label = label
        self.strength = strength
        self.quality = quality
        self.status = status
        self.support = support
        self.modes = modes
        self.language = language
        self.via = via
        self.reportedBy = reportedBy
        self.domains = domains
        self.notes = notes
        self.extra = extra
        self.comments = comments
        self.trust = trust
        self.barriers = barriers
    }

    /// Links are equal when they say the same thing: the id is identity, not content, so a map
    /// read back from its own file equals the map that was saved.
    public static func == (lhs: Link, rhs: Link) -> Bool {
        lhs.from == rhs.from && lhs.to == rhs.to && lhs.direction == rhs.direction && lhs.label == rhs.label
            && lhs.strength == rhs.strength && lhs.quality == rhs.quality && lhs.status == rhs.status
            && lhs.support == rhs.support && lhs.modes == rhs.modes && lhs.language == rhs.language
            && lhs.via == rhs.via && lhs.reportedBy == rhs.reportedBy && lhs.domains == rhs.domains
            && lhs.trust == rhs.trust && lhs.barriers == rhs.barriers
            && lhs.notes == rhs.notes && lhs.extra == rhs.extra && lhs.comments == rhs.comments
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(from)
        hasher.combine(to)
        hasher.combine(direction)
        hasher.combine(label)
        hasher.combine(notes)
    }

    /// Whether the tie exists now: no status, or `current`. Past and hoped-for ties are no route.
    public var isCurrent: Bool { status == nil || status == .current }

    /// Whether the link touches the node at either end.
    public func touches(_ id: NodeID) -> Bool { from == id || to == id }

    /// The node at the other end from `id`, or `nil` when the link does not touch `id`.
    public func otherEnd(from id: NodeID) -> NodeID? {
        if from == id { return to }
        if to == id { return from }
        return nil
    }
}
