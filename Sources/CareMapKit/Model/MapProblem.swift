/// Something wrong, or worth a warning, in a care map's content.
///
/// Validation works on the value alone, so the editor, the importers and the file parser share
/// it; the parser then pins each problem to a line and column through ``location``. Every
/// message is written here and nowhere else.
public struct MapProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable { case error, warning }

    /// What the problem is about: the parser turns this into a position in the file.
    public enum Location: Hashable, Sendable {
        case subject
        /// A node, and the attribute at fault (`nil` for the node's id).
        case node(NodeID, attribute: String?)
        /// A link by index in ``CareMap/links``, and the attribute at fault (`nil` for the link
        /// line itself; `"from"` and `"to"` for its ends).
        case link(Int, attribute: String?)
        /// An action, and the attribute at fault (`nil` for the action's id).
        case action(ActionID, attribute: String?)
    }

    public enum Kind: Hashable, Sendable {
        case malformedID(NodeID)
        case missingSubject(NodeID)
        case subjectNotPerson(NodeID, NodeKind)
        case ringOutOfRange(NodeID, Int)
        case malformedLanguage(LanguageTag)
        case unknownRole(Role, suggestion: Role?)
        case linkToMissingNode(NodeID)
        case viaMissingNode(NodeID)
        case viaIsAnEnd(NodeID)
        case selfLink(NodeID)
        case unknownAttribute(String, suggestion: String?)
        case actionAboutMissingNode(NodeID)
        case actionWithoutText(ActionID)
    }

    public var kind: Kind
    public var location: Location

    public init(_ kind: Kind, at location: Location) {
        self.kind = kind
        self.location = location
    }

    public var severity: Severity {
        switch kind {
        case .unknownRole, .unknownAttribute, .selfLink, .viaIsAnEnd: .warning
        default: .error
        }
    }

    public var description: String {
        switch kind {
        case .malformedID(let id):
            "malformed id '\(id)'; ids use lowercase letters, digits and '-', starting with a letter or digit"
        case .missingSubject(let id):
            "subject '\(id)' is not a node in this map"
        case .subjectNotPerson(let id, let kind):
            "subject '\(id)' is a \(kind.rawValue); the subject must be a person"
        case .ringOutOfRange(_, let ring):
            "ring \(ring) is out of range; use 1 (closest), 2 or 3"
        case .malformedLanguage(let tag):
            "malformed language tag '\(tag)'; use a BCP 47 tag such as 'ar', 'prs' or 'en-GB'"
        case .unknownRole(let role, let suggestion):
            "unknown role '\(role)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; it is kept as written")
        case .linkToMissingNode(let id):
            "link to '\(id)', which is not a node in this map"
        case .viaMissingNode(let id):
            "via '\(id)', which is not a node in this map"
        case .viaIsAnEnd(let id):
            "via '\(id)' is one of the link's own ends"
        case .selfLink(let id):
            "link from '\(id)' to itself"
        case .unknownAttribute(let key, let suggestion):
            "unknown attribute '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; it is kept as written")
        case .actionAboutMissingNode(let id):
            "action about '\(id)', which is not a node in this map"
        case .actionWithoutText(let id):
            "action '\(id)' says nothing to do; write it in double quotes after the id, e.g. action \(id) \"Ring the surgery about an interpreter\""
        }
    }
}
