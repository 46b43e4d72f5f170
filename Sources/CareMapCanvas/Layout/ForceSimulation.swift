/// Fruchterman and Reingold's force-directed placement ("Graph drawing by force-directed
/// placement", *Software: Practice and Experience* 21(11), 1991), in their grid variant: nodes
/// repel only within 2*k*, found through a uniform grid of 2*k* cells, so an iteration costs
/// O(*n* + *m*) rather than O(*n*²).
///
/// Positions are in units of *k*, the ideal distance between linked nodes. Fixed nodes push and
/// pull but never move. Because repulsion is cut off at 2*k*, parts of the map with no links
/// between them would drift apart for ever; a weak gravity towards the centre holds them, as in
/// ForceAtlas2 (Jacomy, Venturini, Heymann and Bastian, *PLoS ONE* 9(6), 2014).
struct ForceSimulation {
    private(set) var x: [Double]
    private(set) var y: [Double]
    private let isFixed: [Bool]
    /// Each undirected edge once, as (lower index, higher index).
    private let edges: [(Int, Int)]

    /// The point gravity pulls towards, and how far from it the pull reaches full strength.
    private let centre: (x: Double, y: Double)
    private let radius: Double

    /// Repulsion reaches this far, and the grid's cells are this wide.
    private static let reach = 2.0
    /// The most members of one grid cell a node is pushed by individually; see ``repel(_:_:)``.
    private static let sampled = 8
    /// Gravity's pull at ``radius`` from the centre, in units of k²/k: half a neighbour's push at
    /// the edge of its reach, growing in proportion to the distance.
    private static let gravity = 0.25

    /// Nodes start at `x`, `y`; gravity pulls towards `centre`, with full strength at `radius`.
    init(x: [Double], y: [Double], isFixed: [Bool], neighbours: [[Int]], centre: (x: Double, y: Double), radius: Double) {
        self.x = x
        self.y = y
        self.centre = centre
        self.radius = max(radius, 1)
        self.isFixed = isFixed
        edges = neighbours.indices.flatMap { vertex in neighbours[vertex].filter { $0 > vertex }.map { (vertex, $0) } }
    }

    /// Runs `iterations` steps, the largest move allowed falling linearly from `temperature`
    /// to nothing, as Fruchterman and Reingold's cooling schedule does.
    ///
    /// - Complexity: O(*iterations* · (*n* + *m*)) when nodes are spread about evenly, which
    ///   repulsion itself brings about.
    mutating func run(iterations: Int, temperature: Double) {
        var dx = Array(repeating: 0.0, count: x.count)
        var dy = Array(repeating: 0.0, count: x.count)
        for iteration in 0..<iterations {
            for index in dx.indices {
                dx[index] = 0
                dy[index] = 0
            }
            repel(&dx, &dy)
            attract(&dx, &dy)
            for index in x.indices {
                dx[index] -= Self.gravity * (x[index] - centre.x) / radius
                dy[index] -= Self.gravity * (y[index] - centre.y) / radius
            }
            let limit = temperature * Double(iterations - iteration) / Double(iterations)
            for index in x.indices where !isFixed[index] {
                let length = (dx[index] * dx[index] + dy[index] * dy[index]).squareRoot()
                guard length > 0 else { continue }
                let step = min(length, limit) / length
                x[index] += dx[index] * step
                y[index] += dy[index] * step
            }
        }
    }

    /// Repulsion k²/d from every node closer than ``reach``.
    ///
    /// A node looks at no more than ``sampled`` members of each nearby cell, scaling their push
    /// by how many the cell holds, so a crowded cell costs no more than a sparse one. Maps of
    /// care are sparse and never crowd that much; dense random graphs, which pull themselves
    /// together, do, and would otherwise cost O(*n*²) an iteration.
    private func repel(_ dx: inout [Double], _ dy: inout [Double]) {
        let grid = BucketGrid(x: x, y: y, cellSize: Self.reach)
        for first in x.indices where !isFixed[first] {
            let (forceX, forceY) = push(on: first, grid: grid)
            dx[first] += forceX
            dy[first] += forceY
        }
    }

    /// The repulsion on one node from the nodes in its own and the eight surrounding cells.
    private func push(on first: Int, grid: BucketGrid) -> (x: Double, y: Double) {
        let (column, row) = grid.cell(of: first)
        var forceX = 0.0, forceY = 0.0
        for neighbourRow in max(row - 1, 0)...min(row + 1, grid.rows - 1) {
            for neighbourColumn in max(column - 1, 0)...min(column + 1, grid.columns - 1) {
                let cell = grid.range(column: neighbourColumn, row: neighbourRow)
                var cellX = 0.0, cellY = 0.0
                for second in grid.members[cell.prefix(Self.sampled)] where second != first {
                    var ex = x[first] - x[second], ey = y[first] - y[second]
                    var distanceSquared = ex * ex + ey * ey
                    if distanceSquared >= Self.reach * Self.reach { continue }
                    if distanceSquared < 1e-9 {
                        // Coincident nodes: part them along a direction fixed by their indices.
                        ex = Double(second - first) * 1e-3
                        ey = 1e-3
                        distanceSquared = ex * ex + ey * ey
                    }
                    // k = 1, so the force k²/d along the unit vector e/d is e/d².
                    cellX += ex / distanceSquared
                    cellY += ey / distanceSquared
                }
                let scale = cell.count > Self.sampled ? Double(cell.count) / Double(Self.sampled) : 1
                forceX += cellX * scale
                forceY += cellY * scale
            }
        }
        return (forceX, forceY)
    }

    /// Attraction d²/k along every edge.
    private func attract(_ dx: inout [Double], _ dy: inout [Double]) {
        for (first, second) in edges {
            let ex = x[first] - x[second], ey = y[first] - y[second]
            // d²/k along the unit vector e/d is e·d.
            let distance = (ex * ex + ey * ey).squareRoot()
            dx[first] -= ex * distance
            dy[first] -= ey * distance
            dx[second] += ex * distance
            dy[second] += ey * distance
        }
    }
}

/// Points bucketed into square cells by counting sort, rebuilt each iteration.
private struct BucketGrid {
    let columns: Int
    let rows: Int
    private let cellSize: Double
    private let minX: Double
    private let minY: Double
    private var start: [Int]
    /// Point indices, cell by cell; ``range(column:row:)`` says where each cell's are.
    private(set) var members: [Int]
    private var cells: [Int]

    /// Cells of `cellSize`, widened when the points are so spread out (a node pinned far away)
    /// that the grid would have far more cells than points.
    init(x: [Double], y: [Double], cellSize requested: Double) {
        minX = x.min() ?? 0
        minY = y.min() ?? 0
        let width = (x.max() ?? 0) - minX, height = (y.max() ?? 0) - minY
        let budget = Double(4 * x.count + 1024)
        var size = requested
        while (width / size + 1) * (height / size + 1) > budget { size *= 2 }
        cellSize = size
        columns = Int(width / size) + 1
        rows = Int(height / size) + 1
        let (originX, originY, columns) = (minX, minY, columns)
        cells = x.indices.map { Int((x[$0] - originX) / size) + Int((y[$0] - originY) / size) * columns }
        start = Array(repeating: 0, count: columns * rows + 1)
        for cell in cells { start[cell + 1] += 1 }
        for cell in 0..<(columns * rows) { start[cell + 1] += start[cell] }
        var next = start
        members = Array(repeating: 0, count: x.count)
        for (point, cell) in cells.enumerated() {
            members[next[cell]] = point
            next[cell] += 1
        }
    }

    func cell(of point: Int) -> (column: Int, row: Int) {
        (cells[point] % columns, cells[point] / columns)
    }

    func range(column: Int, row: Int) -> Range<Int> {
        let cell = column + row * columns
        return start[cell]..<start[cell + 1]
    }
}
