import CareMapKit

/// Saving: the map handed to the run loop, and what a save's outcome means for the document.
extension EditorDocument {
    /// Starts saving to `target`, encrypted from now on when `encryption` is given; returns the
    /// effect for the run loop.
    mutating func beginSave(to target: String, thenQuit: Bool, encryption: EncryptionRequest? = nil) -> Effect {
        mapBeingSaved = map
        quitAfterSave = thenQuit
        return encryption.map { .saveEncrypted(map, path: target, encryption: $0) } ?? .save(map, path: target)
    }

    /// The run loop reports how the save to `savedPath` went. Returns the effects that follow
    /// (the recovery file deleted, and quitting when that was asked for).
    mutating func finishSave(to savedPath: String, result: Result<Void, EffectFailure>) -> [Effect] {
        let thenQuit = quitAfterSave
        quitAfterSave = false
        defer { mapBeingSaved = nil }
        guard case .success = result else { return [] }
        let effects = discardRecovery()
        if savedPath != path { readOnlyReason = nil }
        path = savedPath
        isNewFile = false
        savedMap = mapBeingSaved ?? map
        fileChangedOnDisk = false
        return thenQuit ? effects + [.quit] : effects
    }
}
