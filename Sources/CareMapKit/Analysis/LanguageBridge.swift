/// Whether the subject and a provider they are tied to can understand each other, and who
/// carries the language when they cannot.
public struct LanguageBridge: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The tie records the language the two use (`lang=` on the link), and, with a health
        /// service, the subject speaks it fluently.
        case tieLanguage(LanguageTag)
        /// Both ends speak this language well.
        case sharedLanguage(LanguageTag)
        /// A go-between (the tie's `via`, or an interpreter, bilingual worker or peer tied to
        /// both) speaks a language of each.
        case goBetween(NodeID)
        /// Neither the provider's languages nor the tie's are recorded, and no go-between
        /// speaks the subject's: the map cannot say (a place where they live, say).
        case unrecorded
        /// None of these, though both ends' languages are known, or the subject needs an
        /// interpreter: the tie has no bridge.
        case none
    }

    /// Who carries a language between two people: the review asks for "good interpreters, and
    /// sometimes bilingual workers and peers"; a family member or a child is no substitute.
    public enum Carrier: String, Hashable, Sendable {
        case professional = "professional-interpreter"
        case bilingual = "bilingual-worker-or-peer"
        case family = "family-member"
        case child
        case other
    }

    /// The link, by index in ``CareMap/links``.
    public var link: Int
    public var provider: NodeID
    public var kind: Kind

    public init(link: Int, provider: NodeID, kind: Kind) {
        self.link = link
        self.provider = provider
        self.kind = kind
    }

    /// The roles whose people carry communication between two others.
    public static let bridgingRoles: Set<Role> = [
        .interpreter, .bilingualWorker, .peer, .peerNavigator, .communityHealthWorker, .linkWorker,
    ]

    /// Who `node` is as a carrier of language: a child first (whatever their role), then a
    /// family member, a professional interpreter, a bilingual worker or peer.
    public static func carrier(_ node: Node) -> Carrier {
        if node.isChild { return .child }
        switch node.role {
        case .family?: return .family
        case .interpreter?: return .professional
        case let role? where bridgingRoles.contains(role): return .bilingual
        default: return .other
        }
    }

    /// A bridge for each current tie between the subject and a provider (a node outside the
    /// personal sector), in map order.
    ///
    /// Languages meet by ``LanguageTag/matches(_:)`` (Dari meets Persian, Levantine Arabic meets
    /// Arabic but not Moroccan Arabic), and only when spoken well enough: fluently with a health
    /// service, at least at a working level with anyone else. A mother at ESOL Entry 2
    /// (`en:basic`) does not share English with her GP. A go-between who speaks one of the
    /// subject's languages bridges to a provider whose languages are not recorded; without one,
    /// such a tie is ``Kind/unrecorded``, not a gap (the map does not say, and a report should ask
    /// rather than assert), unless it is to a health service and the subject needs an
    /// interpreter (`needs-interpreter=yes`).
    ///
    /// - Complexity: O(*m* · *d*) for *m* links and the largest number *d* of ties at the subject
    ///   or a provider.
    static func bridges(in map: CareMap, graph: CareGraph, subject place: Int) -> [LanguageBridge] {
        let subject = graph.ids[place]
        guard let person = map.nodes[subject] else { return [] }
        // The subject's ties and their go-betweens' are found through the graph's edges (each
        // names its link, so a `via` tie is still read as the direct tie it is) rather than by
        // scanning every link of the map: on a town's map that scan, run after every edit,
        // cost more than the rest of the analysis.
        let own = graph.links(at: place).filter { map.links[$0].touches(subject) }
        let goBetweens = Set(own.compactMap { map.links[$0].otherEnd(from: subject) }.filter { other in
            other != subject && (map.nodes[other]?.role.map(bridgingRoles.contains) ?? false)
        })
        var ties: [NodeID: Set<NodeID>] = [:]
        for go in goBetweens {
            guard let at = graph.index[go] else { continue }
            ties[go] = Set(graph.links(at: at).compactMap { map.links[$0].otherEnd(from: go) })
        }
        func spoken(_ node: Node, at level: LanguageLevel) -> [LanguageTag] {
            node.languages.filter { (node.languageLevels[$0] ?? .fluent) >= level }
        }
        func shared(_ node: Node, _ languages: [LanguageTag], at level: LanguageLevel) -> LanguageTag? {
            languages.first { tag in node.level(in: tag).map { $0 >= level } ?? false }
        }
        func bridges(_ go: Node, to provider: Node, at level: LanguageLevel) -> Bool {
            guard shared(go, spoken(person, at: level), at: .fluent) != nil else { return false }
            return provider.languages.isEmpty || shared(go, spoken(provider, at: level), at: .fluent) != nil
        }
        var result: [LanguageBridge] = []
        for index in own {
            let link = map.links[index]
            guard let other = link.otherEnd(from: subject), other != subject, let provider = map.nodes[other],
                  provider.sector != .personal else { continue }
            let kind: Kind
            let level: LanguageLevel = provider.sector == .formalHealth ? .fluent : .working
            if let tag = link.language, provider.sector != .formalHealth || person.level(in: tag) ?? .fluent >= level {
                kind = .tieLanguage(tag)
            } else if let common = shared(provider, spoken(person, at: level), at: level) {
                kind = .sharedLanguage(common)
            } else if let via = link.via.flatMap({ map.nodes[$0] }), bridges(via, to: provider, at: level) {
                kind = .goBetween(via.id)
            } else if let go = goBetweens.filter({ ties[$0]?.contains(other) == true })
                .compactMap({ map.nodes[$0] }).sorted(by: { $0.id < $1.id }).first(where: { bridges($0, to: provider, at: level) }) {
                kind = .goBetween(go.id)
            } else {
                let unknown = provider.languages.isEmpty || person.languages.isEmpty
                let mustBridge = person.needsInterpreter && provider.sector == .formalHealth
                kind = unknown && !mustBridge ? .unrecorded : .none
            }
            result.append(LanguageBridge(link: index, provider: other, kind: kind))
        }
        return result
    }
}
