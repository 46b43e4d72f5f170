import CareMapCanvas
import CareMapKit

/// What the keyboard is doing right now. Normal mode is modeless editing on the map; every
/// other mode is short-lived, shows itself on the bottom line, and `Esc` always leaves it.
public enum Mode: Hashable, Sendable {
    /// Opened without a file: pick a sample map or start a new one.
    case start(highlighted: Int)
    case normal
    /// `:` followed by a command; Tab completes.
    case commandLine(CommandLineState)
    /// `/` incremental search; `Esc` puts the selection back where it was.
    case search(query: LineEditor, origin: MapSelection?)
    /// `g`: go to a node by fuzzy name.
    case goTo(Picker)
    /// A one-line question, such as the name of a new node.
    case prompt(Prompt)
    /// `l`: pick the other end of a new tie from `source`.
    case link(source: NodeID, picker: Picker)
    /// `m`: arrows move `node`; `before` is the map to return to on `Esc`.
    case move(node: NodeID, before: Snapshot)
    /// `e`: the edit form of the selected node or tie.
    case form(EditForm)
    /// A yes/no question that guards losing work.
    case confirm(Confirmation)
    /// `?`: every key and command, scrolled by `scroll` rows.
    case help(scroll: Int)
    /// `i`: what the map says (``Editor/findings``), the finding at `selected` highlighted.
    case insights(selected: Int)
    /// `C`: what changed since the version compared with (``Editor/comparison``), the change
    /// at `selected` highlighted.
    case changes(selected: Int)

    /// The word the status bar shows for the mode.
    var label: String {
        switch self {
        case .start: "START"
        case .normal: "NORMAL"
        case .commandLine: "COMMAND"
        case .search: "SEARCH"
        case .goTo: "GO TO"
        case .prompt: "PROMPT"
        case .link: "LINK"
        case .move: "MOVE"
        case .form: "EDIT"
        case .confirm: "CONFIRM"
        case .help: "HELP"
        case .insights: "INSIGHTS"
        case .changes: "CHANGES"
        }
    }
}

/// The command line: the text, and the completions that Tab is stepping through.
public struct CommandLineState: Hashable, Sendable {
    public var line: LineEditor
    /// Completions of the text as it was when Tab was first pressed, and which one is shown.
    var completions: [String] = []
    var completionIndex: Int?
    /// How far back in the command history Up has gone; `nil` when editing a fresh line.
    var historyIndex: Int?
}

/// A list of nodes filtered by what is typed, best match first: `g` and `l` use it.
public struct Picker: Hashable, Sendable {
    public var query: LineEditor
    /// The node the picker currently points at.
    public var highlighted: NodeID?
}

/// What a prompt's answer is for.
public enum PromptPurpose: Hashable, Sendable {
    /// The name of a new node of this kind, to add near `near`.
    case newNode(NodeKind, near: NodeID?)
    /// A file name for a map that has none yet; quit after saving when `thenQuit`.
    case saveAs(thenQuit: Bool)
    /// The passphrase to encrypt the map at `target` with (`:encrypt`), typed masked.
    case passphrase(target: String)
    /// The same passphrase again, to catch a typing mistake no one could see.
    case confirmPassphrase(target: String, first: String)
}

/// A one-line question and the answer typed so far.
public struct Prompt: Hashable, Sendable {
    public var purpose: PromptPurpose
    public var answer: LineEditor

    var question: String {
        switch purpose {
        case .newNode(let kind, _): "Name of the new \(kind.rawValue): "
        case .saveAs: "Save as: "
        case .passphrase(let target): "Passphrase for \(target): "
        case .confirmPassphrase: "The same passphrase again: "
        }
    }

    /// The answer as the bottom line shows it: a passphrase as one `•` a character, so nobody
    /// in the room reads it off the screen.
    var shownAnswer: LineEditor {
        switch purpose {
        case .passphrase, .confirmPassphrase:
            var masked = LineEditor(String(repeating: "•", count: answer.text.count))
            masked.cursor = answer.cursor
            return masked
        case .newNode, .saveAs:
            return answer
        }
    }
}

/// A question whose answer decides whether work is kept.
public enum Confirmation: Hashable, Sendable {
    /// Quitting with unsaved changes: y saves then quits, n quits without saving.
    case quitUnsaved
    /// Saving over a file that changed on disk since it was read.
    case overwriteChangedFile(path: String, thenQuit: Bool)
    /// Restoring unsaved work found in the recovery file at `path`.
    case restoreRecovery(path: String, map: CareMap)
    /// Deleting the person at the centre, or a node with many ties: one key, a big loss.
    case deleteNode(NodeID, name: String, ties: Int, isSubject: Bool)

    var question: String {
        switch self {
        case .quitUnsaved: "Save changes? y/n/Esc"
        case .overwriteChangedFile(let path, _): "\(path) changed on disk since it was opened. Overwrite it? y/n"
        case .restoreRecovery(let path, _): "Unsaved work from an earlier session is in \(path). Restore it? y/n"
        case .deleteNode(_, let name, let ties, let isSubject):
            "Delete \(name)\(isSubject ? ", the person at the centre," : "") and \(ties == 1 ? "1 tie" : "\(ties) ties")? y/n (u undoes)"
        }
    }
}

/// The map and selection as they were, for undo and redo, with the layout so that undoing a
/// deletion puts the node back exactly where it was drawn, and the edit that followed, so undo
/// and redo can say what they undid ("delete Hassan and 4 ties").
public struct Snapshot: Hashable, Sendable {
    public var map: CareMap
    public var selection: MapSelection?
    public var layout: MapLayout
    /// The edit made from this state, in words.
    public var edit = ""
}
