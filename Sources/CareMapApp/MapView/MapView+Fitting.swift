import CareMapCanvas
import CareMapKit

/// Where the viewport goes: fitting the whole map, following the selection, keeping the centre
/// through a resize, panning and zooming. Every rule about what the map area shows is here.
extension MapView {
    /// Shows every node in a map area of `area` cells at the closest zoom that can (`f`, and
    /// after a new layout), or, for the `opening` view of a map, centres its subject with as
    /// much of the map as fits (see ``ViewFit``).
    ///
    /// - Returns: `false`, leaving the view as it was, when not even dots fit.
    @discardableResult
    mutating func fit(_ map: CareMap, in area: ScreenLayout.Rect, opening: Bool = false) -> Bool {
        let view = opening ? ViewFit.opening(map, layout: layout, width: area.width, height: area.height)
            : ViewFit.whole(map, layout: layout, width: area.width, height: area.height)
        guard let view else { return false }
        zoom = view.zoom
        viewport = view.viewport
        return true
    }

    /// Resizes the viewport to a map area of `area` cells after the screen or the panels
    /// changed, keeping the world cell at its centre in place, then makes sure the selection is
    /// still in view.
    mutating func resize(to area: ScreenLayout.Rect, map: CareMap) {
        let centre = MapPoint(x: viewport.origin.x + viewport.width / 2, y: viewport.origin.y + viewport.height / 2)
        viewport = Viewport(
            origin: MapPoint(x: centre.x - area.width / 2, y: centre.y - area.height / 2),
            width: area.width,
            height: area.height
        )
        reveal(in: map)
    }

    /// Moves the view `cells` cells in `direction` (three rows or eight columns per press).
    mutating func pan(_ direction: Direction, by cells: Int) {
        viewport.origin.x += direction.step.dx * cells
        viewport.origin.y += direction.step.dy * cells
    }

    /// Changes the zoom, keeping the focused node (or else the centre of the view) still.
    mutating func setZoom(_ newZoom: Zoom, map: CareMap) {
        let centre = MapPoint(x: viewport.origin.x + viewport.width / 2, y: viewport.origin.y + viewport.height / 2)
        let anchor = focusNode(in: map).flatMap { layout.positions[$0] } ?? centre.scaled(x: 1 / zoom.scale.x, y: 1 / zoom.scale.y)
        let before = drawnPoint(anchor)
        zoom = newZoom
        let after = drawnPoint(anchor)
        viewport.origin.x += after.x - before.x
        viewport.origin.y += after.y - before.y
        reveal(in: map)
    }

    /// Centres the view on a full-size layout position: a node or tie drawn from an earlier
    /// version, which cannot be selected and so is not followed by ``reveal(in:)``.
    mutating func centre(on point: MapPoint) {
        let drawn = drawnPoint(point)
        viewport.origin = MapPoint(x: drawn.x - viewport.width / 2, y: drawn.y - viewport.height / 2)
    }

    /// Scrolls the least distance that brings the focused node's box fully into view, with a
    /// margin, so moving the selection off screen follows it the way a text editor follows its
    /// cursor.
    mutating func reveal(in map: CareMap) {
        guard let id = focusNode(in: map), let node = map.nodes[id], let position = layout.positions[id] else { return }
        var box = NodeBox.frame(of: node, centredAt: drawnPoint(position), zoom: zoom)
        box = WorldRect(x: box.x - 2, y: box.y - 1, width: box.width + 4, height: box.height + 2)
        viewport.origin.x = MapView.scrolled(viewport.origin.x, length: viewport.width, toShow: box.x, box.maxX)
        viewport.origin.y = MapView.scrolled(viewport.origin.y, length: viewport.height, toShow: box.y, box.maxY)
    }

    private static func scrolled(_ origin: Int, length: Int, toShow low: Int, _ high: Int) -> Int {
        if high - low > length { return low + (high - low - length) / 2 }
        if low < origin { return low }
        if high > origin + length { return high - length }
        return origin
    }
}
