import CareMapKit

/// The force layout: stress majorisation from classical scaling, as Graphviz's `neato` lays out,
/// for maps of up to ``Layouter/stressLimit`` nodes, and a seeded Fruchterman–Reingold simulation
/// for larger ones; then stretched to the terminal's aspect, snapped to cells, swept free of
/// overlaps, and for small maps nudged to remove crossings (``Layouter/untangle(_:free:positions:grid:)``).
extension Layouter {
    /// Simulation steps: fixed, so a layout costs the same and repeats exactly for a seed.
    static let forceIterations = 150
    /// Up to this many nodes the layout is by stress majorisation, which costs O(*n*²) a sweep
    /// but draws a small map with far fewer crossings than the simulation.
    static let stressLimit = 150
    /// Stress majorisation sweeps: enough for a map of a few hundred nodes to settle.
    static let stressIterations = 100

    /// How much room the free boxes get, as a multiple of their own area with clearance: enough
    /// that the overlap sweep only nudges boxes instead of searching far for space.
    private static let roominess = 2.5

    /// Pinned nodes enter the simulation fixed, at the scale of one simulation unit (the ideal link
    /// length) to an average box and its clearance across; if the simulation then comes out too
    /// crowded for the boxes, the free nodes are spread further, pinned ones staying put.
    ///
    /// - Complexity: up to ``stressLimit`` nodes, O(*i* · *n*²) for *i* ``stressIterations``;
    ///   beyond, O(*i* · (*n* + *m*)) for *i* ``forceIterations`` when nodes spread evenly; plus
    ///   the overlap sweep, O(*n*) grid queries when few boxes collide.
    static func force(_ map: CareMap, seed: UInt64) -> [NodeID: MapPoint] {
        var (positions, grid) = pinnedStart(map)
        let graph = LinkGraph(map) { _ in true }
        guard !graph.nodes.isEmpty else { return positions }
        let boxes = graph.nodes.map(SizedBox.init)
        let averageWidth = Double(boxes.reduce(0) { $0 + $1.width }) / Double(boxes.count)
        let pinnedUnit = averageWidth + Double(4 * Clearance.standard.horizontal)
        var random = SeededRandom(seed: seed)
        let side = Double(graph.nodes.count).squareRoot()
        var x: [Double] = [], y: [Double] = []
        for node in graph.nodes {
            let startX = Double.random(in: 0..<side, using: &random), startY = Double.random(in: 0..<side, using: &random)
            x.append(node.position.map { Double($0.x) / pinnedUnit } ?? startX)
            y.append(node.position.map { Double($0.y) * RingEllipse.aspect / pinnedUnit } ?? startY)
        }
        let isFixed = graph.nodes.map { $0.position != nil }
        if graph.nodes.count <= stressLimit {
            var stress = StressMajorization(x: x, y: y, isFixed: isFixed, neighbours: graph.neighbours)
            stress.startFromScaling(using: &random)
            stress.run(iterations: stressIterations)
            (x, y) = (stress.x, stress.y)
        } else {
            var simulation = ForceSimulation(
                x: x, y: y, isFixed: isFixed, neighbours: graph.neighbours, centre: (side / 2, side / 2), radius: side / 2
            )
            simulation.run(iterations: forceIterations, temperature: max(side / 10, 1))
            (x, y) = (simulation.x, simulation.y)
        }
        let free = graph.nodes.indices.filter { !isFixed[$0] }
        let unit = max(pinnedUnit, roomyUnit(free.map { x[$0] }, free.map { y[$0] }, free.map { boxes[$0] }))
        let wanted = free.map { index in
            (box: boxes[index], centre: MapPoint(x: Int((x[index] * unit).rounded()),
                                                 y: Int((y[index] * unit / RingEllipse.aspect).rounded())))
        }
        // The sweep: top to bottom, left to right, so each box moves only for those above it.
        settle(wanted.sorted { ($0.centre.y, $0.centre.x, $0.box.id) < ($1.centre.y, $1.centre.x, $1.box.id) }, into: &positions, grid: &grid)
        untangle(map, free: free.map { boxes[$0] }, positions: &positions, grid: &grid)
        return positions
    }

    /// The cells per simulation unit across that give `boxes` ``roominess`` times their area,
    /// measured over the middle 90% of positions each way, so a few stragglers do not make the
    /// crowded middle look roomy; 0 when the positions span no area.
    private static func roomyUnit(_ x: [Double], _ y: [Double], _ boxes: [SizedBox]) -> Double {
        func span(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted[sorted.count * 95 / 100] - sorted[sorted.count * 5 / 100]
        }
        guard !boxes.isEmpty else { return 0 }
        let area = span(x) * span(y)
        guard area > 0 else { return 0 }
        let clearance = Clearance.standard
        let needed = boxes.reduce(0.0) {
            $0 + Double(($1.width + 2 * clearance.horizontal) * ($1.height + 2 * clearance.vertical))
        }
        // A square unit of the simulation covers unit × unit/aspect cells.
        return (roominess * needed * 0.81 * RingEllipse.aspect / area).squareRoot()
    }
}
