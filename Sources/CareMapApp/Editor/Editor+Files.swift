import CareMapCanvas
import CareMapKit

extension Editor {
    /// Ctrl-S and `:w`: save to the map's path, asking for one if it has none and asking before
    /// overwriting a file that changed on disk.
    mutating func save(thenQuit: Bool, as newPath: String? = nil) -> [Effect] {
        guard let target = newPath ?? path else {
            mode = .prompt(Prompt(purpose: .saveAs(thenQuit: thenQuit), answer: LineEditor()))
            return []
        }
        if isReadOnly, target == path { return refuseReadOnlySave(of: target) }
        if document.fileChangedOnDisk, target == path {
            mode = .confirm(.overwriteChangedFile(path: target, thenQuit: thenQuit))
            return []
        }
        mode = .normal
        message = StatusMessage("saving \(target)…")
        return [document.beginSave(to: target, thenQuit: thenQuit)]
    }

    /// The run loop reports how a save went.
    mutating func saved(path savedPath: String, result: Result<Void, EffectFailure>) -> [Effect] {
        switch result {
        case .success where path.map { $0 != savedPath && Self.encryptedPath(of: $0) == savedPath } == true:
            // Only `:encrypt` saves a plain map under its name and `.age`: the plain file stays.
            message = StatusMessage("saved \(savedPath), encrypted; \(path ?? "") is still there in plain text")
        case .success: message = StatusMessage("saved \(savedPath)")
        case .failure(let failure): message = StatusMessage("could not save \(savedPath): \(failure.message)", isError: true)
        }
        return document.finishSave(to: savedPath, result: result)
    }

    /// `q` and `:q`: quit, or ask first when there is unsaved work.
    mutating func quit() -> [Effect] {
        guard !isModified else {
            mode = .confirm(.quitUnsaved)
            return []
        }
        return quitDiscarding()
    }

    /// `:q!` and "n" to "Save changes?": leave, dropping unsaved work and our recovery file.
    mutating func quitDiscarding() -> [Effect] {
        document.discardRecovery() + [.quit]
    }

    /// y, n or Esc to a confirmation.
    mutating func confirmKey(_ key: Key, confirmation: Confirmation) -> [Effect] {
        let answer: Character? = if case .character(let character) = key { Character(character.lowercased()) } else { nil }
        switch (confirmation, answer, key) {
        case (.quitUnsaved, "y", _):
            return save(thenQuit: true)
        case (.quitUnsaved, "n", _):
            return quitDiscarding()
        case (.deleteNode(let id, _, _, _), "y", _):
            mode = .normal
            select(id)
            return deleteSelection(confirmed: true)
        case (.overwriteChangedFile(let path, let thenQuit), "y", _):
            document.fileChangedOnDisk = false
            return save(thenQuit: thenQuit, as: path)
        case (.restoreRecovery(let path, let recovered), "y", _):
            mode = .normal
            let before = snapshot
            map = recovered
            document.wroteRecovery = true
            let effects = recordEdit(from: before)
            message = StatusMessage("restored unsaved work from \(path); u returns to the saved file, Ctrl-S saves")
            return effects
        case (.restoreRecovery(let path, _), "n", _), (.restoreRecovery(let path, _), _, .escape):
            mode = .normal
            message = StatusMessage("opened the saved file; \(path) is kept until this session autosaves")
            return []
        case (_, "n", _), (_, _, .escape):
            mode = .normal
            message = StatusMessage("cancelled")
            return []
        default:
            return []
        }
    }

    /// The run loop read a map chosen on the start screen: it opens as an untitled copy, so
    /// saving never rewrites a bundled sample or the workshop template.
    mutating func opened(path: String, result: Result<CareMap, EffectFailure>) -> [Effect] {
        switch result {
        case .success(let map):
            open(map, path: nil)
            mode = .normal
            let name = path.split(separator: "/").last.map(String.init) ?? path
            message = StatusMessage("a copy of \(name), not yet saved: Ctrl-S asks for a name")
        case .failure(let failure):
            message = StatusMessage("could not open \(path): \(failure.message)", isError: true)
        }
        return []
    }

    /// The start screen: ↑↓ choose a sample or a new map, Enter opens it, q or Esc quits.
    mutating func startScreenKey(_ key: Key, highlighted: Int) -> [Effect] {
        let count = samples.count + 1
        switch key {
        case .up, .character("k"):
            mode = .start(highlighted: (highlighted + count - 1) % count)
        case .down, .character("j"):
            mode = .start(highlighted: (highlighted + 1) % count)
        case .enter where highlighted < samples.count:
            message = StatusMessage("opening \(samples[highlighted].path)…")
            return [.openCopy(path: samples[highlighted].path)]
        case .enter:
            mode = .normal
            message = StatusMessage("new map: a adds a person, p a place, o a group")
        case .character("q"), .escape:
            return [.quit]
        default:
            break
        }
        return []
    }
}
