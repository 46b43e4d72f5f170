import CareMapKit

extension LineCommand {
    /// The commands that change the map, or `nil` for any other name.
    static func parseEditing(_ name: String, _ arguments: Arguments) throws(LineCommandError) -> LineCommand? {
        let words = arguments.words
        let attributes = arguments.attributes
        switch name {
        case "add":
            try arguments.expect(words: 2...2, attributes: true)
            guard let kind = NodeKind(rawValue: words[0]), !words[1].isEmpty else { throw .usage(name) }
            return .add(kind, name: words[1], attributes: attributes)
        case "link":
            var positional = arguments.tokens.filter { $0.key == nil }
            var direction = LinkDirection.none
            if positional.count >= 3, !positional[1].isQuoted, let arrow = LinkDirection(rawValue: positional[1].text) {
                direction = arrow
                positional.remove(at: 1)
            }
            guard (2...3).contains(positional.count) else { throw .usage(name) }
            return .link(positional[0].text, positional[1].text, direction: direction,
                         label: positional.count == 3 ? positional[2].text : nil, attributes: attributes)
        case "unlink":
            try arguments.expect(words: 0...3, attributes: false)
            guard words.count != 1 else { throw .usage(name) }
            return .unlink(target(words.prefix(2)), label: words.count == 3 ? words[2] : nil)
        case "set":
            try arguments.expect(words: 0...2, attributes: true)
            guard !attributes.isEmpty else { throw .usage(name) }
            return .set(target(words), attributes: attributes)
        case "rename":
            try arguments.expect(words: 1...3, attributes: false)
            return .rename(target(words.dropLast()), name: words.last!)
        case "id":
            try arguments.expect(words: 1...2, attributes: false)
            return .changeID(target(words.dropLast()), to: words.last!)
        case "delete":
            try arguments.expect(words: 0...1, attributes: false)
            return .delete(target(words))
        case "subject":
            try arguments.expect(words: 0...1, attributes: false)
            return .subject(words.first == "-" ? nil : target(words))
        case "title":
            guard !arguments.tokens.isEmpty else { throw .usage(name) }
            return .title(arguments.rawText)
        case "pin":
            try arguments.expect(words: 0...2, attributes: false)
            let position = words.last.flatMap { LineCommand.looksLikePosition($0) ? $0 : nil }
            let nodes = position == nil ? words[...] : words.dropLast()
            guard nodes.count <= 1 else { throw .usage(name) }
            return .pin(target(nodes), at: position)
        case "unpin":
            try arguments.expect(words: 0...1, attributes: false)
            return .unpin(target(words))
        case "action":
            guard let text = words.first, !text.isEmpty else { throw .usage(name) }
            return .action(text: text, about: Array(words.dropFirst()), attributes: attributes)
        case "done":
            try arguments.expect(words: 1...1, attributes: false)
            return .done(words[0])
        default:
            return nil
        }
    }

    /// Whether a word is meant as `X,Y` rather than a node: digits, signs and one comma. Whether
    /// it is a valid position is for the `at=` attribute to say, so the wording is the file's.
    static func looksLikePosition(_ word: String) -> Bool {
        word.contains(",") && word.allSatisfy { $0.isASCII && ($0.isNumber || "-+, ".contains($0)) }
    }

    /// No words: the selection; one: a node; two: the ties between two nodes.
    private static func target(_ words: some Collection<String>) -> CommandTarget {
        let words = Array(words)
        switch words.count {
        case 0: return .selection
        case 1: return .node(words[0])
        default: return .ties(words[0], words[1])
        }
    }
}
