import CareMapKit

/// Undo, redo and the recovery file: what the document keeps of its past.
///
/// Undo is keeping old values (ARCHITECTURE.md): a ``Snapshot`` holds the map with the
/// selection and layout that went with it, which the editor hands over and takes back.
extension EditorDocument {
    /// How many edits may pile up before the recovery file is written regardless of idleness.
    static let editsPerRecoveryWrite = 20
    /// Seconds of quiet after an edit before `.idle` writes the recovery file.
    static let idleSecondsBeforeRecovery = 2.0

    /// Records that the map changed from `before` at time `now`: one undo step and a fresh redo
    /// stack. Returns the recovery write due every so many edits.
    mutating func recordEdit(from before: Snapshot, now: Double) -> [Effect] {
        undoStack.append(before)
        redoStack.removeAll()
        noteChange(at: now)
        return editsSinceRecovery >= EditorDocument.editsPerRecoveryWrite ? writeRecovery() : []
    }

    /// Takes the last undo step, leaving `current` to redo; `nil` when there is nothing to undo.
    mutating func undo(leaving current: Snapshot, now: Double) -> Snapshot? {
        step(from: \.undoStack, to: \.redoStack, leaving: current, now: now)
    }

    /// Takes the last redo step, leaving `current` to undo; `nil` when there is nothing to redo.
    mutating func redo(leaving current: Snapshot, now: Double) -> Snapshot? {
        step(from: \.redoStack, to: \.undoStack, leaving: current, now: now)
    }

    /// Puts back the map of the last snapshot on `source`, keeping `current` on `other`.
    private mutating func step(
        from source: WritableKeyPath<EditorDocument, [Snapshot]>,
        to other: WritableKeyPath<EditorDocument, [Snapshot]>,
        leaving current: Snapshot,
        now: Double
    ) -> Snapshot? {
        guard let state = self[keyPath: source].popLast() else { return nil }
        var current = current
        current.edit = state.edit
        self[keyPath: other].append(current)
        map = state.map
        noteChange(at: now)
        return state
    }

    /// Names the edit just recorded, for undo and redo to say what they undid.
    mutating func nameLastEdit(_ name: String) {
        guard !undoStack.isEmpty else { return }
        undoStack[undoStack.count - 1].edit = name
    }

    /// Counts a change of the map for autosave.
    private mutating func noteChange(at now: Double) {
        editsSinceRecovery += 1
        lastEditTime = now
    }

    /// `.idle`: writes the recovery file once edits have rested for two seconds.
    mutating func autosaveIfIdle(now: Double) -> [Effect] {
        guard editsSinceRecovery > 0, now - lastEditTime >= EditorDocument.idleSecondsBeforeRecovery else { return [] }
        return writeRecovery()
    }

    /// A read-only document writes none: the recovery file belongs to the editor holding the lock.
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
