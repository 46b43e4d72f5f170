/// The six tests, one a domain, for a map with a subject and for a community map. The wording
/// of each is in `docs/domains.md`; the reference tests hold them to plain definitions.
extension DomainCoverage {
    /// The roles of people and places who explain local systems and entitlements.
    static let explainingRoles: Set<Role> = [
        .caseworker, .settlementWorker, .linkWorker, .peerNavigator, .socialWorker, .legalAdviser, .college,
    ]

    /// Whether a tie is trusted: `trust=trusted`, or no trust recorded on a supportive tie.
    static func isTrusted(_ link: Link) -> Bool {
        link.trust == .trusted || (link.trust == nil && link.quality == .supportive)
    }

    /// The six domains for the subject at `subject`, with `routes` and `bridges` already found.
    ///
    /// - Complexity: O(*n* + *m*).
    static func assess(
        _ map: CareMap, graph: CareGraph, subject: Int, reach distance: [Int],
        routes: FormalCareRoutes, bridges: [LanguageBridge]
    ) -> [DomainCoverage] {
        let nodes = map.nodes
        let subjectID = graph.ids[subject]
        let ownLinks = graph.links(at: subject).filter { map.links[$0].touches(subjectID) }
        let partners = ownLinks.compactMap { index -> (node: Node, link: Link)? in
            let link = map.links[index]
            guard let other = link.otherEnd(from: subjectID), other != subjectID, let node = nodes[other] else { return nil }
            return (node, link)
        }
        func tiedToHealth(_ id: NodeID) -> Bool {
            guard let v = graph.index[id] else { return false }
            return graph.neighbours(of: v).contains { nodes[graph.ids[$0]]?.sector == .formalHealth }
        }
        func unique(_ ids: [NodeID]) -> [NodeID] {
            var seen = Set<NodeID>()
            return ids.filter { seen.insert($0).inserted }.sorted { nodes.index(forKey: $0)! < nodes.index(forKey: $1)! }
        }
        let trustedCommunity = unique(partners.filter { $0.node.sector == .community && isTrusted($0.link) }.map(\.node.id))
        let community: DomainCoverage = {
            let linked = trustedCommunity.filter(tiedToHealth)
            if !linked.isEmpty { return .met(.community, linked) }
            return trustedCommunity.isEmpty ? .notMet(.community) : .partly(.community, .firstHalf, trustedCommunity)
        }()
        let formal = unique(routes.routes.map(\.target))
        let nonTraditional = unique(partners.filter { $0.node.sector == .community && !$0.link.support.isEmpty }.map(\.node.id))
        let network: DomainCoverage = {
            if !formal.isEmpty && !nonTraditional.isEmpty { return .met(.network, unique(formal + nonTraditional)) }
            if !formal.isEmpty { return .partly(.network, .firstHalf, formal) }
            return nonTraditional.isEmpty ? .notMet(.network) : .partly(.network, .secondHalf, nonTraditional)
        }()
        let familiar = unique(partners.filter { $0.node.kind != .person && $0.node.sector == .community }.map(\.node.id))
        let engagement: DomainCoverage = {
            let reached = familiar.filter(tiedToHealth)
            if !reached.isEmpty { return .met(.engagement, reached) }
            return familiar.isEmpty ? .notMet(.engagement) : .partly(.engagement, .firstHalf, familiar)
        }()
        let communication: DomainCoverage = {
            let health = bridges.filter { nodes[$0.provider]?.sector == .formalHealth }
            let good = health.filter { bridge in
                switch bridge.kind {
                case .tieLanguage, .sharedLanguage: true
                case .goBetween(let id): nodes[id].map { LanguageBridge.carrier($0) == .professional } ?? false
                case .unrecorded, .none: false
                }
            }
            // A child or family member who interprets for the person (`support=interpreting`
            // towards them) keeps the domain from being met, whatever else carries the language.
            let informal = unique(partners.filter { partner in
                let carrier = LanguageBridge.carrier(partner.node)
                return (carrier == .child || carrier == .family) && partner.link.support.contains(.interpreting)
                    && partner.link.direction != (partner.link.from == subjectID ? .forward : .backward)
            }.map(\.node.id))
            if !health.isEmpty && good.count == health.count {
                return informal.isEmpty ? .met(.communication, unique(health.map(\.provider))) : .partly(.communication, .undermined, informal)
            }
            if !good.isEmpty { return .partly(.communication, .firstHalf, unique(good.map(\.provider))) }
            let carriers = unique(partners.filter { $0.node.role.map(LanguageBridge.bridgingRoles.contains) ?? false }.map(\.node.id))
            return carriers.isEmpty ? .notMet(.communication) : .partly(.communication, .secondHalf, carriers)
        }()
        let informed: DomainCoverage = {
            let tagged = formal.filter { nodes[$0]?.domains.contains(.informedProviders) == true }
            if !tagged.isEmpty { return .met(.informedProviders, tagged) }
            let inReach = (0..<graph.count).filter { distance[$0] > 0 && nodes.values[$0].domains.contains(.informedProviders) }.map { graph.ids[$0] }
            return inReach.isEmpty ? .notMet(.informedProviders) : .partly(.informedProviders, .firstHalf, inReach)
        }()
        let knowledge: DomainCoverage = {
            func explains(_ node: Node) -> Bool { node.domains.contains(.knowledge) || node.role.map(explainingRoles.contains) ?? false }
            let direct = unique(partners.filter { explains($0.node) || $0.link.domains.contains(.knowledge) }.map(\.node.id))
            if !direct.isEmpty { return .met(.knowledge, direct) }
            let inReach = (0..<graph.count).filter { distance[$0] > 0 && explains(nodes.values[$0]) }.map { graph.ids[$0] }
            return inReach.isEmpty ? .notMet(.knowledge) : .partly(.knowledge, .firstHalf, inReach)
        }()
        return [community, network, engagement, communication, informed, knowledge]
    }

    /// The six domains for a community map: what the community as a whole has, and who it
    /// leaves out. A town where some groups reach formal care is not one where every group
    /// does: community, engagement and communication are only partly met while a community
    /// place, group or person has no path to formal care at all, or speaks a language no
    /// interpreter or bilingual worker carries to the services.
    ///
    /// - Complexity: O(*n* + *m*).
    static func assess(community map: CareMap, graph: CareGraph, reach: CommunityReach) -> [DomainCoverage] {
        let nodes = reach.nodes
        func tiedToHealth(_ v: Int) -> Bool { graph.neighbours(of: v).contains { reach.isHealth[$0] } }
        func ids(_ indices: [Int]) -> [NodeID] { indices.map { graph.ids[$0] } }
        let all = Array(nodes.indices)
        let communityNodes = all.filter { nodes[$0].sector == .community }
        let health = all.filter { reach.isHealth[$0] }
        func judge(_ domain: Domain, holds: [Int], part: [Int], leftOut: [NodeID] = []) -> DomainCoverage {
            if !holds.isEmpty { return leftOut.isEmpty ? .met(domain, ids(holds)) : .partly(domain, .leftOut, leftOut) }
            return part.isEmpty ? .notMet(domain) : .partly(domain, .firstHalf, ids(part))
        }
        func cutOff(_ indices: [Int]) -> [NodeID] { ids(indices.filter { !reach.reachesHealth[$0] }) }
        let places = communityNodes.filter { nodes[$0].kind != .person }
        let carriers = all.filter { nodes[$0].role.map(LanguageBridge.bridgingRoles.contains) ?? false }
        let informed = all.filter { nodes[$0].domains.contains(.informedProviders) }
        let explaining = all.filter { nodes[$0].domains.contains(.knowledge) || nodes[$0].role.map(explainingRoles.contains) ?? false }
        let unreachedSpeakers = Set(reach.unreachedLanguages.flatMap(\.speakers))
        let network: DomainCoverage = {
            if !health.isEmpty && !communityNodes.isEmpty { return .met(.network, ids(Array((health + communityNodes).sorted().prefix(12)))) }
            if !health.isEmpty { return .partly(.network, .firstHalf, ids(health)) }
            return communityNodes.isEmpty ? .notMet(.network) : .partly(.network, .secondHalf, ids(communityNodes))
        }()
        return [
            judge(.community, holds: communityNodes.filter(tiedToHealth), part: communityNodes, leftOut: cutOff(communityNodes)),
            network,
            judge(.engagement, holds: places.filter(tiedToHealth), part: places, leftOut: cutOff(places)),
            judge(.communication, holds: carriers.filter(tiedToHealth), part: carriers,
                  leftOut: graph.ids.filter(unreachedSpeakers.contains)),
            judge(.informedProviders, holds: informed.filter { reach.isHealth[$0] }, part: informed),
            judge(.knowledge, holds: explaining, part: []),
        ]
    }
}
