import CareMapKit

/// Lines recorded cell by cell over a canvas before any glyph is chosen (see ``LineCell``),
/// with the marks and arrowheads that go on top of them.
struct LineLayer {
    let origin: MapPoint
    let width: Int
    let height: Int
    private var cells: [LineCell]
    private var styles: [CellStyle]
    /// Quality marks, shown only where the cell is still a straight piece once all lines are in.
    private var marks: [Int: (Character, CellStyle)] = [:]
    /// Arrowheads, always shown.
    private var arrows: [Int: (Character, CellStyle)] = [:]
    /// Cells where a line ran straight across one drawn before it, for ``LegibilityAudit``.
    private(set) var crossings = 0

    init(origin: MapPoint, width: Int, height: Int) {
        self.origin = origin
        self.width = width
        self.height = height
        cells = Array(repeating: LineCell(), count: width * height)
        styles = Array(repeating: .plain, count: width * height)
    }

    /// The index of a world cell on the canvas, or `nil` off it.
    private func offset(of point: MapPoint) -> Int? {
        let (x, y) = (point.x - origin.x, point.y - origin.y)
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        return y * width + x
    }

    /// Records a route's line. Segments are clipped to the canvas before they are walked, so a
    /// long line through a small viewport costs only its visible cells. Each cell gets the arms
    /// towards its neighbours on the route; the end cells also get an arm into their box.
    mutating func draw(_ route: LinkRoute, weight: LineWeight, pattern: LinePattern, style: CellStyle) {
        let points = route.points
        for (start, end) in zip(points, points.dropFirst()) {
            let forward = LinkRoute.direction(from: start, to: end)
            let horizontal = forward.isHorizontal
            let along = horizontal ? (min(start.x, end.x), max(start.x, end.x)) : (min(start.y, end.y), max(start.y, end.y))
            let visible = horizontal ? (origin.x, origin.x + width - 1) : (origin.y, origin.y + height - 1)
            let low = max(along.0, visible.0), high = min(along.1, visible.1)
            guard low <= high else { continue }
            for position in low...high {
                let point = horizontal ? MapPoint(x: position, y: start.y) : MapPoint(x: start.x, y: position)
                guard let index = offset(of: point) else { continue }
                let (lowArm, highArm): (LineDirection, LineDirection) = horizontal ? (.left, .right) : (.up, .down)
                let (across, back): (LineDirection, LineDirection) = horizontal ? (.up, .down) : (.left, .right)
                if position > along.0, position < along.1, cells[index][across] != .none, cells[index][back] != .none,
                   cells[index][lowArm] == .none, cells[index][highArm] == .none {
                    crossings += 1
                }
                if position > along.0 { cells[index].add(lowArm, weight: weight, pattern: pattern) }
                if position < along.1 { cells[index].add(highArm, weight: weight, pattern: pattern) }
                styles[index] = style
            }
        }
    }

    /// What running a route through the lines already drawn costs: 6 for each cell where it
    /// would run along another line (lines sharing cells are hard to tell apart) and 1 for each
    /// crossing. Only cells on the canvas count; lines are not known elsewhere, so each segment
    /// is clipped to the canvas before its cells are visited.
    ///
    /// - Complexity: O(*corners* + *visible length*).
    func congestion(of route: LinkRoute) -> Int {
        var total = 0
        for run in route.runs {
            let direction = run.direction
            for k in run.indices(within: bounds) {
                guard let index = offset(of: run.cell(k)), !cells[index].isEmpty else { continue }
                total += cells[index][direction] != .none || cells[index][direction.opposite] != .none ? 6 : 1
            }
        }
        return total
    }

    /// The lines recorded at a world cell, or `nil` off the canvas.
    func cell(at point: MapPoint) -> LineCell? {
        offset(of: point).map { cells[$0] }
    }

    /// The world cells the canvas covers.
    var bounds: WorldRect { WorldRect(x: origin.x, y: origin.y, width: width, height: height) }

    /// Puts a quality mark on a cell, shown only if the cell stays a straight piece.
    mutating func mark(_ point: MapPoint, with symbol: Character, style: CellStyle) {
        if let index = offset(of: point) { marks[index] = (symbol, style) }
    }

    /// Puts an arrowhead on a cell.
    mutating func arrow(_ point: MapPoint, pointing direction: LineDirection, style: CellStyle) {
        if let index = offset(of: point) { arrows[index] = (BoxDrawing.arrowhead(pointing: direction), style) }
    }

    /// Writes the resolved glyphs into the canvas, leaving cells without lines untouched.
    ///
    /// - Complexity: O(*w* × *h*).
    func resolve(into canvas: inout Canvas) {
        for index in cells.indices {
            var glyph = cells[index].glyph
            var style = styles[index]
            if cells[index].isStraight, let (symbol, markStyle) = marks[index] { (glyph, style) = (symbol, markStyle) }
            if let (symbol, arrowStyle) = arrows[index] { (glyph, style) = (symbol, arrowStyle) }
            if let glyph { canvas[x: index % width, y: index / width] = Cell(String(glyph), style: style) }
        }
    }
}
