import CareMapCanvas
import CareMapKit

/// The comparison as drawn: its word on the status bar and the changes panel, a band across
/// the map (see `Editor+ListBand.swift`).
extension Editor {
    /// The version compared with as the screen names it: behind the curtain, not by a file
    /// name, which often says whose map it is.
    private var shownVersion: String {
        guard let comparison else { return "" }
        return curtain ? "the earlier version" : comparison.version
    }

    /// The status bar's word for the comparison: the version and how much changed.
    var comparisonSummary: String? {
        guard let comparison else { return nil }
        let diff = comparison.diff
        let counts = [("+", diff.added.count), ("-", diff.removed.count), ("~", diff.changed.count)].filter { $0.1 > 0 }
        let said = counts.isEmpty ? "no changes" : counts.map { "\($0.0)\($0.1)" }.joined(separator: " ")
        return "vs \(shownVersion): \(said) (C)"
    }

    func changesPage(selected: Int, entries: [ChangeEntry]) -> Int {
        bandPage(selected: selected, entries: changeBandEntries(entries, width: screen.width), footer: [])
    }

    func changeBandEntries(_ entries: [ChangeEntry], width: Int) -> [BandEntry] {
        entries.enumerated().map { index, entry in
            Self.bandEntry(number: index + 1, text: "\(entry.item.mark.sign) \(entry.item.text)", width: width, heading: entry.section)
        }
    }

    /// The panel: the changes in sections, as `caremap diff` words them, the chosen one reversed.
    func drawChanges(selected: Int, on canvas: inout Canvas, above statusRow: Int) {
        let entries = changeEntries
        drawBand(
            title: "Changes since \(shownVersion): \(entries.count)", entries: changeBandEntries(entries, width: canvas.width),
            selected: selected, footer: Self.bandFooter("Enter goes to it · :compare off ends the comparison", width: canvas.width),
            on: &canvas, above: statusRow
        )
    }
}
