/// Why an edit of a ``CareMap`` was refused. Every sentence is written here, worded so that the
/// person at the keyboard knows what to type instead.
public enum EditError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another node already has this id.
    case duplicateID(NodeID)
    /// The id does not match `[a-z0-9][a-z0-9-]*`.
    case malformedID(NodeID)
    /// No node has this id; `suggestion` is the id the person probably meant.
    case noSuchNode(NodeID, suggestion: NodeID?)
    /// No link has this id: it was removed, or never in this map.
    case noSuchLink(LinkID)
    /// A link from a node to itself.
    case selfLink(NodeID)
    /// The subject must be a person.
    case subjectNotPerson(NodeID, NodeKind)
    /// A go-between that is not a node of the map; `suggestion` is the id probably meant.
    case noSuchVia(NodeID, suggestion: NodeID?)
    /// A go-between that is one of the link's own ends.
    case viaIsAnEnd(NodeID)
    /// Another action already has this id.
    case duplicateActionID(ActionID)
    /// No action has this id; `suggestion` is the id the person probably meant.
    case noSuchAction(ActionID, suggestion: ActionID?)
    /// The edit would leave an error that validation reports, such as a ring of 7.
    case invalid(MapProblem)

    public var description: String {
        switch self {
        case .duplicateID(let id):
            "there is already a node with id '\(id)'"
        case .malformedID(let id):
            "malformed id '\(id)'; ids use lowercase letters, digits and '-', starting with a letter or digit"
        case .noSuchNode(let id, let suggestion):
            "no node with id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .noSuchLink(let id):
            "no tie \(id) in this map; it may have been deleted"
        case .selfLink(let id):
            "'\(id)' cannot be tied to itself"
        case .subjectNotPerson(let id, let kind):
            "'\(id)' is a \(kind.rawValue); the subject must be a person"
        case .noSuchVia(let id, let suggestion):
            "via '\(id)', which is not a node in this map" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .viaIsAnEnd(let id):
            "via '\(id)' is one of the tie's own ends; a go-between is a third node"
        case .duplicateActionID(let id):
            "there is already an action with id '\(id)'"
        case .noSuchAction(let id, let suggestion):
            "no action with id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .invalid(let problem):
            problem.description
        }
    }

    /// The attribute the error is about (`"via"`, `"ring"`), so a form can put the cursor on
    /// the field at fault; `nil` when it is about a whole node or link.
    public var attribute: String? {
        switch self {
        case .noSuchVia, .viaIsAnEnd: "via"
        case .invalid(let problem):
            switch problem.location {
            case .node(_, let attribute), .link(_, let attribute), .action(_, let attribute): attribute
            case .subject: nil
            }
        default: nil
        }
    }
}
