import CareMapCanvas
import CareMapKit

/// The map drawn against an earlier version of itself (`:compare`), and what it holds.
public struct EditorComparison: Sendable {
    /// The version compared with, as it was typed: `HEAD~1`, `intake.caremap`.
    public var version: String
    /// The map as that version has it, with its ties known once for the diffs after every edit.
    var base: DiffBase
    /// The map as that version has it.
    public var old: CareMap { base.map }
    /// The map drawn: the map now with what the old version had put back, marked, and what
    /// was written differently (``ComparedMap/diff``).
    public internal(set) var compared: ComparedMap
    public var diff: MapDiff { compared.diff }
    /// The document revision ``diff`` and ``compared`` were made for.
    var revision: Int
    /// Where the old version's own layout put each node, to draw a node gone since near where
    /// it was.
    var oldLayout: MapLayout
    /// The layout style the gone nodes were placed for; another style places them again.
    var placedFor: LayoutStyle?
    /// The changes panel's entries, worded as it opens (two analyses, too many to redo for
    /// every frame); no edit can happen while it is open.
    var entries: [ChangeEntry] = []
}

/// A change as the panel lists it, with the section it starts, if it is the first of one.
struct ChangeEntry: Hashable, Sendable {
    var section: String?
    var item: DiffDocument.Item
}
