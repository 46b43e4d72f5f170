/// Which single node or single tie, if lost, cuts a source off from some of a set of targets:
/// articulation points and bridges found by depth-first search with low points, after
/// J. Hopcroft and R. Tarjan, "Algorithm 447: Efficient algorithms for graph manipulation",
/// Communications of the ACM 16(6), 1973, and R. Tarjan, "A note on finding the bridges of a
/// graph", Information Processing Letters 2(6), 1974.
///
/// Written here rather than taken from a package because none of the packages this project
/// uses has graph algorithms, and the count of targets per subtree must be threaded through the
/// same search to answer "who loses what" in linear time.
extension CareGraph {
    /// What losing one node or one edge would cut off from the source.
    public struct Cuts: Sendable {
        /// For each node whose loss cuts the source off from targets: the node, and the targets
        /// (other than itself) that could then no longer be reached, ascending.
        public var nodes: [(node: Int, cutOff: [Int])]
        /// For each edge (by index in ``CareGraph/edges``) whose loss does the same.
        public var edges: [(edge: Int, cutOff: [Int])]
    }

    /// The nodes and edges whose loss cuts `source` off from some of the nodes flagged in
    /// `isTarget`, with what each would cut off.
    ///
    /// Removing a node `v` disconnects from the source exactly the subtrees of the depth-first
    /// tree hanging from those children `c` of `v` with `low[c] ≥ disc[v]`; removing a tree edge
    /// `(p, c)` disconnects the subtree of `c` when `low[c] > disc[p]`. Each subtree is a
    /// contiguous run of the preorder, so its targets are read off without a second search.
    /// Parallel edges are told apart by edge id, so a doubled tie is never a bridge. The search
    /// keeps its own stack, so a long chain cannot overflow the call stack.
    ///
    /// - Complexity: O(*n* log *n* + *m*) plus the size of the answer.
    public func cuts(from source: Int, isTarget: [Bool]) -> Cuts {
        var disc = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var size = [Int](repeating: 1, count: count)
        var parentEdge = [Int](repeating: -1, count: count)
        var preorder: [Int] = []
        var stack: [(node: Int, cursor: Int)] = [(source, edgeOffsets[source])]
        disc[source] = 0
        low[source] = 0
        preorder.append(source)
        while let (v, cursor) = stack.last {
            if cursor < edgeOffsets[v + 1] {
                stack[stack.count - 1].cursor += 1
                let e = incidentEdges[cursor]
                guard e != parentEdge[v] else { continue }
                let w = other(e, from: v)
                if disc[w] < 0 {
                    disc[w] = preorder.count
                    low[w] = disc[w]
                    parentEdge[w] = e
                    preorder.append(w)
                    stack.append((w, edgeOffsets[w]))
                } else {
                    low[v] = min(low[v], disc[w])
                }
            } else {
                stack.removeLast()
                if let parent = stack.last?.node {
                    low[parent] = min(low[parent], low[v])
                    size[parent] += size[v]
                }
            }
        }
        // Preorder positions of the targets, ascending: a subtree's targets are found by two
        // binary searches, so a long chain of go-betweens costs O(n log n), not O(n²).
        let targetPositions = preorder.indices.filter { isTarget[preorder[$0]] }
        func firstTarget(atOrAfter position: Int) -> Int {
            var low = 0, high = targetPositions.count
            while low < high {
                let middle = (low + high) / 2
                if targetPositions[middle] < position { low = middle + 1 } else { high = middle }
            }
            return low
        }
        func targets(under child: Int) -> [Int] {
            let range = firstTarget(atOrAfter: disc[child])..<firstTarget(atOrAfter: disc[child] + size[child])
            return targetPositions[range].map { preorder[$0] }
        }
        var separated = [[Int]](repeating: [], count: count)
        var edgeCuts: [(edge: Int, cutOff: [Int])] = []
        for child in preorder.dropFirst() {
            let e = parentEdge[child]
            let parent = other(e, from: child)
            if parent != source, low[child] >= disc[parent] { separated[parent] += targets(under: child) }
            if low[child] > disc[parent] {
                let lost = targets(under: child)
                if !lost.isEmpty { edgeCuts.append((e, lost.sorted())) }
            }
        }
        var nodeCuts: [(node: Int, cutOff: [Int])] = []
        for v in 0..<count where !separated[v].isEmpty { nodeCuts.append((v, separated[v].sorted())) }
        return Cuts(nodes: nodeCuts, edges: edgeCuts.sorted { $0.edge < $1.edge })
    }
}
