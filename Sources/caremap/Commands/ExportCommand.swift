import ArgumentParser
import CareMapApp
import CareMapCanvas
import CareMapKit
import Foundation
import Glibc

/// `caremap export FILE --to FORMAT [-o OUT] [--layout STYLE] [--redact]`: writes a map for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a map to another format.",
        discussion: """
            dot: Graphviz, with eco-map conventions. json: the schema in docs/exports.md. graphml: for \
            Gephi, yEd, Cytoscape and networkx. csv: three files, OUT-nodes.csv, OUT-links.csv and \
            OUT-actions.csv (needs -o). netcanvas-csv: one Network Canvas interview around the subject, as ideanet and \
            egor read it: the folder OUT of CASE_ego.csv, CASE_attributeList_TYPE.csv and CASE_edgeList_TYPE.csv files (needs -o). \
            mermaid: a flowchart for Markdown. markdown: the care report, as caremap report --format markdown. svg, png, pdf: pictures laid out as on screen (rings round the person at the centre, \
            faint rings behind; a force layout for community maps; --layout chooses), drawn by Graphviz 'neato' (package graphviz). \
            Nodes marked private are never exported; --redact also replaces names with role-based \
            pseudonyms and removes notes and all other free text, for supervision or research.
            """
    )

    @Argument(help: "The .caremap file to export.", completion: .file(extensions: ["caremap"]))
    var file: String

    @Option(name: .long, help: "The format: \(ExportFormat.names).")
    var to: ExportFormat

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: "Write here (mode 0600) instead of standard output; for csv, the prefix of the three files; for netcanvas-csv, the folder.",
        completion: .file()
    )
    var output: String?

    @Option(help: "For svg, png and pdf: rings (default with a subject), layered, or force (default without).")
    var layout: LayoutStyle?

    @Flag(help: "Replace names with role-based pseudonyms, rewrite ids, and leave out notes and all other free text.")
    var redact = false

    @Flag(help: "csv only: start each file with a UTF-8 byte order mark, so spreadsheet programs show Arabic and Dari names correctly.")
    var bom = false

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        if bom, to != .csv {
            throw ValidationError("--bom is for csv, whose files spreadsheet programs read; \(to.rawValue) is read as UTF-8 without one.")
        }
        if output == nil, to.writesSeveralFiles {
            throw ValidationError(to.writesFolder
                ? "\(to.rawValue) export writes a folder of files; name it with -o DIR (writes DIR/CASE_ego.csv, DIR/CASE_attributeList_TYPE.csv and DIR/CASE_edgeList_TYPE.csv)."
                : "csv export writes three files; name them with -o PREFIX (writes PREFIX-nodes.csv, PREFIX-links.csv and PREFIX-actions.csv).")
        }
        if output == nil, to.isBinary, isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("\(to.rawValue) is binary and would garble the terminal; write it with -o FILE.\(to.rawValue), or pipe it.")
        }
    }

    func run() throws {
        let (loaded, _, encryption) = try MapLoader.open(file, keys: try identity.keys())
        let map = redact ? loaded.redacted() : loaded
        let outputs: [ExportFormat.Output]
        do {
            outputs = try to.export(map, layout: layout)
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
        if encryption != nil { MapLoader.notePlainExport(from: file, to: output) }
        guard let output else {
            FileHandle.standardOutput.write(Data(outputs.flatMap(\.bytes)))
            return
        }
        do {
            try to.write(outputs, to: output, prefix: bom ? ExportFormat.byteOrderMark : [])
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
    }
}
