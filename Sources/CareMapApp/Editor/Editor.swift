import CareMapCanvas
import CareMapKit

/// The whole state of the care-map editor, as one value.
///
/// The Elm architecture (as in bubbletea): the run loop feeds ``update(_:)`` with messages and
/// performs the ``Effect``s it returns; ``view()`` draws the state into a canvas. Nothing here
/// touches a terminal, a file or a clock, so tests drive the editor with key sequences and read
/// the frames back.
public struct Editor: Sendable {
    /// The map being edited.
    public internal(set) var map: CareMap {
        didSet {
            refreshFindings()
            sceneIsStale = true
        }
    }
    /// The day actions are judged against, set by the run loop (nothing here reads a clock);
    /// until it is set, no action counts as past its review date.
    public var today: CalendarDate? {
        didSet { refreshFindings() }
    }
    /// What the map says against the domains of responsive care, most urgent first: the
    /// insights panel lists them and the status bar counts them. Refreshed whenever the map or
    /// the day changes, so drawing a frame never repeats the analysis.
    public internal(set) var findings: [Finding] = []
    /// Where the map is saved; `nil` for a new map that has never been saved.
    public internal(set) var path: String?
    /// The map as last saved or opened, to tell whether there is unsaved work.
    var savedMap: CareMap
    public internal(set) var layoutStyle: LayoutStyle
    /// Where every node is drawn. Kept beside the map and only recomputed when the arrangement
    /// must change (see `Editor+Layout.swift`), so redrawing and navigating never pay for it.
    public internal(set) var layout: MapLayout {
        didSet { sceneIsStale = true }
    }
    /// The world cells the map area shows.
    public internal(set) var viewport: Viewport
    public internal(set) var zoom: Zoom = .boxes {
        didSet { sceneIsStale = true }
    }
    public internal(set) var selection: MapSelection?
    public internal(set) var mode: Mode = .normal
    var undoStack: [Snapshot] = []
    var redoStack: [Snapshot] = []
    /// The last message for the bottom line; cleared by the next key.
    public internal(set) var message: StatusMessage?
    public internal(set) var showsDetails = false
    public internal(set) var showsLegend = false
    /// The map as an indented list instead of a drawing.
    public internal(set) var showsOutline = false
    /// The privacy curtain: pseudonyms instead of names, for projecting in a room.
    public internal(set) var curtain = false {
        didSet { sceneIsStale = true }
    }
    /// The map made ready to draw, kept from frame to frame (see `Editor+Scene.swift`).
    var preparedScene: MapScene
    /// Set when the map, layout, zoom or curtain changed since ``preparedScene`` was built.
    var sceneIsStale = false
    public internal(set) var screen: ScreenSize
    /// Edits not yet in the recovery file, and when the latest was made.
    var editsSinceRecovery = 0
    var lastEditTime: Double = 0
    /// The time of the message being handled, so edits can be stamped without reading a clock.
    var now: Double = 0
    /// The node whose neighbours Tab is walking, and which tie it reached.
    var walk: NeighbourWalk?
    /// The last search, for `n` and `N`.
    var lastSearch = ""
    /// A mouse drag in progress.
    var drag: Drag?
    /// Set when the file changed on disk under us; the next save asks before overwriting.
    var fileChangedOnDisk = false
    /// The map handed to the save in flight: it, not whatever was edited since, is what is
    /// on disk when the save succeeds.
    var mapBeingSaved: CareMap?
    /// Quit as soon as the save in flight succeeds.
    var quitAfterSave = false
    /// Whether this session wrote a recovery file, so only ours is ever deleted: one left by an
    /// earlier crash is the run loop's to offer back.
    var wroteRecovery = false
    /// Commands run from the command line, oldest first, for Up and Down.
    var commandHistory: [String] = []
    /// Another editor holds the map's lock: saving over its file is refused (see
    /// `Editor+ReadOnly.swift`), and no recovery file is written, since that one is theirs too.
    public internal(set) var isReadOnly = false
    /// The maps the start screen offers.
    public internal(set) var samples: [StartItem] = []

    /// An editor on `map`, saved at `path` (`nil` for a new map), on a `width` × `height` screen.
    public init(map: CareMap, path: String?, width: Int, height: Int) {
        self.map = map
        self.path = path
        savedMap = map
        layoutStyle = .default(for: map)
        layout = Layouter.layout(map, style: layoutStyle)
        preparedScene = MapScene(map: map, layout: layout, zoom: .boxes)
        screen = ScreenSize(width: width, height: height)
        viewport = Viewport(origin: MapPoint(x: 0, y: 0), width: 0, height: 0)
        selection = map.subject.map(MapSelection.node) ?? map.nodes.keys.first.map(MapSelection.node)
        fitViewport(opening: true)
        refreshFindings()
    }

    /// The start screen, offering `samples` and a new empty map.
    public init(samples: [StartItem], width: Int, height: Int) {
        self.init(map: CareMap(), path: nil, width: width, height: height)
        self.samples = samples
        mode = .start(highlighted: 0)
    }

    /// Whether the map differs from the saved file.
    public var isModified: Bool { map != savedMap }

    /// The recovery file: next to the map, or in the working directory for a new map.
    public var recoveryPath: String { (path ?? "untitled.caremap") + ".recovery" }

    /// The selected node's id, when a node (not a tie) is selected.
    public var selectedNode: NodeID? {
        if case .node(let id)? = selection { id } else { nil }
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
