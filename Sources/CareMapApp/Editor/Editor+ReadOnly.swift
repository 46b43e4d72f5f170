/// Read-only mode: the map is open in another editor, which holds its lock.
///
/// Edits stay possible (to explore, or to save a copy under another name), but saving over the
/// locked file is refused, so two people never overwrite each other's work, and no recovery file
/// is written, so the other editor's recovery file is never replaced.
extension Editor {
    /// The run loop found the map locked by `holder`.
    mutating func lockHeld(path lockedPath: String, holder: String) -> [Effect] {
        guard lockedPath == path else { return [] }
        document.isReadOnly = true
        message = StatusMessage("read-only: \(lockedPath) is open in \(holder)", isError: true)
        return []
    }

    /// Ctrl-S or `:w` onto the locked file.
    mutating func refuseReadOnlySave(of target: String) -> [Effect] {
        mode = .normal
        document.quitAfterSave = false
        message = StatusMessage("read-only: \(target) is open in another caremap; :w NAME saves a copy", isError: true)
        return []
    }
}
