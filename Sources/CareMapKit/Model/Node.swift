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
    /// Age in years, when it matters (a child interpreting for a parent); `nil` when not said.
    public var age: Int?
    /// Under 18, when the exact age is not recorded (`minor=yes`).
    public var isMinor: Bool
    /// How well each language is spoken, for those written with a level (`en:basic`); a
    /// language of ``languages`` without an entry is spoken well.
    public var languageLevels: [LanguageTag: LanguageLevel]
    /// The person needs an interpreter for health care (`needs-interpreter=yes`).
    public var needsInterpreter: Bool
    /// Whom they ask for as interpreter, when they have said (`interpreter-gender=woman`).
    public var interpreterGender: InterpreterGender?
    /// The language or dialect they need interpreted (`interpreter-lang=ar-SY`), when it is not
    /// simply their first language.
    public var interpreterLanguage: LanguageTag?
    /// What stands between this person, or this service's users, and care.
    public var barriers: Set<Barrier>

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
        comments: [String] = [],
        age: Int? = nil,
        isMinor: Bool = false,
        languageLevels: [LanguageTag: LanguageLevel] = [:],
        needsInterpreter: Bool = false,
        interpreterGender: InterpreterGender? = nil,
        interpreterLanguage: LanguageTag? = nil,
        barriers: Set<Barrier> = []
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
        self.age = age
        self.isMinor = isMinor
        self.languageLevels = languageLevels
        self.needsInterpreter = needsInterpreter
        self.interpreterGender = interpreterGender
        self.interpreterLanguage = interpreterLanguage
        self.barriers = barriers
    }

    /// Under 18: `minor=yes`, or an age below 18.
    public var isChild: Bool { isMinor || (age.map { $0 < 18 } ?? false) }

    /// How well the node speaks `tag` as written (a tag without a level is spoken well), or
    /// `nil` when it does not list the language (compared with ``LanguageTag/matches(_:)``).
    public func level(in tag: LanguageTag) -> LanguageLevel? {
        guard let own = languages.first(where: { $0.matches(tag) }) else { return nil }
        return languageLevels[own] ?? .fluent
    }

    /// The languages spoken well enough for health care, preferred first.
    public var fluentLanguages: [LanguageTag] { languages.filter { (languageLevels[$0] ?? .fluent) == .fluent } }

    /// The languages as `lang=` writes them: `prs,en:basic`.
    public var languageText: String {
        languages.map { tag in languageLevels[tag].map { tag.rawValue + ":" + $0.rawValue } ?? tag.rawValue }.joined(separator: ",")
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
