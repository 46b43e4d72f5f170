/// `person`, `place`, `group` and `link` lines (`action` lines are in FileParser+Actions.swift).
extension FileParser {
    /// `person ID ["NAME"] key=value…`
    mutating func readNode(_ kind: NodeKind, _ line: LineLexer.Line) {
        let tokens = line.tokens
        guard tokens.count >= 2, let word = tokens[1].word else {
            error(at: tokens.count >= 2 ? tokens[1].column : tokens[0].column, "missing id after '\(kind.rawValue)'; e.g. \(kind.rawValue) amira \"Amira\"")
            return
        }
        let id = NodeID(word)
        guard id.isWellFormed else {
            error(at: tokens[1].column, MapProblem(.malformedID(id), at: .node(id, attribute: nil)).description)
            return
        }
        if let first = lineOfNode(id) {
            error(at: tokens[1].column, "duplicate id '\(id)'; it is already declared on line \(first)")
            return
        }
        var node = Node(id: id, kind: kind)
        var position = DeclarationPositions.Declaration(start: location(tokens[0]), firstID: location(tokens[1]), lastID: location(tokens[1]))
        var rest = tokens[2...]
        guard let name = takeQuotedText(&rest, what: "name") else { return }
        node.name = name
        readAttributes(rest, into: &position) { (key, value) throws(AttributeError) in
            if CareMap.nodeAttributes.contains(key) {
                try AttributeCodec.set(key, to: value, on: &node)
            } else {
                node.extra[key] = value
            }
        }
        node.comments = takeComments(inline: line.comment)
        add(node, at: position)
    }

    /// `link A ARROW B ["LABEL"] key=value…`
    mutating func readLink(_ line: LineLexer.Line) {
        let tokens = line.tokens
        let usage = "; write link A -> B \"label\" with -- , ->, <- or <->"
        guard tokens.count >= 4 else {
            error(at: tokens[0].column, "incomplete link" + usage)
            return
        }
        var ends: [NodeID] = []
        for token in [tokens[1], tokens[3]] {
            guard let word = token.word, NodeID(word).isWellFormed else {
                error(at: token.column, token.word.map { MapProblem(.malformedID(NodeID($0)), at: .subject).description } ?? "expected an id, not '\(token.text)'" + usage)
                return
            }
            ends.append(NodeID(word))
        }
        guard let arrow = tokens[2].word.flatMap(LinkDirection.init(rawValue:)) else {
            error(at: tokens[2].column, "expected an arrow between the ids, not '\(tokens[2].text)'; use --, ->, <- or <->")
            return
        }
        var link = Link(from: ends[0], to: ends[1], direction: arrow)
        var position = DeclarationPositions.Declaration(start: location(tokens[0]), firstID: location(tokens[1]), lastID: location(tokens[3]))
        var rest = tokens[4...]
        guard let label = takeQuotedText(&rest, what: "label") else { return }
        link.label = label
        readAttributes(rest, into: &position) { (key, value) throws(AttributeError) in
            if CareMap.linkAttributes.contains(key) {
                try AttributeCodec.set(key, to: value, on: &link)
            } else {
                link.extra[key] = value
            }
        }
        link.comments = takeComments(inline: line.comment)
        add(link, at: position)
    }

    /// The quoted name or label that may follow a declaration's ids, taken off the front of
    /// `rest`: empty when there is none, nil (after reporting it) when a bare word stands where
    /// the quotes were forgotten.
    mutating func takeQuotedText(_ rest: inout ArraySlice<LineLexer.Token>, what: String) -> String? {
        guard let token = rest.first else { return "" }
        switch token.kind {
        case .string(let text):
            rest = rest.dropFirst()
            return text
        case .word(let text):
            error(at: token.column, "a \(what) goes in double quotes: \(QuotedString.encode(text))")
            return nil
        default:
            return ""
        }
    }

    func location(_ token: LineLexer.Token) -> SourceLocation {
        SourceLocation(line: currentLine, column: token.column)
    }

    /// Applies each `key=value` through `apply`, recording positions, and reports every bad one.
    /// The declaration is still added with the attributes that were read: a file with errors never
    /// yields a map, and keeping the node or link lets the checks that follow (links to it, its ends)
    /// report real problems instead of a cascade of "not a node".
    mutating func readAttributes(
        _ tokens: ArraySlice<LineLexer.Token>,
        into position: inout DeclarationPositions.Declaration,
        _ apply: (String, String) throws(AttributeError) -> Void
    ) {
        let first = attributeCount
        for token in tokens {
            guard case .attribute(let key, let value, let valueColumn) = token.kind else {
                error(at: token.column, "unexpected '\(token.text)'; attributes are written key=value")
                continue
            }
            let attribute = DeclarationPositions.Attribute(key: key, keyAt: location(token), valueAt: SourceLocation(line: currentLine, column: valueColumn))
            guard record(attribute, since: first) else {
                error(at: token.column, "attribute '\(key)' given twice")
                continue
            }
            do {
                try apply(key, value)
            } catch {
                self.error(at: valueColumn, error.description)
            }
        }
        position.attributes = first..<attributeCount
    }
}
