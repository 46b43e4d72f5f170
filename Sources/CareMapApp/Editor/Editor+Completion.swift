import Foundation
import CareMapKit

/// Tab on the `:` line. Completion reads ``LineCommand/reference`` to know what each argument
/// is, and offers whole lines so Tab can cycle through them.
extension Editor {
    /// Whole-line completions of `line`'s last word: a command name, one of the words an
    /// argument takes, a node's id (or its quoted name after `"`), an attribute key, or a value
    /// after `key=`. Behind the privacy curtain no ids or names are offered, since they could
    /// be read off the status line.
    func completions(of line: String) -> [String] {
        let start = CommandToken.lastWordStart(in: line)
        let head = String(line[..<start]), word = String(line[start...])
        guard let tokens = try? CommandToken.tokens(of: head) else { return [] }
        guard let first = tokens.first else {
            return LineCommand.reference.map(\.name).filter { $0.hasPrefix(word) }.map { head + $0 + " " }
        }
        guard let usage = LineCommand.usage(of: first.text), !usage.operands.isEmpty else { return [] }
        let arguments = Array(tokens.dropFirst())
        var positional = arguments.filter { $0.key == nil }
        if usage.name == "link", positional.count >= 2, !positional[1].isQuoted, LinkDirection(rawValue: positional[1].text) != nil {
            positional.remove(at: 1)
        }
        let owner = attributeOwner(usage.name, positional.map(\.text))
        if let equals = word.firstIndex(of: "="), CommandToken.isKey(String(word[..<equals])) {
            let key = String(word[..<equals])
            return valueCompletions(key: key, partial: String(word[word.index(after: equals)...]), owner: owner).map { head + $0 }
        }
        let operand = usage.operands[min(positional.count, usage.operands.count - 1)]
        var candidates: [String] = []
        switch operand {
        case .choice(let words):
            candidates = words.filter { $0.hasPrefix(word) }.map { $0 + " " }
        case .node:
            candidates = nodeCompletions(word)
            if usage.operands.contains(.attributes) || owner == .action { candidates += keyCompletions(word, owner: owner) }
        case .attributes:
            candidates = keyCompletions(word, owner: owner)
        case .text:
            break
        case .action:
            candidates = curtain ? [] : map.actions.keys.map(\.rawValue).filter { $0.hasPrefix(word) }.map { $0 + " " }
        }
        return candidates.map { head + $0 }
    }

    /// Whose attributes a command's `key=value` words set, given its plain words so far.
    private func attributeOwner(_ name: String, _ words: [String]) -> AttributeOwner {
        switch name {
        case "add": return .newNode
        case "link": return .tie
        case "action": return .action
        default:
            if words.count >= 2 { return .tie }
            if words.isEmpty, case .link? = selection { return .tie }
            return .node
        }
    }

    /// Ids that start with `word`, then ids of nodes whose name, or a word of it, does
    /// (ignoring case and accents); after `"`, whole quoted names.
    private func nodeCompletions(_ word: String) -> [String] {
        guard !curtain else { return [] }
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        if word.hasPrefix("\"") {
            let typed = String(word.dropFirst())
            return map.nodes.values.filter { !$0.name.isEmpty && $0.name.range(of: typed, options: options.union(.anchored)) != nil }
                .map { QuotedString.encode($0.name) + " " }
        }
        let byID = map.nodes.keys.filter { $0.rawValue.range(of: word, options: options.union(.anchored)) != nil }
        let byName = map.nodes.values.filter { node in
            let words = [Substring(node.name)] + node.name.split(whereSeparator: { $0 == " " || $0 == "-" })
            return !byID.contains(node.id) && words.contains { $0.range(of: word, options: options.union(.anchored)) != nil }
        }.map(\.id)
        return (byID + byName).map { $0.rawValue + " " }
    }

    private func keyCompletions(_ word: String, owner: AttributeOwner) -> [String] {
        owner.keys.filter { $0.hasPrefix(word) }.map { $0 + "=" }
    }

    /// Values for `key` that start with `partial`; for a comma-separated list, the last item.
    func valueCompletions(key: String, partial: String, owner: AttributeOwner) -> [String] {
        guard !partial.hasPrefix("\"") else { return [] }
        let isList = owner.listKeys.contains(key)
        let done = isList ? String(partial[..<(partial.lastIndex(of: ",").map { partial.index(after: $0) } ?? partial.startIndex)]) : ""
        let item = String(partial.dropFirst(done.count))
        let taken = Set(done.split(separator: ",").map(String.init))
        return values(for: key, owner: owner)
            .filter { $0.hasPrefix(item) && !taken.contains($0) }
            .map { key + "=" + done + $0 + (isList ? "" : " ") }
    }

    /// The words an attribute takes, from the vocabularies of the file format.
    func values(for key: String, owner: AttributeOwner) -> [String] {
        switch (key, owner) {
        case ("role", _): Role.vocabulary.map(\.rawValue)
        case ("sector", _): Sector.allCases.map(\.rawValue)
        case ("ring", _): Node.rings.map(String.init)
        case ("domains", _): Domain.allCases.map(\.rawValue)
        case ("private", _): ["yes", "no"]
        case ("lang", _): languagesInMap
        case ("strength", _): Strength.allCases.map(\.rawValue)
        case ("quality", _): Quality.allCases.map(\.rawValue)
        case ("status", .action): ActionStatus.allCases.map(\.rawValue)
        case ("about", _): curtain ? [] : map.nodes.keys.map(\.rawValue)
        case ("status", _): LinkStatus.allCases.map(\.rawValue)
        case ("support", _): SupportType.allCases.map(\.rawValue)
        case ("mode", _): ContactMode.allCases.map(\.rawValue)
        case ("direction", _): LinkDirection.allCases.map(\.rawValue)
        case ("via", _): curtain ? [] : map.nodes.keys.map(\.rawValue)
        default: []
        }
    }

    /// The languages the map already uses, so a second speaker of Dari is one Tab away.
    private var languagesInMap: [String] {
        var seen: [String] = []
        for tag in map.nodes.values.flatMap(\.languages) + map.links.compactMap(\.language) where !seen.contains(tag.canonical.rawValue) {
            seen.append(tag.canonical.rawValue)
        }
        return seen
    }
}

/// Whose attributes a command sets: what Tab offers after a space or after `key=`.
enum AttributeOwner {
    case node, newNode, tie, action

    var keys: [String] {
        switch self {
        case .node: CommandAttribute.nodeKeys
        case .newNode: ["id"] + CommandAttribute.nodeKeys.filter { $0 != "name" }
        case .tie: CommandAttribute.linkKeys
        case .action: ["id"] + CareMap.actionAttributes
        }
    }

    /// Keys whose value is a comma-separated list.
    var listKeys: Set<String> {
        switch self {
        case .tie: ["support", "mode", "domains"]
        case .action: ["about", "domains"]
        case .node, .newNode: ["lang", "domains"]
        }
    }
}
