/// The current ties of a map as an undirected graph over integer indices, the shape the
/// analysis algorithms run on.
///
/// Nodes are numbered in map order, so every algorithm that visits neighbours in index order
/// breaks ties the same way on every run. Only current ties count: a `past` or `hoped-for` link
/// is no route to anyone. A tie with a go-between (`via`) is modelled as two edges through the
/// go-between, because the file says the tie would not exist without them: if they leave, the
/// tie goes too, and a route along it passes through them. Links from a node to itself are left out.
///
/// Adjacency is kept in compressed sparse row form (one offsets array, one flat neighbours
/// array) so the inner loops of Brandes' algorithm touch contiguous `Int` arrays only.
///
/// Hand-written, with the searches in the files beside it, because none of the packages this
/// project uses has graph algorithms, and a general graph library would not know that a
/// go-between's tie runs through them.
public struct CareGraph: Sendable {
    /// One undirected edge; `link` is the index in ``CareMap/links`` it comes from, and
    /// `throughVia` is true for the two halves of a mediated tie.
    public struct Edge: Hashable, Sendable {
        public var a: Int
        public var b: Int
        public var link: Int
        public var throughVia: Bool
    }

    /// Node ids by index, in map order.
    public let ids: [NodeID]
    /// Indices by node id.
    public let index: [NodeID: Int]
    public let edges: [Edge]
    /// Neighbours of node `v` (each once, ascending) are `neighbours[offsets[v]..<offsets[v + 1]]`.
    let offsets: [Int]
    let neighbours: [Int]
    /// Edge ids at each node, in the same CSR form, for the cut algorithms that must tell
    /// parallel edges apart.
    let edgeOffsets: [Int]
    let incidentEdges: [Int]

    /// The graph of `map`'s current ties.
    ///
    /// - Complexity: O(*n* + *m* log *m*) for *n* nodes and *m* links (sorting each node's neighbours).
    public init(_ map: CareMap) {
        let ids = Array(map.nodes.keys)
        var index: [NodeID: Int] = [:]
        index.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() { index[id] = position }
        var edges: [Edge] = []
        // Links are read in place by index: iterating them would copy every link, all its
        // strings and sets, which cost a fifth of building the graph.
        for position in map.links.indices where map.links[position].isCurrent {
            guard let a = index[map.links[position].from], let b = index[map.links[position].to], a != b else { continue }
            if let via = map.links[position].via.flatMap({ index[$0] }), via != a, via != b {
                edges.append(Edge(a: a, b: via, link: position, throughVia: true))
                edges.append(Edge(a: via, b: b, link: position, throughVia: true))
            } else {
                edges.append(Edge(a: a, b: b, link: position, throughVia: false))
            }
        }
        self.init(ids: ids, index: index, edges: edges)
    }

    /// A graph over `ids` with these edges: the care graph itself, or a part of it the
    /// analysis judges on its own (the ties that carry care to the subject).
    ///
    /// - Complexity: O(*n* + *m* log *m*).
    init(ids: [NodeID], index: [NodeID: Int], edges: [Edge]) {
        self.ids = ids
        self.index = index
        self.edges = edges
        // Compressed rows built by counting, not by growing an array per node: at 10,000
        // nodes the per-node arrays' allocations were half the cost of the graph.
        let count = ids.count
        var edgeOffsets = [Int](repeating: 0, count: count + 1)
        for edge in edges {
            edgeOffsets[edge.a + 1] += 1
            edgeOffsets[edge.b + 1] += 1
        }
        for node in 0..<count { edgeOffsets[node + 1] += edgeOffsets[node] }
        var incidentEdges = [Int](repeating: 0, count: edgeOffsets[count])
        var next = edgeOffsets
        for (id, edge) in edges.enumerated() {
            incidentEdges[next[edge.a]] = id
            next[edge.a] += 1
            incidentEdges[next[edge.b]] = id
            next[edge.b] += 1
        }
        var offsets = [0], neighbours: [Int] = [], around: [Int] = []
        offsets.reserveCapacity(count + 1)
        neighbours.reserveCapacity(incidentEdges.count)
        for node in 0..<count {
            around.removeAll(keepingCapacity: true)
            for e in incidentEdges[edgeOffsets[node]..<edgeOffsets[node + 1]] {
                around.append(edges[e].a == node ? edges[e].b : edges[e].a)
            }
            around.sort()
            var previous = -1
            for other in around where other != previous {
                neighbours.append(other)
                previous = other
            }
            offsets.append(neighbours.count)
        }
        self.offsets = offsets
        self.neighbours = neighbours
        self.edgeOffsets = edgeOffsets
        self.incidentEdges = incidentEdges
    }

    /// How many nodes the graph has.
    public var count: Int { ids.count }

    /// The distinct neighbours of node `v`, ascending.
    public func neighbours(of v: Int) -> ArraySlice<Int> { neighbours[offsets[v]..<offsets[v + 1]] }

    /// The number of distinct neighbours of node `v`.
    public func degree(of v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// The links whose edges meet node `v`, by index in ``CareMap/links``, each once and in map
    /// order: its own current ties, and those it is the go-between of.
    ///
    /// - Complexity: O(*d* log *d*) for *d* edges at `v`.
    func links(at v: Int) -> [Int] {
        Set(incidentEdges[edgeOffsets[v]..<edgeOffsets[v + 1]].map { edges[$0].link }).sorted()
    }

    /// The node at the other end of edge `e` from `v`.
    func other(_ e: Int, from v: Int) -> Int { edges[e].a == v ? edges[e].b : edges[e].a }
}
