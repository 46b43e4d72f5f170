import CareMapCanvas
import CareMapKit

extension Editor {
    /// The details panel: every attribute of the selected node and its ties, or of the
    /// selected tie and its two ends. Behind the curtain, names, ids (usually made from names),
    /// labels and notes are left out, and a private node shows nothing but that it is private.
    func detailsCanvas(_ area: ScreenLayout.Rect) -> Canvas {
        var canvas = Canvas(width: area.width, height: area.height)
        let border = CellStyle(.chrome)
        let edge = detailsOnLeft ? area.width - 1 : 0
        for y in 0..<area.height { canvas[x: edge, y: y] = Cell("│", style: border) }
        var rows = detailsRows(width: area.width)
        // On a screen too narrow for the panel and the whole box of the selection, say how to
        // see it rather than leave the clinician reading about a node they cannot find.
        if selectionIsCut {
            rows = TextWrap.lines("the selection is cut off beside this panel: Enter hides the panel, - zooms out", width: max(1, area.width - 3), rest: "  ")
                .map { ($0, CellStyle(.warning, [.bold])) } + [("", .plain)] + rows
        }
        let scroll = min(detailsScrollRows, max(0, rows.count - area.height))
        let x = detailsOnLeft ? 1 : 2
        for (row, line) in rows.dropFirst(scroll).prefix(area.height).enumerated() {
            canvas.write(line.text, x: x, y: row, style: line.style, maxWidth: area.width - 3)
        }
        // Arrows on the border say there is more above or below, and PgUp/PgDn reach it.
        if scroll > 0 { canvas[x: edge, y: 0] = Cell("▲", style: CellStyle(.accent)) }
        if rows.count - scroll > area.height { canvas[x: edge, y: area.height - 1] = Cell("▼", style: CellStyle(.accent)) }
        return canvas
    }

    /// The panel's text for the selection, every field wrapped to `width` less the border and
    /// margins: a note above all holds the clinical content, and cut at the panel's edge it
    /// reads as something else.
    func detailsRows(width: Int) -> [(text: String, style: CellStyle)] {
        var lines: [(text: String, style: CellStyle)] = []
        switch selection {
        case .node(let id)?:
            if let node = map.nodes[id] { lines = detailLines(of: node) }
        case .link(let id)? where map.link(id) != nil:
            lines = detailLines(of: map.link(id)!)
        default:
            lines = [("Nothing selected", CellStyle(.muted)), ("", .plain), ("arrows select a node", CellStyle(.muted))]
        }
        return lines.flatMap { line in
            line.text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
                DisplayWidth.columns(of: paragraph) <= width - 3 ? [(String(paragraph), line.style)]
                    : TextWrap.lines(String(paragraph), width: max(1, width - 3), rest: "  ").map { ($0, line.style) }
            }
        }
    }

    private func detailLines(of node: Node) -> [(text: String, style: CellStyle)] {
        var lines: [(text: String, style: CellStyle)] = [(displayName(of: node.id), CellStyle(.sector(node.sector), [.bold]))]
        if curtain, node.isPrivate { return lines + [("private: hidden behind the curtain", CellStyle(.muted))] }
        let id = curtain ? [] : [node.id.rawValue]
        let centre = node.id == map.subject ? ["centre"] : []
        lines.append((([node.kind.rawValue] + id + centre).joined(separator: " · "), CellStyle(.muted)))
        lines += attributeLines(FieldText.fields(of: node).filter { $0.key != "name" }, extra: node.extra)
        lines.append(("", .plain))
        let ties = ties(of: node.id)
        lines.append(("Ties (\(ties.count))", CellStyle(.accent, [.bold])))
        for link in ties {
            let other = link.otherEnd(from: node.id) ?? link.to
            var text = "\(Editor.arrow(of: link, seenFrom: node.id)) \(displayName(of: other))"
            if !curtain, !link.label.isEmpty { text += " · \(link.label)" }
            if let strength = link.strength { text += " · \(strength.rawValue)" }
            lines.append((text, .plain))
        }
        return lines
    }

    private func detailLines(of link: Link) -> [(text: String, style: CellStyle)] {
        var lines: [(text: String, style: CellStyle)] = [
            (tieName(link), CellStyle(.accent, [.bold])),
            (curtain ? "tie" : "tie · \(link.from) \(link.direction.rawValue) \(link.to)", CellStyle(.muted)),
        ]
        let fields = FieldText.fields(of: link).filter { $0.key != "direction" }.map { field in
            field.key == "via" && curtain ? (field.key, link.via.map(displayName(of:)) ?? "") : field
        }
        lines += attributeLines(fields, extra: link.extra)
        return lines
    }

    /// `key  value` rows, identifying fields dropped behind the curtain, empty values as `–`.
    private func attributeLines(_ fields: [(key: String, value: String)], extra: [String: String]) -> [(text: String, style: CellStyle)] {
        let shown = fields.filter { !curtain || !EditForm.identifyingKeys.contains($0.key) }
            + (curtain ? [] : extra.keys.sorted().map { ($0, extra[$0]!) })
        let width = shown.map(\.key.count).max() ?? 0
        return shown.flatMap { field -> [(text: String, style: CellStyle)] in
            // A note is read as prose: under its key, at the panel's full width, not beside it.
            if field.key == "notes", !field.value.isEmpty { return [("notes", .plain), (field.value, .plain)] }
            return [(Editor.padded(field.key, to: width) + "  " + (field.value.isEmpty ? "–" : field.value), .plain)]
        }
    }
}
