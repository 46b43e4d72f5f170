import CareMapKit

/// The links of a map as a graph over array indices, for the algorithms that need one.
///
/// Indices are private to one layout run: they follow the map's node order, so they are stable
/// for a given map, and results are always handed back keyed by ``NodeID``.
struct LinkGraph {
    /// One link, oriented: `from` supports `to` when `isDirected`; otherwise the order is the map's.
    struct Arc: Hashable {
        var from: Int
        var to: Int
        var isDirected: Bool
    }

    let nodes: [Node]
    /// Each node's distinct neighbours, in increasing index order, ignoring direction.
    let neighbours: [[Int]]
    /// Links between two distinct included nodes, pointing the way support flows (`->` as written,
    /// `<-` reversed); `--` and `<->` links are undirected.
    let arcs: [Arc]

    /// The graph over the nodes for which `include` holds; links touching any other node, links
    /// to missing nodes and links from a node to itself are left out.
    ///
    /// - Complexity: O(*n* + *m* log *m*).
    init(_ map: CareMap, including include: (Node) -> Bool) {
        nodes = map.nodes.values.filter(include)
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        var arcs: [Arc] = []
        var neighbourSets = Array(repeating: Set<Int>(), count: nodes.count)
        for link in map.links {
            guard let from = index[link.from], let to = index[link.to], from != to else { continue }
            switch link.direction {
            case .forward: arcs.append(Arc(from: from, to: to, isDirected: true))
            case .backward: arcs.append(Arc(from: to, to: from, isDirected: true))
            case .none, .both: arcs.append(Arc(from: from, to: to, isDirected: false))
            }
            neighbourSets[from].insert(to)
            neighbourSets[to].insert(from)
        }
        self.arcs = arcs
        neighbours = neighbourSets.map { $0.sorted() }
    }

    /// The connected components (ignoring direction), each in breadth-first order from its
    /// lowest index, components in order of their lowest index.
    ///
    /// - Complexity: O(*n* + *m*).
    func components() -> [[Int]] {
        var seen = Array(repeating: false, count: nodes.count)
        var components: [[Int]] = []
        for start in nodes.indices where !seen[start] {
            seen[start] = true
            var component = [start]
            var head = 0
            while head < component.count {
                for next in neighbours[component[head]] where !seen[next] {
                    seen[next] = true
                    component.append(next)
                }
                head += 1
            }
            components.append(component)
        }
        return components
    }
}

extension LinkGraph {
    /// The arcs inside each component, renumbered so that a component's *i*-th node is index *i*.
    ///
    /// - Complexity: O(*n* + *m*).
    func arcs(within components: [[Int]]) -> [[Arc]] {
        var componentOf = Array(repeating: 0, count: nodes.count)
        var local = Array(repeating: 0, count: nodes.count)
        for (number, component) in components.enumerated() {
            for (position, vertex) in component.enumerated() {
                componentOf[vertex] = number
                local[vertex] = position
            }
        }
        var result = Array(repeating: [Arc](), count: components.count)
        for arc in arcs {
            result[componentOf[arc.from]].append(Arc(from: local[arc.from], to: local[arc.to], isDirected: arc.isDirected))
        }
        return result
    }
}
