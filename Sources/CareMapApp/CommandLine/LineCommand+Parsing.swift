import CareMapCanvas
import CareMapKit

extension LineCommand {
    /// Parses a command line (without the `:`); the error is a sentence for the bottom line.
    static func parse(_ line: String) -> Result<LineCommand, LineCommandError> {
        do throws(LineCommandError) {
            return .success(try parse(CommandToken.tokens(of: line)))
        } catch {
            return .failure(error)
        }
    }

    private static func parse(_ tokens: [CommandToken]) throws(LineCommandError) -> LineCommand {
        guard let first = tokens.first else { throw .empty }
        let name = first.text
        guard let usage = usage(of: name) else {
            throw .unknown(name, suggestion: Suggestion.closest(to: name, in: reference.map(\.name)))
        }
        let arguments = Arguments(tokens: Array(tokens.dropFirst()), command: usage.name)
        if let command = try parseEditing(usage.name, arguments) { return command }
        return try parseOther(usage.name, arguments)
    }

    /// The commands that do not change the map.
    private static func parseOther(_ name: String, _ arguments: Arguments) throws(LineCommandError) -> LineCommand {
        let words = arguments.words
        switch name {
        case "w":
            try arguments.expect(words: 0...1, attributes: false)
            return .write(path: words.first)
        case "q": return try arguments.none(.quit)
        case "q!": return try arguments.none(.forceQuit)
        case "wq": return try arguments.none(.writeQuit)
        case "layout":
            try arguments.expect(words: 1...1, attributes: false)
            guard let style = LayoutStyle(rawValue: words[0]) else { throw .usage(name) }
            return .layout(style)
        case "zoom":
            try arguments.expect(words: 1...1, attributes: false)
            guard let zoom = Zoom.words.first(where: { $0.word == words[0] })?.zoom else { throw .usage(name) }
            return .zoom(zoom)
        case "fit": return try arguments.none(.fit)
        case "find":
            guard !arguments.tokens.isEmpty else { throw .usage(name) }
            return .find(arguments.rawText)
        case "details": return try arguments.none(.details)
        case "curtain": return try arguments.none(.curtain)
        case "outline": return try arguments.none(.outline)
        case "legend": return try arguments.none(.legend)
        case "undo": return try arguments.none(.undo)
        case "redo": return try arguments.none(.redo)
        case "help": return try arguments.none(.help)
        case "export":
            try arguments.expect(words: 2...3, attributes: false)
            guard words.count == 2 || words[2] == "--redact" else { throw .usage(name) }
            guard let format = ExportFormat(rawValue: words[0]) else { throw .unknownFormat(words[0]) }
            return .export(format: format, path: words[1], redact: words.count == 3)
        case "encrypt":
            try arguments.expect(words: 0...64, attributes: false)
            return .encrypt(recipients: words)
        case "compare":
            try arguments.expect(words: 0...1, attributes: false)
            switch words.first {
            case nil: return .compare(nil)
            case "off": return .endCompare
            case let version?: return .compare(version)
            }
        default:
            throw .usage(name)
        }
    }
}

/// A command's arguments, split into plain words and `key=value` attributes.
struct Arguments {
    var tokens: [CommandToken]
    var command: String

    /// The arguments that are not attributes, in order.
    var words: [String] { tokens.filter { $0.key == nil }.map(\.text) }
    var attributes: [CommandAttribute] { tokens.compactMap { token in token.key.map { CommandAttribute(key: $0, value: token.text) } } }

    /// The words as typed, joined by single spaces (for `:find` and `:title`).
    var rawText: String {
        tokens.map { token in token.key.map { "\($0)=\(token.text)" } ?? token.text }.joined(separator: " ")
    }

    /// Refuses any argument at all.
    func none(_ command: LineCommand) throws(LineCommandError) -> LineCommand {
        guard tokens.isEmpty else { throw .usage(self.command) }
        return command
    }

    /// Refuses a number of plain words outside `words`, and attributes unless allowed.
    func expect(words count: ClosedRange<Int>, attributes allowed: Bool) throws(LineCommandError) {
        guard count.contains(words.count), allowed || attributes.isEmpty else { throw .usage(command) }
    }
}
