/// Read-only mode: the map is open in another editor, which holds its lock, or its file cannot
/// be written (its owner made it read-only, or the disk is).
///
/// Edits stay possible (to explore, or to save a copy under another name), but saving over the
/// file is refused, so two people never overwrite each other's work and a file kept read-only
/// is never replaced, and no recovery file is written, so another editor's is never replaced.
extension Editor {
    /// The run loop found that the map at `readOnlyPath` must not be written, for `reason`
    /// (repeated when a save is refused); `details` is what to say now.
    mutating func openReadOnly(path readOnlyPath: String, because reason: String, saying details: String) -> [Effect] {
        guard readOnlyPath == path else { return [] }
        document.readOnlyReason = reason
        message = StatusMessage("read-only: \(details)", isError: true)
        return []
    }

    /// Ctrl-S or `:w` onto the read-only file.
    mutating func refuseReadOnlySave(of target: String) -> [Effect] {
        mode = .normal
        document.quitAfterSave = false
        message = StatusMessage("read-only: \(document.readOnlyReason ?? target); :w NAME saves a copy", isError: true)
        return []
    }
}
