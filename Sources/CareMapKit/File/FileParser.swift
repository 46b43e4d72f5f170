import OrderedCollections

/// Reads a `.caremap` file line by line into a ``CareMap``, collecting every problem.
///
/// Structural problems (tokens, duplicates, the version line) are found here; problems with the
/// map's content (a link to a missing node, an unknown role) are found by
/// ``CareMap/problems()`` on the finished value and pinned back to the line and column recorded
/// for them, so the rules live in one place for files, the editor and importers alike.
struct FileParser {
    private var map = CareMap()
    private var diagnostics: [Diagnostic] = []
    private var positions = DeclarationPositions()
    private var lineNumber = 0
    /// Comments read but not yet given to a declaration.
    private var pendingComments: [String] = []
    private var titleLine: Int?
    private var subjectLine: Int?
    /// Whether a node or link has been read: comments before the first one belong to the file.
    private var inBody = false
    /// Whether a blank line has ended the file's opening comments: comments that run to the end
    /// of a file with no declaration and no blank line are its header, not its trailing comments.
    private var headerClosed = false

    mutating func parse(_ bytes: [UInt8]) -> ParseResult {
        guard bytes.count <= CareMapFile.maximumFileSize else {
            return ParseResult(map: nil, diagnostics: [Diagnostic(.error, at: nil, "file is larger than 64 MiB, the most caremap reads")])
        }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count || lineNumber == 0 {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            if let text = decode(bytes[start..<lineEnd]) {
                if lineNumber > 1 || !readVersion(text) { read(text) }
            }
            start = end + 1
        }
        finish()
        return result()
    }

    /// The line's bytes once checked, or nil after reporting why it cannot be read: too long,
    /// not UTF-8, or holding a raw control character. ASCII bytes are checked one by one and
    /// only other scalars decoded, so the common all-ASCII line costs one pass and no copies.
    private mutating func decode(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard bytes.count <= CareMapFile.maximumLineLength else {
            error(at: 1, "line is longer than 65,536 bytes")
            return nil
        }
        var scalars = 0
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            let scalar: Unicode.Scalar
            if bytes[offset] < 0x80 {
                scalar = Unicode.Scalar(bytes[offset])
            } else {
                var iterator = bytes[offset...].makeIterator()
                var decoder = UTF8()
                guard case .scalarValue(let decoded) = decoder.decode(&iterator) else {
                    error(at: scalars + 1, "invalid UTF-8; save the file as UTF-8 text")
                    return nil
                }
                scalar = decoded
            }
            if Self.isForbiddenControl(scalar) {
                error(at: scalars + 1, "raw control character U+\(Self.hex(scalar)); write it inside a string as \\u{\(String(scalar.value, radix: 16, uppercase: true))}")
                return nil
            }
            scalars += 1
            offset += UTF8.width(scalar)
        }
        return bytes
    }

    private static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar.isTerminalUnsafe && scalar.value < 0xA0
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// One line read as line 1 of a file's body, without a version line and without checking it
    /// against a whole map: how an `action` line carried in a GraphML export is read back, so it
    /// means exactly what it means in a `.caremap` file.
    ///
    /// - Complexity: O(*k*) in the length of the line.
    static func readLine(_ text: String) -> (map: CareMap, diagnostics: [Diagnostic]) {
        var parser = FileParser()
        parser.lineNumber = 1
        if let bytes = parser.decode(ArraySlice(text.utf8)) { parser.read(bytes) }
        return (parser.map, parser.diagnostics)
    }

    /// Checks the first line; false when it is not a version line, so it is read as any other.
    private mutating func readVersion(_ text: ArraySlice<UInt8>) -> Bool {
        guard case .success(let line) = LineLexer.lex(text), line.tokens.first?.word == "caremap" else {
            error(at: 1, "the first line must be '\(CareMapFile.versionLine)'")
            return false
        }
        if line.tokens.count == 2, line.tokens[1].word == String(CareMapKitVersion.formatVersion) {
            if let comment = line.comment { pendingComments.append(comment) }
        } else if line.tokens.count >= 2 {
            error(at: line.tokens[1].column, "unsupported version '\(line.tokens[1].text)'; this caremap reads version \(CareMapKitVersion.formatVersion)")
        } else {
            error(at: 1, "the first line must be '\(CareMapFile.versionLine)'")
        }
        return true
    }

    /// Reads one line after the first.
    private mutating func read(_ text: ArraySlice<UInt8>) {
        let line: LineLexer.Line
        switch LineLexer.lex(text) {
        case .success(let lexed): line = lexed
        case .failure(let failure):
            error(at: failure.column, failure.message)
            return
        }
        guard let first = line.tokens.first else {
            if let comment = line.comment {
                pendingComments.append(comment)
            } else if !inBody {
                moveCommentsToHeader()
                headerClosed = true
            }
            return
        }
        guard let keyword = first.word else {
            error(at: first.column, "a line starts with a keyword: \(Self.keywords.joined(separator: ", "))")
            return
        }
        switch keyword {
        case "title", "subject", "note":
            if !inBody { moveCommentsToHeader() }
            readMapLine(keyword, line.tokens)
            if let comment = line.comment {
                if inBody { pendingComments.append(comment) } else { map.headerComments.append(comment) }
            }
        case "person", "place", "group":
            readNode(NodeKind(rawValue: keyword) ?? .person, line)
        case "link":
            readLink(line)
        case "action":
            readAction(line)
        case "caremap":
            error(at: first.column, "'\(CareMapFile.versionLine)' belongs on the first line only")
        default:
            let hint = Suggestion.closest(to: keyword, in: Self.keywords).map { "; did you mean '\($0)'?" }
                ?? "; use " + Self.keywords.joined(separator: ", ")
            error(at: first.column, "unknown declaration '\(keyword)'" + hint)
        }
    }

    static let keywords = ["person", "place", "group", "link", "action", "title", "subject", "note"]

    private mutating func moveCommentsToHeader() {
        map.headerComments += pendingComments
        pendingComments.removeAll()
    }

    /// The comments a node or link declared now takes: those above it, then one at its end.
    mutating func takeComments(inline: String?) -> [String] {
        inBody = true
        var comments = pendingComments
        pendingComments.removeAll()
        if let inline { comments.append(inline) }
        return comments
    }

    /// `title`, `subject` and `note`.
    private mutating func readMapLine(_ keyword: String, _ tokens: [LineLexer.Token]) {
        guard tokens.count >= 2 else {
            let example = keyword == "subject" ? "subject amira" : "\(keyword) \"Amira's network of care\""
            error(at: tokens[0].column, "missing \(keyword == "subject" ? "id" : "value") after '\(keyword)'; e.g. \(example)")
            return
        }
        if tokens.count > 2 {
            let hint = keyword == "subject" ? "" : "; put a \(keyword) of several words in double quotes"
            error(at: tokens[2].column, "unexpected '\(tokens[2].text)' after the \(keyword)" + hint)
            return
        }
        let token = tokens[1]
        switch keyword {
        case "subject":
            guard let word = token.word else {
                error(at: token.column, "the subject is an id, without quotes; e.g. subject amira")
                return
            }
            let id = NodeID(word)
            guard id.isWellFormed else {
                error(at: token.column, MapProblem(.malformedID(id), at: .subject).description)
                return
            }
            if let subjectLine {
                error(at: tokens[0].column, "a second subject; the first is on line \(subjectLine)")
                return
            }
            subjectLine = lineNumber
            map.subject = id
            positions.subject = SourceLocation(line: lineNumber, column: token.column)
        default:
            guard let value = value(of: token) else { return }
            if keyword == "note" {
                map.notes.append(value)
            } else if let titleLine {
                error(at: tokens[0].column, "a second title; the first is on line \(titleLine)")
            } else {
                titleLine = lineNumber
                map.title = value
            }
        }
    }

    /// A string or a bare word as a value, or nil after reporting a word that needs quotes.
    func valueText(of token: LineLexer.Token) -> String? {
        switch token.kind {
        case .string(let string): string
        case .word(let word) where QuotedString.isBareWord(word): word
        default: nil
        }
    }

    mutating func value(of token: LineLexer.Token) -> String? {
        guard let text = valueText(of: token) else {
            error(at: token.column, "unexpected '\(token.text)'; put the value in double quotes")
            return nil
        }
        return text
    }

    private mutating func finish() {
        if !inBody, !headerClosed { moveCommentsToHeader() }
        map.trailingComments = pendingComments
        pendingComments.removeAll()
        let located = map.problems().map { ($0, positions.location(of: $0, in: map)) }
        diagnostics += UnknownAttributeReport.diagnostics(located)
    }

    private func result() -> ParseResult {
        var sorted = diagnostics.enumerated().sorted { left, right in
            switch (left.element.location, right.element.location) {
            case let (a?, b?) where a != b: a < b
            case (nil, _?): true
            case (_?, nil): false
            default: left.offset < right.offset
            }
        }.map(\.element)
        let hasErrors = sorted.contains { $0.severity == .error }
        if sorted.count > CareMapFile.maximumDiagnostics {
            let more = sorted.count - CareMapFile.maximumDiagnostics
            sorted.removeLast(more)
            sorted.append(Diagnostic(hasErrors ? .error : .warning, at: nil, "\(more) more problems not shown; fix these first"))
        }
        return ParseResult(map: hasErrors ? nil : map, diagnostics: sorted)
    }

    mutating func error(at column: Int, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: SourceLocation(line: lineNumber, column: column), message))
    }

    // MARK: Declarations, used by FileParser+Declarations.swift

    var currentLine: Int { lineNumber }
    var nodes: OrderedDictionary<NodeID, Node> { map.nodes }

    mutating func add(_ node: Node, at position: DeclarationPositions.Declaration) {
        map.nodes[node.id] = node
        positions.nodes.append(position)
    }

    mutating func add(_ link: Link, at position: DeclarationPositions.Declaration) {
        map.appendLink(link)
        positions.links.append(position)
    }

    func lineOfNode(_ id: NodeID) -> Int? { map.nodes.index(forKey: id).map { positions.nodes[$0].start.line } }

    mutating func add(_ action: CareAction, at position: DeclarationPositions.Declaration) {
        map.actions[action.id] = action
        positions.actions.append(position)
    }

    func lineOfAction(_ id: ActionID) -> Int? { map.actions.index(forKey: id).map { positions.actions[$0].start.line } }

    /// Where the attributes of the declaration being read begin among those recorded.
    var attributeCount: Int { positions.attributes.count }

    /// See ``DeclarationPositions/record(_:since:)``.
    mutating func record(_ attribute: DeclarationPositions.Attribute, since first: Int) -> Bool {
        positions.record(attribute, since: first)
    }
}
