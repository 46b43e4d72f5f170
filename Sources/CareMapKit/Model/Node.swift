/// A person, place or group in someone's network of care.
public struct Node: Hashable, Sendable, Identifiable {
    /// Stable across renames and moves; see ``NodeID``.
    public var id: NodeID
    public var kind: NodeKind
    /// The display name, in any script. May be empty; displays then fall back to the id.
    public var name: String
    /// `nil` when the file gives no role.
    public var role: Role?
    /// Set when the file overrides the sector the role implies.
    public var sectorOverride: Sector?
    /// Languages the node speaks, preferred first.
    public var languages: [LanguageTag]
    /// Closeness to the subject: 1 is closest, 3 furthest; `nil` when not placed on a ring.
    /// Kept as a plain integer so an out-of-range value read from a file can be reported.
    public var ring: Int?
    /// Which of the six domains of responsive care this node serves.
    public var domains: Set<Domain>
    /// Free text. May span lines.
    public var notes: String
    /// Where the user pinned the node; `nil` lets the layout place it.
    public var position: MapPoint?
    /// A private node (an abuser, relatives at risk at home) never appears in any export and is
    /// masked whenever names are hidden.
    public var isPrivate: Bool
    /// Attributes this version does not know, kept so a newer file survives an older caremap.
    public var extra: [String: String]
    /// Comment lines (without the `#`) written just above the node in the file.
    public var comments: [String]

    public init(
        id: NodeID,
        kind: NodeKind,
        name: String = "",
        role: Role? = nil,
        sectorOverride: Sector? = nil,
        languages: [LanguageTag] = [],
        ring: Int? = nil,
        domains: Set<Domain> = [],
        notes: String = "",
        position: MapPoint? = nil,
        isPrivate: Bool = false,
        extra: [String: String] = [:],
        comments: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.role = role
        self.sectorOverride = sectorOverride
        self.languages = languages
        self.ring = ring
        self.domains = domains
        self.notes = notes
        self.position = position
        self.isPrivate = isPrivate
        self.extra = extra
        self.comments = comments
    }

    /// The sector: the override if set, else the role's, else one that follows from the kind
    /// (people are personal contacts, places and groups community ones, until said otherwise).
    public var sector: Sector {
        if let sectorOverride { return sectorOverride }
        if let sector = role?.defaultSector { return sector }
        return kind == .person ? .personal : .community
    }

    /// What to show for the node: its name, or its id when it has no name.
    public var displayName: String { name.isEmpty ? id.rawValue : name }

    /// Valid closeness rings.
    public static let rings: ClosedRange<Int> = 1...3
}
