/// A tie's identity within one map, in memory: what the selection, the findings, drawing
/// highlights and the editor's commands use to name a tie.
///
/// Ties cannot be named by their ends (several may join the same two nodes: a friend who is also
/// the interpreter), and an index in ``CareMap/links`` moves whenever an earlier tie is removed,
/// so a selection held as an index silently passes to another tie. A `LinkID` never moves: the
/// map numbers each link as it is read, built or added (``CareMap/appendLink(_:)``), from a
/// counter that only grows, so an id is never reused within the map's history of edits.
///
/// Identity lives in memory only; the `.caremap` file is unchanged. Reading a file numbers its
/// ties in the order written, so the same file always gives the same ids, and two maps that
/// differ only in their ties' ids are equal (``Link`` and ``CareMap`` leave ids out of `==`).
public struct LinkID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    public var description: String { "#\(rawValue)" }

    public static func < (lhs: LinkID, rhs: LinkID) -> Bool { lhs.rawValue < rhs.rawValue }
}
