import CareMapCanvas
import CareMapKit

extension Editor {
    /// The outline drawn into the map area: headings, then one line per node with its role,
    /// languages and number of ties; the selected line is reversed and kept in view.
    func outlineCanvas(_ area: ScreenLayout.Rect) -> Canvas {
        var canvas = Canvas(width: area.width, height: area.height)
        var lines: [(text: String, style: CellStyle, node: NodeID?)] = [
            (curtain || map.title.isEmpty ? "Care map" : map.title, CellStyle(.chrome, [.bold]), nil),
        ]
        let pseudonyms = curtain ? map.pseudonyms() : [:]
        for section in outline {
            lines.append(("", .plain, nil))
            lines.append((section.heading, CellStyle(.accent, [.bold]), nil))
            for id in section.nodes {
                guard let node = map.nodes[id] else { continue }
                lines.append(("  " + outlineLine(node, pseudonym: pseudonyms[id]), CellStyle(.sector(node.sector)), id))
            }
        }
        if map.nodes.isEmpty { lines.append(("  (no nodes yet)", CellStyle(.muted), nil)) }
        let selectedLine = lines.firstIndex { $0.node != nil && $0.node == focusNode } ?? 0
        let first = max(0, min(selectedLine - area.height / 2, lines.count - area.height))
        for (row, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            var style = line.style
            if line.node != nil, line.node == focusNode { style.attributes.insert(.reverse) }
            canvas.write(line.text, x: 0, y: row, style: style, maxWidth: area.width)
        }
        return canvas
    }

    /// One node as a line of the outline: `Hassan — interpreter · ar, en · 2 ties`. Behind the
    /// curtain only the pseudonym, and for private nodes nothing more.
    private func outlineLine(_ node: Node, pseudonym: String?) -> String {
        let tieCount = ties(of: node.id).count
        let ties = "\(tieCount) tie\(tieCount == 1 ? "" : "s")"
        if curtain, node.isPrivate { return (pseudonym ?? "Private") + " · " + ties }
        var parts = [(curtain ? pseudonym ?? "" : node.displayName) + " — " + (node.role?.rawValue ?? node.kind.rawValue)]
        if !node.languages.isEmpty { parts.append(node.languages.map(\.rawValue).joined(separator: ", ")) }
        parts.append(ties)
        if node.isPrivate { parts.append("private") }
        return parts.joined(separator: " · ")
    }
}
