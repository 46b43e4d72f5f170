/// The findings about a community map (no subject): who has no way to health care, and what
/// that way hangs on.
extension Finding {
    /// Parts with no health service, organisations whose loss cuts community groups off from
    /// every one, languages no interpreter or bilingual worker reaches, and services (places and
    /// groups; staff are reached through them) tied only to other services.
    ///
    /// - Complexity: O(*n* + *m* log *m*) and the size of the answer.
    static func community(_ map: CareMap, graph: CareGraph, reach: CommunityReach) -> [Finding] {
        let nodes = reach.nodes, isHealth = reach.isHealth
        var findings: [Finding] = []
        for component in reach.components where component.count > 1 && !reach.reachesHealth[component[0]] {
            let ids = component.map { graph.ids[$0] }
            findings.append(Finding(kind: .noHealthTie(component: ids), nodes: ids, links: []))
        }
        findings += organisationCuts(graph, nodes: nodes, isHealth: isHealth)
        findings += reach.unreachedLanguages.map { Finding(kind: .unreachedLanguage($0.tag, speakers: $0.speakers), nodes: $0.speakers, links: []) }
        for v in 0..<graph.count where isHealth[v] && nodes[v].kind != .person && graph.neighbours(of: v).allSatisfy({ isHealth[$0] }) {
            findings.append(Finding(kind: .unreachedService(graph.ids[v]), nodes: [graph.ids[v]], links: []))
        }
        return findings
    }

    /// Organisations (places and groups outside health care) whose loss leaves some community
    /// group with no path to any health service: the articulation points, found by
    /// ``CareGraph/cuts(from:isTarget:)`` from one extra node joined to every health service,
    /// with the groups as targets.
    private static func organisationCuts(_ graph: CareGraph, nodes: [Node], isHealth: [Bool]) -> [Finding] {
        guard isHealth.contains(true) else { return [] }
        let source = graph.count
        // Not a well-formed id, so no node of a map can have it.
        let health = NodeID(" health services")
        var index = graph.index
        index[health] = source
        let edges = graph.edges + (0..<graph.count).filter { isHealth[$0] }.map { CareGraph.Edge(a: source, b: $0, link: -1, throughVia: false) }
        let joined = CareGraph(ids: graph.ids + [health], index: index, edges: edges)
        let isTarget = (0...graph.count).map { $0 < graph.count && nodes[$0].kind == .group && nodes[$0].sector == .community }
        return joined.cuts(from: source, isTarget: isTarget).nodes.compactMap { node, cutOff in
            guard node < graph.count, nodes[node].kind != .person, !isHealth[node] else { return nil }
            let ids = [graph.ids[node]] + cutOff.map { graph.ids[$0] }
            return Finding(kind: .organisationCut(graph.ids[node], groups: cutOff.map { graph.ids[$0] }), nodes: ids, links: [])
        }
    }
}
