/// A map as the facts a diff compares and a merge combines: every declaration under a key that
/// lasts across versions, each with its fields written as the file writes them (`ring` → `2`,
/// `lang` → `ar,en:basic`), so two versions are compared on what the file says and not on how
/// a value is held in memory.
///
/// Besides the attributes, a node has the fields `kind` and `name`, a tie `direction` (read
/// from its ``TieKey/first`` end) and an action `text`; each has `comments`, its comment lines
/// joined by new lines. The map has `title`, `subject`, `notes` (each note quoted, one a
/// line, so a note of several lines stays one), `header-comments` and `trailing-comments`. A
/// field that is not set is absent. An unknown attribute with one of those names (a `name=`
/// kept as written) is the field `name=`, which no attribute can be, so it is neither hidden
/// behind the declaration's own field nor lost by a merge.
struct Declarations: Equatable {
    /// Fields a declaration has that are not attributes of its line.
    static let ownFields: Set<String> = ["kind", "name", "direction", "text", "comments"]

    /// Fields in the order the file writes them.
    typealias Fields = [(key: String, value: String)]

    /// Every declaration in map order: the map, then nodes, ties and actions.
    var keys: [DeclarationKey]
    var fields: [DeclarationKey: [String: String]]

    init(_ map: CareMap) {
        keys = []
        fields = [:]
        add(.map, Self.facts(ofMap: map))
        for node in map.nodes.values { add(.node(node.id), Self.facts(of: node)) }
        for (link, key) in zip(map.links, map.tieKeys()) { add(.tie(key), Self.facts(of: link)) }
        for action in map.actions.values { add(.action(action.id), Self.facts(of: action)) }
    }

    /// The map's own fields.
    static func facts(ofMap map: CareMap) -> Fields {
        var own: Fields = []
        if !map.title.isEmpty { own.append(("title", map.title)) }
        if let subject = map.subject { own.append(("subject", subject.rawValue)) }
        if !map.notes.isEmpty { own.append(("notes", map.notes.map(QuotedString.encode).joined(separator: "\n"))) }
        if !map.headerComments.isEmpty { own.append(("header-comments", map.headerComments.joined(separator: "\n"))) }
        if !map.trailingComments.isEmpty { own.append(("trailing-comments", map.trailingComments.joined(separator: "\n"))) }
        return own
    }

    static func facts(of node: Node) -> Fields {
        var facts: Fields = [("kind", node.kind.rawValue)]
        if !node.name.isEmpty { facts.append(("name", node.name)) }
        return withComments(facts + fields(AttributeCodec.attributes(of: node)), node.comments)
    }

    static func facts(of link: Link) -> Fields {
        withComments([("direction", TieKey.direction(of: link).rawValue)] + fields(AttributeCodec.attributes(of: link)), link.comments)
    }

    static func facts(of action: CareAction) -> Fields {
        withComments([("text", action.text)] + fields(AttributeCodec.attributes(of: action)), action.comments)
    }

    private static func withComments(_ facts: Fields, _ comments: [String]) -> Fields {
        comments.isEmpty ? facts : facts + [("comments", comments.joined(separator: "\n"))]
    }

    /// Facts by name; a name written twice keeps its first value, as the parser does.
    static func dictionary(_ facts: Fields) -> [String: String] {
        Dictionary(facts, uniquingKeysWith: { first, _ in first })
    }

    /// An attribute's field: its key, or `KEY=` for a key that is one of ``ownFields``.
    static func field(ofAttribute key: String) -> String {
        ownFields.contains(key) ? key + "=" : key
    }

    /// The attribute a field other than the declaration's own is written as.
    static func attribute(ofField field: String) -> String {
        field.hasSuffix("=") ? String(field.dropLast()) : field
    }

    /// A line's attributes as fields.
    private static func fields(_ attributes: Fields) -> Fields {
        attributes.map { (key: field(ofAttribute: $0.key), value: $0.value) }
    }

    private mutating func add(_ key: DeclarationKey, _ facts: Fields) {
        keys.append(key)
        fields[key] = Self.dictionary(facts)
    }

    static func == (lhs: Declarations, rhs: Declarations) -> Bool {
        lhs.fields == rhs.fields
    }
}
