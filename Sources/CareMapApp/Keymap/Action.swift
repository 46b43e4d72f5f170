import CareMapKit

/// A compass direction on the screen.
public enum Direction: CaseIterable, Hashable, Sendable {
    case up, down, left, right

    /// One step in this direction, in cells (y grows downwards).
    var step: (dx: Int, dy: Int) {
        switch self {
        case .up: (0, -1)
        case .down: (0, 1)
        case .left: (-1, 0)
        case .right: (1, 0)
        }
    }
}

/// What a key does in normal mode. The keymap table maps keys to these; the help overlay is
/// printed from the same table, so the two cannot disagree.
public enum Action: Hashable, Sendable {
    case select(Direction)
    case pan(Direction)
    case nextNeighbour, previousNeighbour
    case toggleDetails
    /// PgDn (`down`) or PgUp: a page of the details panel.
    case scrollPanel(down: Bool)
    case search, searchNext, searchPrevious
    case goTo
    case add(NodeKind)
    case link
    case edit
    case delete
    case move
    case zoomIn, zoomOut, fit
    case cycleLayout
    case toggleCurtain
    case toggleLegend
    case toggleOutline
    case undo, redo
    case save
    case commandLine
    case insights
    /// `C`: the changes since the version compared with (`:compare`).
    case changes
    case help
    case redraw
    /// Ctrl-Z: stop, as every terminal program does, and draw the screen again on `fg`.
    case suspend
    case quit
    /// Esc: leave a tie for the node it was reached from, or clear the message.
    case back
}
