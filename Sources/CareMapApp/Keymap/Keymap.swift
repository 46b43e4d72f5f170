/// One row of the keymap: the keys, what they do, and the words help shows for them.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    public var summary: String
}

/// Every normal-mode key, in the order help lists them.
///
/// The single source of truth for bindings: ``action(for:)`` reads it to act and the help
/// overlay reads it to explain, and a test checks that help shows every row.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], action: .select(.up), summary: "select the nearest node above"),
        KeyBinding(keys: [.down, .character("j")], action: .select(.down), summary: "select the nearest node below"),
        KeyBinding(keys: [.left, .character("h")], action: .select(.left), summary: "select the nearest node to the left"),
        KeyBinding(keys: [.right, .character("l")], action: .select(.right), summary: "select the nearest node to the right"),
        KeyBinding(keys: [.tab], action: .nextNeighbour, summary: "walk the selected node's ties"),
        KeyBinding(keys: [.backTab], action: .previousNeighbour, summary: "walk its ties backwards"),
        KeyBinding(keys: [.escape], action: .back, summary: "close the outline; from a tie back to its node"),
        KeyBinding(keys: [.enter], action: .toggleDetails, summary: "show or hide the details panel"),
        KeyBinding(keys: [.pageDown], action: .scrollPanel(down: true), summary: "scroll the details panel down a page"),
        KeyBinding(keys: [.pageUp], action: .scrollPanel(down: false), summary: "scroll the details panel up a page"),
        KeyBinding(keys: [.character("/")], action: .search, summary: "search names, ids and roles"),
        KeyBinding(keys: [.character("n")], action: .searchNext, summary: "next match"),
        KeyBinding(keys: [.character("N")], action: .searchPrevious, summary: "previous match"),
        KeyBinding(keys: [.character("g")], action: .goTo, summary: "go to a node by name"),
        KeyBinding(keys: [.character("a")], action: .add(.person), summary: "add a person"),
        KeyBinding(keys: [.character("p")], action: .add(.place), summary: "add a place"),
        KeyBinding(keys: [.character("o")], action: .add(.group), summary: "add a group or service"),
        KeyBinding(keys: [.character("c")], action: .link, summary: "connect: tie the selection to another node"),
        KeyBinding(keys: [.character("e")], action: .edit, summary: "edit the selected node or tie"),
        KeyBinding(keys: [.character("d"), .delete], action: .delete, summary: "delete the selected node or tie"),
        KeyBinding(keys: [.character("m")], action: .move, summary: "move the selected node with the arrows"),
        KeyBinding(keys: [.shiftUp], action: .pan(.up), summary: "pan up"),
        KeyBinding(keys: [.shiftDown], action: .pan(.down), summary: "pan down"),
        KeyBinding(keys: [.shiftLeft], action: .pan(.left), summary: "pan left"),
        KeyBinding(keys: [.shiftRight], action: .pan(.right), summary: "pan right"),
        KeyBinding(keys: [.character("+"), .character("=")], action: .zoomIn, summary: "zoom in"),
        KeyBinding(keys: [.character("-")], action: .zoomOut, summary: "zoom out"),
        KeyBinding(keys: [.character("f")], action: .fit, summary: "fit the whole map on screen"),
        KeyBinding(keys: [.character("L")], action: .cycleLayout, summary: "next layout: rings, layered, force"),
        KeyBinding(keys: [.character("P")], action: .toggleCurtain, summary: "privacy curtain: hide names"),
        KeyBinding(keys: [.character("K")], action: .toggleLegend, summary: "show or hide the key to symbols"),
        KeyBinding(keys: [.character("O")], action: .toggleOutline, summary: "outline: the map as a list"),
        KeyBinding(keys: [.character("u")], action: .undo, summary: "undo"),
        KeyBinding(keys: [.control("r")], action: .redo, summary: "redo"),
        KeyBinding(keys: [.control("s")], action: .save, summary: "save"),
        KeyBinding(keys: [.character(":")], action: .commandLine, summary: "command line (Tab completes)"),
        KeyBinding(keys: [.character("i")], action: .insights, summary: "insights: gaps and single points of failure"),
        KeyBinding(keys: [.character("C")], action: .changes, summary: "changes since the version compared with (:compare)"),
        KeyBinding(keys: [.character("?"), .function(1)], action: .help, summary: "this help"),
        KeyBinding(keys: [.control("l")], action: .redraw, summary: "redraw the screen"),
        KeyBinding(keys: [.control("z")], action: .suspend, summary: "suspend caremap; fg brings it back"),
        KeyBinding(keys: [.character("q"), .function(10)], action: .quit, summary: "quit (asks when there are unsaved changes)"),
    ]

    /// The action bound to `key`, if any.
    public static func action(for key: Key) -> Action? {
        table[key]
    }

    private static let table: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys { table[key] = binding.action }
        }
        return table
    }()
}
