/// Where each declaration and attribute stood in the file, so a problem found in the finished
/// map can be reported at its line and column.
///
/// Kept in flat arrays rather than a dictionary per declaration: a 10,000-node file has some
/// 80,000 attributes, and hashing each into its own small dictionary cost more than reading it.
/// Nodes and actions are stored in declaration order, the order of `map.nodes` and `map.actions`,
/// so the map's own index finds them.
struct DeclarationPositions {
    struct Attribute {
        var key: String
        var keyAt: SourceLocation
        var valueAt: SourceLocation
    }

    struct Declaration {
        /// The keyword's position: the line, column 1 of the declaration.
        var start: SourceLocation
        /// The node's id, or a link's first id.
        var firstID: SourceLocation
        /// The node's id, or a link's second id.
        var lastID: SourceLocation
        /// Where this declaration's attributes stand in ``DeclarationPositions/attributes``.
        var attributes: Range<Int> = 0..<0
    }

    var subject: SourceLocation?
    var attributes: [Attribute] = []
    var nodes: [Declaration] = []
    var links: [Declaration] = []
    var actions: [Declaration] = []

    /// Records `attribute` for the declaration whose attributes begin at `first`, or returns
    /// false when that declaration has already given its key.
    mutating func record(_ attribute: Attribute, since first: Int) -> Bool {
        guard !attributes[first...].contains(where: { $0.key == attribute.key }) else { return false }
        attributes.append(attribute)
        return true
    }

    func location(of problem: MapProblem, in map: CareMap) -> SourceLocation? {
        let declaration: Declaration?
        let attribute: String?
        switch problem.location {
        case .subject:
            return subject
        case .node(let id, let key):
            declaration = map.nodes.index(forKey: id).map { nodes[$0] }
            attribute = key
        case .link(let index, let key):
            declaration = links.indices.contains(index) ? links[index] : nil
            attribute = key
        case .action(let id, let key):
            declaration = map.actions.index(forKey: id).map { actions[$0] }
            attribute = key
        }
        guard let declaration else { return nil }
        switch attribute {
        case nil, "from":
            return declaration.firstID
        case "to":
            return declaration.lastID
        case let key?:
            guard let found = attributes[declaration.attributes].first(where: { $0.key == key }) else { return declaration.start }
            // An unknown attribute is pointed at by its name, a bad value by the value.
            if case .unknownAttribute = problem.kind { return found.keyAt }
            return found.valueAt
        }
    }
}
