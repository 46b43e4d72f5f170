/// What each domain of responsive care means in plain words, what its test found, and what to
/// suggest when a map does not meet it: the wording of `docs/domains.md`, kept here in one
/// place so the report, the editor and the documentation say the same.
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

    /// Why the domain matters, in the review's words (Robinson et al., 2025), for a finding's
    /// "why it matters".
    public var why: String {
        switch self {
        case .community: "people benefit from community, including linkages with formal (health) services"
        case .network: "care works best as a network that includes traditional and non-traditional providers"
        case .engagement: "proactive engagement includes conducting care in familiar spaces"
        case .communication: "care needs a commitment to communicating well, using good interpreters, and sometimes bilingual workers and peers"
        case .informedProviders: "informed providers and enhanced attitudes make care responsive"
        case .knowledge: "new arrivals need information, knowledge and confidence in local systems"
        }
    }

    /// What a gap in this domain means for the person, said to the clinician or facilitator.
    public var gap: String {
        switch self {
        case .community: "no one they trust in their community connects them with formal services"
        case .network: "no provider, formal or non-traditional, gives them care now"
        case .engagement: "no service reaches them in a place they already go"
        case .communication: "no interpreter, bilingual worker or shared language carries their care"
        case .informedProviders: "no provider on the map is known to understand their situation"
        case .knowledge: "no one on the map helps them learn how local services work"
        }
    }

    /// What the domain's test found, before the nodes that show it; `community` for a map
    /// with no subject, whose tests ask what the community as a whole has.
    public func reason(_ basis: DomainCoverage.Basis, community: Bool = false) -> String {
        community ? communityReason(basis) : personReason(basis)
    }

    private func personReason(_ basis: DomainCoverage.Basis) -> String {
        switch (self, basis) {
        case (_, .nothing): gap
        case (.community, .holds): "someone they trust in their community has a current tie to formal care"
        case (.community, _): "they trust people in their community, but none of them has a tie to formal care"
        case (.network, .holds): "formal services and non-traditional providers both give care now"
        case (.network, .firstHalf): "only formal services give care now; no non-traditional provider does"
        case (.network, _): "only non-traditional providers give care now; no formal service does"
        case (.engagement, .holds): "a place they already go has a current tie to formal care"
        case (.engagement, _): "they have familiar places, but no care reaches them there"
        case (.communication, .holds): "every tie to formal care has a language both speak well or a professional interpreter"
        case (.communication, .undermined): "ties to formal care have a shared language or a professional interpreter, but a child or family member also interprets for them"
        case (.communication, .firstHalf): "only some ties to formal care have a language both speak well or a professional interpreter"
        case (.communication, _): "no tie to formal care has a shared language or a professional interpreter, though these could carry it"
        case (.informedProviders, .holds): "a service they reach is known to understand their situation"
        case (.informedProviders, _): "someone in reach is known to understand their situation, but no health service they reach"
        case (.knowledge, .holds): "someone with a current tie to them explains local systems"
        case (.knowledge, _): "someone who explains local systems is in reach, but not tied to them"
        }
    }

    private func communityReason(_ basis: DomainCoverage.Basis) -> String {
        switch (self, basis) {
        case (.community, .holds): "community places, groups and people with a current tie to formal care"
        case (.community, .leftOut): "some community places, groups and people have no path to formal care at all"
        case (.community, .nothing): "no community place, group or leader is on the map"
        case (.community, _): "community places, groups and people, none tied to formal care"
        case (.network, .holds): "formal services and community providers are both on the map"
        case (.network, .firstHalf): "only formal services are on the map"
        case (.network, .nothing): "no provider is on the map"
        case (.network, _): "only community providers are on the map"
        case (.engagement, .holds): "community places and groups with a current tie to formal care"
        case (.engagement, .leftOut): "some community places and groups have no path to formal care at all"
        case (.engagement, .nothing): "no community place or group is on the map"
        case (.engagement, _): "community places and groups, none tied to formal care"
        case (.communication, .holds): "interpreters, bilingual workers or peers with a current tie to formal care"
        case (.communication, .leftOut): "some speak a language that no interpreter or bilingual worker carries to the services"
        case (.communication, .nothing): "no interpreter, bilingual worker or peer is on the map"
        case (.communication, _): "interpreters, bilingual workers or peers, none tied to formal care"
        case (.informedProviders, .holds): "health services known to understand people's situation"
        case (.informedProviders, .nothing): "no one on the map is known to understand people's situation"
        case (.informedProviders, _): "people known to understand their situation, but no health service"
        case (.knowledge, .nothing): "no one on the map explains local systems"
        case (.knowledge, _): "people and places that explain local systems"
        }
    }

    /// The suggested next step when this domain is not met.
    public var suggestion: String {
        switch self {
        case .community: "Ask who they trust in their community (a faith or community leader, a community group) and whether that person could link them with services."
        case .network: "Map who else could help (a charity, a volunteer, a peer, a traditional healer) alongside the formal services, and introduce one of them."
        case .engagement: "Offer a service where they already go: a drop-in, a place of worship, a community centre or a school."
        case .communication: "Book a professional interpreter in their language for appointments, or find a bilingual worker or peer who speaks it."
        case .informedProviders: "Brief the providers they see on their situation and rights, or refer them to a service experienced with forced migrants."
        case .knowledge: "Put them in touch with a caseworker, settlement worker, link worker or ESOL class who can explain local services and entitlements."
        }
    }
}
