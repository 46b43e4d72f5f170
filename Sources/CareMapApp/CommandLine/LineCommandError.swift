import CareMapKit

/// Why a command line was refused, while parsing it or running it. Every sentence is written here.
enum LineCommandError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case unterminatedString
    /// An escape in a string that the file format does not have.
    case badEscape(String)
    case unknown(String, suggestion: String?)
    case usage(String)
    /// `:export` names a format caremap does not write.
    case unknownFormat(String)
    /// No node's id or name matches the word; `suggestion` is the id probably meant.
    case noNode(String, suggestion: NodeID?)
    /// The command acts on the selection and nothing suitable is selected.
    case needsSelection(String, what: String)
    /// The command takes a node and was given a tie, or the other way round.
    case notANode(String)
    /// No tie joins the two nodes (with that label, when given).
    case noTie(String, String, label: String?)
    /// Several ties join the two nodes and the command must act on one.
    case severalTies(String, String, count: Int)
    /// An attribute the node or tie does not take; `keys` are those it does.
    case unknownAttribute(String, keys: [String])
    /// A value the attribute does not take.
    case badValue(key: String, reason: String)
    /// The map refused the edit.
    case edit(EditError)

    var description: String {
        switch self {
        case .empty: "type a command; :help lists them"
        case .unterminatedString: "a string is missing its closing \""
        case .badEscape(let escape):
            "unknown escape '\(escape)' in a string; use \\\", \\\\, \\n, \\t or \\u{HEX}"
        case .unknown(let name, let suggestion):
            "unknown command '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; :help lists them")
        case .usage(let name):
            "usage: :" + ([name] + [LineCommand.usage(of: name)?.arguments ?? ""].filter { !$0.isEmpty }).joined(separator: " ")
        case .unknownFormat(let word):
            "unknown format '\(word)'; use one of \(ExportFormat.names)"
        case .noNode(let word, let suggestion):
            "no node called '\(word)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .needsSelection(let name, let what):
            "select \(what) first, or name it: :" + ([name] + [LineCommand.usage(of: name)?.arguments ?? ""]).joined(separator: " ")
        case .notANode(let name):
            ":\(name) works on a node; select one or name it"
        case .noTie(let a, let b, let label):
            "no tie between '\(a)' and '\(b)'" + (label.map { " labelled '\($0)'" } ?? "")
        case .severalTies(let a, let b, let count):
            "\(count) ties join '\(a)' and '\(b)'; select one with Tab, or add its label"
        case .unknownAttribute(let key, let keys):
            AttributeError(.unknownAttribute(key, keys: keys)).description
        case .badValue(let key, let reason):
            "\(key): \(reason)"
        case .edit(let error):
            error.description
        }
    }
}
