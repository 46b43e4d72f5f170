import CareMapCanvas
import CareMapKit

extension Editor {
    /// How many edits may pile up before the recovery file is written regardless of idleness.
    static let editsPerRecoveryWrite = 20
    /// Seconds of quiet after an edit before `.idle` writes the recovery file.
    static let idleSecondsBeforeRecovery = 2.0

    /// Records an edit that changed the map from `before`: one undo step, a fresh redo stack,
    /// a layout that follows the change, and the recovery write every so many edits.
    mutating func recordEdit(from before: Snapshot) -> [Effect] {
        guard map != before.map else { return [] }
        undoStack.append(before)
        redoStack.removeAll()
        refreshLayout(after: before.map, near: before.selection)
        validateSelection()
        editsSinceRecovery += 1
        lastEditTime = now
        if editsSinceRecovery >= Editor.editsPerRecoveryWrite { return writeRecovery() }
        return []
    }

    /// `u`: back to the map, selection and layout before the last edit.
    mutating func undo() {
        guard let previous = undoStack.popLast() else {
            message = StatusMessage("nothing to undo")
            return
        }
        redoStack.append(snapshot)
        restore(previous)
        message = StatusMessage("undone (\(undoStack.count) more)")
    }

    /// Ctrl-R: forward again to the state the last undo left.
    mutating func redo() {
        guard let next = redoStack.popLast() else {
            message = StatusMessage("nothing to redo")
            return
        }
        undoStack.append(snapshot)
        restore(next)
        message = StatusMessage("redone (\(redoStack.count) more)")
    }

    /// Puts back a snapshot exactly; counts as an edit for autosave since the map changed.
    mutating func restore(_ state: Snapshot) {
        map = state.map
        selection = state.selection
        layout = state.layout
        walk = nil
        editsSinceRecovery += 1
        lastEditTime = now
        validateSelection()
        revealSelection()
    }

    /// Drops a selection that no longer names anything in the map.
    mutating func validateSelection() {
        switch selection {
        case .node(let id)? where map.nodes[id] == nil: selection = nil
        case .link(let id)? where map.link(id) == nil: selection = nil
        default: break
        }
        if let walk, map.nodes[walk.anchor] == nil { self.walk = nil }
    }

    /// `.idle`: writes the recovery file once edits have rested for two seconds.
    mutating func autosaveIfIdle() -> [Effect] {
        guard editsSinceRecovery > 0, now - lastEditTime >= Editor.idleSecondsBeforeRecovery else { return [] }
        return writeRecovery()
    }

    /// A read-only editor writes none: the recovery file belongs to the editor holding the lock.
    private mutating func writeRecovery() -> [Effect] {
        editsSinceRecovery = 0
        guard !isReadOnly else { return [] }
        if isModified {
            wroteRecovery = true
            return [.writeRecovery(map, path: recoveryPath)]
        }
        return discardRecovery()
    }

    /// Deletes the recovery file if this session wrote one.
    mutating func discardRecovery() -> [Effect] {
        guard wroteRecovery else { return [] }
        wroteRecovery = false
        return [.deleteRecovery(path: recoveryPath)]
    }
}
