import CareMapKit
import Foundation

/// A computed layout as text other tools read: Graphviz's `-Tplain` lines, or JSON, so the same
/// scripts can check caremap's layout and Graphviz's (`caremap layout`, docs/drawing.md).
///
/// Positions are the centres of the boxes the editor draws. One column is a tenth of an inch
/// and one row a fifth (terminal cells are about twice as tall as wide), so the arrangement
/// keeps the shape it has on screen; as in Graphviz, y grows upwards from the lowest box.
/// Ties are straight lines between centres. Private nodes, and ties touching them, are left
/// out unless asked for, as every export leaves them out.
public enum LayoutText {
    /// Inches per column and per row.
    public static let inchesPerColumn = 0.1
    public static let inchesPerRow = 0.2

    /// Graphviz's plain format (graphviz.org/docs/outputs/plain): `graph scale width height`, one
    /// `node name x y width height label style shape color fillcolor` line per node in map
    /// order, one `edge tail head n x₁ y₁ … xₙ yₙ [label xl yl] style color` line per tie (four
    /// control points of a straight cubic B-spline), and `stop`.
    ///
    /// - Complexity: O(*n* + *m*) for *n* nodes and *m* ties.
    public static func plain(_ map: CareMap, layout: MapLayout, showPrivate: Bool = false) -> String {
        let (shown, place) = placed(map, layout: layout, showPrivate: showPrivate)
        var lines = ["graph 1 \(number(place.width)) \(number(place.height))"]
        for node in shown.nodes.values {
            guard let (x, y) = place.centre(node.id) else { continue }
            let (width, height) = NodeBox.size(of: node, zoom: .boxes)
            lines.append([
                "node", quoted(node.id.rawValue), number(x), number(y),
                number(Double(width) * inchesPerColumn), number(Double(height) * inchesPerRow),
                quoted(node.displayName), "solid", DOTExporter.shape(node.kind), "black", DOTExporter.fillColour(node.sector),
            ].joined(separator: " "))
        }
        for link in shown.links {
            guard link.from != link.to, let (x1, y1) = place.centre(link.from), let (x2, y2) = place.centre(link.to) else { continue }
            var fields = ["edge", quoted(link.from.rawValue), quoted(link.to.rawValue), "4"]
            fields += [x1, y1, x1, y1, x2, y2, x2, y2].map(number)
            if !link.label.isEmpty { fields += [quoted(link.label), number((x1 + x2) / 2), number((y1 + y2) / 2)] }
            fields += [DOTExporter.style(link), colour(link)]
            lines.append(fields.joined(separator: " "))
        }
        return (lines + ["stop"]).joined(separator: "\n") + "\n"
    }

    /// The same as JSON: `{"style", "width", "height", "nodes": [{"id", "name", "x", "y",
    /// "width", "height", "column", "row"}], "ties": [{"from", "to"}]}`, inches as in ``plain``
    /// and the drawn cell of each centre as `column` and `row`, keys sorted.
    ///
    /// - Complexity: O(*n* + *m*).
    public static func json(_ map: CareMap, layout: MapLayout, showPrivate: Bool = false) -> String {
        let (shown, place) = placed(map, layout: layout, showPrivate: showPrivate)
        let nodes = shown.nodes.values.compactMap { node -> String? in
            guard let (x, y) = place.centre(node.id), let cell = layout.positions[node.id] else { return nil }
            let (width, height) = NodeBox.size(of: node, zoom: .boxes)
            return "    {\"column\": \(cell.x), \"height\": \(number(Double(height) * inchesPerRow)), \"id\": \(string(node.id.rawValue)), "
                + "\"name\": \(string(node.displayName)), \"row\": \(cell.y), \"width\": \(number(Double(width) * inchesPerColumn)), "
                + "\"x\": \(number(x)), \"y\": \(number(y))}"
        }
        let ties = shown.links.filter { $0.from != $0.to }.map { "    {\"from\": \(string($0.from.rawValue)), \"to\": \(string($0.to.rawValue))}" }
        return """
            {
              "height": \(number(place.height)),
              "nodes": [
            \(nodes.joined(separator: ",\n"))
              ],
              "style": \(string(layout.style.rawValue)),
              "ties": [
            \(ties.joined(separator: ",\n"))
              ],
              "width": \(number(place.width))
            }

            """
    }

    /// A JSON string literal, escaped by Foundation's encoder.
    private static func string(_ text: String) -> String {
        (try? JSONEncoder().encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    /// The map as shown (private nodes dropped unless asked for) and where its centres go in
    /// inches, y upwards from the lowest box.
    private static func placed(_ map: CareMap, layout: MapLayout, showPrivate: Bool) -> (CareMap, Placement) {
        let shown = showPrivate ? map : map.withoutPrivateNodes()
        let kept = MapLayout(style: layout.style, positions: layout.positions.filter { shown.nodes[$0.key] != nil })
        return (shown, Placement(layout: kept, bounds: kept.bounds(in: shown, zoom: .boxes)))
    }

    private struct Placement {
        let layout: MapLayout
        let bounds: WorldRect
        var width: Double { Double(bounds.width) * LayoutText.inchesPerColumn }
        var height: Double { Double(bounds.height) * LayoutText.inchesPerRow }

        func centre(_ id: NodeID) -> (Double, Double)? {
            layout.positions[id].map { point in
                (Double(point.x - bounds.x) * LayoutText.inchesPerColumn + LayoutText.inchesPerColumn / 2,
                 Double(bounds.maxY - point.y) * LayoutText.inchesPerRow - LayoutText.inchesPerRow / 2)
            }
        }
    }

    /// What Graphviz's plain output would colour the tie: red for stress, grey for ties that do
    /// not exist now.
    private static func colour(_ link: Link) -> String {
        if link.quality == .stressful || link.quality == .mixed { return link.isCurrent ? "firebrick" : "grey50" }
        return link.isCurrent ? "black" : "grey50"
    }

    /// A number as Graphviz prints them: up to four decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// A field quoted as Graphviz's plain output quotes one: bare when it is a simple word,
    /// else in double quotes with `"` and `\` escaped; controls become visible escapes.
    static func quoted(_ text: String) -> String {
        let visible = SafeText.visible(text)
        let simple = !visible.isEmpty && visible.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "." || $0 == "-") && $0.value < 0x80
        }
        if simple { return visible }
        return "\"" + visible.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
