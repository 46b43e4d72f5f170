import AgeFormat
import CareMapApp
import CareMapKit
import CareMapTerminal
import Foundation
import Glibc

/// The editor running on a real terminal: the one place where the pure ``Editor`` meets the
/// screen, the clock and the file system.
///
/// Each turn draws the editor's view, waits for one input event, hands it to
/// ``Editor/update(_:)`` and performs the effects it returns, feeding each outcome back as a
/// message. Nothing here decides anything about the map.
final class EditorSession {
    private var editor: Editor
    private let terminal: Terminal
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    /// How the editor's file looked when last read or written, to notice changes by others.
    private var stamp: FileStamp?
    /// The path ``stamp`` belongs to; a save under a new name moves it.
    private var stampedPath: String?
    private var lastDiskCheck: ContinuousClock.Instant
    private var toldAboutDiskChange = false
    /// The lock on the map this editor may write; nil for a new untitled map, a read-only
    /// editor, or a folder where no lock can be made.
    private var lock: MapLock?
    /// What opened the map, to open its recovery file too.
    private let keys: MapKeys
    /// How every file written for the map is encrypted; `nil` for a plain map.
    private var encryption: MapEncryption?

    /// How long one wait for input lasts, in milliseconds: often enough for autosave and the
    /// changed-on-disk check, rarely enough to cost nothing while idle.
    private static let tick = 500
    /// The wait while an edit has left the findings stale (``Editor/needsIdleSoon``): the `.idle`
    /// that settles them comes a frame or two after the last key of a burst, not half a second.
    private static let settleTick = 40
    private static let diskCheckInterval = Duration.seconds(1)

    init(editor: Editor, terminal: Terminal, keys: MapKeys) {
        self.editor = editor
        self.terminal = terminal
        self.keys = keys
        started = clock.now
        lastDiskCheck = clock.now
    }

    /// Locks the map in `opening` (or learns it is open elsewhere and goes read-only), then
    /// offers the work in its recovery file.
    func start(with opening: Opening) {
        stamp = opening.stamp
        stampedPath = opening.path
        encryption = opening.encryption
        encryption?.prepareNextHeader()
        if let reason = opening.unwritable { send(.cannotWrite(path: opening.path, reason: reason)) }
        for message in takeLock(for: opening.path) { send(message) }
        if !editor.isReadOnly { offerRecovery(for: opening) }
    }

    /// Draws the map against `version` from the start (`caremap edit FILE --compare REV`), as
    /// `:compare` does.
    func compare(with version: String) {
        for outcome in perform(.readVersion(version, of: editor.path)) { send(outcome) }
    }

    /// Offers the work in `opening`'s recovery file when it is newer than the map itself (or the
    /// map was never saved), so a crash or a dropped connection costs nothing. A recovery file
    /// holding exactly the map on disk (a save finished but the process died before removing
    /// it) is removed instead, so no stray copy of a sensitive map stays behind.
    private func offerRecovery(for opening: Opening) {
        let recoveryPath = editor.recoveryPath
        guard let recoveryStamp = FileStamp(path: recoveryPath),
              let loaded = try? CareMapFile.load(contentsOf: URL(fileURLWithPath: recoveryPath), keys: keys.opening(encryption)),
              let recovered = loaded.result.map
        else { return }
        if opening.stamp != nil, recovered == opening.map {
            unlink(recoveryPath)
            return
        }
        if let stamp = opening.stamp, !recoveryStamp.isNewer(than: stamp) { return }
        send(.recoveryFound(path: recoveryPath, map: recovered))
    }

    /// Locks the map at `path`, replacing the lock held so far, and returns what the editor
    /// should hear about it: nothing, a stale lock taken over, or that another editor has it.
    private func takeLock(for path: String) -> [EditorMessage] {
        switch MapLock.acquire(for: path) {
        case .acquired(let acquired, let stale):
            lock?.release()
            lock = acquired
            return stale.map { [.lockTakenOver(path: path, holder: $0.description)] } ?? []
        case .held(let holder, _):
            return [.lockHeld(path: path, holder: "another caremap, \(holder)")]
        case .unavailable:
            return []
        }
    }

    /// Runs until the editor quits or a signal asks caremap to stop; returns the exit status.
    ///
    /// A quiet tick that changes nothing draws nothing, so an editor left open on a projector
    /// costs no CPU.
    func run() -> Int32 {
        defer { lock?.release() }
        var needsDrawing = true
        while true {
            if needsDrawing { terminal.draw(editor.view(), cursor: editor.cursor) }
            let settling = editor.needsIdleSoon
            let event = terminal.nextEvent(timeout: settling ? Self.settleTick : Self.tick)
            if let signal = Terminal.receivedSignal { return stop(on: signal) }
            var turn = send(.input(event, now: seconds()))
            if case .idle = event {
                turn = turn.merged(with: checkDisk())
                // Settled findings change the status bar's count.
                needsDrawing = turn.changedSomething || settling
            } else {
                needsDrawing = true
            }
            if turn.quit { break }
        }
        terminal.close()
        return 0
    }

    /// What handing the editor one message led to.
    private struct Turn {
        /// The editor asked to quit.
        var quit = false
        /// Effects were performed, so the screen may have changed.
        var changedSomething = false

        func merged(with other: Turn) -> Turn {
            Turn(quit: quit || other.quit, changedSomething: changedSomething || other.changedSomething)
        }
    }

    /// Sends `message` and performs the effects that follow.
    @discardableResult
    private func send(_ message: EditorMessage) -> Turn {
        var pending = editor.update(message)
        var turn = Turn(changedSomething: !pending.isEmpty)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if case .quit = effect {
                turn.quit = true
                return turn
            }
            for outcome in perform(effect) { pending += editor.update(outcome) }
        }
        return turn
    }

    /// Does what `effect` asks and returns the messages that report how it went; after a
    /// write of an encrypted map, the next write's header is made ahead (see ``AgeHeaderPool``).
    private func perform(_ effect: Effect) -> [EditorMessage] {
        defer {
            switch effect {
            case .save, .saveEncrypted, .writeRecovery: encryption?.prepareNextHeader()
            default: break
            }
        }
        switch effect {
        case .save(let map, let path):
            return [.saved(path: path, result: save(map, to: path, encryption: encryption))]
        case .saveEncrypted(let map, let path, let request):
            let result: Result<Void, EffectFailure>
            switch Self.encryption(for: request) {
            case .success(let chosen):
                result = save(map, to: path, encryption: chosen)
                if case .success = result { encryption = chosen }
            case .failure(let failure):
                result = .failure(failure)
            }
            return [.saved(path: path, result: result)]
        case .export(let format, let map, let path):
            return [.exported(path: path, result: attempt { try format.write(try format.export(map), to: path) })]
        case .writeRecovery(let map, let path):
            return [.recoveryWritten(path: path, result: attempt { try writeRecovery(map, to: path) })]
        case .deleteRecovery(let path):
            unlink(path)
            return []
        case .openCopy(let path):
            return [.opened(path: path, result: open(path))]
        case .readVersion(let version, let path):
            var keys = keys.opening(encryption)
            if case .passphrase? = encryption {} else { keys.askPassphrase = { _ in nil } }
            return [.versionRead(version, result: VersionReader.read(version, of: path, keys: keys))]
        case .redraw:
            terminal.invalidate()
            return []
        case .suspend:
            terminal.suspend()
            return []
        case .quit:
            return []
        }
    }

    /// Saves `map` at `path` encrypted as `encryption` says. Saving under a new name moves the
    /// lock there, unless another editor has that file; a lock naming this editor is ours: the
    /// same file, spelt another way (`./amira.caremap`).
    private func save(_ map: CareMap, to path: String, encryption: MapEncryption?) -> Result<Void, EffectFailure> {
        if lock?.path != MapLock.lockPath(for: path) {
            switch MapLock.acquire(for: path) {
            case .held(let holder, _) where holder != lock?.owner:
                return .failure(EffectFailure("it is open in another caremap, \(holder)"))
            case .acquired(let acquired, _):
                lock?.release()
                lock = acquired
            case .held, .unavailable:
                break
            }
        }
        let result = attempt { try CareMapFile.save(map, to: URL(fileURLWithPath: path), encryption: encryption) }
        if case .success = result {
            stamp = FileStamp(path: path)
            stampedPath = path
            toldAboutDiskChange = false
        }
        return result
    }

    /// The encryption `:encrypt` asked for, or why it cannot be: a key that is not an age key.
    private static func encryption(for request: EncryptionRequest) -> Result<MapEncryption, EffectFailure> {
        switch request {
        case .passphrase(let passphrase):
            return .success(.passphrase(passphrase))
        case .keys(let texts):
            var keys: [X25519Recipient] = []
            for text in texts {
                do throws(AgeError) { keys.append(try X25519Recipient(text)) } catch { return .failure(EffectFailure(error.description)) }
            }
            return .success(.keys(keys))
        }
    }

    /// Reads a map chosen on the start screen, to edit as a copy: the file is neither locked
    /// nor watched, since it is never written.
    private func open(_ path: String) -> Result<CareMap, EffectFailure> {
        do {
            return VersionReader.map(from: try CareMapFile.load(contentsOf: URL(fileURLWithPath: path)), shown: path)
        } catch {
            return .failure(EffectFailure("\(error)"))
        }
    }

    /// Tells the editor, once, that its file changed on disk since it was read or saved.
    private func checkDisk() -> Turn {
        let now = clock.now
        guard now - lastDiskCheck >= Self.diskCheckInterval, !toldAboutDiskChange,
              let path = editor.path, path == stampedPath
        else { return Turn() }
        lastDiskCheck = now
        guard FileStamp(path: path) != stamp else { return Turn() }
        toldAboutDiskChange = true
        var turn = send(.fileChangedOnDisk(path: path))
        turn.changedSomething = true
        return turn
    }

    /// A stop signal (SIGHUP from a dropped SSH session, SIGTERM): keep the unsaved work in the
    /// recovery file, give the terminal back, and exit with the conventional 128 + signal; `run`
    /// then removes the lock.
    private func stop(on signal: Int32) -> Int32 {
        var kept: String?
        if editor.isModified, !editor.isReadOnly {
            let path = editor.recoveryPath
            if case .success = attempt({ try writeRecovery(editor.map, to: path) }) {
                kept = path
            }
        }
        terminal.close()
        if let kept {
            StandardError.write("caremap: stopped by signal \(signal); unsaved work is in '\(kept)' and is offered when the map is next opened")
        }
        return 128 + signal
    }

    /// Keeps unsaved work at `path`, readable by its owner only and encrypted as the map is.
    private func writeRecovery(_ map: CareMap, to path: String) throws(FileError) {
        try CareMapFile.writePrivately(Array(CareMapFile.print(map).utf8), to: URL(fileURLWithPath: path), encryption: encryption)
    }

    private func seconds() -> Double {
        let elapsed = clock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private func attempt(_ work: () throws -> Void) -> Result<Void, EffectFailure> {
        do {
            try work()
            return .success(())
        } catch {
            return .failure(EffectFailure("\(error)"))
        }
    }
}
