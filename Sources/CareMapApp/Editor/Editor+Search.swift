import CareMapCanvas
import CareMapKit
import Foundation

extension Editor {
    /// Nodes whose name, id or role contains `query`, ignoring case and accents, in map order.
    ///
    /// - Complexity: O(*n* · *q*) for *n* nodes and a query of length *q*.
    func matches(_ query: String) -> [NodeID] {
        guard !query.isEmpty else { return [] }
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        return map.nodes.values.filter { node in
            [node.name, node.id.rawValue, node.role?.rawValue ?? ""].contains { $0.range(of: query, options: options) != nil }
        }.map(\.id)
    }

    /// `/`: each key refines the query and selects the first match; ↓/↑ step through matches,
    /// Enter keeps the selection (and the query, for `n`/`N`), Esc goes back to where it was.
    mutating func searchKey(_ key: Key, query: LineEditor, origin: MapSelection?) -> [Effect] {
        var query = query
        switch key {
        case .escape:
            selection = origin
            walk = nil
            revealSelection()
            mode = .normal
            message = nil
        case .enter:
            lastSearch = query.text
            mode = .normal
            let count = matches(query.text).count
            message = StatusMessage(count == 0 ? "no match for \(query.text)" : "\(count) matches · n next, N previous")
        case .down, .tab:
            lastSearch = query.text
            repeatSearch(forward: true)
        case .up, .backTab:
            lastSearch = query.text
            repeatSearch(forward: false)
        default:
            guard query.handle(key) == .edited else { break }
            mode = .search(query: query, origin: origin)
            let found = matches(query.text)
            if let first = found.first {
                select(first)
                message = StatusMessage("\(found.count) match\(found.count == 1 ? "" : "es")")
            } else {
                message = query.text.isEmpty ? nil : StatusMessage("no match", isError: true)
            }
            return []
        }
        if case .search = mode { mode = .search(query: query, origin: origin) }
        return []
    }

    /// `n` and `N`: the next or previous match of the last search, wrapping around.
    mutating func repeatSearch(forward: Bool) {
        let found = matches(lastSearch)
        guard !found.isEmpty else {
            message = StatusMessage(lastSearch.isEmpty ? "no search yet; / searches" : "no match for \(lastSearch)")
            return
        }
        let next: Int
        if let current = selectedNode, let index = found.firstIndex(of: current) {
            next = (index + (forward ? 1 : found.count - 1)) % found.count
        } else {
            next = forward ? 0 : found.count - 1
        }
        select(found[next])
        message = StatusMessage("match \(next + 1) of \(found.count) for \(lastSearch)")
    }
}
