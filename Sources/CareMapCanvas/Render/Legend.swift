import CareMapKit

/// The key to every glyph, line style and colour role the map uses, as canvas rows: shown in
/// the editor's help and printed under `caremap show`, so a map read on paper or in monochrome
/// can still be decoded.
public enum Legend {
    /// One line of the legend: a sample as drawn on the map, and what it means.
    public struct Entry: Hashable, Sendable {
        public let sample: String
        public let style: CellStyle
        public let meaning: String
    }

    /// Every entry, grouped: node shapes, node marks, line styles, colours.
    public static let entries: [Entry] = nodeEntries + lineEntries + colourEntries

    private static let nodeEntries: [Entry] = [
        Entry(sample: "╭─╮", style: .plain, meaning: "person"),
        Entry(sample: "┌─┐", style: .plain, meaning: "place"),
        Entry(sample: "╔═╗", style: .plain, meaning: "group or service"),
        Entry(sample: "┏━┓", style: .plain, meaning: "the person at the centre"),
        Entry(sample: "─GP", style: .plain, meaning: "role, in the top border"),
        Entry(sample: String(BoxDrawing.privateMarker), style: .plain, meaning: "private: never exported"),
        Entry(sample: String(repeating: BoxDrawing.mask, count: 3), style: .plain, meaning: "private, names hidden"),
        Entry(sample: "●■◆◉", style: .plain, meaning: "person, place, group, centre"),
    ]

    private static let lineEntries: [Entry] = [
        Entry(sample: "━━━", style: .plain, meaning: "strong tie"),
        Entry(sample: "───", style: .plain, meaning: "moderate tie"),
        Entry(sample: "╌╌╌", style: .plain, meaning: "tenuous tie"),
        Entry(sample: "┈┈┈", style: CellStyle(.plain, [.dim]), meaning: "hoped-for tie (dim)"),
        Entry(sample: "─" + String(BoxDrawing.pastMark) + "─", style: CellStyle(.plain, [.dim]), meaning: "past tie (dim)"),
        Entry(sample: "─" + String(BoxDrawing.stressfulMark) + "─", style: CellStyle(.danger), meaning: "stressful tie"),
        Entry(sample: "─" + String(BoxDrawing.mixedMark) + "─", style: CellStyle(.warning), meaning: "mixed tie"),
        Entry(sample: "──▶", style: .plain, meaning: "support flows this way"),
        Entry(sample: "┼╋┿", style: .plain, meaning: "lines crossing or meeting"),
    ]

    private static let colourEntries: [Entry] = Sector.allCases.map { sector in
        Entry(sample: "███", style: CellStyle(.sector(sector)), meaning: "colour: " + sector.rawValue.replacingDashes)
    } + [
        Entry(sample: "███", style: CellStyle(.accent, [.bold]), meaning: "highlighted (bold)"),
        Entry(sample: "███", style: CellStyle(.plain, [.reverse]), meaning: "selected (reversed)"),
    ]

    /// The legend laid out in as many columns as fit in `width`, filled top to bottom.
    ///
    /// - Complexity: O(*e*) for *e* entries.
    public static func render(width: Int) -> Canvas {
        let sampleWidth = entries.map { DisplayWidth.columns(of: $0.sample) }.max() ?? 0
        let entryWidth = sampleWidth + 2 + (entries.map { DisplayWidth.columns(of: $0.meaning) }.max() ?? 0)
        let columns = max(1, (width + 3) / (entryWidth + 3))
        let rows = (entries.count + columns - 1) / columns
        var canvas = Canvas(width: width, height: rows + 1)
        canvas.write("Legend", x: 0, y: 0, style: CellStyle(.chrome, [.bold]))
        for (index, entry) in entries.enumerated() {
            let x = (index / rows) * (entryWidth + 3), y = 1 + index % rows
            canvas.write(entry.sample, x: x, y: y, style: entry.style)
            canvas.write(entry.meaning, x: x + sampleWidth + 2, y: y, style: CellStyle(.chrome), maxWidth: entryWidth - sampleWidth - 2)
        }
        return canvas
    }
}

private extension String {
    var replacingDashes: String { split(separator: "-").joined(separator: " ") }
}
