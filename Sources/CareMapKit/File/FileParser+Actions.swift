/// `action` lines: the next steps kept in the map.
extension FileParser {
    /// `action ID "TEXT" key=value…`
    ///
    /// The text is required (validation reports an action without one); the id must be new among
    /// actions, though a node may have the same id, since the two never stand in the same place.
    mutating func readAction(_ line: LineLexer.Line) {
        let tokens = line.tokens
        guard tokens.count >= 2, let word = tokens[1].word else {
            error(at: tokens.count >= 2 ? tokens[1].column : tokens[0].column, "missing id after 'action'; e.g. action call-gp \"Ring the surgery about an interpreter\"")
            return
        }
        let id = ActionID(word)
        guard id.isWellFormed else {
            error(at: tokens[1].column, MapProblem(.malformedID(NodeID(word)), at: .action(id, attribute: nil)).description)
            return
        }
        if let first = lineOfAction(id) {
            error(at: tokens[1].column, "duplicate action id '\(id)'; it is already declared on line \(first)")
            return
        }
        var action = CareAction(id: id, text: "")
        var position = DeclarationPositions.Declaration(start: location(tokens[0]), firstID: location(tokens[1]), lastID: location(tokens[1]))
        var rest = tokens[2...]
        guard let text = takeQuotedText(&rest, what: "description") else { return }
        action.text = text
        readAttributes(rest, into: &position) { (key, value) throws(AttributeError) in
            if CareMap.actionAttributes.contains(key) {
                try AttributeCodec.set(key, to: value, on: &action)
            } else {
                action.extra[key] = value
            }
        }
        action.comments = takeComments(inline: line.comment)
        add(action, at: position)
    }
}

extension FileParser {
    /// The action one `action` line declares, or why it declares none: the GraphML export
    /// carries each action as its canonical line (see `docs/exports.md`), and the importer reads
    /// it back here, with the file parser's own rules. Whether its `about` ids name nodes is left
    /// to the importer, which knows the nodes.
    static func action(fromLine text: String) -> Result<CareAction, ActionLineError> {
        let (map, diagnostics) = readLine(text)
        if let first = diagnostics.first(where: { $0.severity == .error }) {
            return .failure(ActionLineError(column: first.location?.column ?? 1, message: first.message))
        }
        guard map.nodes.isEmpty, map.links.isEmpty, map.actions.count == 1, let action = map.actions.values.first else {
            return .failure(ActionLineError(column: 1, message: "not an action line; e.g. action call-gp \"Ring the surgery\" status=open"))
        }
        return .success(action)
    }
}

/// Why an `action` line could not be read, at a column of the line.
struct ActionLineError: Error {
    var column: Int
    var message: String
}
