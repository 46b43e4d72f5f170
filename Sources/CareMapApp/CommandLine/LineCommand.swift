import CareMapCanvas
import CareMapKit

/// A command typed after `:`, parsed.
enum LineCommand: Hashable, Sendable {
    case write(path: String?)
    case quit
    case forceQuit
    case writeQuit
    case add(NodeKind, name: String)
    /// Tie two nodes, each given by id or name.
    case connect(String, String)
    case delete
    case layout(LayoutStyle)
    case zoom(Zoom)
    case fit
    case find(String)
    case curtain
    case outline
    case legend
    case undo
    case redo
    case help
    case export(format: String, path: String)

    /// One row of the command reference: how to type it, what it does. Help and completion
    /// both read this table.
    struct Usage: Hashable, Sendable {
        var name: String
        var arguments: String
        var summary: String
    }

    static let reference: [Usage] = [
        Usage(name: "w", arguments: "[FILE]", summary: "save (to FILE: save as)"),
        Usage(name: "q", arguments: "", summary: "quit; asks when there are unsaved changes"),
        Usage(name: "q!", arguments: "", summary: "quit, discarding unsaved changes"),
        Usage(name: "wq", arguments: "", summary: "save and quit"),
        Usage(name: "add", arguments: "person|place|group \"NAME\"", summary: "add a node near the selection"),
        Usage(name: "link", arguments: "A B", summary: "tie two nodes, by id or name"),
        Usage(name: "delete", arguments: "", summary: "delete the selected node or tie"),
        Usage(name: "layout", arguments: "rings|layered|force", summary: "lay the map out again"),
        Usage(name: "zoom", arguments: "boxes|labels|dots", summary: "how much detail the map shows"),
        Usage(name: "fit", arguments: "", summary: "fit the whole map on screen"),
        Usage(name: "find", arguments: "TEXT", summary: "select the first node matching TEXT"),
        Usage(name: "curtain", arguments: "", summary: "privacy curtain on or off"),
        Usage(name: "outline", arguments: "", summary: "the map as a list, or back"),
        Usage(name: "legend", arguments: "", summary: "the key to symbols, or hide it"),
        Usage(name: "undo", arguments: "", summary: "undo the last edit"),
        Usage(name: "redo", arguments: "", summary: "redo"),
        Usage(name: "help", arguments: "", summary: "every key and command"),
        Usage(name: "export", arguments: "FORMAT FILE", summary: "export the map (dot, svg, csv…)"),
    ]

    /// Words the second token can be, for Tab completion.
    static func argumentWords(for name: String) -> [String] {
        switch name {
        case "add": NodeKind.allCases.map(\.rawValue)
        case "layout": LayoutStyle.allCases.map(\.rawValue)
        case "zoom": ["boxes", "labels", "dots"]
        default: []
        }
    }
}
