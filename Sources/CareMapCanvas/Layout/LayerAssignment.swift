/// The first two steps of Sugiyama, Tagawa and Toda's method ("Methods for visual understanding of
/// hierarchical system structures", *IEEE Trans. Systems, Man, and Cybernetics* 11(2), 1981):
/// make the links of one connected component acyclic, then give every node a layer so that every
/// edge points downwards.
struct LayerAssignment {
    /// The layer of each node, 0 at the top.
    let layers: [Int]
    /// The edges after orientation and cycle breaking, each pointing to a lower layer; no
    /// duplicates, in increasing order.
    let edges: [Edge]

    struct Edge: Hashable, Comparable {
        var from: Int
        var to: Int
        static func < (lhs: Edge, rhs: Edge) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }
    }

    /// Orients undirected links outwards by breadth-first depth from the best-connected node (the
    /// one most likely to be the hub a reader looks for first), reverses the back edges of a
    /// depth-first search to break cycles (as in Gansner, Koutsofios, North and Vo, "A technique
    /// for drawing directed graphs", *IEEE TSE* 19(3), 1993), and layers by longest path from the
    /// sources.
    ///
    /// `arcs` use indices `0..<count` and must connect all of them.
    ///
    /// - Complexity: O(*n* + *m* log *m*) for *n* nodes and *m* arcs.
    init(count: Int, arcs: [LinkGraph.Arc]) {
        var neighbours = Array(repeating: [Int](), count: count)
        for arc in arcs {
            neighbours[arc.from].append(arc.to)
            neighbours[arc.to].append(arc.from)
        }
        let degrees = neighbours.map { Set($0).count }
        let root = degrees.indices.max { (degrees[$0], $1) < (degrees[$1], $0) } ?? 0
        let depth = Self.breadthFirstDepths(from: root, neighbours: neighbours)
        let oriented = arcs.map { arc in
            arc.isDirected || (depth[arc.from], arc.from) < (depth[arc.to], arc.to)
                ? Edge(from: arc.from, to: arc.to) : Edge(from: arc.to, to: arc.from)
        }
        edges = Self.breakingCycles(Set(oriented).sorted(), count: count, startingAt: root)
        layers = Self.longestPathLayers(edges, count: count)
    }

    private static func breadthFirstDepths(from root: Int, neighbours: [[Int]]) -> [Int] {
        var depth = Array(repeating: Int.max, count: neighbours.count)
        depth[root] = 0
        var queue = [root]
        var head = 0
        while head < queue.count {
            let vertex = queue[head]
            head += 1
            for next in neighbours[vertex] where depth[next] == Int.max {
                depth[next] = depth[vertex] + 1
                queue.append(next)
            }
        }
        return depth
    }

    /// `edges` with every back edge of an iterative depth-first search reversed, deduplicated.
    private static func breakingCycles(_ edges: [Edge], count: Int, startingAt root: Int) -> [Edge] {
        var out = Array(repeating: [Int](), count: count)
        for edge in edges { out[edge.from].append(edge.to) }
        enum Colour { case white, grey, black }
        var colour = Array(repeating: Colour.white, count: count)
        var reversed = Set<Edge>()
        for start in [root] + Array(0..<count) where colour[start] == .white {
            var stack = [(vertex: start, next: 0)]
            colour[start] = .grey
            while let top = stack.last {
                if top.next == out[top.vertex].count {
                    colour[top.vertex] = .black
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let child = out[top.vertex][top.next]
                switch colour[child] {
                case .white:
                    colour[child] = .grey
                    stack.append((child, 0))
                case .grey:
                    reversed.insert(Edge(from: top.vertex, to: child))
                case .black:
                    break
                }
            }
        }
        let acyclic = edges.map { reversed.contains($0) ? Edge(from: $0.to, to: $0.from) : $0 }
        return Set(acyclic).sorted()
    }

    /// Each vertex one layer below its lowest predecessor, sources at 0 (Kahn's topological order,
    /// "Topological sorting of large networks", *CACM* 5(11), 1962).
    private static func longestPathLayers(_ edges: [Edge], count: Int) -> [Int] {
        var out = Array(repeating: [Int](), count: count)
        var inDegree = Array(repeating: 0, count: count)
        for edge in edges {
            out[edge.from].append(edge.to)
            inDegree[edge.to] += 1
        }
        var layer = Array(repeating: 0, count: count)
        var ready = (0..<count).filter { inDegree[$0] == 0 }
        var head = 0
        while head < ready.count {
            let vertex = ready[head]
            head += 1
            for next in out[vertex] {
                layer[next] = max(layer[next], layer[vertex] + 1)
                inDegree[next] -= 1
                if inDegree[next] == 0 { ready.append(next) }
            }
        }
        return layer
    }
}
