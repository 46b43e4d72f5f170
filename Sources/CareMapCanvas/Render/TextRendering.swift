import CareMapKit

/// `caremap show`: a map as plain text for notes and e-mails, which a person can read and paste.
public enum TextRendering {
    /// The widest and tallest a drawing may be, in cells, whatever is asked for.
    public static let maximumSize = 1000

    /// What `show` hides: private nodes are masked (`▒`, no name, no role) unless
    /// `showPrivate`; the `curtain` replaces every name with its role pseudonym, as in the editor.
    public struct Privacy: Hashable, Sendable {
        public var showPrivate: Bool
        public var curtain: Bool
        public init(showPrivate: Bool = false, curtain: Bool = false) {
            self.showPrivate = showPrivate
            self.curtain = curtain
        }
        var masksPrivate: Bool { curtain || !showPrivate }
    }

    /// The title line, the map drawn with `layout` to fit `width` columns (and `height` rows when
    /// given; as many rows as it needs otherwise), then the legend. The text never holds a
    /// control character: names, labels and the title are escaped as on screen.
    ///
    /// The drawing is the most legible one that fits: full boxes at the layout's own scale; else
    /// one-line `[name]` labels, the arrangement shrunk just enough to fit without names running
    /// together; else short codes `[●1]` numbered in reading order (top to bottom, then left to
    /// right), followed by a key in the same order; else bare dots, shrunk to fit, with the key.
    /// Only when not even one cell is available is the middle of the map cropped, with a note.
    /// The legend lists only what the drawing uses, and no colours, which plain text lacks.
    ///
    /// - Complexity: O((*n* log *n* + *m*) × *s* + *w* × *h*) for *n* nodes, *m* links and the
    ///   *s* ≤ 40 scales tried for labels and codes.
    public static func show(_ map: CareMap, layout: MapLayout, width: Int, height: Int? = nil, privacy: Privacy = Privacy()) -> String {
        let shown = shownNames(map, privacy: privacy)
        let fitted = fit(shown, layout: layout, width: width, height: height, privacy: privacy)
        let drawn = fitted ?? (map: shown, layout: layout, zoom: .dots, keyed: true)
        let codes = readingOrder(map, layout: drawn.layout)
        let rows = fitted.map { min(height ?? $0.layout.bounds(in: $0.map, zoom: $0.zoom).height, maximumSize) } ?? (height ?? 0)
        let viewport = MapRenderer.fit(drawn.map, layout: drawn.layout, zoom: drawn.zoom, width: width, height: rows)
        let masks = privacy.masksPrivate && drawn.map == shown
        let scene = MapScene(map: drawn.map, layout: drawn.layout, zoom: drawn.zoom, masksPrivate: masks)
        let drawing = MapRenderer.render(scene, viewport: viewport, options: RenderOptions(zoom: drawn.zoom))
        var lines = drawing.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        if map.nodes.isEmpty { lines = ["(no nodes)"] }
        if fitted == nil, !map.nodes.isEmpty {
            lines.append("(cropped: the map does not fit in \(width)×\(height ?? 0) even as dots)")
        }
        if drawn.keyed, !map.nodes.isEmpty { lines += [""] + key(shown, codes: codes, privacy: privacy, width: width) }
        var title = Canvas(width: width, height: 1)
        title.write(map.title.isEmpty ? "Untitled map" : map.title, x: 0, y: 0)
        let anyMasked = privacy.masksPrivate && map.nodes.values.contains(where: \.isPrivate)
        let entries = Legend.entries(for: map, zoom: drawn.keyed ? .dots : drawn.zoom, masked: anyMasked && !drawn.keyed, drawing: drawing.text)
        return ([title.text, ""] + lines + ["", Legend.render(width: width, entries: entries).text]).joined(separator: "\n") + "\n"
    }

    /// The zoom, names and (possibly shrunk) layout to draw, and whether a key must follow; `nil`
    /// when nothing fits.
    private static func fit(
        _ map: CareMap, layout: MapLayout, width: Int, height: Int?, privacy: Privacy
    ) -> (map: CareMap, layout: MapLayout, zoom: Zoom, keyed: Bool)? {
        func fits(_ map: CareMap, _ candidate: MapLayout, _ zoom: Zoom) -> Bool {
            let bounds = candidate.bounds(in: map, zoom: zoom)
            return bounds.width <= width && bounds.height <= min(height ?? maximumSize, maximumSize)
        }
        guard width > 0, height ?? 1 > 0 else { return nil }
        if fits(map, layout, .boxes) { return (map, layout, .boxes, false) }
        // A label is one row where a box is three, so rows may close up by a further half; where
        // that runs names together, they keep the layout's own rows.
        // Codes follow the reading order of each shrunk arrangement, since shrinking rows can
        // bring nodes onto one row.
        for keyed in [false, true] {
            for step in stride(from: 20, through: 1, by: -1) {
                let scale = Double(step) / 20
                for down in [scale / 2, scale, 1] {
                    let candidate = layout.scaled(x: scale, y: down)
                    let names = keyed ? codedNames(map, codes: readingOrder(map, layout: candidate), privacy: privacy) : map
                    if fits(names, candidate, .labels), !candidate.hasCrowding(in: names, zoom: .labels) { return (names, candidate, .labels, keyed) }
                }
            }
        }
        let bounds = layout.bounds(in: map, zoom: .dots)
        let across = Double(width - 1) / Double(max(bounds.width - 1, 1))
        let down = Double(min(height ?? maximumSize, maximumSize) - 1) / Double(max(bounds.height - 1, 1))
        let scale = min(1, across, down)
        // Rows shrink no further than half, when the height allows, so that a wide map squeezed
        // across still shows its layers and clusters apart rather than a few crowded rows.
        return (map, layout.scaled(x: scale, y: min(max(scale, 0.5), down)), .dots, true)
    }

    /// The map with each node's name as drawn: its pseudonym behind the curtain.
    private static func shownNames(_ map: CareMap, privacy: Privacy) -> CareMap {
        guard privacy.curtain else { return map }
        var shown = map
        let pseudonyms = map.pseudonyms()
        for id in map.nodes.keys { shown.nodes[id]?.name = pseudonyms[id] ?? "" }
        return shown
    }

    /// Every positioned node, top to bottom and then left to right: the order codes are given in.
    private static func readingOrder(_ map: CareMap, layout: MapLayout) -> [NodeID] {
        map.nodes.keys.compactMap { id in layout.positions[id].map { (id, $0) } }
            .sorted { ($0.1.y, $0.1.x, $0.0.rawValue) < ($1.1.y, $1.1.x, $1.0.rawValue) }
            .map(\.0)
    }

    /// The map with each name replaced by its node's symbol and code (`●3`; `‡3` for a masked
    /// private node), for drawings too small for names.
    private static func codedNames(_ map: CareMap, codes: [NodeID], privacy: Privacy) -> CareMap {
        var coded = map
        // Changed in place through `values`: `nodes[id]?.name = …` copies the whole node out and
        // back for each field, and `show` codes every node once per candidate scale.
        for (index, id) in codes.enumerated() {
            guard let position = map.nodes.index(forKey: id) else { continue }
            let code = String(symbol(for: map.nodes.values[position], in: map, privacy: privacy)) + String(index + 1)
            coded.nodes.values[position].name = code
            coded.nodes.values[position].role = nil
            coded.nodes.values[position].isPrivate = false
        }
        return coded
    }

    private static func symbol(for node: Node, in map: CareMap, privacy: Privacy) -> Character {
        if privacy.masksPrivate, node.isPrivate { return BoxDrawing.privateMarker }
        return node.id == map.subject ? "◉" : MapRenderer.dot(for: node.kind)
    }

    /// The key to a drawing of codes or dots (`Key:`): one line per node in reading order, its symbol and
    /// code, name and role; a masked private node only as private, and a private node shown by
    /// name with its `‡`.
    private static func key(_ map: CareMap, codes: [NodeID], privacy: Privacy, width: Int) -> [String] {
        var canvas = Canvas(width: width, height: codes.count + 1)
        canvas.write("Key:", x: 0, y: 0)
        for (row, id) in codes.enumerated() {
            guard let node = map.nodes[id] else { continue }
            let symbol = symbol(for: node, in: map, privacy: privacy)
            let text: String
            if privacy.masksPrivate, node.isPrivate {
                text = "\(symbol)\(row + 1)  private"
            } else {
                let role = privacy.curtain ? "" : node.role.map { " (\($0.rawValue))" } ?? ""
                let mark = node.isPrivate ? " \(BoxDrawing.privateMarker)" : ""
                text = "\(symbol)\(row + 1)  \(node.displayName)\(role)\(mark)"
            }
            canvas.write(DisplayWidth.truncate(text, toColumns: width - 2), x: 2, y: row + 1)
        }
        return canvas.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
