/// Step three of Sugiyama, Tagawa and Toda (1981): reorder each layer to reduce crossings.
extension LayeredGraph {
    /// The vertex visits the ordering sweeps may make in all; see ``reduceCrossings(sweeps:)``.
    static let sweepBudget = 2_000_000
    /// The fewest sweeps made, however large the graph: one down and one up, twice.
    static let minimumSweeps = 4

    /// Alternating downward and upward barycentre sweeps: each vertex moves to the mean position
    /// of its neighbours in the layer just fixed (Sugiyama et al. 1981). Sweeps can cycle, so the
    /// ordering with the fewest crossings seen is kept, and the sweeps stop early at zero.
    ///
    /// Up to `sweeps` sweeps, fewer for a huge layered graph (a dense tangle whose long links
    /// need hundreds of thousands of dummies), so that no map takes more than about
    /// ``sweepBudget`` vertex visits; maps of care are far below it.
    ///
    /// - Complexity: O(*s* · (*V* log *V* + *E* log *V*)) for *s* sweeps over *V* vertices and
    ///   *E* edges of the layered graph.
    mutating func reduceCrossings(sweeps: Int = 24) {
        let sweeps = min(sweeps, max(Self.minimumSweeps, Self.sweepBudget / max(widths.count, 1)))
        var best = layers
        var position = positions()
        var fewest = crossings(position)
        for sweep in 0..<sweeps where fewest > 0 {
            let downwards = sweep.isMultiple(of: 2)
            let order = downwards ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed())
            for layer in order { reorder(layer, by: downwards ? above : below, position: &position) }
            let count = crossings(position)
            if count < fewest {
                fewest = count
                best = layers
            }
        }
        layers = best
    }

    /// The number of edge crossings between every pair of adjacent layers.
    func crossings() -> Int { crossings(positions()) }

    private func crossings(_ position: [Int]) -> Int {
        var tree: [Int] = []
        var lowerEnds: [Int] = []
        var total = 0
        for layer in layers.indices.dropLast() {
            lowerEnds.removeAll(keepingCapacity: true)
            for upper in layers[layer] {
                let start = lowerEnds.count
                for lower in below[upper] { lowerEnds.append(position[lower]) }
                lowerEnds[start...].sort()
            }
            total += Self.inversions(in: lowerEnds, below: layers[layer + 1].count, tree: &tree)
        }
        return total
    }

    /// Each vertex's index within its layer.
    func positions() -> [Int] {
        var position = Array(repeating: 0, count: widths.count)
        for layer in layers {
            for (index, vertex) in layer.enumerated() { position[vertex] = index }
        }
        return position
    }

    /// Sorts one layer by its vertices' barycentres and updates their entries in `position`.
    private mutating func reorder(_ layer: Int, by neighbours: [[Int]], position: inout [Int]) {
        let keyed = layers[layer].map { vertex -> (vertex: Int, key: Double, tie: Int) in
            let around = neighbours[vertex]
            let key = around.isEmpty
                ? Double(position[vertex])
                : Double(around.reduce(0) { $0 + position[$1] }) / Double(around.count)
            return (vertex, key, position[vertex])
        }
        layers[layer] = keyed.sorted { ($0.key, $0.tie) < ($1.key, $1.tie) }.map(\.vertex)
        for (index, vertex) in layers[layer].enumerated() { position[vertex] = index }
    }

    /// Crossings between two layers, counted with the accumulator tree of Barth, Jünger and Mutzel
    /// ("Simple and efficient bilayer cross counting", *JGAA* 8(2), 2004): with each edge's lower
    /// end listed in order of upper end (then lower end), two edges cross exactly when their lower
    /// ends are out of order, so the crossings are the inversions of that list.
    ///
    /// `tree` is scratch space, kept by the caller so that layers share one allocation.
    ///
    /// - Complexity: O(*e* log *l*) for *e* edges and *l* lower vertices.
    private static func inversions(in lowerEnds: [Int], below lowerCount: Int, tree: inout [Int]) -> Int {
        var firstLeaf = 1
        while firstLeaf < lowerCount { firstLeaf *= 2 }
        tree.removeAll(keepingCapacity: true)
        tree.append(contentsOf: repeatElement(0, count: 2 * firstLeaf))
        var crossings = 0
        for lower in lowerEnds {
            var index = lower + firstLeaf
            tree[index] += 1
            while index > 1 {
                if index.isMultiple(of: 2) { crossings += tree[index + 1] }
                index /= 2
                tree[index] += 1
            }
        }
        return crossings
    }
}
