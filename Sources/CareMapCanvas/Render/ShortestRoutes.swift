import Foundation

/// The shortest route of each link a scene has drawn (see ``LinkRouter/shortest(from:to:)``),
/// kept with the scene from frame to frame.
///
/// That route depends only on the two boxes, which stay put while the scene does; what changes
/// as the view moves is what the caller charges it, and most links are charged nothing, so
/// their route is this one. Finding it means weighing some seventy candidate shapes, and a
/// crowded view of a 10,000-node map routes a few thousand links a frame: kept, moving about
/// the map weighs each link's shapes once. Held by reference, so the immutable scene can fill it
/// while it draws; a lock keeps it whole should two threads draw one scene.
final class ShortestRoutes: @unchecked Sendable {
    /// A link's shortest route and its score, and whether it buries an end (see
    /// ``MapScene/buriesAnEnd(of:ends:)``), `nil` until found; `shortest` is `nil` when no
    /// candidate is valid.
    struct Entry {
        var shortest: (route: LinkRoute, score: Int)?
        var buriesAnEnd: Bool?
    }

    private let lock = NSLock()
    private var entries: [Int: Entry]

    init(_ entries: [Int: Entry] = [:]) {
        self.entries = entries
    }

    /// The entry of the link at `index` in the map's links, complete: made by `make`, from what
    /// is known of it, when it is not.
    func entry(ofLink index: Int, _ make: (Entry?) -> Entry) -> Entry {
        let known = lock.withLock { entries[index] }
        if let known, known.buriesAnEnd != nil { return known }
        let entry = make(known)
        lock.withLock { entries[index] = entry }
        return entry
    }

    /// The entries for which `keeps` holds, for the scene of an edit that left those links and
    /// their two boxes as they were. Whether a route buries an end depends on every other box,
    /// so it is forgotten when `othersMoved`.
    func kept(othersMoved: Bool, where keeps: (Int) -> Bool) -> ShortestRoutes {
        var kept = lock.withLock { entries.filter { keeps($0.key) } }
        if othersMoved {
            for index in kept.keys { kept[index]?.buriesAnEnd = nil }
        }
        return ShortestRoutes(kept)
    }
}
