import CareMapCanvas
import CareMapKit

/// The details and insights panels beside the map: which side they open on, and scrolling them
/// with PgUp/PgDn and the mouse wheel. A panel sits beside the selection, never over it: it
/// opens on the side of the screen away from the selected node's box.
extension Editor {
    /// Shows or hides the details panel. It opens on the side away from the selection, and the
    /// map stays where it was drawn: the panel takes cells from the far side of the map area
    /// instead of sliding the map under it.
    mutating func setDetails(shown: Bool) {
        guard shown != showsDetails else { return }
        let before = screenLayout.map
        if shown, let box = focusBoxOnScreen { detailsOnLeft = box.x + box.width / 2 >= before.x + before.width / 2 }
        showsDetails = shown
        let after = screenLayout.map
        viewport = Viewport(
            origin: MapPoint(x: viewport.origin.x + after.x - before.x, y: viewport.origin.y + after.y - before.y),
            width: after.width,
            height: after.height
        )
        mapView.reveal(in: map)
    }

    /// The screen cells of the box of the node the view follows, when it has one.
    var focusBoxOnScreen: ScreenLayout.Rect? {
        guard let id = focusNode, let node = map.nodes[id], let position = layout.positions[id] else { return nil }
        let box = NodeBox.frame(of: node, centredAt: mapView.drawnPoint(position), zoom: zoom)
        let area = screenLayout.map
        return ScreenLayout.Rect(x: area.x + box.x - viewport.origin.x, y: area.y + box.y - viewport.origin.y, width: box.width, height: box.height)
    }

    /// Whether the map area beside the panel is too narrow to show the whole box of the
    /// selection, so the panel must say how to see it.
    var selectionIsCut: Bool {
        guard let box = focusBoxOnScreen else { return false }
        let area = screenLayout.map
        return box.x < area.x || box.y < area.y || box.x + box.width > area.x + area.width || box.y + box.height > area.y + area.height
    }

    /// Scrolls the details panel `rows` rows (negative: up), within its text.
    mutating func scrollDetails(by rows: Int) {
        guard showsDetails, let area = screenLayout.details else {
            message = StatusMessage("PgUp and PgDn scroll the details panel; Enter opens it")
            return
        }
        let last = max(0, detailsRows(width: area.width).count - area.height)
        let current = detailsScroll.selection == selection ? detailsScroll.rows : 0
        detailsScroll = PanelScroll(selection: selection, rows: min(last, max(0, current + rows)))
    }

    /// The rows the details panel has scrolled past for the current selection.
    var detailsScrollRows: Int {
        detailsScroll.selection == selection ? detailsScroll.rows : 0
    }

    /// A page of the details panel: its height less two rows kept for context.
    var detailsPage: Int { max(1, (screenLayout.details?.height ?? 0) - 2) }

    /// The wheel over an open details panel scrolls it; anywhere else it pans the map.
    /// Returns whether the panel took the event.
    mutating func wheelOverDetails(_ event: MouseEvent) -> Bool {
        guard event.action == .wheelUp || event.action == .wheelDown,
              let area = screenLayout.details, area.contains(x: event.x, y: event.y) else { return false }
        scrollDetails(by: event.action == .wheelUp ? -3 : 3)
        return true
    }
}
