/// The shape of a community map: who holds it together.
public struct CommunityStructure: Hashable, Sendable {
    /// One node's centrality.
    public struct Centrality: Hashable, Sendable {
        public var node: NodeID
        /// Distinct neighbours over *n* − 1.
        public var degree: Double
        /// Normalised betweenness (Brandes; networkx's default scale).
        public var betweenness: Double
        /// The sectors of the node's neighbours other than its own, in ``Sector/allCases`` order.
        public var sectorsJoined: [Sector]
    }

    /// Every node, by betweenness then degree (highest first), then map order.
    public var centrality: [Centrality]
    /// The connected components over current ties, largest first, then by first node.
    public var components: [[NodeID]]
    /// Nodes with no current tie, in map order.
    public var isolated: [NodeID]
    /// How many sources the betweenness was estimated from, when the map was too large for the
    /// exact figure (see ``CareGraph/estimatedBetweenness()``); `nil` when exact.
    public var sampledSources: Int?
    /// Nodes on shortest paths between others (betweenness above zero) whose ties reach at least
    /// two sectors besides their own: the people and places that join sectors up.
    public var brokers: [Centrality]

    /// - Complexity: that of ``CareGraph/estimatedBetweenness()``.
    init(_ map: CareMap, graph: CareGraph) {
        let estimate = graph.estimatedBetweenness()
        let betweenness = estimate.values
        sampledSources = estimate.sampledSources
        let degree = graph.degreeCentrality()
        let nodes = Array(map.nodes.values)
        let all = (0..<graph.count).map { v in
            let own = nodes[v].sector
            let joined = Set(graph.neighbours(of: v).map { nodes[$0].sector }).subtracting([own])
            return Centrality(node: graph.ids[v], degree: degree[v], betweenness: betweenness[v],
                              sectorsJoined: Sector.allCases.filter(joined.contains))
        }
        let order = (0..<graph.count).sorted { (-betweenness[$0], -degree[$0], $0) < (-betweenness[$1], -degree[$1], $1) }
        centrality = order.map { all[$0] }
        components = graph.components().sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }.map { $0.map { graph.ids[$0] } }
        isolated = (0..<graph.count).filter { graph.degree(of: $0) == 0 }.map { graph.ids[$0] }
        brokers = centrality.filter { $0.betweenness > 0 && $0.sectorsJoined.count >= 2 }
    }
}
