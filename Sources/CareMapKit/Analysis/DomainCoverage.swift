/// Which nodes and ties serve one of the six domains of responsive care.
public struct DomainCoverage: Hashable, Sendable {
    public var domain: Domain
    /// Nodes tagged with the domain or whose role serves it, in map order.
    public var nodes: [NodeID]
    /// Current links tagged with the domain, by index in ``CareMap/links``.
    public var links: [Int]

    /// Nothing on the map serves the domain.
    public var isGap: Bool { nodes.isEmpty && links.isEmpty }

    /// The coverage of every domain, in the order of ``Domain/allCases``.
    ///
    /// With a subject, only what is within the subject's reach counts: the nodes of the
    /// subject's connected component over current ties (not the subject), and the current links
    /// among them; a service on the map that the subject cannot reach serves them no better than
    /// one off it. Without a subject, the whole map counts. A node serves a domain when its
    /// `domains=` names it or its role does (``Domain/served(by:)``). `reach` is the subject's
    /// index and the hop counts of the search from it, `nil` for a community map.
    ///
    /// - Complexity: O(*n* + *m*) for *n* nodes and *m* links.
    static func coverage(of map: CareMap, graph: CareGraph, subject reach: (subject: Int, distance: [Int])?) -> [DomainCoverage] {
        let subject = reach?.subject
        var inReach = [Bool](repeating: reach == nil, count: graph.count)
        if let (subject, distance) = reach {
            for v in 0..<graph.count where distance[v] >= 0 && v != subject { inReach[v] = true }
        }
        let nodes = Array(map.nodes.values)
        return Domain.allCases.map { domain in
            let serving = (0..<nodes.count).filter { inReach[$0] && (nodes[$0].domains.contains(domain) || Domain.served(by: nodes[$0].role).contains(domain)) }
            let links = map.links.indices.filter { index in
                let link = map.links[index]
                guard link.isCurrent, link.domains.contains(domain), let a = graph.index[link.from], let b = graph.index[link.to] else { return false }
                return (inReach[a] || a == subject) && (inReach[b] || b == subject)
            }
            return DomainCoverage(domain: domain, nodes: serving.map { nodes[$0].id }, links: links)
        }
    }
}
