/// One component as a proper layered graph: every edge joins adjacent layers, a long edge passing
/// through a dummy vertex on each layer it crosses, which keeps a lane open for its line
/// (Sugiyama, Tagawa and Toda, 1981).
///
/// Vertices `0..<realCount` are the component's nodes, in the component's order; the rest are
/// dummies, one column wide.
struct LayeredGraph {
    let realCount: Int
    /// The width of each vertex's box, in cells.
    let widths: [Int]
    /// Each vertex's neighbours in the layer above and below.
    let above: [[Int]]
    let below: [[Int]]
    /// Each layer's vertices, left to right.
    var layers: [[Int]]

    /// - Complexity: O(*n* + *m* + *d*), *d* being the dummies: the sum of the edges' spans.
    init(widths realWidths: [Int], assignment: LayerAssignment) {
        realCount = realWidths.count
        var widths = realWidths
        var layerOf = assignment.layers
        var above = Array(repeating: [Int](), count: realCount)
        var below = Array(repeating: [Int](), count: realCount)
        for edge in assignment.edges {
            var upper = edge.from
            for layer in (layerOf[edge.from] + 1)..<layerOf[edge.to] {
                let dummy = widths.count
                widths.append(1)
                layerOf.append(layer)
                above.append([upper])
                below.append([])
                below[upper].append(dummy)
                upper = dummy
            }
            below[upper].append(edge.to)
            above[edge.to].append(upper)
        }
        var layers = Array(repeating: [Int](), count: (layerOf.max() ?? 0) + 1)
        for vertex in widths.indices { layers[layerOf[vertex]].append(vertex) }
        self.widths = widths
        self.above = above
        self.below = below
        self.layers = layers
    }
}
