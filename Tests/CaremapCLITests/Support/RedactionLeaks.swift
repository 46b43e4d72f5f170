import CareMapKit
import Foundation

/// What must never appear in a redacted report or export of a map: every name and id, and
/// every note, label, title, reported-by, action text, owner and note, comment and unknown
/// attribute value of more than one word.
///
/// The library's redaction tests look for every four-letter piece of the free text, against
/// output that holds only the exports' fixed vocabulary. A report also holds sentences of its
/// own ("Central: Nurse 2", "0 dropped"), which a one-word label ("drop", "care") or a piece
/// would match, so here whole values are looked for: a leak copies a value, it does not spell
/// one out. Ids that are role words (`reporting-centre`) are left out, since pseudonym ids are
/// made of roles.
enum RedactionLeaks {
    static func secrets(of map: CareMap) -> Set<String> {
        let map = map.withoutPrivateNodes()
        var texts = [map.title] + map.notes + map.headerComments + map.trailingComments
        for node in map.nodes.values { texts += [node.notes] + node.comments + Array(node.extra.values) }
        for link in map.links { texts += [link.label, link.notes, link.reportedBy] + link.comments + Array(link.extra.values) }
        for action in map.actions.values {
            texts += [action.text, action.owner, action.notes] + action.comments + Array(action.extra.values)
        }
        let names = map.nodes.values.map(\.name).filter { $0.count >= 4 }
        let roles = Set(Role.vocabulary.map(\.rawValue))
        let ids = (map.nodes.keys.map(\.rawValue) + map.actions.keys.map(\.rawValue)).filter { $0.count >= 4 && !roles.contains($0) }
        return Set(names + ids + texts.filter { $0.contains(" ") })
    }

    /// The secrets of `map` that `text` contains.
    static func leaks(of map: CareMap, in text: String) -> [String] {
        secrets(of: map).filter { text.contains($0) }.sorted()
    }

    /// A sample map, parsed.
    static func map(_ url: URL) throws -> CareMap {
        guard let map = CareMapFile.parse(try String(contentsOf: url, encoding: .utf8)).map else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return map
    }
}
