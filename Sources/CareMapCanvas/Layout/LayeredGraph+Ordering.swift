/// Step three of Sugiyama, Tagawa and Toda (1981): reorder each layer to reduce crossings.
extension LayeredGraph {
    /// Alternating downward and upward barycentre sweeps: each vertex moves to the mean position
    /// of its neighbours in the layer just fixed (Sugiyama et al. 1981). Sweeps can cycle, so the
    /// ordering with the fewest crossings seen is kept, and the sweeps stop early at zero.
    ///
    /// - Complexity: O(*s* · (*V* log *V* + *E* log *V*)) for *s* sweeps over *V* vertices and
    ///   *E* edges of the layered graph.
    mutating func reduceCrossings(sweeps: Int = 24) {
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
        layers.indices.dropLast().reduce(0) { total, layer in
            total + Self.bilayerCrossings(layers[layer].map { below[$0] }, position: position, lowerCount: layers[layer + 1].count)
        }
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
    /// ("Simple and efficient bilayer cross counting", *JGAA* 8(2), 2004): list each edge's lower
    /// end in order of upper end, then count the inversions in that list.
    ///
    /// `lowerNeighbours` holds, for each upper vertex left to right, its neighbours below.
    ///
    /// - Complexity: O(*e* log *l*) for *e* edges and *l* lower vertices.
    private static func bilayerCrossings(_ lowerNeighbours: [[Int]], position: [Int], lowerCount: Int) -> Int {
        var firstLeaf = 1
        while firstLeaf < lowerCount { firstLeaf *= 2 }
        var tree = Array(repeating: 0, count: 2 * firstLeaf)
        var crossings = 0
        for neighbours in lowerNeighbours {
            for lower in neighbours.map({ position[$0] }).sorted() {
                var index = lower + firstLeaf
                tree[index] += 1
                while index > 1 {
                    if index.isMultiple(of: 2) { crossings += tree[index + 1] }
                    index /= 2
                    tree[index] += 1
                }
            }
        }
        return crossings
    }
}
