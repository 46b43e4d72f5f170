import CareMapCanvas
import CareMapKit
import Foundation

extension Editor {
    /// `g`: type part of a name; the best match is highlighted, Enter goes there.
    mutating func startGoTo() {
        guard !map.nodes.isEmpty else {
            message = StatusMessage("the map has no nodes yet")
            return
        }
        mode = .goTo(Picker(query: LineEditor(), highlighted: nil))
    }

    /// `c`: pick the other end of a new tie from the selected node, by arrows or by name.
    mutating func startLink() {
        guard let source = selectedNode else {
            message = StatusMessage("select the node to connect first")
            return
        }
        guard map.nodes.count > 1 else {
            message = StatusMessage("add another node to connect \(displayName(of: source)) to")
            return
        }
        let first = Editor.nearest(.right, from: layout.positions[source] ?? MapPoint(x: 0, y: 0), among: layout.positions, excluding: source)
        mode = .link(source: source, picker: Picker(query: LineEditor(), highlighted: first ?? map.nodes.keys.first { $0 != source }))
    }

    mutating func goToKey(_ key: Key, picker: Picker) -> [Effect] {
        var picker = picker
        let ranked = candidates(for: picker.query.text, excluding: nil)
        switch key {
        case .escape:
            mode = .normal
        case .enter:
            mode = .normal
            if let target = picker.highlighted ?? ranked.first { select(target) }
        case .down, .tab, .up, .backTab:
            let step = (key == .down || key == .tab) ? 1 : ranked.count - 1
            if !ranked.isEmpty {
                let index = picker.highlighted.flatMap { ranked.firstIndex(of: $0) }.map { ($0 + step) % ranked.count } ?? 0
                picker.highlighted = ranked[index]
            }
            mode = .goTo(picker)
        default:
            if picker.query.handle(key) == .edited {
                picker.highlighted = candidates(for: picker.query.text, excluding: nil).first
            }
            mode = .goTo(picker)
        }
        return []
    }

    mutating func linkKey(_ key: Key, source: NodeID, picker: Picker) -> [Effect] {
        var picker = picker
        let direction: Direction? = switch key {
        case .up: .up
        case .down: .down
        case .left: .left
        case .right: .right
        default: nil
        }
        switch key {
        case .escape:
            mode = .normal
            message = StatusMessage("cancelled")
        case .enter:
            mode = .normal
            guard let target = picker.highlighted else {
                message = StatusMessage("no node matches \(picker.query.text)", isError: true)
                return []
            }
            return connect(source, to: target)
        case .tab, .backTab:
            let ranked = candidates(for: picker.query.text, excluding: source)
            if !ranked.isEmpty {
                let step = key == .tab ? 1 : ranked.count - 1
                let index = picker.highlighted.flatMap { ranked.firstIndex(of: $0) }.map { ($0 + step) % ranked.count } ?? 0
                picker.highlighted = ranked[index]
            }
            mode = .link(source: source, picker: picker)
        default:
            if let direction, let from = picker.highlighted.flatMap({ layout.positions[$0] }) {
                var others = layout.positions
                others[source] = nil
                if let next = Editor.nearest(direction, from: from, among: others, excluding: picker.highlighted) {
                    picker.highlighted = next
                }
            } else if picker.query.handle(key) == .edited {
                picker.highlighted = candidates(for: picker.query.text, excluding: source).first
            }
            mode = .link(source: source, picker: picker)
        }
        return []
    }

    /// Nodes matching `query` best first (by ``fuzzyScore(_:in:)`` over name and id), or every
    /// node in map order for an empty query.
    func candidates(for query: String, excluding excluded: NodeID?) -> [NodeID] {
        let nodes = map.nodes.values.filter { $0.id != excluded }
        guard !query.isEmpty else { return nodes.map(\.id) }
        return nodes.compactMap { node -> (id: NodeID, score: Int)? in
            let score = [node.name, node.id.rawValue].compactMap { Editor.fuzzyScore(query, in: $0) }.max()
            return score.map { (node.id, $0) }
        }
        .sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        .map(\.id)
    }

    /// How well `query` matches `text` as a subsequence, ignoring case and accents: each matched
    /// character scores, more at the start of a word and right after the previous match;
    /// `nil` when the characters do not all appear in order.
    static func fuzzyScore(_ query: String, in text: String) -> Int? {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let needle = Array(query.folding(options: options, locale: nil))
        let haystack = Array(text.folding(options: options, locale: nil))
        var score = 0, position = 0, previous = -2
        for character in needle {
            guard let found = haystack[position...].firstIndex(of: character) else { return nil }
            score += 1
            if found == 0 || haystack[found - 1] == " " || haystack[found - 1] == "-" { score += 3 }
            if found == previous + 1 { score += 2 }
            previous = found
            position = found + 1
        }
        return score
    }
}
