import CareMapCanvas
import CareMapKit

/// How the map is shown: its layout and style, the part of the world on screen, zoom, curtain,
/// the scene kept between frames, and what is selected, walked or dragged.
///
/// One part of the ``Editor``, beside the ``EditorDocument`` it shows. It holds no map: every
/// method that needs one is handed the document's, so the view never keeps a stale copy.
public struct MapView: Sendable {
    public internal(set) var layoutStyle: LayoutStyle
    /// Where every node is drawn. Kept beside the map and only recomputed when the arrangement
    /// must change (see `MapView+Layout.swift`), so redrawing and navigating never pay for it.
    public internal(set) var layout: MapLayout {
        didSet { sceneIsStale = true }
    }
    /// The world cells the map area shows.
    public internal(set) var viewport = Viewport(origin: MapPoint(x: 0, y: 0), width: 0, height: 0)
    public internal(set) var zoom: Zoom = .boxes {
        didSet { sceneIsStale = true }
    }
    /// The privacy curtain: pseudonyms instead of names, for projecting in a room.
    public internal(set) var curtain = false {
        didSet { sceneIsStale = true }
    }
    /// Where nodes gone since the version compared with are drawn (``Editor/comparison``):
    /// beside the layout, never in it, since they are not in the map.
    public internal(set) var ghosts: [NodeID: MapPoint] = [:] {
        didSet { sceneIsStale = true }
    }
    public internal(set) var selection: MapSelection?
    /// The node whose neighbours Tab is walking, and which tie it reached.
    var walk: NeighbourWalk?
    /// A mouse drag in progress.
    var drag: Drag?
    /// The map made ready to draw, kept from frame to frame (see `MapView+Scene.swift`).
    var preparedScene: MapScene
    /// The document revision ``preparedScene`` was built from.
    var sceneRevision: Int
    /// Set when the layout, zoom or curtain changed since ``preparedScene`` was built.
    var sceneIsStale = false

    /// A view of `map` (at document revision `revision`) fitted to a map area of `area` cells,
    /// with the subject (or else the first node) selected.
    init(map: CareMap, revision: Int, area: ScreenLayout.Rect) {
        layoutStyle = .default(for: map)
        layout = Layouter.layout(map, style: layoutStyle)
        preparedScene = MapScene(map: map, layout: layout, zoom: .boxes)
        sceneRevision = revision
        selection = map.subject.map(MapSelection.node) ?? map.nodes.keys.first.map(MapSelection.node)
        fit(map, in: area, opening: true)
    }

    /// The layout as drawn at the current zoom (see ``MapLayout/drawn(at:)``).
    var drawnLayout: MapLayout { layout.drawn(at: zoom) }

    /// Where a full-size layout position is drawn at the current zoom.
    func drawnPoint(_ point: MapPoint) -> MapPoint {
        point.scaled(x: zoom.scale.x, y: zoom.scale.y)
    }

    /// The selected node's id, when a node (not a tie) is selected.
    var selectedNode: NodeID? {
        if case .node(let id)? = selection { id } else { nil }
    }

    /// The node the view follows: the selected node, or the far end of a tie being walked.
    func focusNode(in map: CareMap) -> NodeID? {
        switch selection {
        case .node(let id)?: id
        case .link(let id)?:
            map.link(id).flatMap { link in walk.flatMap { link.otherEnd(from: $0.anchor) } ?? link.to }
        case nil: nil
        }
    }

    /// Drops a selection, walk or drag that no longer names anything in `map`.
    mutating func validateSelection(in map: CareMap) {
        switch selection {
        case .node(let id)? where map.nodes[id] == nil: selection = nil
        case .link(let id)? where map.link(id) == nil: selection = nil
        default: break
        }
        if let walk, map.nodes[walk.anchor] == nil { self.walk = nil }
    }

    /// Puts back the selection and layout of an undo step, for its map.
    mutating func restore(_ state: Snapshot) {
        selection = state.selection
        layout = state.layout
        walk = nil
        validateSelection(in: state.map)
        reveal(in: state.map)
    }
}
