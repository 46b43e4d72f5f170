import CareMapCanvas
import CareMapKit

/// One group of the outline: a heading such as "Ring 1 · personal" and its nodes in map order.
struct OutlineSection: Hashable, Sendable {
    var heading: String
    var nodes: [NodeID]
}

extension Editor {
    /// The network as a list, for screen readers, tiny terminals and clinicians who prefer
    /// lists: the subject first, then nodes grouped by ring (closest first, unplaced last) and,
    /// within a ring, by sector in the vocabulary's order.
    ///
    /// - Complexity: O(*n*) for *n* nodes.
    var outline: [OutlineSection] {
        var sections: [OutlineSection] = []
        if let subject = map.subjectNode {
            sections.append(OutlineSection(heading: "Centre", nodes: [subject.id]))
        }
        let others = map.nodes.values.filter { $0.id != map.subject }
        for ring in [1, 2, 3, nil] as [Int?] {
            for sector in Sector.allCases {
                let nodes = others.filter { node in
                    let placed = node.ring.flatMap { Node.rings.contains($0) ? $0 : nil }
                    return placed == ring && node.sector == sector
                }
                guard !nodes.isEmpty else { continue }
                let ringName = ring.map { "Ring \($0)" } ?? "No ring"
                sections.append(OutlineSection(heading: "\(ringName) · \(sector.rawValue)", nodes: nodes.map(\.id)))
            }
        }
        return sections
    }

    /// Every node in outline order.
    var outlineOrder: [NodeID] { outline.flatMap(\.nodes) }

    /// ↑↓, j/k, PgUp/PgDn, Home/End walk the outline; returns whether the key was used.
    mutating func outlineKey(_ key: Key) -> Bool {
        let order = outlineOrder
        guard !order.isEmpty else { return false }
        let current = focusNode.flatMap { order.firstIndex(of: $0) }
        let target: Int
        switch key {
        case .down, .character("j"): target = current.map { $0 + 1 } ?? 0
        case .up, .character("k"): target = current.map { $0 - 1 } ?? 0
        case .pageDown: target = (current ?? 0) + 10
        case .pageUp: target = (current ?? 0) - 10
        case .home: target = 0
        case .end: target = order.count - 1
        default: return false
        }
        select(order[min(max(target, 0), order.count - 1)])
        return true
    }

    /// `?` overlay: ↑↓ and PgUp/PgDn scroll, any other key closes it.
    mutating func helpKey(_ key: Key, scroll: Int) {
        let page = max(1, screenLayout.statusRow - 2)
        let last = max(0, Editor.helpLines(width: screen.width - 4).count - page)
        switch key {
        case .down, .character("j"): mode = .help(scroll: min(last, scroll + 1))
        case .up, .character("k"): mode = .help(scroll: max(0, scroll - 1))
        case .pageDown, .character(" "): mode = .help(scroll: min(last, scroll + page))
        case .pageUp: mode = .help(scroll: max(0, scroll - page))
        default: mode = .normal
        }
    }
}
