import CareMapCanvas
import CareMapKit

/// Routing an edit, undo and redo between the document, which keeps the history, and the view,
/// whose layout and selection follow the map.
extension Editor {
    /// Records an edit that changed the map from `before`: one undo step, a fresh redo stack,
    /// a layout that follows the change, and the recovery write every so many edits.
    mutating func recordEdit(from before: Snapshot) -> [Effect] {
        guard map != before.map else { return [] }
        let effects = document.recordEdit(from: before, now: now)
        mapView.refreshLayout(of: map, after: before.map, near: before.selection)
        validateSelection()
        return effects
    }

    /// `u`: back to the map, selection and layout before the last edit.
    mutating func undo() {
        guard let previous = document.undo(leaving: snapshot, now: now) else {
            message = StatusMessage("nothing to undo")
            return
        }
        mapView.restore(previous)
        message = StatusMessage("undid: " + Editor.named(previous.edit) + Editor.more(document.undoStack.count, "u"))
    }

    /// Ctrl-R: forward again to the state the last undo left.
    mutating func redo() {
        guard let next = document.redo(leaving: snapshot, now: now) else {
            message = StatusMessage("nothing to redo")
            return
        }
        mapView.restore(next)
        message = StatusMessage("redid: " + Editor.named(next.edit) + Editor.more(document.redoStack.count, "Ctrl-R"))
    }

    private static func named(_ edit: String) -> String { edit.isEmpty ? "the last edit" : edit }

    /// " (3 more: u)": how many more steps the key can take.
    private static func more(_ count: Int, _ key: String) -> String { count == 0 ? "" : " (\(count) more: \(key))" }

    /// `.idle`: works out the findings the last edits left stale, and writes the recovery file
    /// once edits have rested for two seconds.
    mutating func settleAndAutosave() -> [Effect] {
        document.settleFindings()
        return document.autosaveIfIdle(now: now)
    }

    /// Whether the run loop should send `.idle` within a frame or two rather than after its
    /// long wait: the findings are stale, and settling them on the next quiet moment keeps the
    /// analysis off the key that made the edit while the status bar's count still catches up a
    /// frame or two after the last key.
    public var needsIdleSoon: Bool { document.findingsAreStale }
}
