/// How a tie is known from one version of a map to the next: by its two ends and its label,
/// and, among ties that share both, by its place in the file.
///
/// A ``LinkID`` numbers the ties of one reading of one file, so it cannot follow a tie across
/// versions, and the file does not store it. What a person means by "the same tie" is whom it
/// joins and what it is ("Hassan interprets for Amira"): its ends, either way round, and its
/// label. Direction is not part of it, so turning `--` into `->` changes the tie rather than
/// replacing it, and neither is any attribute, so a strength changed is a change, not a loss
/// and a gain. A new label makes a new tie: the words say what the tie is. Two ties with the
/// same ends and label are told apart by order: the first in one version is the first in the
/// other. Nothing is added to the file format, so every file ever written keeps its meaning.
public struct TieKey: Hashable, Comparable, Sendable {
    /// The end whose id sorts first.
    public var first: NodeID
    /// The other end (the same as ``first`` for a tie from a node to itself).
    public var second: NodeID
    public var label: String
    /// 0 for the first tie with these ends and label in the map, 1 for the next, and so on.
    public var ordinal: Int

    public init(first: NodeID, second: NodeID, label: String, ordinal: Int) {
        self.first = first
        self.second = second
        self.label = label
        self.ordinal = ordinal
    }

    public static func < (lhs: TieKey, rhs: TieKey) -> Bool {
        (lhs.first, lhs.second, lhs.label, lhs.ordinal) < (rhs.first, rhs.second, rhs.label, rhs.ordinal)
    }

    /// The link's direction read from ``first`` to ``second``: `link b -> a` is `a <- b`.
    static func direction(of link: Link) -> LinkDirection {
        guard link.from > link.to else { return link.direction }
        return link.direction.reversed
    }
}

extension LinkDirection {
    /// The same direction read from the other end: `->` becomes `<-`.
    var reversed: LinkDirection {
        switch self {
        case .forward: .backward
        case .backward: .forward
        case .none, .both: self
        }
    }
}

extension CareMap {
    /// Each link's ``TieKey``, in map order.
    ///
    /// - Complexity: O(*m*) for *m* links, on average.
    public func tieKeys() -> [TieKey] {
        var seen: [TieKey: Int] = [:]
        seen.reserveCapacity(links.count)
        return links.map { link in
            let (first, second) = link.from <= link.to ? (link.from, link.to) : (link.to, link.from)
            // Counted under the key with ordinal 0, so the third tie alike is #3, not #2 again.
            var key = TieKey(first: first, second: second, label: link.label, ordinal: 0)
            let ordinal = seen[key, default: 0]
            seen[key] = ordinal + 1
            key.ordinal = ordinal
            return key
        }
    }
}
