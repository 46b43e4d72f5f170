import CareMapCanvas
import CareMapKit

/// The insights panel as drawn: a band across the map (see `Editor+ListBand.swift`) with every
/// finding wrapped in full and the chosen one's suggested action at its foot.
extension Editor {
    private func insightEntries(width: Int) -> [BandEntry] {
        findings.indices.map { Self.bandEntry(number: $0 + 1, text: sentence(findings[$0]).message, width: width) }
    }

    private func suggestionRows(selected: Int, width: Int) -> [String] {
        guard findings.indices.contains(selected) else { return [] }
        return Self.bandFooter(sentence(findings[selected]).suggestion, width: width)
    }

    /// How many findings a page of the panel shows from `selected`, for PgUp and PgDn.
    func insightsPage(selected: Int) -> Int {
        bandPage(selected: selected, entries: insightEntries(width: screen.width), footer: suggestionRows(selected: selected, width: screen.width))
    }

    /// The panel: a heading, as many findings as fit (the chosen one reversed, the list scrolled
    /// to keep it whole), and the chosen one's suggested action.
    func drawInsights(selected: Int, on canvas: inout Canvas, above statusRow: Int) {
        drawBand(
            title: "Insights: \(findings.count) to act on", entries: insightEntries(width: canvas.width), selected: selected,
            footer: suggestionRows(selected: selected, width: canvas.width), on: &canvas, above: statusRow
        )
    }
}
