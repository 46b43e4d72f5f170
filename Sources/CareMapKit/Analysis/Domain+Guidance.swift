/// What each domain of responsive care means in plain words, which roles serve it, and what to
/// suggest when a map shows none: the wording of `docs/domains.md`, kept here in one place so
/// the report, the editor and the documentation say the same.
extension Domain {
    /// The domain in a few plain words, as a report heading.
    public var title: String {
        switch self {
        case .community: "Community, and its links with formal services"
        case .network: "A network of care with traditional and non-traditional providers"
        case .engagement: "Proactive engagement in familiar spaces"
        case .communication: "Considered communication"
        case .informedProviders: "Informed providers and good attitudes"
        case .knowledge: "A right to knowledge of local systems"
        }
    }

    /// What a gap in this domain means for the person, said to the clinician or facilitator.
    public var gap: String {
        switch self {
        case .community: "no one on the map connects them with a community that links to formal services"
        case .network: "no provider on the map, traditional or non-traditional, makes up a network of care"
        case .engagement: "no service reaches them in a place they already know"
        case .communication: "no interpreter, bilingual worker or peer is on the map to carry communication"
        case .informedProviders: "no provider on the map is known to understand their situation"
        case .knowledge: "no one on the map helps them learn how local services work"
        }
    }

    /// The suggested next step for a gap in this domain.
    public var suggestion: String {
        switch self {
        case .community: "Ask who they trust in their community (a faith or community leader, a community group) and whether that person could link them with services."
        case .network: "Map who else could help (a charity, a volunteer, a peer) alongside the formal services, and introduce one of them."
        case .engagement: "Offer a service where they already go: a drop-in, a place of worship, a community centre or a school."
        case .communication: "Book a professional interpreter in their language for appointments, or find a bilingual worker or peer who speaks it."
        case .informedProviders: "Brief the providers they see on their situation and rights, or refer them to a service experienced with forced migrants."
        case .knowledge: "Put them in touch with a caseworker, settlement worker or ESOL class who can explain local services and entitlements."
        }
    }

    /// The domains a role serves on its own, without a `domains=` tag; the table in
    /// `docs/domains.md`. Informed providers is never implied: whether a provider is informed is
    /// something only the people drawing the map can say.
    public static func served(by role: Role?) -> Set<Domain> {
        guard let role else { return [] }
        return roleDomains[role] ?? []
    }

    private static let roleDomains: [Role: Set<Domain>] = [
        .interpreter: [.communication],
        .bilingualWorker: [.communication],
        .peer: [.communication, .community],
        .communityLeader: [.community, .engagement],
        .faithLeader: [.community, .engagement],
        .placeOfWorship: [.community, .engagement],
        .communityCentre: [.community, .engagement],
        .charity: [.network, .engagement],
        .volunteer: [.network],
        .caseworker: [.knowledge, .network],
        .settlementWorker: [.knowledge],
        .socialWorker: [.knowledge],
        .teacher: [.knowledge],
        .college: [.knowledge],
        .school: [.engagement],
        .legalAdviser: [.knowledge],
        .gp: [.network], .nurse: [.network], .mentalHealth: [.network],
        .gpSurgery: [.network], .hospital: [.network], .pharmacy: [.network],
    ]
}
