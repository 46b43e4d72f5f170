@testable import CareMapKit
import Testing

/// A community map's domain tests and its unreached-language finding held to the plain
/// definitions of `docs/domains.md`, written here the slow obvious way, on random maps with no
/// subject (the analysis finds them through one shared pass over the graph's parts).
@Suite struct AnalysisCommunityReferenceTests {
    static func map(seed: UInt64) -> CareMap {
        var map = RandomMap.make(seed: seed)
        map.subject = nil
        return map
    }

    @Test(arguments: Array(UInt64(1)...2000))
    func domainsAndUnreachedLanguagesMatchTheirDefinitions(seed: UInt64) {
        let map = Self.map(seed: seed)
        let analysis = CareAnalysis(map, today: AnalysisReferenceTests.today)
        #expect(analysis.domains == Self.domains(map), "seed \(seed)")
        let found = analysis.findings.compactMap { finding -> [NodeID]? in
            if case .unreachedLanguage(_, let speakers) = finding.kind { speakers } else { nil }
        }
        #expect(Set(found.joined()) == Self.unreachedSpeakers(map), "seed \(seed)")
    }

    /// Whether the random maps reach every way a community test can end, so the property is
    /// not vacuous.
    @Test func theRandomMapsLeaveSomeOutAndMeetEveryStatus() {
        let domains = (UInt64(1)...2000).map { CareAnalysis(Self.map(seed: $0), today: AnalysisReferenceTests.today).domains }
        for domain in [Domain.community, .engagement, .communication] {
            for basis in [DomainCoverage.Basis.holds, .leftOut, .firstHalf, .nothing] {
                #expect(domains.contains { $0.contains { $0.domain == domain && $0.basis == basis } }, "\(domain) \(basis)")
            }
        }
    }

    static func isHealth(_ node: Node) -> Bool { node.sector == .formalHealth }

    /// A node's path to formal care: some health service is connected to it.
    static func reachesHealth(_ map: CareMap, _ id: NodeID) -> Bool {
        AnalysisReferenceTests.connected(map, from: id).contains { map.nodes[$0].map(isHealth) ?? false }
    }

    /// A current tie straight to a health service.
    static func tiedToHealth(_ map: CareMap, _ id: NodeID) -> Bool {
        AnalysisReferenceTests.steps(map).contains { $0.0 == id && (map.nodes[$0.1].map(isHealth) ?? false) }
    }

    /// Non-health nodes other than professional interpreters who speak no language of the health
    /// services well, and whom no interpreter or bilingual worker who speaks a language of the
    /// services well and their first language well is connected to.
    static func unreachedSpeakers(_ map: CareMap) -> Set<NodeID> {
        let services = map.nodes.values.filter(isHealth).flatMap(\.fluentLanguages)
        func servicesUnderstand(_ tag: LanguageTag) -> Bool { services.contains { $0.matches(tag) } }
        return Set(map.nodes.values.filter { node in
            guard !isHealth(node), LanguageBridge.carrier(node) != .professional, let first = node.languages.first,
                  !node.fluentLanguages.contains(where: servicesUnderstand) else { return false }
            return !AnalysisReferenceTests.connected(map, from: node.id).contains { id in
                guard let carrier = map.nodes[id], carrier.role.map(LanguageBridge.bridgingRoles.contains) ?? false else { return false }
                return carrier.fluentLanguages.contains(where: servicesUnderstand) && carrier.fluentLanguages.contains { $0.matches(first) }
            }
        }.map(\.id))
    }

    /// The six community tests as `docs/domains.md` words them.
    static func domains(_ map: CareMap) -> [DomainCoverage] {
        let nodes = Array(map.nodes.values)
        func inMapOrder(_ ids: [NodeID]) -> [NodeID] { nodes.map(\.id).filter(ids.contains) }
        func judge(_ domain: Domain, holds: [NodeID], part: [NodeID], leftOut: [NodeID] = []) -> DomainCoverage {
            if !holds.isEmpty {
                return leftOut.isEmpty ? DomainCoverage(domain: domain, status: .met, basis: .holds, nodes: holds)
                    : DomainCoverage(domain: domain, status: .partly, basis: .leftOut, nodes: inMapOrder(leftOut))
            }
            return part.isEmpty ? DomainCoverage(domain: domain, status: .notMet, basis: .nothing, nodes: [])
                : DomainCoverage(domain: domain, status: .partly, basis: .firstHalf, nodes: part)
        }
        let community = nodes.filter { $0.sector == .community }.map(\.id)
        let places = nodes.filter { $0.sector == .community && $0.kind != .person }.map(\.id)
        let health = nodes.filter(isHealth).map(\.id)
        let carriers = nodes.filter { $0.role.map(LanguageBridge.bridgingRoles.contains) ?? false }.map(\.id)
        let informed = nodes.filter { $0.domains.contains(.informedProviders) }
        let explaining = nodes.filter { $0.domains.contains(.knowledge) || $0.role.map(DomainCoverage.explainingRoles.contains) ?? false }.map(\.id)
        let network: DomainCoverage = if !health.isEmpty && !community.isEmpty {
            DomainCoverage(domain: .network, status: .met, basis: .holds, nodes: Array(inMapOrder(health + community).prefix(12)))
        } else if !health.isEmpty {
            DomainCoverage(domain: .network, status: .partly, basis: .firstHalf, nodes: health)
        } else if !community.isEmpty {
            DomainCoverage(domain: .network, status: .partly, basis: .secondHalf, nodes: community)
        } else {
            DomainCoverage(domain: .network, status: .notMet, basis: .nothing, nodes: [])
        }
        return [
            judge(.community, holds: community.filter { tiedToHealth(map, $0) }, part: community,
                  leftOut: community.filter { !reachesHealth(map, $0) }),
            network,
            judge(.engagement, holds: places.filter { tiedToHealth(map, $0) }, part: places,
                  leftOut: places.filter { !reachesHealth(map, $0) }),
            judge(.communication, holds: carriers.filter { tiedToHealth(map, $0) }, part: carriers,
                  leftOut: Array(unreachedSpeakers(map))),
            judge(.informedProviders, holds: informed.filter(isHealth).map(\.id), part: informed.map(\.id)),
            judge(.knowledge, holds: explaining, part: []),
        ]
    }
}
