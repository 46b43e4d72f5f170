import CareMapKit

/// How legible a drawn frame is, counted from the frame alone: the measure the drawing rules
/// are held to in tests over every sample, size, layout, zoom and curtain (docs/drawing.md).
///
/// Pure: it reads a ``DrawnFrame`` and changes nothing.
public struct LegibilityAudit: Hashable, Sendable, CustomStringConvertible {
    /// Text cells whose text changed after they were written: must be 0.
    public var textCellsOverwritten = 0
    /// Names drawn cut, as a dot or not at all, and tie labels cut, for want of room.
    public var namesShortened = 0
    /// Tie labels left out for want of room.
    public var labelsHidden = 0
    /// Cells where one tie's line runs straight across another's.
    public var tieCrossings = 0
    /// Cells of a tie's line that run under another node's drawing.
    public var lineCellsCrossingText = 0
    /// Ties with an end in view that are not drawn.
    public var tiesHidden = 0

    public init() {}

    /// - Complexity: O(*t* + *c*) for *t* text cells and *c* cells of route on the canvas.
    public init(_ frame: DrawnFrame) {
        let canvas = frame.canvas
        textCellsOverwritten = frame.text.count { canvas[x: $0.x, y: $0.y].text != $0.text }
        namesShortened = frame.namesShortened + frame.labelsShortened
        labelsHidden = frame.labelsHidden
        tieCrossings = frame.tieCrossings
        tiesHidden = frame.tiesHidden
        var owner = Array(repeating: -1, count: canvas.width * canvas.height)
        for (place, rect) in frame.nodes {
            for y in max(0, rect.y)..<max(max(0, rect.y), min(canvas.height, rect.maxY)) {
                for x in max(0, rect.x)..<max(max(0, rect.x), min(canvas.width, rect.maxX)) { owner[y * canvas.width + x] = place }
            }
        }
        let bounds = WorldRect(x: 0, y: 0, width: canvas.width, height: canvas.height)
        for (route, ends) in frame.routes {
            for run in route.runs {
                for k in run.indices(within: bounds) {
                    let cell = run.cell(k), place = owner[cell.y * canvas.width + cell.x]
                    if place >= 0, place != ends.0, place != ends.1 { lineCellsCrossingText += 1 }
                }
            }
        }
    }

    /// Adds another frame's counts, for totals over many frames.
    public static func + (lhs: LegibilityAudit, rhs: LegibilityAudit) -> LegibilityAudit {
        var sum = lhs
        sum.textCellsOverwritten += rhs.textCellsOverwritten
        sum.namesShortened += rhs.namesShortened
        sum.labelsHidden += rhs.labelsHidden
        sum.tieCrossings += rhs.tieCrossings
        sum.lineCellsCrossingText += rhs.lineCellsCrossingText
        sum.tiesHidden += rhs.tiesHidden
        return sum
    }

    public var description: String {
        "overwritten \(textCellsOverwritten), shortened \(namesShortened), labels hidden \(labelsHidden), "
            + "crossings \(tieCrossings), line under text \(lineCellsCrossingText), ties hidden \(tiesHidden)"
    }
}
