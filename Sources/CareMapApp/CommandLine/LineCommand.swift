import CareMapCanvas
import CareMapKit

/// A command typed after `:`, parsed.
///
/// Every editing action of the keyboard has a command, so a workshop can be scripted and a test
/// can drive the editor by typing. Nodes are named by id or by (part of) their name and found
/// when the command runs; a command that names none acts on the selection.
enum LineCommand: Hashable, Sendable {
    case write(path: String?)
    case quit
    case forceQuit
    case writeQuit
    /// A new node; `id=` among the attributes chooses its id.
    case add(NodeKind, name: String, attributes: [CommandAttribute])
    /// A new tie between two nodes, each given by id or name.
    case link(String, String, direction: LinkDirection, label: String?, attributes: [CommandAttribute])
    /// Removes a tie: the selected one, or those between two nodes (with `label`, only those).
    case unlink(CommandTarget, label: String?)
    case set(CommandTarget, attributes: [CommandAttribute])
    /// A node's new name, or a tie's new label.
    case rename(CommandTarget, name: String)
    case changeID(CommandTarget, to: String)
    case delete(CommandTarget)
    /// The person whose network this is; `nil` makes a community map.
    case subject(CommandTarget?)
    case title(String)
    /// Pins a node where it is drawn, or at a position written as the file's `at=` writes it.
    case pin(CommandTarget, at: String?)
    case unpin(CommandTarget)
    case layout(LayoutStyle)
    case zoom(Zoom)
    case fit
    case find(String)
    case details
    case curtain
    case outline
    case legend
    case undo
    case redo
    case help
    /// Export to a file; `redact` exports ``CareMapKit/CareMap/redacted()`` instead of the map.
    case export(format: ExportFormat, path: String, redact: Bool)
    /// A next step kept in the map, about the nodes named (or the selected node); `id=` among
    /// the attributes chooses its id.
    case action(text: String, about: [String], attributes: [CommandAttribute])
    /// Marks an action done.
    case done(String)
    /// Keeps the map encrypted from now on: to these age keys (`age1…`), or with a passphrase
    /// asked in a masked prompt when none is given.
    case encrypt(recipients: [String])
    /// Draws the map against an earlier version: a file, or a git revision of the map's own
    /// file; with none, lists the changes of the comparison already made.
    case compare(String?)
    /// Ends the comparison (`:compare off`).
    case endCompare
}

/// What a command acts on: the selection, a node, or the ties between two nodes.
enum CommandTarget: Hashable, Sendable {
    case selection
    case node(String)
    case ties(String, String)
}

/// A `key=value` typed on the command line, in the words of the file format.
struct CommandAttribute: Hashable, Sendable {
    var key: String
    var value: String
}
