import CareMapCanvas
import CareMapKit

/// The care-map editor: a document, a view of it, and the mode and message around them.
///
/// The Elm architecture (as in bubbletea): the run loop feeds ``update(_:)`` with messages and
/// performs the ``Effect``s it returns; ``view()`` draws the state into a canvas. Nothing here
/// touches a terminal, a file or a clock, so tests drive the editor with key sequences and read
/// the frames back.
///
/// The state is in two parts, each owning what it holds: the ``EditorDocument`` (the map as a
/// file: undo, saving, recovery, findings) and the ``MapView`` (layout, viewport, zoom,
/// curtain, scene, selection). The editor keeps only the mode, the bottom line, the panels and
/// the screen, and routes each message to the part it concerns (`Editor+Parts.swift` gives
/// both parts' state short names for the code that routes).
public struct Editor: Sendable {
    /// The map being edited, as a file.
    public internal(set) var document: EditorDocument
    /// How the map is shown.
    public internal(set) var mapView: MapView
    public internal(set) var mode: Mode = .normal
    /// The last message for the bottom line; cleared by the next key.
    public internal(set) var message: StatusMessage?
    public internal(set) var showsDetails = false
    /// Whether the details panel is on the left, chosen as it opens: the side away from the
    /// selection, so the panel sits beside what it describes, never over it.
    public internal(set) var detailsOnLeft = false
    /// How far the details panel is scrolled, and for which selection: a new selection reads
    /// from the top.
    var detailsScroll = PanelScroll()
    public internal(set) var showsLegend = false
    /// The map as an indented list instead of a drawing.
    public internal(set) var showsOutline = false
    public internal(set) var screen: ScreenSize
    /// The time of the message being handled, so edits can be stamped without reading a clock.
    var now: Double = 0
    /// The last search, for `n` and `N`.
    var lastSearch = ""
    /// Commands run from the command line, oldest first, for Up and Down.
    var commandHistory: [String] = []
    /// The maps the start screen offers.
    public internal(set) var samples: [StartItem] = []
    /// The earlier version the map is drawn against (`:compare`), when it is.
    public internal(set) var comparison: EditorComparison?

    /// An editor on `map`, saved at `path` (`nil` for a new map), on a `width` × `height` screen;
    /// `isNewFile` when nothing is at `path` yet, so the first save makes the file.
    public init(map: CareMap, path: String?, isNewFile: Bool = false, width: Int, height: Int) {
        screen = ScreenSize(width: width, height: height)
        document = EditorDocument(map: map, path: path, isNewFile: isNewFile)
        if isNewFile, let path { message = StatusMessage("new file: \(path) is made when you save (Ctrl-S)") }
        let area = Editor.screenLayout(for: screen, showsDetails: false, showsLegend: false).map
        mapView = MapView(map: map, revision: document.revision, area: area)
    }

    /// The start screen, offering `samples` and a new empty map.
    public init(samples: [StartItem], width: Int, height: Int) {
        self.init(map: CareMap(), path: nil, width: width, height: height)
        self.samples = samples
        mode = .start(highlighted: 0)
    }

    /// Opens `map`, saved at `path`: a new document and a view fitted to it. The mode, the
    /// panels, the curtain and the command history stay as they were.
    mutating func open(_ map: CareMap, path: String?) {
        document = EditorDocument(map: map, path: path, today: document.today)
        comparison = nil
        let curtain = mapView.curtain
        mapView = MapView(map: map, revision: document.revision, area: screenLayout.map)
        mapView.curtain = curtain
    }

    /// The state to return to on undo.
    var snapshot: Snapshot { Snapshot(map: map, selection: selection, layout: layout) }
}

/// A map the start screen offers.
public struct StartItem: Hashable, Sendable {
    public var title: String
    public var path: String
    public init(title: String, path: String) {
        self.title = title
        self.path = path
    }
}

/// The terminal's size in cells.
public struct ScreenSize: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A line for the bottom of the screen; errors are drawn in the danger colour.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Rows scrolled off the top of a panel, kept for the selection they were scrolled on.
struct PanelScroll: Hashable, Sendable {
    var selection: MapSelection?
    var rows = 0
}

/// Tab walking the ties of `anchor`: `index` is the position in the anchor's tie list.
struct NeighbourWalk: Hashable, Sendable {
    var anchor: NodeID
    var index: Int
}

/// What a mouse drag is doing: panning the map, or moving a node (one undo step for the drag).
struct Drag: Hashable, Sendable {
    enum Purpose: Hashable, Sendable {
        case pan
        case move(NodeID, before: Snapshot)
    }
    var purpose: Purpose
    /// The screen cell the pointer was at on the previous event.
    var lastX: Int
    var lastY: Int
}
