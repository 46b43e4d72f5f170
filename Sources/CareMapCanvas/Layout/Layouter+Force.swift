import CareMapKit

/// The force layout: a seeded Fruchterman–Reingold simulation, stretched to the terminal's aspect,
/// snapped to cells, then swept free of overlaps.
extension Layouter {
    /// Simulation steps: fixed, so a layout costs the same and repeats exactly for a seed.
    static let forceIterations = 150

    /// - Complexity: O(*i* · (*n* + *m*)) for *i* ``forceIterations`` when nodes spread evenly,
    ///   plus the overlap sweep, O(*n*) grid queries when few boxes collide.
    static func force(_ map: CareMap, seed: UInt64) -> [NodeID: MapPoint] {
        var (positions, grid) = pinnedStart(map)
        let graph = LinkGraph(map) { _ in true }
        guard !graph.nodes.isEmpty else { return positions }
        // One unit of the simulation (the ideal link length k) spans an average box and its
        // clearance across, and 1/aspect of that down, so the drawing looks round on a terminal.
        let averageWidth = graph.nodes.reduce(0) { $0 + NodeBox.size(of: $1, zoom: .boxes).width } / graph.nodes.count
        let unitX = Double(averageWidth + 4 * Clearance.standard.horizontal)
        let unitY = unitX / RingEllipse.aspect
        var random = SeededRandom(seed: seed)
        let side = Double(graph.nodes.count).squareRoot()
        var x: [Double] = [], y: [Double] = []
        for node in graph.nodes {
            let startX = Double.random(in: 0..<side, using: &random), startY = Double.random(in: 0..<side, using: &random)
            x.append(node.position.map { Double($0.x) / unitX } ?? startX)
            y.append(node.position.map { Double($0.y) / unitY } ?? startY)
        }
        var simulation = ForceSimulation(x: x, y: y, isFixed: graph.nodes.map { $0.position != nil }, neighbours: graph.neighbours,
                                         centre: (side / 2, side / 2), radius: side / 2)
        simulation.run(iterations: forceIterations, temperature: max(side / 10, 1))
        let wanted = graph.nodes.indices.filter { graph.nodes[$0].position == nil }.map { index in
            (node: graph.nodes[index],
             centre: MapPoint(x: Int((simulation.x[index] * unitX).rounded()), y: Int((simulation.y[index] * unitY).rounded())))
        }
        // The sweep: top to bottom, left to right, so each box moves only for those above it.
        settle(wanted.sorted { ($0.centre.y, $0.centre.x) < ($1.centre.y, $1.centre.x) }, into: &positions, grid: &grid)
        return positions
    }
}
