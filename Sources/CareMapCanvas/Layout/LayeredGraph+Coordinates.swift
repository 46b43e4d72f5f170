/// Step four of Sugiyama, Tagawa and Toda (1981): horizontal positions that keep each layer's
/// order and spacing while pulling every vertex towards its neighbours, so edges run straight.
extension LayeredGraph {
    /// The horizontal centre of every vertex, in cells.
    ///
    /// Starts from each layer packed tightly, then alternates downward and upward passes in which
    /// each layer, given the one just placed, moves as close as its spacing allows to the mean of
    /// its neighbours there: a least-squares problem under order constraints, solved exactly by
    /// pool-adjacent-violators isotonic regression (Ayer, Brunk, Ewing, Reid and Silverman, "An
    /// empirical distribution function for sampling with incomplete information", *Annals of
    /// Mathematical Statistics* 26(4), 1955).
    ///
    /// - Complexity: O(*p* · (*V* + *E*)) for *p* passes over *V* vertices and *E* edges.
    func horizontalCentres(clearance: Int, passes: Int = 8) -> [Double] {
        var x = Array(repeating: 0.0, count: widths.count)
        for layer in layers {
            var offset = 0.0
            for (index, vertex) in layer.enumerated() {
                if index > 0 { offset += separation(layer[index - 1], vertex, clearance: clearance) }
                x[vertex] = offset
            }
        }
        for pass in 0..<passes {
            let downwards = pass.isMultiple(of: 2)
            let order = downwards ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed())
            for layer in order {
                align(layers[layer], to: downwards ? above : below, clearance: clearance, x: &x)
            }
        }
        return x
    }

    /// The least distance between the centres of neighbours `left` and `right` in a layer: half of
    /// each box, the clearance, and a cell to spare for rounding centres to whole cells.
    private func separation(_ left: Int, _ right: Int, clearance: Int) -> Double {
        Double((widths[left] + 1) / 2 + widths[right] / 2 + clearance + 1)
    }

    /// Moves one layer's vertices as near their neighbours' mean as order and spacing allow.
    private func align(_ layer: [Int], to neighbours: [[Int]], clearance: Int, x: inout [Double]) {
        guard !layer.isEmpty else { return }
        // Shift out the spacing, so the constraint becomes "non-decreasing": z = x − cumulative gap.
        var cumulative = Array(repeating: 0.0, count: layer.count)
        for index in layer.indices.dropFirst() {
            cumulative[index] = cumulative[index - 1] + separation(layer[index - 1], layer[index], clearance: clearance)
        }
        let targets = layer.enumerated().map { index, vertex in
            let around = neighbours[vertex]
            let wanted = around.isEmpty ? x[vertex] : around.reduce(0) { $0 + x[$1] } / Double(around.count)
            return wanted - cumulative[index]
        }
        var blocks: [(sum: Double, count: Int)] = []
        for target in targets {
            blocks.append((target, 1))
            while blocks.count > 1,
                  blocks[blocks.count - 2].sum / Double(blocks[blocks.count - 2].count)
                    > blocks[blocks.count - 1].sum / Double(blocks[blocks.count - 1].count) {
                let last = blocks.removeLast()
                blocks[blocks.count - 1].sum += last.sum
                blocks[blocks.count - 1].count += last.count
            }
        }
        var index = 0
        for block in blocks {
            let mean = block.sum / Double(block.count)
            for _ in 0..<block.count {
                x[layer[index]] = mean + cumulative[index]
                index += 1
            }
        }
    }
}
