/// The closed vocabularies of a care map. Each raw value is the word used in `.caremap` files,
/// so the file format and the model cannot drift apart.

/// What a node is: a person, a place, or a group (an organisation, a service, a peer group).
public enum NodeKind: String, CaseIterable, Hashable, Sendable {
    case person, place, group
}

/// Which part of the care system a node belongs to. Drives colour in drawings and the mix in reports.
public enum Sector: String, CaseIterable, Hashable, Sendable {
    case formalHealth = "formal-health"
    case statutory
    case community
    case personal
    case `private`
}

/// The six domains of responsive care for forced migrants that the research names.
public enum Domain: String, CaseIterable, Hashable, Sendable {
    /// Community and its links to formal services.
    case community
    /// Networks of care with traditional and non-traditional providers.
    case network
    /// Proactive engagement in familiar spaces.
    case engagement
    /// Considered communication: interpreters, bilingual workers, shared languages.
    case communication
    /// Informed providers and good attitudes.
    case informedProviders = "informed-providers"
    /// A right to knowledge of local systems.
    case knowledge
}

/// How strong a tie is, drawn as the line's weight (eco-map convention).
public enum Strength: String, CaseIterable, Hashable, Sendable {
    case strong, moderate, tenuous
}

/// How a tie feels, kept apart from strength: a strong tie can be stressful.
public enum Quality: String, CaseIterable, Hashable, Sendable {
    case supportive, stressful, mixed
}

/// Whether a tie exists now, existed before displacement broke it, or is planned.
public enum LinkStatus: String, CaseIterable, Hashable, Sendable {
    case current, past
    case hopedFor = "hoped-for"
}

/// What flows along a tie.
public enum SupportType: String, CaseIterable, Hashable, Sendable {
    case emotional, practical, informational, health
    /// One end interprets for the other: who does it matters (a professional, a bilingual
    /// worker, or a family member or child, which the analysis flags).
    case interpreting
}

/// How the two ends of a tie meet.
public enum ContactMode: String, CaseIterable, Hashable, Sendable {
    case inPerson = "in-person"
    case phone, online
}

/// Who supports whom. Written between the two ids of a `link` line.
public enum LinkDirection: String, CaseIterable, Hashable, Sendable {
    /// `--`: a tie with no direction.
    case none = "--"
    /// `->`: the first node supports the second.
    case forward = "->"
    /// `<-`: the second node supports the first.
    case backward = "<-"
    /// `<->`: support flows both ways.
    case both = "<->"
}

extension CaseIterable where Self: Equatable, AllCases.Index == Int {
    /// The position in `allCases`: the canonical order for printing sets of these values.
    public var canonicalOrder: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

extension Set where Element: CaseIterable & Equatable, Element.AllCases.Index == Int {
    /// The elements in canonical (declaration) order, so printed output is deterministic.
    public var canonicallyOrdered: [Element] { sorted { $0.canonicalOrder < $1.canonicalOrder } }
}
