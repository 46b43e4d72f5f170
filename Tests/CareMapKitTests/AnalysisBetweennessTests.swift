import CareMapKit
import Testing

/// Brandes' betweenness against known values, a brute-force count, and node order.
@Suite struct AnalysisBetweennessTests {
    /// A community map of people `n0`, `n1`… tied by `edges`, declared in `order` (default: by number).
    static func map(_ count: Int, _ edges: [(Int, Int)], order: [Int]? = nil) -> CareMap {
        let nodes = (order ?? Array(0..<count)).map { Node(id: NodeID("n\($0)"), kind: .person) }
        return CareMap(nodes: nodes, links: edges.map { Link(from: NodeID("n\($0.0)"), to: NodeID("n\($0.1)")) })
    }

    static func betweenness(of map: CareMap) -> [NodeID: Double] {
        let graph = CareGraph(map)
        return Dictionary(uniqueKeysWithValues: zip(graph.ids, graph.betweenness()))
    }

    // Expected values computed once with networkx 3.6.1:
    //   nx.betweenness_centrality(G) for G = nx.path_graph(5), nx.star_graph(4), nx.cycle_graph(6),
    //   nx.complete_graph(5), nx.barbell_graph(4, 1), nx.krackhardt_kite_graph(),
    // rounded to 10 places; the edge lists are sorted(G.edges()).
    static let standardGraphs: [(name: String, count: Int, edges: [(Int, Int)], expected: [Double])] = [
        ("path", 5, [(0, 1), (1, 2), (2, 3), (3, 4)], [0, 0.5, 0.6666666667, 0.5, 0]),
        ("star", 5, [(0, 1), (0, 2), (0, 3), (0, 4)], [1, 0, 0, 0, 0]),
        ("cycle", 6, [(0, 1), (0, 5), (1, 2), (2, 3), (3, 4), (4, 5)], [0.2, 0.2, 0.2, 0.2, 0.2, 0.2]),
        ("complete", 5, [(0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)], [0, 0, 0, 0, 0]),
        ("barbell", 9, [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4), (4, 5), (5, 6), (5, 7), (5, 8), (6, 7), (6, 8), (7, 8)],
         [0, 0, 0, 0.5357142857, 0.5714285714, 0.5357142857, 0, 0, 0]),
        ("krackhardt kite", 10, [(0, 1), (0, 2), (0, 3), (0, 5), (1, 3), (1, 4), (1, 6), (2, 3), (2, 5), (3, 4), (3, 5), (3, 6), (4, 6),
                                 (5, 6), (5, 7), (6, 7), (7, 8), (8, 9)],
         [0.0231481481, 0.0231481481, 0, 0.1018518519, 0, 0.2314814815, 0.2314814815, 0.3888888889, 0.2222222222, 0]),
    ]

    @Test(arguments: 0..<standardGraphs.count)
    func standardGraphsMatchNetworkx(_ which: Int) {
        let graph = Self.standardGraphs[which]
        let values = Self.betweenness(of: Self.map(graph.count, graph.edges))
        for (node, expected) in graph.expected.enumerated() {
            let value = values[NodeID("n\(node)")] ?? -1
            #expect(abs(value - expected) < 1e-9, "\(graph.name) n\(node): \(value), networkx \(expected)")
        }
    }

    @Test func parallelTiesPastTiesAndSelfTiesDoNotCount() {
        var map = Self.map(3, [(0, 1), (1, 2), (0, 1)])
        map.links.append(Link(from: "n0", to: "n2", status: .hopedFor))
        map.links.append(Link(from: "n2", to: "n2"))
        #expect(Self.betweenness(of: map) == ["n0": 0, "n1": 1, "n2": 0])
    }

    @Test(arguments: 0..<40)
    func randomGraphsMatchACountOfEveryShortestPathInAnyNodeOrder(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let count = Int.random(in: 3...9, using: &random)
        var edges: [(Int, Int)] = []
        for a in 0..<count { for b in (a + 1)..<count where Int.random(in: 0..<3, using: &random) == 0 { edges.append((a, b)) } }
        let values = Self.betweenness(of: Self.map(count, edges))
        let expected = Self.bruteForce(count, edges)
        let shuffled = Self.betweenness(of: Self.map(count, edges.shuffled(using: &random), order: Array(0..<count).shuffled(using: &random)))
        for node in 0..<count {
            let id = NodeID("n\(node)")
            #expect(abs((values[id] ?? -1) - expected[node]) < 1e-9, "seed \(seed) n\(node)")
            #expect(abs((shuffled[id] ?? -1) - expected[node]) < 1e-9, "seed \(seed) n\(node), nodes reordered")
        }
    }

    /// Betweenness by listing every shortest path between every pair and counting the share
    /// through each node: slow, obviously right, and independent of Brandes' accumulation.
    static func bruteForce(_ count: Int, _ edges: [(Int, Int)]) -> [Double] {
        var adjacent = [Set<Int>](repeating: [], count: count)
        for (a, b) in edges { adjacent[a].insert(b); adjacent[b].insert(a) }
        func distances(from source: Int) -> [Int] {
            var distance = [Int](repeating: -1, count: count)
            distance[source] = 0
            var queue = [source]
            while !queue.isEmpty {
                let v = queue.removeFirst()
                for w in adjacent[v] where distance[w] < 0 { distance[w] = distance[v] + 1; queue.append(w) }
            }
            return distance
        }
        var result = [Double](repeating: 0, count: count)
        for s in 0..<count {
            let fromTarget = (0..<count).map(distances(from:))
            for t in (s + 1)..<count where fromTarget[t][s] > 0 {
                var paths: [[Int]] = []
                func walk(_ path: [Int]) {
                    let last = path.last!
                    if last == t { paths.append(path); return }
                    for w in adjacent[last] where fromTarget[t][w] == fromTarget[t][last] - 1 { walk(path + [w]) }
                }
                walk([s])
                for v in 0..<count where v != s && v != t {
                    result[v] += Double(paths.filter { $0.contains(v) }.count) / Double(paths.count)
                }
            }
        }
        let pairs = Double((count - 1) * (count - 2)) / 2
        return result.map { $0 / pairs }
    }
}
