import CareMapCanvas
import CareMapKit

extension Editor {
    /// Click selects, double-click opens the details, dragging a selected node moves it and
    /// dragging anything else pans; the wheel pans, or scrolls the panel it is over.
    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        switch mode {
        case .insights(let selected):
            insightsWheel(event, selected: selected)
            return []
        case .changes(let selected):
            mode = .changes(selected: Self.bandWheel(event, selected: selected, count: changeEntries.count))
            return []
        default:
            break
        }
        guard case .normal = mode, !showsOutline else { return [] }
        if wheelOverDetails(event) { return [] }
        let area = screenLayout.map
        switch event.action {
        case .wheelUp:
            pan(.up, by: 3)
        case .wheelDown:
            pan(.down, by: 3)
        case .press, .doubleClick:
            guard area.contains(x: event.x, y: event.y) else { return [] }
            let hit = node(atScreenX: event.x, y: event.y)
            if event.action == .doubleClick {
                if let hit { select(hit) }
                setDetails(shown: true)
                return []
            }
            if let hit, hit == selectedNode {
                drag = Drag(purpose: .move(hit, before: snapshot), lastX: event.x, lastY: event.y)
            } else {
                if let hit { select(hit) }
                drag = Drag(purpose: .pan, lastX: event.x, lastY: event.y)
            }
        case .drag:
            guard var drag else { return [] }
            let dx = event.x - drag.lastX, dy = event.y - drag.lastY
            switch drag.purpose {
            case .pan:
                viewport.origin.x -= dx
                viewport.origin.y -= dy
            case .move(let id, _):
                // The stored layout is at full size; a drag on a zoomed-out map moves as far on screen.
                nudge(id, dx: Int((Double(dx) / zoom.scale.x).rounded()), dy: Int((Double(dy) / zoom.scale.y).rounded()))
            }
            drag.lastX = event.x
            drag.lastY = event.y
            self.drag = drag
        case .release:
            defer { drag = nil }
            if case .move(let id, let before)? = drag?.purpose, map != before.map {
                message = StatusMessage("moved \(displayName(of: id)); its place is pinned")
                return recordEdit(from: before)
            }
        }
        return []
    }

    /// The node drawn at a screen cell of the map area.
    func node(atScreenX x: Int, y: Int) -> NodeID? {
        let area = screenLayout.map
        let point = MapPoint(x: viewport.origin.x + x - area.x, y: viewport.origin.y + y - area.y)
        // A node drawn from the version compared with is not in the map: nothing to select.
        return scene.node(at: point).flatMap { map.nodes.index(forKey: $0) == nil ? nil : $0 }
    }
}
