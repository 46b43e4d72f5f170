import ArgumentParser
import CareMapCanvas
import CareMapKit
import Foundation

/// `caremap diff OLD NEW [--format text|markdown|json] [--redact]`: what changed between two
/// versions of a map, with diff(1)'s exit status; also git's external diff driver.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a map: people, ties, actions, findings, routes.",
        discussion: """
            Exits 0 when the maps say the same thing, 1 when they differ, 2 when a map cannot be read. \
            Nodes and actions are followed by id, ties by their two ends and label (docs/git.md). \
            '/dev/null' stands for no map (only read, never written). Called by git as an external \
            diff driver with seven arguments (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE), \
            it compares OLD-FILE with NEW-FILE under a heading naming PATH and exits 0 unless it fails, \
            as git expects. Private people appear only as "a private person".
            """
    )

    @Argument(help: "The old and new .caremap files (or git's seven arguments).", completion: .file(extensions: ["caremap"]))
    var files: [String]

    @Option(help: "The format: \(ReportOptions.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportOptions.Format = .text

    @Option(help: "Judge review dates as of this day, YYYY-MM-DD (default: today).")
    var today: String?

    @Flag(help: "Leave out private people, name people by role pseudonyms, and show no free text, as exports do.")
    var redact = false

    @OptionGroup var identity: IdentityOptions

    /// Where git puts the files in its seven arguments.
    private static let gitArguments = (path: 0, old: 1, new: 4, count: 7)

    func validate() throws {
        if files.count != 2, files.count != Self.gitArguments.count {
            throw ValidationError("Name two maps to compare: caremap diff OLD NEW.")
        }
        if let today, CalendarDate(today) == nil {
            throw ValidationError("--today must be a real day written YYYY-MM-DD, e.g. 2026-12-15.")
        }
    }

    func run() throws {
        let fromGit = files.count == Self.gitArguments.count
        let oldPath = fromGit ? files[Self.gitArguments.old] : files[0]
        let newPath = fromGit ? files[Self.gitArguments.new] : files[1]
        let old: CareMap
        let new: CareMap
        do {
            let keys = try identity.keys()
            old = try Self.load(oldPath, keys: keys)
            new = try Self.load(newPath, keys: keys)
        } catch {
            throw ExitCode(2)
        }
        let day = today.flatMap(CalendarDate.init) ?? CalendarDate.today()
        let comparison = MapComparison(old: old, new: new, today: day, withoutPrivateNodes: redact)
        let gitPath = fromGit ? files[Self.gitArguments.path] : nil
        var text = DiffWriter.write(comparison, options: DiffOptions(format: format, redact: redact, path: format == .json ? gitPath : nil))
        // git prints no heading of its own for an external diff; JSON names the file in its
        // `path` key instead, so each map's output stays one JSON document.
        if let gitPath, format != .json, !comparison.isEmpty {
            text = "diff --caremap a/\(gitPath) b/\(gitPath)\n" + text
        }
        FileHandle.standardOutput.write(Data(text.utf8))
        if comparison.isEmpty || fromGit { return }
        throw ExitCode(1)
    }

    /// The map at `path`, or an empty map for `/dev/null`, which git passes for a file added or
    /// deleted; it is only compared with, never opened for writing. Encrypted maps open with
    /// `keys`, as in every command that reads maps.
    private static func load(_ path: String, keys: MapKeys) throws(ExitCode) -> CareMap {
        path == "/dev/null" ? CareMap() : try MapLoader.load(path, keys: keys)
    }
}
