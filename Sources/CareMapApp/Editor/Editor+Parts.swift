import CareMapCanvas
import CareMapKit

/// Short names for the state of the editor's two parts, for the code that routes between them
/// and for callers that read the editor as a whole (the run loop, tests).
extension Editor {
    // MARK: The document

    /// The map being edited.
    public internal(set) var map: CareMap {
        get { document.map }
        set { document.map = newValue }
    }
    /// The day actions are judged against, set by the run loop.
    public var today: CalendarDate? {
        get { document.today }
        set { document.today = newValue }
    }
    /// What the map says, most urgent first.
    public var findings: [Finding] { document.findings }
    /// Where the map is saved; `nil` for a new map that has never been saved.
    public var path: String? { document.path }
    /// Whether another editor holds the map's lock.
    public var isReadOnly: Bool { document.isReadOnly }
    /// Whether the map differs from the saved file.
    public var isModified: Bool { document.isModified }
    /// The recovery file: next to the map, or in the working directory for a new map.
    public var recoveryPath: String { document.recoveryPath }

    // MARK: The view

    public var layoutStyle: LayoutStyle { mapView.layoutStyle }
    public internal(set) var layout: MapLayout {
        get { mapView.layout }
        set { mapView.layout = newValue }
    }
    public internal(set) var viewport: Viewport {
        get { mapView.viewport }
        set { mapView.viewport = newValue }
    }
    public var zoom: Zoom { mapView.zoom }
    public internal(set) var curtain: Bool {
        get { mapView.curtain }
        set { mapView.curtain = newValue }
    }
    public internal(set) var selection: MapSelection? {
        get { mapView.selection }
        set { mapView.selection = newValue }
    }
    var walk: NeighbourWalk? {
        get { mapView.walk }
        set { mapView.walk = newValue }
    }
    var drag: Drag? {
        get { mapView.drag }
        set { mapView.drag = newValue }
    }
    /// The selected node's id, when a node (not a tie) is selected.
    public var selectedNode: NodeID? { mapView.selectedNode }
    /// The node the view follows: the selected node, or the far end of a tie being walked.
    var focusNode: NodeID? { mapView.focusNode(in: map) }
    /// The layout as drawn at the current zoom.
    var drawnLayout: MapLayout { mapView.drawnLayout }
    /// The map drawn: the document's, or while comparing, with what the earlier version had
    /// put back (``ComparedMap/shown``).
    var shownMap: CareMap { comparison?.compared.shown ?? map }
    /// The map as drawn now (see `MapView+Scene.swift`).
    var scene: MapScene { mapView.scene(of: shownMap, revision: document.revision) }
    /// The scene kept from the last update, and whether the map or the view changed since.
    var preparedScene: MapScene { mapView.preparedScene }
    var sceneIsStale: Bool { mapView.isStale(for: document.revision) }

    /// Builds the scene again if the map or the view changed; ``update(_:)`` calls this last,
    /// after bringing the comparison up to date with the map.
    mutating func prepareScene() {
        refreshComparison()
        mapView.prepareScene(of: shownMap, revision: document.revision)
    }

    /// Shows every node in the map area (`f`, and after a new layout); says so when not even
    /// dots fit.
    mutating func fitViewport() {
        if !mapView.fit(map, in: screenLayout.map) {
            message = StatusMessage("the whole map does not fit on this screen, even as dots")
        }
    }

    /// Scrolls the least distance that brings the focused node into view.
    mutating func revealSelection() { mapView.reveal(in: map) }

    /// Drops a selection that no longer names anything in the map.
    mutating func validateSelection() { mapView.validateSelection(in: map) }
}
