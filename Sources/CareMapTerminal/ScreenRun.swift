import CareMapCanvas
import CareMapKit

/// Text in one style that must be written at one place on the screen.
///
/// ncurses already compares its virtual screen with the physical one, so the runs do not save
/// bytes on the wire; they save the work of handing every cell to ncurses on every frame (a full
/// 200×60 screen is 12,000 calls when usually a handful of cells changed).
struct ScreenRun: Hashable, Sendable {
    var x: Int
    var y: Int
    var style: CellStyle
    var text: String
}

extension ScreenRun {
    /// The runs that turn a screen showing `old` into one showing `new`, clipped to `width` ×
    /// `height` columns and rows. Cells are compared position by position, so an `old` of another
    /// size counts as blank where it has no cell: after erasing the screen, pass a blank canvas.
    ///
    /// A run is a stretch of changed cells in one style on one row. It ends after a wide
    /// character, so the next run starts at an explicit column and a terminal that disagrees
    /// about a character's width cannot shift the rest of the row. Whatever the canvas holds, the
    /// text is printable and fills exactly the columns it stands for: a lone continuation cell or
    /// a zero-width cluster becomes a space, a wide character without room or without its
    /// continuation becomes a space, and a control character (which ``Canvas`` never stores)
    /// becomes U+FFFD, one column wide, so no byte sequence from a hostile name reaches the
    /// terminal and the layout stays aligned.
    ///
    /// - Complexity: O(`width` × `height`).
    static func changes(from old: Canvas, to new: Canvas, width: Int, height: Int) -> [ScreenRun] {
        var runs: [ScreenRun] = []
        for y in 0..<min(height, new.height) {
            var current: ScreenRun?
            var x = 0
            while x < min(width, new.width) {
                let unit = ScreenUnit(new, x: x, y: y, width: min(width, new.width))
                let changed = (x..<x + unit.columns).contains { new[x: $0, y: y] != old[x: $0, y: y] }
                if changed, let run = current, run.style == unit.style {
                    current?.text += unit.text
                } else {
                    if let run = current { runs.append(run) }
                    current = changed ? ScreenRun(x: x, y: y, style: unit.style, text: unit.text) : nil
                }
                if unit.columns == 2, let run = current {
                    runs.append(run)
                    current = nil
                }
                x += unit.columns
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }
}

/// What one cell, or a wide character with its continuation, puts on the screen.
private struct ScreenUnit {
    var text: String
    var style: CellStyle
    /// 1, or 2 for a wide character followed by its continuation cell.
    var columns: Int

    init(_ canvas: Canvas, x: Int, y: Int, width: Int) {
        let cell = canvas[x: x, y: y]
        style = cell.style
        columns = 1
        if cell.text.unicodeScalars.contains(where: { $0.isTerminalUnsafe }) {
            text = "\u{FFFD}"
            return
        }
        switch DisplayWidth.columns(of: cell.text) {
        case 1:
            text = cell.text
        case 2 where x + 1 < width && canvas[x: x + 1, y: y].isContinuation:
            text = cell.text
            columns = 2
        default:
            text = " "
        }
    }
}
