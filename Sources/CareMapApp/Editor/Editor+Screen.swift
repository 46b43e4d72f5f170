import CareMapCanvas
import CareMapKit

/// Where each part of the screen goes: the map area, the details panel on the side away from
/// the selection, the legend under the map, then the status bar and the bottom line.
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
        Editor.screenLayout(for: screen, showsDetails: showsDetails, detailsOnLeft: detailsOnLeft, showsLegend: showsLegend)
    }

    /// The regions of `screen` with the details panel (on the left or the right) and the
    /// legend shown or not.
    static func screenLayout(for screen: ScreenSize, showsDetails: Bool, detailsOnLeft: Bool = false, showsLegend: Bool) -> ScreenLayout {
        let width = max(0, screen.width), height = max(0, screen.height)
        let detailsWidth = showsDetails ? min(44, max(26, width / 3)) : 0
        let mapWidth = max(0, width - detailsWidth)
        let mapX = detailsOnLeft ? detailsWidth : 0
        let legendHeight = showsLegend ? min(Legend.render(width: mapWidth).height, max(0, height - 6)) : 0
        let mapHeight = max(0, height - 2 - legendHeight)
        return ScreenLayout(
            map: .init(x: mapX, y: 0, width: mapWidth, height: mapHeight),
            details: showsDetails ? .init(x: detailsOnLeft ? 0 : mapWidth, y: 0, width: detailsWidth, height: max(0, height - 2)) : nil,
            legend: showsLegend ? .init(x: mapX, y: mapHeight, width: mapWidth, height: legendHeight) : nil,
            statusRow: height - 2,
            bottomRow: height - 1
        )
    }

    /// The terminal changed size: keep the centre of the view where it was.
    mutating func resize(width: Int, height: Int) {
        screen = ScreenSize(width: width, height: height)
        layoutScreen()
    }

    /// Resizes the viewport to the map area after the screen or the panels changed (see
    /// `MapView+Fitting.swift`).
    mutating func layoutScreen() {
        mapView.resize(to: screenLayout.map, map: map)
    }

    /// Moves the view `cells` cells in `direction`.
    mutating func pan(_ direction: Direction, by cells: Int) {
        mapView.pan(direction, by: cells)
    }

    /// Changes the zoom, keeping the selected node (or else the centre of the view) still.
    mutating func setZoom(_ newZoom: Zoom) {
        guard newZoom != zoom else {
            message = StatusMessage(zoom == .boxes ? "already at the closest zoom" : "already at the furthest zoom")
            return
        }
        mapView.setZoom(newZoom, map: map)
        message = StatusMessage("zoom: \(zoomName)")
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
}
