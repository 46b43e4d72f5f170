import CareMapCanvas
import CareMapKit

extension LineCommand {
    /// Parses a command line (without the `:`); the error is a sentence for the bottom line.
    static func parse(_ line: String) -> Result<LineCommand, LineCommandError> {
        let words: [String]
        switch tokens(of: line) {
        case .success(let tokens): words = tokens
        case .failure(let error): return .failure(error)
        }
        guard let name = words.first else { return .failure(.empty) }
        let arguments = Array(words.dropFirst())
        func none(_ command: LineCommand) -> Result<LineCommand, LineCommandError> {
            arguments.isEmpty ? .success(command) : .failure(.usage(name))
        }
        switch name {
        case "w", "write":
            return arguments.count <= 1 ? .success(.write(path: arguments.first)) : .failure(.usage(name))
        case "q", "quit": return none(.quit)
        case "q!", "quit!": return none(.forceQuit)
        case "wq", "x": return none(.writeQuit)
        case "add":
            guard arguments.count == 2, let kind = NodeKind(rawValue: arguments[0]), !arguments[1].isEmpty else {
                return .failure(.usage(name))
            }
            return .success(.add(kind, name: arguments[1]))
        case "link", "connect":
            return arguments.count == 2 ? .success(.connect(arguments[0], arguments[1])) : .failure(.usage("link"))
        case "delete": return none(.delete)
        case "layout":
            guard arguments.count == 1, let style = LayoutStyle(rawValue: arguments[0]) else { return .failure(.usage(name)) }
            return .success(.layout(style))
        case "zoom":
            let zooms: [String: Zoom] = ["boxes": .boxes, "labels": .labels, "dots": .dots]
            guard arguments.count == 1, let zoom = zooms[arguments[0]] else { return .failure(.usage(name)) }
            return .success(.zoom(zoom))
        case "fit": return none(.fit)
        case "find":
            return arguments.isEmpty ? .failure(.usage(name)) : .success(.find(arguments.joined(separator: " ")))
        case "curtain": return none(.curtain)
        case "outline": return none(.outline)
        case "legend": return none(.legend)
        case "undo": return none(.undo)
        case "redo": return none(.redo)
        case "help", "h": return none(.help)
        case "export":
            return arguments.count == 2 ? .success(.export(format: arguments[0], path: arguments[1])) : .failure(.usage(name))
        default:
            return .failure(.unknown(name, suggestion: Suggestion.closest(to: name, in: reference.map(\.name))))
        }
    }

    /// Splits a line into words; a double-quoted string is one word and may hold spaces and the
    /// escapes `\"` and `\\`.
    static func tokens(of line: String) -> Result<[String], LineCommandError> {
        var tokens: [String] = []
        var current = ""
        var inWord = false, quoted = false, escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if quoted {
                if character == "\\" { escaped = true } else if character == "\"" { quoted = false } else { current.append(character) }
            } else if character == "\"" {
                quoted = true
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { tokens.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if quoted { return .failure(.unterminatedString) }
        if inWord { tokens.append(current) }
        return .success(tokens)
    }
}

/// Why a command line was refused. Every sentence is written here.
enum LineCommandError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case unterminatedString
    case unknown(String, suggestion: String?)
    case usage(String)

    var description: String {
        switch self {
        case .empty: "type a command; :help lists them"
        case .unterminatedString: "a string is missing its closing \""
        case .unknown(let name, let suggestion):
            "unknown command '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; :help lists them")
        case .usage(let name):
            "usage: :" + ([name] + LineCommand.reference.filter { $0.name == name }.map(\.arguments).filter { !$0.isEmpty }).joined(separator: " ")
        }
    }
}
