import CareMapKit

/// `caremap show`: a map as plain text for notes and e-mails.
public enum TextRendering {
    /// The widest and tallest a drawing may be, in cells, whatever is asked for.
    public static let maximumSize = 1000

    /// The title line, the map drawn with `layout` to fit `width` columns (and `height` rows when
    /// given; as many rows as it needs otherwise), then the legend. The text never holds a
    /// control character: names, labels and the title are escaped as on screen.
    ///
    /// The drawing is the most legible one that fits: full boxes at the layout's own scale; else
    /// one-line `[name]` labels, the arrangement shrunk just enough to fit without names running
    /// together; else dots, shrunk to fit, followed by a list of every node so no name is lost.
    /// Only when not even one cell is available is the middle of the map cropped, with a note.
    ///
    /// - Complexity: O((*n* log *n* + *m*) × *s* + *w* × *h*) for *n* nodes, *m* links and the
    ///   *s* ≤ 20 scales tried for labels.
    public static func show(_ map: CareMap, layout: MapLayout, width: Int, height: Int? = nil) -> String {
        let fitted = fit(map, layout: layout, width: width, height: height)
        let rows = fitted.map { fitted in
            min(height ?? fitted.layout.bounds(in: map, zoom: fitted.zoom).height, maximumSize)
        } ?? (height ?? 0)
        let drawn = fitted ?? (layout: layout, zoom: .dots)
        let viewport = MapRenderer.fit(map, layout: drawn.layout, zoom: drawn.zoom, width: width, height: rows)
        let drawing = MapRenderer.render(map, layout: drawn.layout, viewport: viewport, options: RenderOptions(zoom: drawn.zoom))
        var lines = drawing.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        if map.nodes.isEmpty { lines = ["(no nodes)"] }
        if fitted == nil, !map.nodes.isEmpty {
            lines.append("(cropped: the map does not fit in \(width)×\(height ?? 0) even as dots)")
        }
        if drawn.zoom == .dots, !map.nodes.isEmpty { lines += [""] + nodeList(map, width: width) }
        var title = Canvas(width: width, height: 1)
        title.write(map.title.isEmpty ? "Untitled map" : map.title, x: 0, y: 0)
        return ([title.text, ""] + lines + ["", Legend.render(width: width).text]).joined(separator: "\n") + "\n"
    }

    /// The zoom and (possibly shrunk) layout to draw, or `nil` when nothing fits.
    private static func fit(_ map: CareMap, layout: MapLayout, width: Int, height: Int?) -> (layout: MapLayout, zoom: Zoom)? {
        func fits(_ candidate: MapLayout, _ zoom: Zoom) -> Bool {
            let bounds = candidate.bounds(in: map, zoom: zoom)
            return bounds.width <= width && bounds.height <= min(height ?? maximumSize, maximumSize)
        }
        guard width > 0, height ?? 1 > 0 else { return nil }
        if fits(layout, .boxes) { return (layout, .boxes) }
        // A label is one row where a box is three, so rows may close up by a further half; where
        // that runs names together, they keep the layout's own rows.
        for step in stride(from: 20, through: 1, by: -1) {
            let scale = Double(step) / 20
            for down in [scale / 2, scale, 1] {
                let candidate = layout.scaled(x: scale, y: down)
                if fits(candidate, .labels), !candidate.hasCrowding(in: map, zoom: .labels) { return (candidate, .labels) }
            }
        }
        let bounds = layout.bounds(in: map, zoom: .dots)
        let across = Double(width - 1) / Double(max(bounds.width - 1, 1))
        let down = Double(min(height ?? maximumSize, maximumSize) - 1) / Double(max(bounds.height - 1, 1))
        let scale = min(1, across, down)
        // Rows shrink no further than half, when the height allows, so that a wide map squeezed
        // across still shows its layers and clusters apart rather than a few crowded rows.
        return (layout.scaled(x: scale, y: min(max(scale, 0.5), down)), .dots)
    }

    /// The key to a drawing made of dots: every node's symbol, name and role, one per line in map order.
    private static func nodeList(_ map: CareMap, width: Int) -> [String] {
        var canvas = Canvas(width: width, height: map.nodes.count + 1)
        canvas.write("Key to the dots:", x: 0, y: 0)
        for (row, node) in map.nodes.values.enumerated() {
            let symbol = node.id == map.subject ? "◉" : MapRenderer.dot(for: node.kind)
            let role = node.role.map { " (\($0.rawValue))" } ?? ""
            let mark = node.isPrivate ? " \(BoxDrawing.privateMarker)" : ""
            let line = DisplayWidth.truncate("\(symbol) \(node.displayName)\(role)\(mark)", toColumns: width - 2)
            canvas.write(line, x: 2, y: row + 1)
        }
        return canvas.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
