/// Betweenness centrality by U. Brandes, "A faster algorithm for betweenness centrality",
/// Journal of Mathematical Sociology 25(2), 2001: one breadth-first search per source counting
/// shortest paths, then dependencies accumulated back from the farthest nodes.
///
/// Hand-written because no package this project uses computes centrality. Unweighted and
/// undirected, normalised as networkx's `betweenness_centrality` is by default for an undirected
/// graph: each unordered pair counted once, divided by the (*n* − 1)(*n* − 2)/2 pairs that
/// exclude the node, so the centre of a star is 1 and every value lies in 0…1.
extension CareGraph {
    /// The normalised betweenness of every node, by index.
    ///
    /// The inner loops touch only `Int` and `Double` buffers: the CSR adjacency, a queue that is
    /// also the order to accumulate in, and per-node distance, path count and dependency, reset
    /// only where the last search wrote. Predecessors are not stored: a node's predecessors are
    /// its neighbours one step nearer the source, found again while accumulating.
    ///
    /// - Complexity: O(*n* · *m*) time and O(*n* + *m*) memory for *n* nodes and *m* distinct
    ///   neighbour pairs.
    public func betweenness() -> [Double] {
        let n = count
        var centrality = [Double](repeating: 0, count: n)
        guard n > 2 else { return centrality }
        // Scratch arrays as raw buffers: the loops below run n · m times, and Array's bounds
        // and uniqueness checks there cost more than the work itself.
        let distance = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
        let paths = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let dependency = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let order = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
        defer {
            distance.deallocate()
            paths.deallocate()
            dependency.deallocate()
            order.deallocate()
        }
        distance.initialize(repeating: -1)
        paths.initialize(repeating: 0)
        dependency.initialize(repeating: 0)
        order.initialize(repeating: 0)
        centrality.withUnsafeMutableBufferPointer { centrality in
            offsets.withUnsafeBufferPointer { offsets in
                neighbours.withUnsafeBufferPointer { neighbours in
                    for source in 0..<n {
                        var head = 0, tail = 1
                        order[0] = source
                        distance[source] = 0
                        paths[source] = 1
                        while head < tail {
                            let v = order[head]
                            head += 1
                            let next = distance[v] + 1
                            let count = paths[v]
                            for slot in offsets[v]..<offsets[v + 1] {
                                let w = neighbours[slot]
                                if distance[w] < 0 {
                                    distance[w] = next
                                    order[tail] = w
                                    tail += 1
                                }
                                if distance[w] == next { paths[w] += count }
                            }
                        }
                        var position = tail - 1
                        while position > 0 {
                            let w = order[position]
                            let share = (1 + dependency[w]) / paths[w]
                            let previous = distance[w] - 1
                            for slot in offsets[w]..<offsets[w + 1] {
                                let v = neighbours[slot]
                                if distance[v] == previous { dependency[v] += paths[v] * share }
                            }
                            centrality[w] += dependency[w]
                            position -= 1
                        }
                        for position in 0..<tail {
                            let v = order[position]
                            distance[v] = -1
                            paths[v] = 0
                            dependency[v] = 0
                        }
                    }
                }
            }
        }
        // Each unordered pair was counted from both ends: halve, then divide by the pairs.
        let scale = 1 / Double((n - 1) * (n - 2))
        return centrality.map { $0 * scale }
    }

    /// The normalised degree of every node: distinct neighbours over *n* − 1, as networkx's
    /// `degree_centrality`.
    ///
    /// - Complexity: O(*n*).
    public func degreeCentrality() -> [Double] {
        guard count > 1 else { return [Double](repeating: 0, count: count) }
        return (0..<count).map { Double(degree(of: $0)) / Double(count - 1) }
    }
}
