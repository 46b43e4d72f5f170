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
        // One pass over the nodes and one over the links, each filing what it finds under its
        // domains: six passes, one a domain, copied every link six times over and took longer
        // than drawing a frame on a 10,000-node map, and the editor runs this after every edit.
        var nodes: [Domain: [NodeID]] = [:], links: [Domain: [Int]] = [:]
        for (v, node) in map.nodes.values.enumerated() where inReach[v] {
            for domain in node.domains.union(Domain.served(by: node.role)) { nodes[domain, default: []].append(node.id) }
        }
        for index in map.links.indices where !map.links[index].domains.isEmpty && map.links[index].isCurrent {
            let link = map.links[index]
            guard let a = graph.index[link.from], let b = graph.index[link.to],
                  (inReach[a] || a == subject) && (inReach[b] || b == subject)
            else { continue }
            for domain in link.domains { links[domain, default: []].append(index) }
        }
        return Domain.allCases.map { DomainCoverage(domain: $0, nodes: nodes[$0] ?? [], links: links[$0] ?? []) }
    }
}
