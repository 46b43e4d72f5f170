import CareMapKit

/// A drawing of a map and a record of what went into it: every cell of text as it was written,
/// the lines' routes and what could not be shown. ``LegibilityAudit`` reads it, so the promise
/// that no text is drawn over other text is checked on real frames rather than assumed.
public struct DrawnFrame: Sendable {
    public internal(set) var canvas: Canvas
    /// Every text cell (names, role tags, private marks, tie labels) as it was when written, in
    /// canvas coordinates; a later write that changes one is an overwrite.
    var text: [TextCell] = []
    /// The canvas rectangle of each visible node, by its place in the map.
    var nodes: [(place: Int, rect: WorldRect)] = []
    /// The routes drawn, in canvas coordinates, with the places of their two nodes.
    var routes: [(route: LinkRoute, ends: (Int, Int))] = []
    /// How many ties were drawn.
    public var tiesDrawn: Int { routes.count }
    /// Names drawn narrower than their whole width, or as a dot, or not at all.
    var namesShortened = 0
    /// Tie labels cut with `…`.
    var labelsShortened = 0
    /// Tie labels left out for want of room (the details panel shows them).
    var labelsHidden = 0
    /// Ties with an end in view that were not drawn: an end not drawn, or no route.
    var tiesHidden = 0
    /// Cells where one tie's line runs straight across another's.
    var tieCrossings = 0
    /// Whether the ties were routed weighing the boxes and lines they cross, which only
    /// frames with at most ``MapRenderer/carefulRoutingLimit`` ties in view are; the bench
    /// finds such a view to time that path on large maps.
    public internal(set) var routedCarefully = true

    /// One cell of text and what it showed when written.
    struct TextCell: Sendable {
        var x: Int
        var y: Int
        var text: String
    }

    init(canvas: Canvas) {
        self.canvas = canvas
    }

    /// Writes text on the canvas and records the cells it took.
    @discardableResult
    mutating func write(_ string: String, x: Int, y: Int, style: CellStyle, maxWidth: Int? = nil) -> Int {
        let used = canvas.write(string, x: x, y: y, style: style, maxWidth: maxWidth)
        noteText(x: x, y: y, width: used)
        return used
    }

    /// Records the `width` cells from (x, y) as text, as they stand now.
    mutating func noteText(x: Int, y: Int, width: Int) {
        for column in max(0, x)..<max(max(0, x), min(canvas.width, x + width)) where canvas.contains(x: column, y: y) {
            text.append(TextCell(x: column, y: y, text: canvas[x: column, y: y].text))
        }
    }
}
