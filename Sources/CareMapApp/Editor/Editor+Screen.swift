import CareMapCanvas
import CareMapKit

/// Where each part of the screen goes: the map area top-left, the details panel on the right,
/// the legend under the map, then the status bar and the bottom line.
struct ScreenLayout: Hashable, Sendable {
    var map: Rect
    var details: Rect?
    var legend: Rect?
    var statusRow: Int
    var bottomRow: Int

    /// A rectangle of screen cells.
    struct Rect: Hashable, Sendable {
        var x, y, width, height: Int
        func contains(x: Int, y: Int) -> Bool {
            x >= self.x && y >= self.y && x < self.x + width && y < self.y + height
        }
    }
}

extension Editor {
    /// The smallest screen the editor draws on; below it the view says so instead.
    public static let minimumSize = ScreenSize(width: 40, height: 10)

    /// Whether the screen is too small to draw the editor.
    var isTooSmall: Bool {
        screen.width < Editor.minimumSize.width || screen.height < Editor.minimumSize.height
    }

    /// The regions of the screen for the current size and panels.
    var screenLayout: ScreenLayout {
        let width = max(0, screen.width), height = max(0, screen.height)
        let detailsWidth = showsDetails ? min(44, max(26, width / 3)) : 0
        let mapWidth = max(0, width - detailsWidth)
        let legendHeight = showsLegend ? min(Legend.render(width: mapWidth).height, max(0, height - 6)) : 0
        let mapHeight = max(0, height - 2 - legendHeight)
        return ScreenLayout(
            map: .init(x: 0, y: 0, width: mapWidth, height: mapHeight),
            details: showsDetails ? .init(x: mapWidth, y: 0, width: detailsWidth, height: max(0, height - 2)) : nil,
            legend: showsLegend ? .init(x: 0, y: mapHeight, width: mapWidth, height: legendHeight) : nil,
            statusRow: height - 2,
            bottomRow: height - 1
        )
    }

    /// The terminal changed size: keep the centre of the view where it was.
    mutating func resize(width: Int, height: Int) {
        screen = ScreenSize(width: width, height: height)
        layoutScreen()
    }

    /// Resizes the viewport to the map area after the screen or the panels changed, keeping the
    /// world cell at its centre in place, then makes sure the selection is still in view.
    mutating func layoutScreen() {
        let area = screenLayout.map
        let centre = MapPoint(x: viewport.origin.x + viewport.width / 2, y: viewport.origin.y + viewport.height / 2)
        viewport = Viewport(
            origin: MapPoint(x: centre.x - area.width / 2, y: centre.y - area.height / 2),
            width: area.width,
            height: area.height
        )
        revealSelection()
    }

    /// Shows every node at the closest zoom that can (`f`, and after a new layout), or, for
    /// the `opening` view of a map, centres its subject with as much of the map as fits (see
    /// ``ViewFit``). Says so when not even dots fit.
    mutating func fitViewport(opening: Bool = false) {
        let area = screenLayout.map
        let view: ViewFit.View? = opening ? ViewFit.opening(map, layout: layout, width: area.width, height: area.height)
            : ViewFit.whole(map, layout: layout, width: area.width, height: area.height)
        guard let view else { return message = StatusMessage("the whole map does not fit on this screen, even as dots") }
        zoom = view.zoom
        viewport = view.viewport
    }

    /// Moves the view `cells` cells in `direction` (three rows or eight columns per press).
    mutating func pan(_ direction: Direction, by cells: Int) {
        viewport.origin.x += direction.step.dx * cells
        viewport.origin.y += direction.step.dy * cells
    }

    /// Changes the zoom, keeping the selected node (or else the centre of the view) still.
    mutating func setZoom(_ newZoom: Zoom) {
        guard newZoom != zoom else {
            message = StatusMessage(zoom == .boxes ? "already at the closest zoom" : "already at the furthest zoom")
            return
        }
        let centre = MapPoint(x: viewport.origin.x + viewport.width / 2, y: viewport.origin.y + viewport.height / 2)
        let anchor = focusNode.flatMap { layout.positions[$0] } ?? centre.scaled(x: 1 / zoom.scale.x, y: 1 / zoom.scale.y)
        let before = drawnPoint(anchor)
        zoom = newZoom
        let after = drawnPoint(anchor)
        viewport.origin.x += after.x - before.x
        viewport.origin.y += after.y - before.y
        message = StatusMessage("zoom: \(zoomName)")
        revealSelection()
    }

    /// The layout as drawn at the current zoom (see ``MapLayout/drawn(at:)``).
    var drawnLayout: MapLayout { layout.drawn(at: zoom) }

    /// Where a full-size layout position is drawn at the current zoom.
    private func drawnPoint(_ point: MapPoint) -> MapPoint {
        point.scaled(x: zoom.scale.x, y: zoom.scale.y)
    }

    /// The zoom as a word for the status bar.
    var zoomName: String {
        switch zoom {
        case .boxes: "boxes"
        case .labels: "labels"
        case .dots: "dots"
        case .overview: "overview"
        }
    }

    /// Scrolls the least distance that brings the selected node's box fully into view, with a
    /// margin, so moving the selection off screen follows it the way a text editor follows its
    /// cursor.
    mutating func revealSelection() {
        guard let id = focusNode, let node = map.nodes[id], let position = layout.positions[id] else { return }
        var box = NodeBox.frame(of: node, centredAt: drawnPoint(position), zoom: zoom)
        box = WorldRect(x: box.x - 2, y: box.y - 1, width: box.width + 4, height: box.height + 2)
        viewport.origin.x = scrolled(viewport.origin.x, length: viewport.width, toShow: box.x, box.maxX)
        viewport.origin.y = scrolled(viewport.origin.y, length: viewport.height, toShow: box.y, box.maxY)
    }

    /// The node the view follows: the selected node, or the far end of a tie being walked.
    var focusNode: NodeID? {
        switch selection {
        case .node(let id)?: id
        case .link(let index)?: walk.flatMap { map.links.indices.contains(index) ? map.links[index].otherEnd(from: $0.anchor) : nil }
            ?? (map.links.indices.contains(index) ? map.links[index].to : nil)
        case nil: nil
        }
    }

    private func scrolled(_ origin: Int, length: Int, toShow low: Int, _ high: Int) -> Int {
        if high - low > length { return low + (high - low - length) / 2 }
        if low < origin { return low }
        if high > origin + length { return high - length }
        return origin
    }
}
