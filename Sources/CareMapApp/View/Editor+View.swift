import CareMapCanvas
import CareMapKit

extension Editor {
    /// The whole screen for the current state. Pure: the same state always draws the same canvas.
    ///
    /// - Complexity: dominated by ``MapRenderer/render(_:viewport:options:)`` for what the
    ///   viewport shows, plus O(*n*) for the outline or pickers when they are open.
    public func view() -> Canvas {
        var canvas = Canvas(width: max(0, screen.width), height: max(0, screen.height))
        if isTooSmall {
            drawTooSmall(on: &canvas)
            return canvas
        }
        let regions = screenLayout
        if case .start(let highlighted) = mode {
            drawStartScreen(on: &canvas, highlighted: highlighted, height: regions.statusRow)
        } else {
            canvas.draw(showsOutline ? outlineCanvas(regions.map) : mapCanvas(regions.map), x: regions.map.x, y: regions.map.y)
            if let details = regions.details { canvas.draw(detailsCanvas(details), x: details.x, y: details.y) }
            if let legend = regions.legend {
                var clipped = Canvas(width: legend.width, height: legend.height)
                clipped.draw(Legend.render(width: legend.width), x: 0, y: 0)
                canvas.draw(clipped, x: legend.x, y: legend.y)
            }
        }
        drawStatusBar(on: &canvas, row: regions.statusRow)
        drawBottomLine(on: &canvas, row: regions.bottomRow)
        drawOverlay(on: &canvas, above: regions.statusRow)
        return canvas
    }

    /// Where the terminal cursor belongs: in the text being typed, or hidden (`nil`).
    public var cursor: (x: Int, y: Int)? {
        guard !isTooSmall else { return nil }
        if case .form(let form) = mode { return formCursor(form) }
        guard let (prefix, line) = bottomLineInput else { return nil }
        let x = DisplayWidth.columns(of: prefix) + DisplayWidth.columns(of: SafeText.visible(line.beforeCursor))
        return (min(x, screen.width - 1), screenLayout.bottomRow)
    }

    /// The drawing of the map through the viewport, with the selection and any highlights.
    private func mapCanvas(_ area: ScreenLayout.Rect) -> Canvas {
        let options = RenderOptions(
            zoom: zoom,
            selection: selection,
            highlightedNodes: highlightedNodes,
            highlightedLinks: Set(chosenFinding?.links ?? []).union(chosenChangeHighlights.links),
            showLinkLabels: zoom == .boxes,
            curtain: curtain,
            changes: changeMarks
        )
        var canvas = MapRenderer.render(scene, viewport: viewport, options: options)
        if map.nodes.isEmpty {
            let hint = "An empty map. a adds a person, p a place, o a group; ? shows every key."
            canvas.write(hint, x: max(0, (area.width - DisplayWidth.columns(of: hint)) / 2), y: area.height / 2, style: CellStyle(.muted))
        }
        return canvas
    }

    /// Nodes to emphasise: the far end of a walked tie, the node a picker points at, or the
    /// nodes of the finding the insights panel points at.
    private var highlightedNodes: Set<NodeID> {
        if let finding = chosenFinding { return Set(finding.nodes) }
        if chosenChange != nil { return chosenChangeHighlights.nodes }
        switch mode {
        case .goTo(let picker), .link(_, let picker): return Set([picker.highlighted].compactMap { $0 })
        default: break
        }
        if let walk, case .link(let id)? = selection, let end = map.link(id)?.otherEnd(from: walk.anchor) {
            return [end]
        }
        return []
    }

    private func drawTooSmall(on canvas: inout Canvas) {
        let lines = [
            "caremap needs at least \(Editor.minimumSize.width)×\(Editor.minimumSize.height)",
            "this terminal is \(screen.width)×\(screen.height)",
            "enlarge the window to go on",
        ]
        let top = max(0, (canvas.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            canvas.write(line, x: max(0, (canvas.width - DisplayWidth.columns(of: line)) / 2), y: top + offset)
        }
    }
}
