import CareMapKit

/// Finding what a `:` command names: nodes by id or by name, ties by their two ends, and the
/// selection when the command names nothing.
extension Editor {
    /// A node or a tie a command acts on.
    enum CommandSubject: Hashable {
        case node(NodeID)
        case tie(LinkID)
    }

    /// The node or single tie `target` names for the command `name`.
    func resolve(_ target: CommandTarget, for name: String) throws(LineCommandError) -> CommandSubject {
        switch target {
        case .selection:
            switch selection {
            case .node(let id)? where map.nodes[id] != nil: return .node(id)
            case .link(let id)? where map.link(id) != nil: return .tie(id)
            default: throw .needsSelection(name, what: "a node or a tie")
            }
        case .node(let word):
            return .node(try node(word))
        case .ties(let a, let b):
            let ids = try ties(a, b, label: nil)
            guard ids.count == 1 else { throw .severalTies(a, b, count: ids.count) }
            return .tie(ids[0])
        }
    }

    /// The node `target` names for the command `name`; a tie will not do.
    func node(_ target: CommandTarget, for name: String) throws(LineCommandError) -> NodeID {
        switch try resolve(target, for: name) {
        case .node(let id): return id
        case .tie: throw .notANode(name)
        }
    }

    /// A node named on the command line: an exact id, else the best fuzzy match of its name.
    func node(_ word: String) throws(LineCommandError) -> NodeID {
        if map.nodes[NodeID(word)] != nil { return NodeID(word) }
        if let best = candidates(for: word, excluding: nil).first { return best }
        throw .noNode(word, suggestion: map.suggestedID(for: NodeID(word.lowercased())))
    }

    /// The ties between the nodes named `a` and `b` (with `label`, only those), at least one.
    func ties(_ a: String, _ b: String, label: String?) throws(LineCommandError) -> [LinkID] {
        let (first, second) = (try node(a), try node(b))
        let ids = map.linkIDs(between: first, and: second).filter { label == nil || map.link($0)?.label == label }
        guard !ids.isEmpty else { throw .noTie(a, b, label: label) }
        return ids
    }
}
