import CareMapKit

/// How the editor names a tie, everywhere it names one: Tab, the status line, the bottom line,
/// the details panel and the edit form.
///
/// A tie is named the way support flows, whatever order the file wrote it in: `hassan -> amira`
/// and `amira <- hassan` are both "Hassan → Amira". A tie with no direction is "Amira — Karim",
/// one both ways "Amira ⇄ Yusuf", each with the node it is seen from first.
extension Editor {
    /// The tie with id `id` as `Hassan → Amira`.
    func tieName(_ id: LinkID) -> String {
        guard let link = map.link(id) else { return "tie \(id)" }
        return tieName(link)
    }

    /// `link` as `Hassan → Amira`; a tie without a single direction starts at `anchor`, when it
    /// is one of its ends.
    func tieName(_ link: Link, seenFrom anchor: NodeID? = nil) -> String {
        let (first, second) = Editor.ends(of: link, seenFrom: anchor)
        return "\(displayName(of: first)) \(Editor.arrow(of: link, seenFrom: first)) \(displayName(of: second))"
    }

    /// The arrow from `id` to the tie's other end: `→` when support flows from `id`, `←` when
    /// it flows to it, `⇄` both ways, `—` no direction.
    static func arrow(of link: Link, seenFrom id: NodeID) -> String {
        switch (link.direction, link.from == id) {
        case (.forward, true), (.backward, false): "→"
        case (.forward, false), (.backward, true): "←"
        case (.both, _): "⇄"
        case (.none, _): "—"
        }
    }

    /// The tie's ends in the order it is named: where support comes from first for a directed
    /// tie, else `anchor` first.
    private static func ends(of link: Link, seenFrom anchor: NodeID?) -> (NodeID, NodeID) {
        switch link.direction {
        case .forward: (link.from, link.to)
        case .backward: (link.to, link.from)
        case .none, .both: anchor == link.to ? (link.to, link.from) : (link.from, link.to)
        }
    }
}
