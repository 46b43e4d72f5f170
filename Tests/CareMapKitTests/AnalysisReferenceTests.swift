@testable import CareMapKit
import Testing

/// The analysis finds language bridges, domain coverage and familiar places through its graph,
/// in one pass each, because the editor runs it after every edit of a town-sized map. These
/// tests hold it to the plain definitions, written here the slow obvious way, on random maps.
@Suite struct AnalysisReferenceTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 6)!

    /// A random map, given its first person as subject when it has none, since most of what is
    /// checked here is about the subject. Go-betweens tied both directly and through `via` are
    /// rare in these maps, hence the thousands of seeds.
    static func map(seed: UInt64) -> CareMap {
        var map = RandomMap.make(seed: seed)
        guard map.subject == nil, let first = map.nodes.values.first(where: { $0.kind == .person }) else { return map }
        map.subject = first.id
        return map
    }

    @Test(arguments: Array(UInt64(1)...3000))
    func bridgesCoverageAndFamiliarPlacesMatchTheirDefinitions(seed: UInt64) {
        let map = Self.map(seed: seed)
        let analysis = CareAnalysis(map, today: Self.today)
        #expect(analysis.languageBridges == Self.bridges(map), "seed \(seed)")
        #expect(analysis.domains == Self.coverage(map), "seed \(seed)")
        #expect(analysis.mix.familiarPlaces == Self.familiarPlaces(map), "seed \(seed)")
    }

    /// Whether the random maps reach the cases that matter, so the property is not vacuous.
    @Test func theRandomMapsHaveGoBetweensAndDomainTies() {
        let analyses = (UInt64(1)...3000).map { CareAnalysis(Self.map(seed: $0), today: Self.today) }
        #expect(analyses.contains { $0.languageBridges.contains { if case .goBetween = $0.kind { true } else { false } } })
        #expect(analyses.contains { $0.domains.contains { !$0.links.isEmpty } })
        #expect(analyses.contains { !$0.mix.familiarPlaces.isEmpty })
    }

    /// Every current tie of the subject to a provider, judged as ``LanguageBridge`` documents.
    static func bridges(_ map: CareMap) -> [LanguageBridge] {
        guard let subject = map.subject, let person = map.nodes[subject] else { return [] }
        func tied(_ a: NodeID, _ b: NodeID) -> Bool {
            map.links.contains { $0.isCurrent && $0.otherEnd(from: a) == b }
        }
        func speaks(_ node: Node, any of: [LanguageTag]) -> LanguageTag? {
            of.first { tag in node.languages.contains { $0.primaryLanguage == tag.primaryLanguage } }
        }
        func bridges(_ go: Node, to provider: Node) -> Bool {
            speaks(go, any: person.languages) != nil && (provider.languages.isEmpty || speaks(go, any: provider.languages) != nil)
        }
        var result: [LanguageBridge] = []
        for (index, link) in map.links.enumerated() where link.isCurrent {
            guard let other = link.otherEnd(from: subject), other != subject, let provider = map.nodes[other],
                  provider.sector != .personal else { continue }
            let goBetweens = map.nodes.values.filter { node in
                node.id != subject && (node.role.map(LanguageBridge.bridgingRoles.contains) ?? false)
                    && tied(subject, node.id) && tied(node.id, other)
            }.sorted { $0.id < $1.id }
            let kind: LanguageBridge.Kind
            if let tag = link.language {
                kind = .tieLanguage(tag)
            } else if let shared = speaks(provider, any: person.languages) {
                kind = .sharedLanguage(shared)
            } else if let via = link.via.flatMap({ map.nodes[$0] }), bridges(via, to: provider) {
                kind = .goBetween(via.id)
            } else if let go = goBetweens.first(where: { bridges($0, to: provider) }) {
                kind = .goBetween(go.id)
            } else {
                kind = provider.languages.isEmpty || person.languages.isEmpty ? .unrecorded : .none
            }
            result.append(LanguageBridge(link: index, provider: other, kind: kind))
        }
        return result
    }

    /// The nodes reachable from the subject over current ties, a `via` tie passing through its
    /// go-between; every node when there is no subject.
    static func reach(_ map: CareMap) -> Set<NodeID> {
        guard let subject = map.subject, map.nodes[subject] != nil else { return Set(map.nodes.keys) }
        var seen: Set<NodeID> = [subject], frontier = [subject]
        while let node = frontier.popLast() {
            for link in map.links where link.isCurrent && link.from != link.to
                && map.nodes[link.from] != nil && map.nodes[link.to] != nil {
                let via = link.via.flatMap { map.nodes[$0] != nil && $0 != link.from && $0 != link.to ? $0 : nil }
                let steps = via.map { [(link.from, $0), ($0, link.to)] } ?? [(link.from, link.to)]
                for (a, b) in steps {
                    for (here, there) in [(a, b), (b, a)] where here == node && !seen.contains(there) {
                        seen.insert(there)
                        frontier.append(there)
                    }
                }
            }
        }
        return seen
    }

    /// Each domain's serving nodes (not the subject) and tagged current ties within reach.
    static func coverage(_ map: CareMap) -> [DomainCoverage] {
        let reached = reach(map)
        func counts(_ id: NodeID) -> Bool { reached.contains(id) && id != map.subject }
        return Domain.allCases.map { domain in
            let nodes = map.nodes.values.filter { node in
                counts(node.id) && (node.domains.contains(domain) || Domain.served(by: node.role).contains(domain))
            }.map(\.id)
            let links = map.links.indices.filter { index in
                let link = map.links[index]
                return link.isCurrent && link.domains.contains(domain) && map.nodes[link.from] != nil && map.nodes[link.to] != nil
                    && (counts(link.from) || link.from == map.subject) && (counts(link.to) || link.to == map.subject)
            }
            return DomainCoverage(domain: domain, nodes: nodes, links: links)
        }
    }

    /// Community places and groups the subject has a current tie to, in map order.
    static func familiarPlaces(_ map: CareMap) -> [NodeID] {
        guard let subject = map.subject else { return [] }
        return map.nodes.values.filter { node in
            node.kind != .person && node.sector == .community
                && map.links.contains { $0.isCurrent && $0.from != $0.to && $0.otherEnd(from: subject) == node.id }
        }.map(\.id)
    }
}
