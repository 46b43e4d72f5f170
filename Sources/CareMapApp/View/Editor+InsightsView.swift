import CareMapCanvas
import CareMapKit

/// The insights panel as drawn: a band across the map, at the foot or the top, whichever is
/// away from the selection, with every finding wrapped in full.
extension Editor {
    /// Where the panel goes above the status row: `top` and `height` in rows. It covers at
    /// most half the map, on the side of the selection's box with more room, and no more of
    /// that side than the room there, so the box stays in view.
    func insightsBand(above statusRow: Int) -> (top: Int, height: Int) {
        let half = max(3, statusRow / 2)
        guard let box = focusBoxOnScreen else { return (statusRow - half, half) }
        let above = box.y, below = statusRow - box.y - box.height
        if below >= above { return (statusRow - min(half, max(3, below)), min(half, max(3, below))) }
        return (0, min(half, max(3, above)))
    }

    /// Each finding's rows, wrapped to `width`: its number, then the sentence, continued under it.
    private func insightRows(width: Int) -> [[String]] {
        findings.indices.map { index in
            let number = " \(index + 1). "
            return TextWrap.lines(SafeText.visible(sentence(findings[index]).message), width: max(1, width - 1),
                                  first: number, rest: String(repeating: " ", count: number.count))
        }
    }

    /// The findings shown with `selected` chosen: the first one on screen and how many fit, the
    /// list scrolled so the chosen one is shown whole.
    private func insightsWindow(selected: Int, rows: [[String]], space: Int) -> Range<Int> {
        var first = 0
        while first < selected, rows[first...selected].map(\.count).reduce(0, +) > space { first += 1 }
        var end = first, used = 0
        while end < rows.count, used + rows[end].count <= space || end == first {
            used += rows[end].count
            end += 1
        }
        return first..<end
    }

    /// How many findings a page of the panel shows from `selected`, for PgUp and PgDn.
    func insightsPage(selected: Int) -> Int {
        let band = insightsBand(above: screenLayout.statusRow)
        let rows = insightRows(width: screen.width)
        let suggestion = suggestionRows(selected: selected, width: screen.width)
        return max(1, insightsWindow(selected: selected, rows: rows, space: band.height - 1 - suggestion.count).count)
    }

    private func suggestionRows(selected: Int, width: Int) -> [String] {
        guard findings.indices.contains(selected) else { return [] }
        return Array(TextWrap.lines(SafeText.visible(sentence(findings[selected]).suggestion), width: max(1, width - 1), first: " → ", rest: "   ").prefix(2))
    }

    /// The panel: a heading, as many findings as fit (the chosen one reversed, the list scrolled
    /// to keep it whole), and the chosen one's suggested action.
    func drawInsights(selected: Int, on canvas: inout Canvas, above statusRow: Int) {
        let band = insightsBand(above: statusRow)
        guard band.height >= 3, statusRow > band.height else { return }
        let rows = insightRows(width: canvas.width)
        let suggestion = suggestionRows(selected: selected, width: canvas.width)
        let window = insightsWindow(selected: selected, rows: rows, space: band.height - 1 - suggestion.count)
        let heading = CellStyle(.chrome, [.reverse, .bold])
        canvas.fill(x: 0, y: band.top, width: canvas.width, height: band.height, with: Cell(" ", style: CellStyle(.chrome)))
        canvas.fill(x: 0, y: band.top, width: canvas.width, height: 1, with: Cell(" ", style: heading))
        let more = window.count < findings.count ? " · \(window.lowerBound + 1)–\(window.upperBound) shown, PgUp/PgDn for more" : ""
        canvas.write(" Insights: \(findings.count) to act on" + more, x: 0, y: band.top, style: heading, maxWidth: canvas.width)
        var y = band.top + 1
        for index in window {
            let style = index == selected ? CellStyle(.plain, [.reverse]) : CellStyle(.chrome)
            for line in rows[index] where y < band.top + band.height - suggestion.count {
                canvas.fill(x: 0, y: y, width: canvas.width, height: 1, with: Cell(" ", style: style))
                canvas.write(line, x: 0, y: y, style: style, maxWidth: canvas.width)
                y += 1
            }
        }
        for (offset, line) in suggestion.enumerated() {
            canvas.write(line, x: 0, y: band.top + band.height - suggestion.count + offset, style: CellStyle(.accent), maxWidth: canvas.width)
        }
    }
}
