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
        Entry(sample: "╭+─", style: CellStyle(.accent, [.bold]), meaning: "new since (:compare)"),
        Entry(sample: "╭~─", style: CellStyle(.warning, [.bold]), meaning: "changed since (:compare)"),
        Entry(sample: "╭-╌", style: CellStyle(.plain, [.dim]), meaning: "gone since (:compare, faint)"),
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

    /// The entries for what a drawing of `map` at `zoom` shows, without the colour swatches:
    /// for `caremap show`, whose plain text has no colour, so a reader is not sent looking for
    /// symbols that are not there. `masked` says whether any node is drawn masked; `drawing`
    /// is looked at for crossings.
    ///
    /// - Complexity: O(*n* + *m* + *c*) for *n* nodes, *m* links and *c* cells of the drawing.
    public static func entries(for map: CareMap, zoom: Zoom, masked: Bool, drawing: String) -> [Entry] {
        let kinds = Set(map.nodes.values.filter { $0.id != map.subject }.map(\.kind))
        let links = map.links.filter { $0.from != $0.to }
        let hasSubject = map.subjectNode != nil
        let shown: [String: Bool] = [
            "person": zoom == .boxes && kinds.contains(.person),
            "place": zoom == .boxes && kinds.contains(.place),
            "group or service": zoom == .boxes && kinds.contains(.group),
            "the person at the centre": zoom == .boxes && hasSubject,
            "role, in the top border": zoom == .boxes && map.nodes.values.contains { $0.role?.abbreviation != nil },
            "private: never exported": map.nodes.values.contains(where: \.isPrivate),
            "private, names hidden": masked,
            "person, place, group, centre": !zoom.showsNames,
            "strong tie": links.contains { $0.strength == .strong },
            "moderate tie": links.contains { $0.strength == .moderate || $0.strength == nil },
            "tenuous tie": links.contains { $0.strength == .tenuous },
            "hoped-for tie (dim)": links.contains { $0.status == .hopedFor },
            "past tie (dim)": links.contains { $0.status == .past },
            "stressful tie": links.contains { $0.quality == .stressful },
            "mixed tie": links.contains { $0.quality == .mixed },
            "support flows this way": links.contains { $0.direction != LinkDirection.none },
            "lines crossing or meeting": drawing.contains { "┼╋┿╂├┤┬┴┝┥┯┷┠┨┰┸┣┫┳┻".contains($0) },
        ]
        return (nodeEntries + lineEntries).filter { shown[$0.meaning] ?? false }
    }

    /// The legend laid out in as many columns as fit in `width`, filled top to bottom.
    ///
    /// - Complexity: O(*e*) for *e* entries.
    public static func render(width: Int, entries: [Entry] = Legend.entries) -> Canvas {
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
