import CareMapKit

/// How much room a node takes on the map at each zoom level.
///
/// One rule shared by the layouts (which must not let boxes overlap) and the renderer (which
/// draws them), so the two can never disagree.
public enum NodeBox {
    /// The widest a node's name may be drawn, in columns; longer names are truncated with `…`.
    public static let maximumNameWidth = 20

    /// Width and height of a node's drawing: a three-row box `╭ name ╮` at `.boxes`, a one-row
    /// `[name]` at `.labels` (`[name‡]` for a private node), a single `●` at `.dots` and
    /// `.overview`.
    public static func size(of node: Node, zoom: Zoom) -> (width: Int, height: Int) {
        size(named: node.displayName, isPrivate: node.isPrivate, zoom: zoom)
    }

    /// The size of a node's drawing showing `name` (as ``size(of:zoom:)``), for a caller that
    /// shows another name than the node's own and would otherwise copy the node to change it.
    static func size(named name: String, isPrivate: Bool, zoom: Zoom) -> (width: Int, height: Int) {
        switch zoom {
        case .boxes:
            (min(DisplayWidth.columns(of: SafeText.visible(name)), maximumNameWidth) + 4, 3)
        case .labels:
            (min(DisplayWidth.columns(of: SafeText.visible(name)), maximumNameWidth) + 2 + (isPrivate ? 1 : 0), 1)
        case .dots, .overview:
            (1, 1)
        }
    }

    /// The world rectangle a node occupies when centred at `centre`.
    public static func frame(of node: Node, centredAt centre: MapPoint, zoom: Zoom) -> WorldRect {
        frame(named: node.displayName, isPrivate: node.isPrivate, centredAt: centre, zoom: zoom)
    }

    /// The world rectangle of a node showing `name`, centred at `centre` (see ``size(named:isPrivate:zoom:)``).
    static func frame(named name: String, isPrivate: Bool, centredAt centre: MapPoint, zoom: Zoom) -> WorldRect {
        let (width, height) = size(named: name, isPrivate: isPrivate, zoom: zoom)
        return WorldRect(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height)
    }
}

/// How much detail the map shows: zooming out trades names for overview.
public enum Zoom: Int, CaseIterable, Hashable, Sendable {
    /// `overview` is dots at half the distance again, where nodes that fall on one cell show
    /// as their count, so `f` can bring any map onto a screen (see ``ScenePlacement``).
    case boxes, labels, dots, overview

    /// Whether nodes show their names at this zoom (boxes and labels do; dots do not).
    public var showsNames: Bool { self == .boxes || self == .labels }

    /// One step closer (more detail), or `self` when already at full detail.
    public var zoomedIn: Zoom { Zoom(rawValue: rawValue - 1) ?? self }
    /// One step further (less detail), or `self` when already at the least.
    public var zoomedOut: Zoom { Zoom(rawValue: rawValue + 1) ?? self }
}
