/// The subject's routes to formal health care, family by family, and the go-betweens they
/// hang on.
///
/// A **route** is a path of current ties that carry contact or support to the person: a tie of
/// the subject's own to a service, through its go-between (`via`) when it has one, and from
/// there along "works at" ties between a service's staff and its place within the same family
/// (the surgery is reached through its GP). A tie between two organisations, or a third party's
/// tie to a service (an imam who invites the practice to talk, a caseworker who referred the
/// family), says something about the service but carries nothing to the person, so it is no
/// route. Past and hoped-for ties are never routes. See `docs/domains.md`.
public struct FormalCareRoutes: Hashable, Sendable {
    /// One service the subject can reach, by one shortest route (subject first).
    public struct Route: Hashable, Sendable {
        public var target: NodeID
        public var family: ServiceFamily
        public var path: [NodeID]
    }

    /// A go-between on whom routes to one family depend.
    public struct Cut: Hashable, Sendable {
        /// The go-between.
        public var node: NodeID
        public var family: ServiceFamily
        /// The services of the family the subject would no longer reach without them.
        public var cutOff: [NodeID]
        /// How many services of the family the subject reaches in all.
        public var routes: Int

        /// Every route to the family depends on this go-between.
        public var isEveryRoute: Bool { cutOff.count == routes }
    }

    /// One family the subject is tied to, currently or not.
    public struct Family: Hashable, Sendable {
        public var family: ServiceFamily
        /// Services reached, nearest first, then in map order.
        public var routes: [Route]
        /// Links between the subject and a service of the family the subject does not reach
        /// that are `past` or `hoped-for`, in map order: not routes, but worth saying.
        public var notCurrent: [Int]
        /// Go-betweens on whom some routes depend, those on whom most depend first, then by id.
        public var goBetweens: [Cut]
    }

    /// The families the subject is tied to, in ``ServiceFamily/allCases`` order.
    public var families: [Family]

    /// Every route, family by family.
    public var routes: [Route] { families.flatMap(\.routes) }
    /// Every tie that is not a route, family by family.
    public var notCurrent: [Int] { families.flatMap(\.notCurrent) }
    /// Go-betweens on whom every route to a family depends.
    public var singlePointsOfFailure: [Cut] { families.flatMap(\.goBetweens).filter(\.isEveryRoute) }
    /// Go-betweens on whom some, not all, routes to a family depend.
    public var mediated: [Cut] { families.flatMap(\.goBetweens).filter { !$0.isEveryRoute } }

    /// Works the routes out for the subject at index `subject` of `graph`.
    ///
    /// The ties that carry care form a small graph of their own (the subject's ties, their
    /// go-betweens, and staff ties between services); it is searched breadth first, and for
    /// each family the go-betweens whose loss cuts some of its services off are the
    /// articulation points found by ``CareGraph/cuts(from:isTarget:)``. A service is never a
    /// go-between: that the surgery is the way to its nurse says nothing a clinician can act on.
    ///
    /// - Complexity: O(*n* + *m*) to find the staff ties, then O(*r* log *r*) per family for the
    ///   *r* ties that carry care.
    init(_ map: CareMap, graph: CareGraph, subject: Int) {
        let subjectID = graph.ids[subject]
        let nodes = map.nodes
        let families = nodes.values.indices.map { ServiceFamily.of(nodes.values[$0]) }
        let routeGraph = Self.routeGraph(map, graph: graph, subject: subjectID, families: families)
        let start = routeGraph.index[subjectID]!
        let search = routeGraph.breadthFirst(from: start)
        let familyAt = routeGraph.ids.map { graph.index[$0].flatMap { families[$0] } }
        // The subject's own ties that are not current, found once for every family.
        let lapsed = map.links.indices.filter { map.links[$0].status != nil && !map.links[$0].isCurrent && map.links[$0].touches(subjectID) }
        var result: [Family] = []
        for family in ServiceFamily.allCases {
            let isTarget = familyAt.indices.map { $0 != start && familyAt[$0] == family }
            let reached = routeGraph.ids.indices.filter { isTarget[$0] && search.distance[$0] >= 0 }
                .sorted { (search.distance[$0], graph.index[routeGraph.ids[$0]]!) < (search.distance[$1], graph.index[routeGraph.ids[$1]]!) }
            let reachedIDs = Set(reached.map { routeGraph.ids[$0] })
            let notCurrent = lapsed.filter { index in
                let link = map.links[index]
                guard let other = link.otherEnd(from: subjectID), other != subjectID,
                      let node = nodes[other], ServiceFamily.of(node) == family else { return false }
                return !reachedIDs.contains(other)
            }
            guard !reached.isEmpty || !notCurrent.isEmpty else { continue }
            let routes = reached.map { target in
                Route(target: routeGraph.ids[target], family: family,
                      path: CareGraph.route(to: target, parent: search.parent, distance: search.distance).map { routeGraph.ids[$0] })
            }
            var cuts: [Cut] = []
            if !reached.isEmpty {
                for (node, cutOff) in routeGraph.cuts(from: start, isTarget: isTarget).nodes where familyAt[node] == nil {
                    cuts.append(Cut(node: routeGraph.ids[node], family: family, cutOff: cutOff.map { routeGraph.ids[$0] }, routes: reached.count))
                }
            }
            cuts.sort { ($0.cutOff.count, $1.node) > ($1.cutOff.count, $0.node) }
            result.append(Family(family: family, routes: routes, notCurrent: notCurrent, goBetweens: cuts))
        }
        self.families = result
    }

    /// The ties that carry care to `subject`, as a graph over the nodes they touch (the subject
    /// first): each current tie of the subject's, split through its go-between when it has one,
    /// and each current tie between a person and a place or group of the same service family.
    private static func routeGraph(_ map: CareMap, graph: CareGraph, subject: NodeID, families: [ServiceFamily?]) -> CareGraph {
        var ids = [subject], index = [subject: 0], edges: [CareGraph.Edge] = []
        func at(_ id: NodeID) -> Int {
            if let known = index[id] { return known }
            index[id] = ids.count
            ids.append(id)
            return ids.count - 1
        }
        let own = graph.index[subject]!
        let values = map.nodes.values
        // Ends compared by index and links read in place: this runs over every tie of a
        // town-sized map after each edit, and copying each link cost more than the search.
        for edge in graph.edges {
            let touches = edge.throughVia
                ? map.links[edge.link].from == subject || map.links[edge.link].to == subject
                : edge.a == own || edge.b == own
            if touches {
                edges.append(CareGraph.Edge(a: at(graph.ids[edge.a]), b: at(graph.ids[edge.b]), link: edge.link, throughVia: edge.throughVia))
            } else if !edge.throughVia, let family = families[edge.a], family == families[edge.b],
                      (values[edge.a].kind == .person) != (values[edge.b].kind == .person) {
                edges.append(CareGraph.Edge(a: at(graph.ids[edge.a]), b: at(graph.ids[edge.b]), link: edge.link, throughVia: false))
            }
        }
        return CareGraph(ids: ids, index: index, edges: edges)
    }
}
