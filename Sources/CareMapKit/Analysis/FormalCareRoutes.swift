/// The subject's routes to formal health care, and what they hang on.
public struct FormalCareRoutes: Hashable, Sendable {
    /// One formal-health node the subject can reach, by one shortest route (subject first).
    public struct Route: Hashable, Sendable {
        public var target: NodeID
        public var path: [NodeID]
    }

    /// A single node or tie whose loss would cut the subject off from formal care.
    public struct Cut: Hashable, Sendable {
        /// The go-between (for a node), or the two ends of the tie.
        public var nodes: [NodeID]
        /// The link, for a tie.
        public var link: Int?
        /// The formal-health nodes the subject would no longer reach.
        public var cutOff: [NodeID]

        public init(nodes: [NodeID], link: Int?, cutOff: [NodeID]) {
            self.nodes = nodes
            self.link = link
            self.cutOff = cutOff
        }
    }

    /// Every formal-health node reached, nearest first, then in map order.
    public var routes: [Route]
    /// Links between the subject and a formal-health node that are `past` or `hoped-for`: not
    /// routes, but worth saying.
    public var notCurrent: [Int]
    /// Nodes whose loss leaves the subject no route to any formal-health node.
    public var singlePointsOfFailure: [Cut]
    /// Ties whose loss does the same.
    public var criticalTies: [Cut]
    /// Go-betweens on whom some (not necessarily all) routes to formal care depend, those with
    /// the most depending on them first, then by id.
    public var mediated: [Cut]

    /// Works the routes out on `graph` for the subject at index `subject`, from `search`, the
    /// graph's breadth-first search from the subject.
    ///
    /// The formal-health nodes are those of sector `formal-health`. A go-between is any node but
    /// the subject and the formal-health nodes themselves (that the surgery is the way to its
    /// nurse says nothing a clinician can act on). The single points of failure are the
    /// go-betweens that cut off every formal-health node reached; a critical tie is reported
    /// only when neither of its ends is already such a go-between, so one loss is said once.
    ///
    /// - Complexity: O(*n* + *m*) for the graph's nodes and edges, plus the size of the answer.
    init(_ map: CareMap, graph: CareGraph, subject: Int, search: (distance: [Int], parent: [Int])) {
        let nodes = Array(map.nodes.values)
        let isFormal = nodes.map { $0.sector == .formalHealth }
        let reached = (0..<graph.count).filter { $0 != subject && isFormal[$0] && search.distance[$0] >= 0 }
            .sorted { (search.distance[$0], $0) < (search.distance[$1], $1) }
        routes = reached.map { target in
            Route(target: graph.ids[target], path: CareGraph.route(to: target, parent: search.parent, distance: search.distance).map { graph.ids[$0] })
        }
        let subjectID = graph.ids[subject]
        notCurrent = map.links.indices.filter { index in
            let link = map.links[index]
            guard let status = link.status, status != .current, let other = link.otherEnd(from: subjectID) else { return false }
            return map.nodes[other]?.sector == .formalHealth
        }
        var isTarget = isFormal
        isTarget[subject] = false
        let cuts = graph.cuts(from: subject, isTarget: isTarget)
        let names = { (indices: [Int]) in indices.map { graph.ids[$0] } }
        var spof: [Cut] = [], mediated: [Cut] = []
        for (node, cutOff) in cuts.nodes where !isFormal[node] {
            let cut = Cut(nodes: [graph.ids[node]], link: nil, cutOff: names(cutOff))
            mediated.append(cut)
            if cutOff.count == reached.count { spof.append(cut) }
        }
        let failing = Set(spof.flatMap(\.nodes))
        criticalTies = cuts.edges.compactMap { edge, cutOff in
            let record = graph.edges[edge]
            let ends = [graph.ids[record.a], graph.ids[record.b]]
            guard !record.throughVia, cutOff.count == reached.count, failing.isDisjoint(with: ends) else { return nil }
            return Cut(nodes: ends, link: record.link, cutOff: names(cutOff))
        }
        singlePointsOfFailure = spof
        self.mediated = mediated.sorted { ($0.cutOff.count, $1.nodes[0]) > ($1.cutOff.count, $0.nodes[0]) }
    }
}
