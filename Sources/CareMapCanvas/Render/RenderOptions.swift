import CareMapKit

/// The part of the world a canvas shows: `origin` is the world cell drawn at the canvas's top-left.
public struct Viewport: Hashable, Sendable {
    public var origin: MapPoint
    public var width: Int
    public var height: Int

    public init(origin: MapPoint, width: Int, height: Int) {
        self.origin = origin
        self.width = width
        self.height = height
    }

    public var rect: WorldRect { WorldRect(x: origin.x, y: origin.y, width: width, height: height) }
}

/// What is selected on the map: a node or a link, each by its id.
public enum MapSelection: Hashable, Sendable {
    case node(NodeID)
    case link(LinkID)
}

/// Everything about a drawing that is not the map or the layout.
public struct RenderOptions: Hashable, Sendable {
    public var zoom: Zoom
    public var selection: MapSelection?
    /// Nodes and links to emphasise, e.g. those behind an insight the user picked.
    public var highlightedNodes: Set<NodeID>
    public var highlightedLinks: Set<LinkID>
    public var showLinkLabels: Bool
    /// The privacy curtain: names replaced by role pseudonyms and private nodes masked, for
    /// projecting a map in a room. The map itself is untouched.
    public var curtain: Bool
    /// How each node and tie differs from an earlier version, when the map is drawn against
    /// one (the editor's `:compare`); its drawn map holds what the earlier version lost too.
    public var changes: ChangeMarks

    public init(
        zoom: Zoom = .boxes,
        selection: MapSelection? = nil,
        highlightedNodes: Set<NodeID> = [],
        highlightedLinks: Set<LinkID> = [],
        showLinkLabels: Bool = false,
        curtain: Bool = false,
        changes: ChangeMarks = ChangeMarks()
    ) {
        self.zoom = zoom
        self.selection = selection
        self.highlightedNodes = highlightedNodes
        self.highlightedLinks = highlightedLinks
        self.showLinkLabels = showLinkLabels
        self.curtain = curtain
        self.changes = changes
    }
}
