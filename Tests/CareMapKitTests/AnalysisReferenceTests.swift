@testable import CareMapKit
import Testing

/// The analysis finds language bridges, routes and their go-betweens, domain tests and familiar
/// places through its graphs, in one pass each, because the editor runs it after every edit of
/// a town-sized map. These tests hold it to the plain definitions of `docs/domains.md`, written
/// here the slow obvious way, on random maps.
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
    func bridgesRoutesDomainsAndFamiliarPlacesMatchTheirDefinitions(seed: UInt64) {
        let map = Self.map(seed: seed)
        let analysis = CareAnalysis(map, today: Self.today)
        #expect(analysis.languageBridges == Self.bridges(map), "seed \(seed)")
        #expect(analysis.mix.familiarPlaces == Self.familiarPlaces(map), "seed \(seed)")
        guard let care = analysis.formalCare else { return }
        #expect(analysis.domains == Self.domains(map, care: care, bridges: analysis.languageBridges), "seed \(seed)")
        for family in ServiceFamily.allCases {
            let expected = Self.reached(map, family, without: nil)
            let entry = care.families.first { $0.family == family }
            #expect(Set(entry?.routes.map(\.target) ?? []) == expected, "seed \(seed) \(family)")
            let cuts = Set((entry?.goBetweens ?? []).map { [$0.node.rawValue] + $0.cutOff.map(\.rawValue).sorted() })
            #expect(cuts == Self.goBetweens(map, family), "seed \(seed) \(family)")
            let lapsed = Set((entry?.notCurrent ?? []).compactMap { map.links[$0].otherEnd(from: map.subject!) })
            #expect(lapsed.isDisjoint(with: expected), "seed \(seed): a service both a route and not one")
            #expect(entry == nil || !(entry!.routes.isEmpty && entry!.notCurrent.isEmpty), "seed \(seed)")
        }
    }

    /// Whether the random maps reach the cases that matter, so the property is not vacuous.
    @Test func theRandomMapsHaveGoBetweensRoutesAndEveryDomainStatus() {
        let analyses = (UInt64(1)...3000).map { CareAnalysis(Self.map(seed: $0), today: Self.today) }
        #expect(analyses.contains { $0.languageBridges.contains { if case .goBetween = $0.kind { true } else { false } } })
        #expect(analyses.contains { !($0.formalCare?.singlePointsOfFailure.isEmpty ?? true) })
        #expect(analyses.contains { !($0.formalCare?.mediated.isEmpty ?? true) })
        #expect(analyses.contains { !($0.formalCare?.notCurrent.isEmpty ?? true) })
        for status in DomainCoverage.Status.allCases {
            #expect(analyses.contains { $0.domains.contains { $0.status == status } }, "\(status)")
        }
        #expect(analyses.contains { !$0.mix.familiarPlaces.isEmpty })
    }

    /// Every current tie of the subject to a provider, judged as ``LanguageBridge`` documents:
    /// languages meet by ``LanguageTag/matches(_:)`` at the level the provider needs (fluent
    /// for a health service, working for anyone else), a go-between must speak both fluently.
    static func bridges(_ map: CareMap) -> [LanguageBridge] {
        guard let subject = map.subject, let person = map.nodes[subject] else { return [] }
        func tied(_ a: NodeID, _ b: NodeID) -> Bool {
            map.links.contains { $0.isCurrent && $0.otherEnd(from: a) == b }
        }
        func level(_ node: Node, _ tag: LanguageTag) -> LanguageLevel? {
            node.languages.first { $0.matches(tag) }.map { node.languageLevels[$0] ?? .fluent }
        }
        func common(_ a: Node, _ b: Node, _ least: LanguageLevel, _ goLeast: LanguageLevel) -> LanguageTag? {
            a.languages.first { tag in (level(a, tag) ?? .basic) >= least && (level(b, tag) ?? .basic) >= goLeast && level(b, tag) != nil }
        }
        func bridges(_ go: Node, to provider: Node, _ least: LanguageLevel) -> Bool {
            common(person, go, least, .fluent) != nil && (provider.languages.isEmpty || common(provider, go, least, .fluent) != nil)
        }
        var result: [LanguageBridge] = []
        for (index, link) in map.links.enumerated() where link.isCurrent {
            guard let other = link.otherEnd(from: subject), other != subject, let provider = map.nodes[other],
                  provider.sector != .personal, map.nodes[link.from] != nil, map.nodes[link.to] != nil else { continue }
            let health = provider.sector == .formalHealth
            let least: LanguageLevel = health ? .fluent : .working
            let goBetweens = map.nodes.values.filter { node in
                node.id != subject && (node.role.map(LanguageBridge.bridgingRoles.contains) ?? false)
                    && tied(subject, node.id) && tied(node.id, other)
            }.sorted { $0.id < $1.id }
            let kind: LanguageBridge.Kind
            if let tag = link.language, !health || (level(person, tag) ?? .fluent) == .fluent {
                kind = .tieLanguage(tag)
            } else if let shared = common(person, provider, least, least) {
                kind = .sharedLanguage(shared)
            } else if let via = link.via.flatMap({ map.nodes[$0] }), bridges(via, to: provider, least) {
                kind = .goBetween(via.id)
            } else if let go = goBetweens.first(where: { bridges($0, to: provider, least) }) {
                kind = .goBetween(go.id)
            } else {
                let unknown = provider.languages.isEmpty || person.languages.isEmpty
                kind = unknown && !(person.needsInterpreter && health) ? .unrecorded : .none
            }
            result.append(LanguageBridge(link: index, provider: other, kind: kind))
        }
        return result
    }

    /// The steps a route may take, as `docs/domains.md` defines them: each current tie of the
    /// subject's (through its go-between when it has one), and each current tie between a
    /// person and a place or group of the same service family.
    static func routeSteps(_ map: CareMap) -> [(NodeID, NodeID)] {
        guard let subject = map.subject else { return [] }
        var steps: [(NodeID, NodeID)] = []
        for link in map.links where link.isCurrent && link.from != link.to {
            guard let a = map.nodes[link.from], let b = map.nodes[link.to] else { continue }
            let via = link.via.flatMap { map.nodes[$0] != nil && $0 != link.from && $0 != link.to ? $0 : nil }
            if link.touches(subject) {
                steps += via.map { [(link.from, $0), ($0, link.to)] } ?? [(link.from, link.to)]
            } else if via == nil, let family = ServiceFamily.of(a), ServiceFamily.of(b) == family, (a.kind == .person) != (b.kind == .person) {
                steps.append((link.from, link.to))
            }
        }
        return steps
    }

    /// The services of `family` the subject reaches by routes, without `missing`.
    static func reached(_ map: CareMap, _ family: ServiceFamily, without missing: NodeID?) -> Set<NodeID> {
        guard let subject = map.subject else { return [] }
        let steps = routeSteps(map)
        var seen: Set<NodeID> = [subject], frontier = [subject]
        while let node = frontier.popLast() {
            for (a, b) in steps {
                for (here, there) in [(a, b), (b, a)] where here == node && there != missing && !seen.contains(there) {
                    seen.insert(there)
                    frontier.append(there)
                }
            }
        }
        return Set(seen.filter { $0 != subject && map.nodes[$0].flatMap(ServiceFamily.of) == family })
    }

    /// Each go-between (not a service) whose loss cuts some services of `family` off: the
    /// go-between's id followed by those services' ids, sorted.
    static func goBetweens(_ map: CareMap, _ family: ServiceFamily) -> Set<[String]> {
        let all = reached(map, family, without: nil)
        guard !all.isEmpty else { return [] }
        let candidates = Set(routeSteps(map).flatMap { [$0.0, $0.1] }).filter { $0 != map.subject && ServiceFamily.of(map.nodes[$0]!) == nil }
        return Set(candidates.compactMap { node in
            let lost = all.subtracting(reached(map, family, without: node))
            return lost.isEmpty ? nil : [node.rawValue] + lost.map(\.rawValue).sorted()
        })
    }

    /// The six domain tests as `docs/domains.md` words them, the slow way.
    static func domains(_ map: CareMap, care: FormalCareRoutes, bridges: [LanguageBridge]) -> [DomainCoverage] {
        let subject = map.subject!
        let inMapOrder = { (ids: Set<NodeID>) in Array(map.nodes.keys.filter(ids.contains)) }
        var partners: [(node: Node, link: Link)] = []
        for link in map.links where link.isCurrent && link.from != link.to && map.nodes[link.from] != nil && map.nodes[link.to] != nil {
            if let other = link.otherEnd(from: subject), let node = map.nodes[other] { partners.append((node, link)) }
        }
        func tiedToHealth(_ id: NodeID) -> Bool {
            map.links.contains { link in
                guard link.isCurrent, let other = link.otherEnd(from: id), other != id, map.nodes[id] != nil, map.nodes[other] != nil else { return false }
                let via = link.via.flatMap { map.nodes[$0] != nil && $0 != link.from && $0 != link.to ? $0 : nil }
                let neighbour = via ?? other
                return map.nodes[neighbour]?.sector == .formalHealth
            } || map.links.contains { link in
                link.isCurrent && link.via == id && link.from != link.to && link.from != id && link.to != id
                    && map.nodes[link.from] != nil && map.nodes[link.to] != nil
                    && [link.from, link.to].contains { map.nodes[$0]?.sector == .formalHealth }
            }
        }
        func judge(_ domain: Domain, holds: Set<NodeID>, first: Set<NodeID>, second: Set<NodeID> = []) -> DomainCoverage {
            if !holds.isEmpty { return DomainCoverage(domain: domain, status: .met, basis: .holds, nodes: inMapOrder(holds)) }
            if !first.isEmpty { return DomainCoverage(domain: domain, status: .partly, basis: .firstHalf, nodes: inMapOrder(first)) }
            if !second.isEmpty { return DomainCoverage(domain: domain, status: .partly, basis: .secondHalf, nodes: inMapOrder(second)) }
            return DomainCoverage(domain: domain, status: .notMet, basis: .nothing, nodes: [])
        }
        let trusted = Set(partners.filter { $0.node.sector == .community && ($0.link.trust == .trusted || ($0.link.trust == nil && $0.link.quality == .supportive)) }.map(\.node.id))
        let formal = Set(care.routes.map(\.target))
        let caring = Set(partners.filter { $0.node.sector == .community && !$0.link.support.isEmpty }.map(\.node.id))
        let familiar = Set(partners.filter { $0.node.kind != .person && $0.node.sector == .community }.map(\.node.id))
        let health = bridges.filter { map.nodes[$0.provider]?.sector == .formalHealth }
        let good = health.filter { bridge in
            switch bridge.kind {
            case .tieLanguage, .sharedLanguage: true
            case .goBetween(let id): map.nodes[id]?.role == .interpreter && map.nodes[id]?.isChild == false
            default: false
            }
        }
        let carriers = Set(partners.filter { $0.node.role.map(LanguageBridge.bridgingRoles.contains) ?? false }.map(\.node.id))
        // A child or family member interpreting for the subject: the tie carries interpreting
        // and does not run only from the subject to them.
        let informal = Set(partners.filter { partner in
            (partner.node.isChild || partner.node.role == .family) && partner.link.support.contains(.interpreting)
                && !(partner.link.from == subject ? partner.link.direction == .forward : partner.link.direction == .backward)
        }.map(\.node.id))
        let inReach = reach(map).subtracting([subject])
        func explains(_ node: Node) -> Bool { node.domains.contains(.knowledge) || node.role.map(DomainCoverage.explainingRoles.contains) ?? false }
        return [
            judge(.community, holds: trusted.filter(tiedToHealth), first: trusted),
            formal.isEmpty || caring.isEmpty ? judge(.network, holds: [], first: formal, second: caring) : judge(.network, holds: formal.union(caring), first: []),
            judge(.engagement, holds: familiar.filter(tiedToHealth), first: familiar),
            !health.isEmpty && good.count == health.count && !informal.isEmpty
                ? DomainCoverage(domain: .communication, status: .partly, basis: .undermined, nodes: inMapOrder(informal))
                : !health.isEmpty && good.count == health.count
                ? judge(.communication, holds: Set(health.map(\.provider)), first: [])
                : judge(.communication, holds: [], first: Set(good.map(\.provider)), second: carriers),
            judge(.informedProviders, holds: formal.filter { map.nodes[$0]!.domains.contains(.informedProviders) },
                  first: inReach.filter { map.nodes[$0]!.domains.contains(.informedProviders) }),
            judge(.knowledge, holds: Set(partners.filter { explains($0.node) || $0.link.domains.contains(.knowledge) }.map(\.node.id)),
                  first: inReach.filter { explains(map.nodes[$0]!) }),
        ]
    }

    /// The nodes reachable from the subject over current ties, a `via` tie passing through its
    /// go-between; every node when there is no subject.
    static func reach(_ map: CareMap) -> Set<NodeID> {
        guard let subject = map.subject, map.nodes[subject] != nil else { return Set(map.nodes.keys) }
        return connected(map, from: subject)
    }

    /// One step of a current tie, a `via` tie passing through its go-between, both ways.
    static func steps(_ map: CareMap) -> [(NodeID, NodeID)] {
        map.links.filter { $0.isCurrent && $0.from != $0.to && map.nodes[$0.from] != nil && map.nodes[$0.to] != nil }
            .flatMap { link -> [(NodeID, NodeID)] in
                let via = link.via.flatMap { map.nodes[$0] != nil && $0 != link.from && $0 != link.to ? $0 : nil }
                let pairs = via.map { [(link.from, $0), ($0, link.to)] } ?? [(link.from, link.to)]
                return pairs + pairs.map { ($0.1, $0.0) }
            }
    }

    /// Every node a path of current ties leads to from `start`, `start` included.
    static func connected(_ map: CareMap, from start: NodeID) -> Set<NodeID> {
        let steps = steps(map)
        var seen: Set<NodeID> = [start], frontier = [start]
        while let node = frontier.popLast() {
            for (here, there) in steps where here == node && seen.insert(there).inserted { frontier.append(there) }
        }
        return seen
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
