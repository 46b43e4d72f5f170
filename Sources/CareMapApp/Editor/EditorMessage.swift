import CareMapKit

/// Everything that reaches ``Editor/update(_:)``: input from the terminal, and the outcome of
/// effects the run loop performed on the editor's behalf.
///
/// Time arrives inside messages (`now`, in seconds from any fixed origin) so the editor never
/// reads a clock and tests can replay a session exactly.
public enum EditorMessage: Sendable {
    case input(InputEvent, now: Double)
    /// The outcome of ``Effect/save(_:path:)``.
    case saved(path: String, result: Result<Void, EffectFailure>)
    /// The outcome of ``Effect/export(format:map:path:)``.
    case exported(path: String, result: Result<Void, EffectFailure>)
    /// The outcome of ``Effect/writeRecovery(_:path:)``; a failure is shown, since autosave that
    /// silently fails is worse than none.
    case recoveryWritten(path: String, result: Result<Void, EffectFailure>)
    /// The outcome of ``Effect/openCopy(path:)``: the parsed map, or why it could not be read.
    case opened(path: String, result: Result<CareMap, EffectFailure>)
    /// The file at the editor's path was changed by someone else since it was opened or saved;
    /// the next save asks before overwriting it.
    case fileChangedOnDisk(path: String)
    /// The run loop found the map at `path` locked by another editor (`holder` says which
    /// process, where and since when): the editor becomes read-only.
    case lockHeld(path: String, holder: String)
    /// The map at `path` cannot be written (`reason` says why: its permissions, a read-only
    /// disk): the editor opens it read-only.
    case cannotWrite(path: String, reason: String)
    /// The run loop found a stale lock on `path`, left by `holder`, which is no longer running,
    /// and took it over.
    case lockTakenOver(path: String, holder: String)
    /// On open, the run loop found a recovery file newer than the map at `path` holding this
    /// map: the work of a session that ended before saving. The editor asks whether to restore it.
    case recoveryFound(path: String, map: CareMap)
    /// The outcome of ``Effect/readVersion(_:of:)``: the earlier version of the map, or why it
    /// could not be read.
    case versionRead(String, result: Result<CareMap, EffectFailure>)
}

/// Why an effect failed, in words for the status line ("permission denied", a parse error).
public struct EffectFailure: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Work the editor asks the run loop to do. The editor stays pure: it never touches files or
/// the terminal, it returns these values and hears back through ``EditorMessage``.
/// How `:encrypt` asks for the map to be encrypted; the run loop reads the keys, since only it
/// may report that one is not an age key the way a save failure is reported.
public enum EncryptionRequest: Hashable, Sendable {
    case passphrase(String)
    /// Age public keys as typed (`age1…`).
    case keys([String])
}

public enum Effect: Hashable, Sendable {
    /// Write the map in canonical form to `path`; answer with ``EditorMessage/saved(path:result:)``.
    case save(CareMap, path: String)
    /// Save as `.save` does, encrypted from now on as `encryption` says (`:encrypt`), and keep
    /// every later write of the map encrypted the same way; answer with
    /// ``EditorMessage/saved(path:result:)``.
    case saveEncrypted(CareMap, path: String, encryption: EncryptionRequest)
    /// Export the map in `format`; answer with ``EditorMessage/exported(path:result:)``.
    case export(format: ExportFormat, map: CareMap, path: String)
    /// Write the unsaved map to the recovery file, so a crash or power cut loses at most a few
    /// seconds of a workshop.
    case writeRecovery(CareMap, path: String)
    /// The work is safely saved or deliberately discarded: the recovery file must go.
    case deleteRecovery(path: String)
    /// Read and parse a map to edit as an untitled copy, the file left as it is (the start
    /// screen's samples and template); answer with ``EditorMessage/opened(path:result:)``.
    case openCopy(path: String)
    /// Read an earlier version of the map to compare with (`:compare`): `version` is a file, or
    /// when no file has that name, a git revision of the file at `path`; answer with
    /// ``EditorMessage/versionRead(_:result:)``.
    case readVersion(String, of: String?)
    /// Draw the whole screen afresh (Ctrl-L), for a terminal another program wrote over.
    case redraw
    /// Stop the process (Ctrl-Z) with the screen given back to the shell, and draw it afresh
    /// when the shell continues it (`fg`).
    case suspend
    /// Leave the program.
    case quit
}
