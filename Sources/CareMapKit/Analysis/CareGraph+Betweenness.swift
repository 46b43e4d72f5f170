import Dispatch

/// Betweenness centrality by U. Brandes, "A faster algorithm for betweenness centrality",
/// Journal of Mathematical Sociology 25(2), 2001: one breadth-first search per source counting
/// shortest paths, then dependencies accumulated back from the farthest nodes.
///
/// Hand-written because no package this project uses computes centrality. Unweighted and
/// undirected, normalised as networkx's `betweenness_centrality` is by default for an undirected
/// graph: each unordered pair counted once, divided by the (*n* − 1)(*n* − 2)/2 pairs that
/// exclude the node, so the centre of a star is 1 and every value lies in 0…1.
///
/// Exact betweenness is O(*n* · *m*): seconds at 10,000 nodes, minutes at 100,000. Above
/// ``exactWorkLimit`` the report estimates it instead from a sample of sources, as U. Brandes
/// and C. Pich, "Centrality estimation in large networks", International Journal of
/// Bifurcation and Chaos 17(7), 2007, do: the dependencies of *k* sources chosen uniformly at
/// random, scaled by *n* / *k*, are an unbiased estimate, good for ranking the most central
/// nodes, which is what the report shows. The sources are chosen by a fixed seed, so the same
/// map gives the same figures. Either way the sources are split between two threads.
extension CareGraph {
    /// Exact betweenness while *n* · *m* stays under this; above it, sampled.
    public static let exactWorkLimit = 20_000_000

    /// The fewest sources a sampled estimate uses.
    public static let fewestSources = 500

    /// Betweenness values by node index, and how many sources were sampled (`nil` when exact).
    public struct Betweenness: Sendable {
        public var values: [Double]
        public var sampledSources: Int?
    }

    /// The normalised betweenness of every node, by index: exact.
    ///
    /// - Complexity: O(*n* · *m*) time and O(*n* + *m*) memory for *n* nodes and *m* distinct
    ///   neighbour pairs.
    public func betweenness() -> [Double] {
        betweenness(sources: Array(0..<count), scale: 1)
    }

    /// Exact betweenness for a graph whose *n* · *m* is at most ``exactWorkLimit``, else the
    /// Brandes–Pich estimate from enough sources to keep the work near that limit (at least
    /// ``fewestSources``).
    ///
    /// - Complexity: O(min(*n*, *k*) · *m*), *k* = max(``fewestSources``, limit / *m*).
    public func estimatedBetweenness() -> Betweenness {
        let pairs = max(1, neighbours.count / 2)
        guard count * pairs > Self.exactWorkLimit else { return Betweenness(values: betweenness(), sampledSources: nil) }
        let k = min(count, max(Self.fewestSources, Self.exactWorkLimit / pairs))
        guard k < count else { return Betweenness(values: betweenness(), sampledSources: nil) }
        // A partial Fisher–Yates shuffle driven by SplitMix64 with a fixed seed: the first k of
        // a uniform permutation, the same on every run.
        var order = Array(0..<count)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in 0..<k {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            let j = i + Int(z % UInt64(count - i))
            order.swapAt(i, j)
        }
        let sources = Array(order[..<k]).sorted()
        return Betweenness(values: betweenness(sources: sources, scale: Double(count) / Double(k)), sampledSources: k)
    }

    /// Brandes' accumulation from each of `sources`, split in two halves run at once, summed
    /// in a fixed order (so the result does not depend on which thread finishes first), scaled
    /// by `scale` and normalised.
    private func betweenness(sources: [Int], scale: Double) -> [Double] {
        let n = count
        guard n > 2 else { return [Double](repeating: 0, count: n) }
        let halves = sources.count < 64 ? [sources[...]] : [sources[..<(sources.count / 2)], sources[(sources.count / 2)...]]
        let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: n * halves.count)
        partial.initialize(repeating: 0)
        defer { partial.deallocate() }
        let base = partial.baseAddress!
        let shared = SendablePointer(base)
        DispatchQueue.concurrentPerform(iterations: halves.count) { half in
            accumulate(from: halves[half], into: UnsafeMutableBufferPointer(start: shared.pointer + half * n, count: n))
        }
        // Each unordered pair was counted from both ends: halve, then divide by the pairs.
        let factor = scale / Double((n - 1) * (n - 2))
        return (0..<n).map { v in
            var total = 0.0
            for half in halves.indices { total += partial[half * n + v] }
            return total * factor
        }
    }

    /// Adds the dependencies of every node on shortest paths from each of `sources`.
    ///
    /// The inner loops touch only `Int` and `Double` buffers: the CSR adjacency, a queue that is
    /// also the order to accumulate in, and per-node distance, path count and dependency, reset
    /// only where the last search wrote. Predecessors are not stored: a node's predecessors are
    /// its neighbours one step nearer the source, found again while accumulating.
    private func accumulate(from sources: ArraySlice<Int>, into centrality: UnsafeMutableBufferPointer<Double>) {
        let n = count
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
        offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
                for source in sources {
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

    /// The normalised degree of every node: distinct neighbours over *n* − 1, as networkx's
    /// `degree_centrality`.
    ///
    /// - Complexity: O(*n*).
    public func degreeCentrality() -> [Double] {
        guard count > 1 else { return [Double](repeating: 0, count: count) }
        return (0..<count).map { Double(degree(of: $0)) / Double(count - 1) }
    }
}

/// A raw pointer handed to the two threads of ``CareGraph/betweenness()``, each writing only
/// its own half of the buffer it points into.
private struct SendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Double>
    init(_ pointer: UnsafeMutablePointer<Double>) { self.pointer = pointer }
}
