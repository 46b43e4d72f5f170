import CareMapCanvas

/// Text of several lines, such as a note, edited in a box of fixed width: Enter starts a new
/// line, ↑↓ move between the rows the text wraps to, and Home/End, Ctrl-A/E, Ctrl-K and Ctrl-U
/// act on the line the cursor is in, as in a shell or Emacs.
extension LineEditor {
    /// The character offsets of each row `text` wraps to at `width` columns: a new row at every
    /// line break, and before a word that would cross the edge (a word wider than a row is cut).
    ///
    /// Offsets, not strings, so the cursor can be placed and moved row by row; widths are
    /// ``DisplayWidth``'s, so wide scripts wrap where they are drawn.
    ///
    /// - Complexity: O(*n*) for *n* characters.
    static func rows(of text: String, width: Int) -> [Range<Int>] {
        let characters = Array(text)
        var rows: [Range<Int>] = []
        var start = 0, used = 0, lastSpace: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                rows.append(start..<index)
                start = index + 1
                used = 0
                lastSpace = nil
                index += 1
                continue
            }
            let cell = DisplayWidth.columns(of: character)
            if used + cell > max(1, width), index > start {
                // Break after the last space on the row, or else inside the word.
                let end = lastSpace.map { $0 + 1 } ?? index
                rows.append(start..<end)
                start = end
                used = characters[start..<index].map(DisplayWidth.columns(of:)).reduce(0, +)
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = index }
            used += cell
            index += 1
        }
        rows.append(start..<characters.count)
        return rows
    }

    /// The row and column of the cursor in the text wrapped at `width`.
    func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let rows = LineEditor.rows(of: text, width: width)
        // The cursor at a row's end belongs to that row, unless the next row starts there.
        let row = rows.lastIndex { $0.lowerBound <= cursor && cursor <= $0.upperBound } ?? 0
        let before = String(Array(text)[rows[row].lowerBound..<cursor])
        return (row, DisplayWidth.columns(of: SafeText.visible(before)))
    }

    /// Applies a key to text of several lines wrapped at `width`. Returns `.ignored` for ↑ on
    /// the first row and ↓ on the last, so the caller can move to the field above or below.
    mutating func handleLines(_ key: Key, width: Int) -> Outcome {
        let characters = Array(text)
        let lineStart = characters[..<cursor].lastIndex(of: "\n").map { $0 + 1 } ?? 0
        let lineEnd = characters[cursor...].firstIndex(of: "\n") ?? characters.count
        switch key {
        case .enter:
            insert("\n")
            return .edited
        case .up, .down:
            let rows = LineEditor.rows(of: text, width: width)
            let (row, column) = cursorPosition(width: width)
            let target = key == .up ? row - 1 : row + 1
            guard rows.indices.contains(target) else { return .ignored }
            cursor = LineEditor.offset(in: characters, row: rows[target], column: column)
            return .moved
        case .home, .control("a"):
            cursor = lineStart
            return .moved
        case .end, .control("e"):
            cursor = lineEnd
            return .moved
        case .control("k"):
            // At the end of a line, Ctrl-K joins the next one to it, as in Emacs.
            let end = lineEnd == cursor && cursor < characters.count ? cursor + 1 : lineEnd
            text = String(characters[..<cursor] + characters[end...])
            return .edited
        case .control("u"):
            text = String(characters[..<lineStart] + characters[cursor...])
            cursor = lineStart
            return .edited
        default:
            return handle(key)
        }
    }

    /// The offset on `row` nearest to `column`, for ↑↓.
    private static func offset(in characters: [Character], row: Range<Int>, column: Int) -> Int {
        var used = 0
        for index in row {
            let cell = DisplayWidth.columns(of: characters[index])
            if used + cell > column { return index }
            used += cell
        }
        return row.upperBound
    }
}
