import CareMapCanvas
import CareMapKit

extension LineCommand {
    /// One row of the command reference: how to type it, what it does, and what each argument
    /// is, for Tab. Help, usage errors and completion all read this table.
    struct Usage: Hashable, Sendable {
        var name: String
        var arguments: String
        var summary: String
        /// What each argument position holds; the last repeats.
        var operands: [Operand] = []
    }

    /// What an argument is, so Tab knows what to offer.
    enum Operand: Hashable, Sendable {
        /// One of these words.
        case choice([String])
        /// A node, by id or name.
        case node
        /// Free text, usually quoted: nothing to offer.
        case text
        /// `key=value` attributes of the node or tie the command acts on.
        case attributes
        /// An action of the map, by id.
        case action
    }

    static let reference: [Usage] = [
        Usage(name: "w", arguments: "[FILE]", summary: "save (to FILE: save as)", operands: [.text]),
        Usage(name: "q", arguments: "", summary: "quit; asks when there are unsaved changes"),
        Usage(name: "q!", arguments: "", summary: "quit, discarding unsaved changes"),
        Usage(name: "wq", arguments: "", summary: "save and quit"),
        Usage(name: "add", arguments: "person|place|group \"NAME\" [key=value…]", summary: "add a node near the selection",
              operands: [.choice(NodeKind.allCases.map(\.rawValue)), .text, .attributes]),
        Usage(name: "link", arguments: "A [ARROW] B [\"LABEL\"] [key=value…]", summary: "tie two nodes; ARROW is --, ->, <- or <->",
              operands: [.node, .node, .attributes]),
        Usage(name: "unlink", arguments: "[A B [\"LABEL\"]]", summary: "remove the selected tie, or those between A, B",
              operands: [.node, .node, .text]),
        Usage(name: "set", arguments: "[A [B]] key=value…", summary: "set attributes of the selection, A, or tie A–B",
              operands: [.node, .node, .attributes]),
        Usage(name: "rename", arguments: "[A] \"NAME\"", summary: "rename the selected node (or relabel the tie)", operands: [.node, .text]),
        Usage(name: "id", arguments: "[A] NEW-ID", summary: "change a node's id; its ties follow", operands: [.node, .text]),
        Usage(name: "delete", arguments: "[A]", summary: "delete the selected node or tie, or node A", operands: [.node]),
        Usage(name: "subject", arguments: "[A|-]", summary: "make a person the subject (- for a community map)", operands: [.node]),
        Usage(name: "title", arguments: "\"TITLE\"", summary: "set the map's title", operands: [.text]),
        Usage(name: "pin", arguments: "[A] [X,Y]", summary: "pin a node where it is, or at X,Y", operands: [.node, .text]),
        Usage(name: "unpin", arguments: "[A]", summary: "let the layout place a node again", operands: [.node]),
        Usage(name: "action", arguments: "\"TEXT\" [A…] [key=value…]", summary: "a next step about A… (or the selection): owner=, review=YYYY-MM-DD",
              operands: [.text, .node]),
        Usage(name: "done", arguments: "ACTION", summary: "mark an action done", operands: [.action]),
        Usage(name: "layout", arguments: "rings|layered|force", summary: "lay the map out again",
              operands: [.choice(LayoutStyle.allCases.map(\.rawValue))]),
        Usage(name: "zoom", arguments: "boxes|labels|dots", summary: "how much detail the map shows",
              operands: [.choice(Zoom.words.map(\.word))]),
        Usage(name: "fit", arguments: "", summary: "fit the whole map on screen"),
        Usage(name: "find", arguments: "TEXT", summary: "select the first node matching TEXT", operands: [.text]),
        Usage(name: "details", arguments: "", summary: "show or hide the details panel"),
        Usage(name: "curtain", arguments: "", summary: "privacy curtain on or off"),
        Usage(name: "outline", arguments: "", summary: "the map as a list, or back"),
        Usage(name: "legend", arguments: "", summary: "the key to symbols, or hide it"),
        Usage(name: "undo", arguments: "", summary: "undo the last edit"),
        Usage(name: "redo", arguments: "", summary: "redo"),
        Usage(name: "help", arguments: "", summary: "every key and command"),
        Usage(name: "export", arguments: "FORMAT FILE [--redact]",
              summary: "export the map (\(ExportFormat.names)); --redact: pseudonyms, no notes",
              operands: [.choice(ExportFormat.allCases.map(\.rawValue)), .text, .choice(["--redact"])]),
        Usage(name: "encrypt", arguments: "[AGE1…]", summary: "save the map encrypted (FILE.age): to age keys, or with a passphrase asked for"),
        Usage(name: "compare", arguments: "[FILE|REV|off]",
              summary: "mark changes since a file or a git revision; C lists them",
              operands: [.choice(["HEAD", "HEAD~1", "off"])]),
    ]

    /// The reference row for a command name or one of its other spellings (`write` for `w`).
    static func usage(of name: String) -> Usage? {
        let canonical = aliases[name] ?? name
        return reference.first { $0.name == canonical }
    }

    /// Other spellings of commands, as vim users type them.
    static let aliases = ["write": "w", "quit": "q", "quit!": "q!", "x": "wq", "connect": "link", "h": "help", "untie": "unlink", "diff": "compare"]
}

extension Zoom {
    /// The words `:zoom` takes.
    static let words: [(word: String, zoom: Zoom)] = [("boxes", .boxes), ("labels", .labels), ("dots", .dots), ("overview", .overview)]
}
