import ArgumentParser
import CareMapCanvas
import CareMapKit
import Foundation

extension ReportOptions.Format: ExpressibleByArgument {}

/// `caremap report FILE [--format text|markdown|json] [-o OUT] [--redact] [--since OLD]`: what a map
/// says against the six domains of responsive care, findings first.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report what a map says about care: gaps, single points of failure, language bridges, actions.",
        discussion: """
            text: for a terminal, wrapped at 80 columns. markdown: for notes, with the map drawn as text. \
            json: for scripts (schema in docs/domains.md). Private people appear only as "Private". \
            Actions are judged past review against today's date. --redact reports on the redacted map \
            (docs/exports.md): pseudonyms for names, no notes, action text or other free text. \
            --since OLD begins with what changed since that earlier version, as 'caremap diff' says it.
            """
    )

    @Argument(help: "The .caremap file to report on.", completion: .file(extensions: ["caremap"]))
    var file: String

    @Option(help: "The format: \(ReportOptions.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportOptions.Format = .text

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write here (mode 0600) instead of standard output.", completion: .file())
    var output: String?

    @Option(help: "Judge review dates as of this day, YYYY-MM-DD (default: today), to reproduce an earlier report.")
    var today: String?

    @Flag(help: "Replace names with role-based pseudonyms, rewrite ids, and leave out notes and all other free text.")
    var redact = false

    @Option(help: "An earlier version of the map (the last review): begin with what changed since.", completion: .file(extensions: ["caremap"]))
    var since: String?

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        if let today, CalendarDate(today) == nil {
            throw ValidationError("--today must be a real day written YYYY-MM-DD, e.g. 2026-12-15.")
        }
    }

    func run() throws {
        let keys = try identity.keys()
        let (loaded, _, encryption) = try MapLoader.open(file, keys: keys)
        let map = redact ? loaded.redacted() : loaded
        let day = today.flatMap(CalendarDate.init) ?? CalendarDate.today()
        if encryption != nil { MapLoader.notePlainExport(from: file, to: output) }
        let comparison = try since.map { MapComparison(old: try MapLoader.load($0, keys: keys), new: loaded, today: day, withoutPrivateNodes: redact) }
        let text = ReportWriter.write(map, options: ReportOptions(format: format, today: day), since: comparison, redacted: redact)
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try CareMapFile.write(text, to: URL(fileURLWithPath: output))
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
    }
}
