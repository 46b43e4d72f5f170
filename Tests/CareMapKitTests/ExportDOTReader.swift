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
    /// new line; any other backslash pair stays as written. Read by scalars, as Graphviz reads
    /// bytes: a combining mark after a quote must not hide the quote inside one `Character`.
    static func decoded(_ raw: String) -> String {
        var text = String.UnicodeScalarView()
        var scalars = raw.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", let next = scalars.popFirst() {
                switch next {
                case "n": text.append("\n")
                case "\"", "\\": text.append(next)
                default: text.append(contentsOf: [scalar, next])
                }
            } else {
                text.append(scalar)
            }
        }
        return String(text)
    }

    private static func tokens(_ line: String) -> [Token] {
        var tokens: [Token] = []
        var scalars = line.unicodeScalars[...]
        while let first = scalars.first {
            if first == " " || first == "\t" {
                scalars.removeFirst()
            } else if first == "\"" {
                scalars.removeFirst()
                var raw = String.UnicodeScalarView()
                while let scalar = scalars.popFirst(), scalar != "\"" {
                    raw.append(scalar)
                    if scalar == "\\", let next = scalars.popFirst() { raw.append(next) }
                }
                tokens.append(.quoted(decoded(String(raw))))
            } else if scalars.starts(with: "->".unicodeScalars) {
                scalars.removeFirst(2)
                tokens.append(.symbol("->"))
            } else if "[]=,;{}".unicodeScalars.contains(first) {
                scalars.removeFirst()
                tokens.append(.symbol(String(first)))
            } else {
                let word = scalars.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
                scalars.removeFirst(max(word.count, 1))
                tokens.append(.word(String(String.UnicodeScalarView(word))))
            }
        }
        return tokens
    }
}
