import CareMapKit

extension MapRenderer {
    /// Draws one node in its frame: a box at ``Zoom/boxes``, `[name]` at ``Zoom/labels``, a
    /// single symbol at ``Zoom/dots``.
    ///
    /// Kind is shown by shape, never by colour alone: people have rounded corners `╭╮╰╯`, places
    /// square `┌┐└┘`, groups double `╔╗╚╝`, the subject heavy `┏┓┗┛`; as dots `●`, `■`, `◆` and
    /// `◉`. Every cell takes the node's sector colour; a selected node is reversed, a highlighted
    /// one bold with an accent border. A private node carries `‡` in its top border; behind the
    /// curtain it shows only its pseudonym box filled with `▒`. A node the scene had no room
    /// for at full size (see ``ScenePlacement``) is drawn in its narrower frame with its name
    /// cut, or as its dot at any zoom. Drawn against an earlier version (``RenderOptions/changes``),
    /// a new node carries `+` and a changed one `~` at the start of its top border (`+Name]` and
    /// `~Name]` at ``Zoom/labels``), in the accent and warning colours; a node only the earlier
    /// version had is dim, with dashed sides and `-`: a cue beyond colour for each. Every text
    /// cell written is recorded in `drawn`.
    static func drawNode(
        _ node: Node, frame: WorldRect, form: ScenePlacement.Form, scene: MapScene, on drawn: inout DrawnFrame,
        origin: MapPoint, options: RenderOptions
    ) {
        var style = CellStyle(.sector(node.sector))
        var borderStyle = style
        if options.highlightedNodes.contains(node.id) {
            style.attributes.insert(.bold)
            borderStyle = CellStyle(.accent, [.bold])
        }
        let change = options.changes.nodes[node.id]
        if change == .removed {
            style.attributes.insert(.dim)
            borderStyle.attributes.insert(.dim)
        }
        if options.selection == .node(node.id) {
            style.attributes.insert(.reverse)
            borderStyle.attributes.insert(.reverse)
        }
        let masked = scene.isMasked(node)
        let isSubject = scene.map.subject == node.id
        let (x, y) = (frame.x - origin.x, frame.y - origin.y)
        let sign = change.map { (String($0.sign), changeStyle($0, border: borderStyle)) }
        switch form == .dot ? .dots : scene.zoom {
        case .boxes:
            let shape = isSubject ? BoxDrawing.heavy : border(for: node.kind)
            let border = change == .removed ? shape.gone : shape
            drawBorder(border, x: x, y: y, width: frame.width, on: &drawn.canvas, style: borderStyle)
            let marked = sign != nil && frame.width >= 4 ? 1 : 0
            if let (text, signStyle) = sign, marked == 1 { drawn.write(text, x: x + 1, y: y, style: signStyle) }
            if !masked, let abbreviation = node.role?.abbreviation,
               abbreviation.count + 3 + marked + (node.isPrivate ? 1 : 0) <= frame.width - 2 {
                drawn.write(abbreviation, x: x + 2 + marked, y: y, style: borderStyle)
            }
            if node.isPrivate, frame.width >= 4 {
                drawn.write(String(BoxDrawing.privateMarker), x: x + frame.width - 2, y: y, style: borderStyle)
            }
            drawn.canvas.fill(x: x + 1, y: y + 1, width: frame.width - 2, height: 1, with: Cell(masked ? String(BoxDrawing.mask) : " ", style: style))
            if !masked { writeName(scene.name(of: node), x: x + 2, y: y + 1, columns: frame.width - 4, on: &drawn, style: style) }
        case .labels:
            if let (text, signStyle) = sign { drawn.write(text, x: x, y: y, style: signStyle) } else { drawn.canvas.write("[", x: x, y: y, style: borderStyle) }
            drawn.canvas.write("]", x: x + frame.width - 1, y: y, style: borderStyle)
            let mark = node.isPrivate && frame.width >= 4 ? 1 : 0
            drawn.canvas.fill(x: x + 1, y: y, width: frame.width - 2 - mark, height: 1, with: Cell(masked ? String(BoxDrawing.mask) : " ", style: style))
            if mark == 1 { drawn.write(String(BoxDrawing.privateMarker), x: x + frame.width - 2, y: y, style: borderStyle) }
            if !masked { writeName(scene.name(of: node), x: x + 1, y: y, columns: frame.width - 2 - mark, on: &drawn, style: style) }
        case .dots, .overview:
            let count = scene.count(at: scene.map.nodes.index(forKey: node.id) ?? 0)
            let symbol = count > 9 ? "+" : count > 1 ? String(count) : String(masked ? BoxDrawing.mask : isSubject ? "◉" : dot(for: node.kind))
            drawn.write(symbol, x: x, y: y, style: style)
        }
    }

    /// How a change's sign is drawn on a node whose border is drawn in `border`: new in the
    /// accent colour, changed in the warning colour, both bold; gone as faint as the rest.
    static func changeStyle(_ change: ChangeMark, border: CellStyle) -> CellStyle {
        var style = border
        switch change {
        case .added: style.color = .accent
        case .changed: style.color = .warning
        case .removed: return style
        }
        style.attributes.insert(.bold)
        return style
    }

    /// The border shape for a kind of node.
    static func border(for kind: NodeKind) -> BoxDrawing.Border {
        switch kind {
        case .person: BoxDrawing.rounded
        case .place: BoxDrawing.square
        case .group: BoxDrawing.double
        }
    }

    /// The `.dots` symbol for a kind of node.
    static func dot(for kind: NodeKind) -> Character {
        switch kind {
        case .person: "●"
        case .place: "■"
        case .group: "◆"
        }
    }

    /// A three-row box outline with a blank inside, clipped to the canvas.
    static func drawBorder(_ border: BoxDrawing.Border, x: Int, y: Int, width: Int, on canvas: inout Canvas, style: CellStyle) {
        let right = x + width - 1
        for column in x...max(x, right) {
            canvas[x: column, y: y] = Cell(String(border.horizontal), style: style)
            canvas[x: column, y: y + 2] = Cell(String(border.horizontal), style: style)
        }
        for (column, top, bottom) in [(x, border.topLeft, border.bottomLeft), (right, border.topRight, border.bottomRight)] {
            canvas[x: column, y: y] = Cell(String(top), style: style)
            canvas[x: column, y: y + 1] = Cell(String(border.vertical), style: style)
            canvas[x: column, y: y + 2] = Cell(String(bottom), style: style)
        }
    }

    /// Writes a name made safe (controls as visible escapes), cut to `columns` with `…`, and
    /// centred when narrower: names are never reversed or reordered, so right-to-left names are
    /// written in logical order as one unit and the terminal's own bidi handling (if any)
    /// shows them.
    static func writeName(_ name: String, x: Int, y: Int, columns: Int, on drawn: inout DrawnFrame, style: CellStyle) {
        let text = DisplayWidth.truncate(SafeText.visible(name), toColumns: columns)
        let offset = (columns - DisplayWidth.columns(of: text)) / 2
        drawn.write(text, x: x + offset, y: y, style: style, maxWidth: columns - offset)
    }
}
