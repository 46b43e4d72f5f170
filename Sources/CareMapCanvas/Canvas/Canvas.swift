/// A rectangle of character cells that everything draws into.
///
/// No widget touches the terminal: the map, panels and status bar draw into a `Canvas`, tests
/// compare canvases as text rows, and the terminal adapter copies the finished canvas out.
public struct Canvas: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// A canvas from text rows, for expected screens in tests. Rows shorter than the widest are
    /// padded with blanks; every cell gets the plain style.
    public init(rows: [String]) {
        let width = rows.map { DisplayWidth.columns(of: $0) }.max() ?? 0
        self.init(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { write(row, x: 0, y: y) }
    }

    /// Whether (x, y) lies on the canvas.
    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// The cell at (x, y); a blank cell off the canvas.
    public subscript(x x: Int, y y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set {
            guard contains(x: x, y: y) else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Writes text from (x, y) rightwards, clipped to the canvas and to `maxWidth` columns, and
    /// returns the columns used. Controls become visible escapes (see ``SafeText``); an emoji
    /// sequence is drawn as ``DisplayWidth/drawable(_:)`` gives it; a wide character that would
    /// not fit is replaced by a space, never split.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(maxWidth ?? Int.max, width - x)
        var column = 0
        for character in SafeText.visible(text) {
            let columns = DisplayWidth.columns(of: character)
            if columns == 0 { continue }
            if column + columns > limit {
                if column < limit, x + column >= 0 { self[x: x + column, y: y] = Cell(" ", style: style) }
                return min(column + 1, max(limit, 0))
            }
            if x + column >= 0 {
                self[x: x + column, y: y] = Cell(String(DisplayWidth.drawable(character)), style: style)
                if columns == 2 { self[x: x + column + 1, y: y] = Cell("", style: style) }
            }
            column += columns
        }
        return column
    }

    /// Fills a rectangle with one cell; the part off the canvas, which may be all of it, is left out.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, with cell: Cell = .blank) {
        let rows = max(0, y)..<max(0, y, min(self.height, y + height))
        let columns = max(0, x)..<max(0, x, min(self.width, x + width))
        for row in rows {
            for column in columns { self[x: column, y: row] = cell }
        }
    }

    /// Copies another canvas onto this one with its top-left corner at (x, y), clipped.
    public mutating func draw(_ other: Canvas, x: Int, y: Int) {
        for row in 0..<other.height {
            for column in 0..<other.width where contains(x: x + column, y: y + row) {
                self[x: x + column, y: y + row] = other[x: column, y: row]
            }
        }
    }

    /// The text of each row, styles dropped, trailing spaces kept so widths are visible in diffs.
    public var rows: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += cells[y * width + x].text }
            return line
        }
    }

    /// The rows joined by newlines with trailing spaces removed: the form snapshots store.
    ///
    /// Trailing spaces are found among the UTF-8 bytes: a space is one byte, and a space that
    /// starts a longer cluster (a space and a combining mark) ends in another byte, so it stays,
    /// as it does when comparing `Character`s, at a fraction of the cost.
    public var text: String {
        rows.map { row in
            guard let last = row.utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
            return String(decoding: row.utf8[...last], as: UTF8.self)
        }.joined(separator: "\n")
    }
}
