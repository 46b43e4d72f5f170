import CareMapKit

/// The map being edited and everything about it as a file: where it is saved, the copy on disk,
/// undo and redo, saving, recovery and read-only state, the day, and what the map says.
///
/// One part of the ``Editor``, beside the ``MapView`` that shows it (the split follows
/// bubbletea's composed models: each part owns its state, and the editor routes messages
/// between them). Opening another file replaces the document and nothing else.
public struct EditorDocument: Sendable {
    /// The map being edited.
    public internal(set) var map: CareMap {
        didSet {
            revision &+= 1
            findingsAreStale = true
        }
    }
    /// Counts changes of ``map``, so the view can tell that its scene is out of date without
    /// comparing maps.
    private(set) var revision = 0
    /// The day actions are judged against, set by the run loop (nothing here reads a clock);
    /// until it is set, no action counts as past its review date.
    public var today: CalendarDate? {
        didSet { findingsAreStale = true }
    }
    /// What the map says against the domains of responsive care, most urgent first: the
    /// insights panel lists them and the status bar counts them. Worked out once the map or the
    /// day has changed and the editor is next idle (``settleFindings()``), not on the edit's own
    /// key: at 10,000 nodes the analysis takes longer than a frame, and typing must not wait for
    /// it. Until then they are the last ones worked out, which may name a node or tie since
    /// deleted: the status bar shows only their count, the insights panel settles them before it
    /// opens, and going to one passes over a node that is gone.
    public private(set) var findings: [Finding] = []
    /// The map or the day has changed since ``findings`` were worked out (or they never were).
    public private(set) var findingsAreStale = true
    /// Where the map is saved; `nil` for a new map that has never been saved.
    public internal(set) var path: String?
    /// The map as last saved or opened, to tell whether there is unsaved work.
    var savedMap: CareMap
    var undoStack: [Snapshot] = []
    var redoStack: [Snapshot] = []
    /// Edits not yet in the recovery file, and when the latest was made.
    var editsSinceRecovery = 0
    var lastEditTime: Double = 0
    /// Set when the file changed on disk under us; the next save asks before overwriting.
    var fileChangedOnDisk = false
    /// The map handed to the save in flight: it, not whatever was edited since, is what is
    /// on disk when the save succeeds.
    var mapBeingSaved: CareMap?
    /// Quit as soon as the save in flight succeeds.
    var quitAfterSave = false
    /// Whether this session wrote a recovery file, so only ours is ever deleted: one left by an
    /// earlier crash is the run loop's to offer back.
    var wroteRecovery = false
    /// Why the file must not be written, when it must not: another editor holds its lock, or
    /// it cannot be written. Saving over it is refused (see `Editor+ReadOnly.swift`), and no
    /// recovery file is written, since with a lock held that one is theirs.
    var readOnlyReason: String?
    /// Whether saving over the file is refused.
    public var isReadOnly: Bool { readOnlyReason != nil }
    /// The file does not exist yet: it is made by the first save.
    public internal(set) var isNewFile = false

    /// A document for `map`, saved at `path` (`nil` for a new map).
    public init(map: CareMap, path: String?, isNewFile: Bool = false, today: CalendarDate? = nil) {
        self.map = map
        self.path = path
        self.isNewFile = isNewFile
        self.today = today
        savedMap = map
        settleFindings()
    }

    /// Whether the map differs from the saved file.
    public var isModified: Bool { map != savedMap }

    /// The recovery file: next to the map, or in the working directory for a new map.
    public var recoveryPath: String { (path ?? "untitled.caremap") + ".recovery" }

    /// The day actions' review dates are judged against: ``today``, or with no day set, the
    /// first day there is, before every review date.
    var reviewDay: CalendarDate { today ?? CalendarDate(year: 1, month: 1, day: 1)! }

    /// Works the findings out again for the current map and day, if either changed since they
    /// last were. The analysis leaves out centrality, which no finding needs, so this stays
    /// linear in the map's size.
    ///
    /// - Complexity: O(*n* + *m* log *m* + *a*) when stale, O(1) otherwise.
    mutating func settleFindings() {
        guard findingsAreStale else { return }
        findings = CareAnalysis(map, today: reviewDay, centrality: false).findings
        findingsAreStale = false
    }
}
