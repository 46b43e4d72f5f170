/// Where each declaration and attribute stood in the file, so a problem found in the finished
/// map can be reported at its line and column.
struct DeclarationPositions {
    struct Declaration {
        /// The keyword's position: the line, column 1 of the declaration.
        var start: SourceLocation
        /// The node's id, or a link's first and second ids.
        var ids: [SourceLocation]
        /// Each attribute's key and value positions.
        var keys: [String: SourceLocation] = [:]
        var values: [String: SourceLocation] = [:]
    }

    var subject: SourceLocation?
    var nodes: [NodeID: Declaration] = [:]
    var links: [Declaration] = []
    var actions: [ActionID: Declaration] = [:]

    func location(of problem: MapProblem) -> SourceLocation? {
        let declaration: Declaration?
        let attribute: String?
        switch problem.location {
        case .subject:
            return subject
        case .node(let id, let key):
            declaration = nodes[id]
            attribute = key
        case .link(let index, let key):
            declaration = links.indices.contains(index) ? links[index] : nil
            attribute = key
        case .action(let id, let key):
            declaration = actions[id]
            attribute = key
        }
        guard let declaration else { return nil }
        switch attribute {
        case nil:
            return declaration.ids.first ?? declaration.start
        case "from":
            return declaration.ids.first ?? declaration.start
        case "to":
            return declaration.ids.last ?? declaration.start
        case let key?:
            // An unknown attribute is pointed at by its name, a bad value by the value.
            if case .unknownAttribute = problem.kind { return declaration.keys[key] ?? declaration.start }
            return declaration.values[key] ?? declaration.start
        }
    }
}
