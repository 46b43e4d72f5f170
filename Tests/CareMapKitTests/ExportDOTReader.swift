/// Reads back the one-statement-per-line DOT the exporter writes, so tests can check attributes
/// by name instead of matching text. It knows only that subset of DOT; for the full grammar the
/// Graphviz tests ask the real `dot`.
///
/// Quoted strings are decoded as Graphviz decodes labels: `\"` is a quote, `\\` a backslash and
/// `\n` a new line, so a decoded label is the text a reader sees.
struct ExportDOTReader {
    struct Statement: Equatable {
        /// `graph`, `node` or `edge` for default statements, else empty.
        var keyword = ""
        /// One id for a node statement, two for an edge.
        var ids: [String] = []
        var attributes: [String: String] = [:]
        /// Attribute names in the order written.
        var order: [String] = []
    }

    private(set) var statements: [Statement] = []

    init(_ dot: String) {
        let lines = dot.split(separator: "\n").dropFirst().dropLast()
        statements = lines.map { ExportDOTReader.statement(ExportDOTReader.tokens(String($0))) }
    }

    var nodes: [Statement] { statements.filter { $0.keyword.isEmpty && $0.ids.count == 1 } }
    var edges: [Statement] { statements.filter { $0.ids.count == 2 } }
    func defaults(_ keyword: String) -> [String: String] {
        statements.first { $0.keyword == keyword }?.attributes ?? [:]
    }
    func node(_ id: String) -> Statement? { nodes.first { $0.ids == [id] } }

    private enum Token: Equatable {
        case quoted(String)
        case word(String)
        case symbol(String)
    }

    private static func statement(_ tokens: [Token]) -> Statement {
        var result = Statement()
        var index = 0
        while index < tokens.count, tokens[index] != .symbol("[") {
            switch tokens[index] {
            case .quoted(let id): result.ids.append(id)
            case .word(let word): result.keyword = word
            case .symbol: break
            }
            index += 1
        }
        while index + 3 < tokens.count {
            if case .word(let name) = tokens[index + 1], tokens[index + 2] == .symbol("="),
                case .quoted(let value) = tokens[index + 3]
            {
                result.attributes[name] = value
                result.order.append(name)
            }
            index += 4
        }
        return result
    }

    /// A DOT string's content as Graphviz shows it: `\"` is a quote, `\\` a backslash, `\n` a
    /// new line; any other backslash pair stays as written.
    static func decoded(_ raw: String) -> String {
        var text = ""
        var characters = raw[...]
        while let character = characters.popFirst() {
            if character == "\\", let next = characters.popFirst() {
                text += next == "n" ? "\n" : next == "\"" || next == "\\" ? String(next) : "\\" + String(next)
            } else {
                text.append(character)
            }
        }
        return text
    }

    private static func tokens(_ line: String) -> [Token] {
        var tokens: [Token] = []
        var characters = line[...]
        while let first = characters.first {
            if first == " " || first == "\t" {
                characters.removeFirst()
            } else if first == "\"" {
                characters.removeFirst()
                var raw = ""
                while let character = characters.popFirst(), character != "\"" {
                    raw.append(character)
                    if character == "\\", let next = characters.popFirst() { raw.append(next) }
                }
                tokens.append(.quoted(decoded(raw)))
            } else if characters.hasPrefix("->") {
                characters.removeFirst(2)
                tokens.append(.symbol("->"))
            } else if "[]=,;{}".contains(first) {
                characters.removeFirst()
                tokens.append(.symbol(String(first)))
            } else {
                let word = characters.prefix { $0.isLetter || $0.isNumber }
                characters.removeFirst(max(word.count, 1))
                tokens.append(.word(String(word)))
            }
        }
        return tokens
    }
}
