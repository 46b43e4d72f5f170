import ArgumentParser
import CareMapApp
import CareMapKit
import CareMapTerminal
import Foundation

/// `caremap [FILE]` and `caremap edit [FILE]`: the editor.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Open a map in the editor (the default command).",
        discussion: """
            A FILE that does not exist yet is created on the first save. Without FILE, a start \
            screen offers the sample maps and a new map. Press ? in the editor for every key and command.
            """
    )

    @Argument(help: "The .caremap file to open or create.", completion: .file(extensions: ["caremap"]))
    var file: String?

    @Option(name: .long, help: ArgumentHelp(
        "Draw the map against an earlier version from the start, as :compare does: a file, or a git revision of FILE (HEAD~1).",
        valueName: "FILE|REV"
    ))
    var compare: String?

    @OptionGroup var keys: KeyOptions

    func validate() throws {
        if compare != nil, file == nil { throw ValidationError("--compare needs the FILE to compare") }
    }

    func run() throws {
        let keys = try keys.keys()
        let opening = try file.map { path throws(ExitCode) in try Self.open(path, keys: keys) }
        let terminal: Terminal
        do {
            terminal = try Terminal()
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
        let size = terminal.size
        var editor: Editor
        if let opening {
            editor = Editor(map: opening.map, path: opening.path, isNewFile: opening.stamp == nil, width: size.width, height: size.height)
        } else {
            editor = Editor(samples: SampleMaps.find(), width: size.width, height: size.height)
        }
        // The insights panel judges actions' review dates against the day the editor opens.
        editor.today = CalendarDate.today()
        let session = EditorSession(editor: editor, terminal: terminal, keys: keys)
        if let opening { session.start(with: opening) }
        if let compare { session.compare(with: compare) }
        let status = session.run()
        if status != 0 { throw ExitCode(status) }
    }

    /// The map at `path`, an empty one when the file does not exist yet, or a failure once its
    /// problems are reported: a file with errors is never opened, so it is never overwritten
    /// with a half-understood copy. An encrypted map is decrypted here, before the screen is
    /// taken, so its passphrase is asked on the terminal like any command's; a new map is
    /// encrypted to the recipients named, if any. A map encrypted to keys caremap cannot name
    /// again opens read-only (see ``MapEncryption/unnamedKeys(count:)``).
    static func open(_ path: String, keys: MapKeys) throws(ExitCode) -> Opening {
        guard FileManager.default.fileExists(atPath: path) else {
            let encryption = keys.recipients.isEmpty ? nil : MapEncryption.keys(keys.recipients)
            return Opening(path: path, map: CareMap(), stamp: nil, unwritable: nil, encryption: encryption)
        }
        let (map, _, encryption) = try MapLoader.open(path, keys: keys)
        return Opening(path: path, map: map, stamp: FileStamp(path: path), unwritable: encryption?.refusal ?? unwritable(path), encryption: encryption)
    }

    /// Why the file at `path` must not be written, or `nil` when it may. A file with no write
    /// permission for anyone was made read-only on purpose, and stays so even for root, who
    /// could otherwise replace it: saving replaces the file, which its own mode never stops.
    static func unwritable(_ path: String) -> String? {
        let mode = ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? 0
        if mode & 0o222 == 0 { return "it is marked read-only, mode \(String(mode & 0o777, radix: 8))" }
        if access(path, W_OK) != 0 { return String(cString: strerror(errno)).lowercased() }
        return nil
    }
}

/// A map read from disk for the editor, with what the file looked like then.
struct Opening {
    var path: String
    var map: CareMap
    var stamp: FileStamp?
    /// Why the file cannot be written, when it cannot: the editor opens it read-only.
    var unwritable: String?
    /// How the map is encrypted on disk, `nil` for a plain map: every file the editor writes
    /// for it (the map, its backup, the recovery file) is encrypted the same way.
    var encryption: MapEncryption?
}
