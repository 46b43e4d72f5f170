import ArgumentParser
import CareMapKit
import Foundation

/// The formats `caremap import` reads.
enum ImportFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, graphml, netcanvas
}

/// `caremap import IN --from csv|graphml|netcanvas -o FILE`: makes a `.caremap` file from another
/// tool's network, or one per interview of a Network Canvas export
/// (`ImportCommand+NetCanvas.swift`).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a map from a CSV or GraphML file, or maps from Network Canvas interviews.",
        discussion: """
            csv: IN is the nodes table, --links the links table, --actions the actions table; columns are matched by name as \
            docs/imports.md lists (id, name or label, kind or type, from or source, to or target, …), \
            and --column FIELD=NAME maps any other. graphml: files from caremap, Gephi, yEd, Cytoscape, \
            networkx. netcanvas: a Network Canvas export (a folder, a zip, a case's CSV files, or GraphML), one map \
            per interview with the person interviewed at the centre; --protocol names the .netcanvas protocol for its \
            codebook, --case picks one case, and -o is a folder when several cases are written. Every problem is reported as 'file:line:column: message' and \
            nothing is written unless the whole import succeeds. The new map is readable by you only (0600).
            """
    )

    @Argument(help: "What to import: a GraphML file, the nodes CSV, or a Network Canvas export (a folder, a zip, or its files).",
              completion: .file(extensions: ["csv", "graphml", "xml", "zip"]))
    var inputs: [String]

    @Option(help: "The format: csv, graphml or netcanvas (default: from IN: a folder, a zip or Network Canvas's file names are netcanvas, else the extension).")
    var from: ImportFormat?

    @Option(help: "The links CSV (csv only).", completion: .file(extensions: ["csv"]))
    var links: String?

    @Option(help: "The actions CSV (csv only).", completion: .file(extensions: ["csv"]))
    var actions: String?

    @Option(name: .customLong("column"), help: ArgumentHelp("Map a CSV column to a field, e.g. --column \"name=Full Name\" (repeatable).", valueName: "FIELD=NAME"))
    var columns: [String] = []

    @Option(name: .customLong("protocol"), help: "netcanvas: the protocol file (.netcanvas), for its codebook's names and option labels.",
            completion: .file(extensions: ["netcanvas"]))
    var protocolFile: String?

    @Option(name: .customLong("case"), help: "netcanvas: import only this case (its case id or session id).")
    var caseID: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: "The .caremap file to write; for several Network Canvas cases, the folder to write one map each into.",
            completion: .file(extensions: ["caremap"]))
    var output: String

    @Flag(help: "Replace OUTPUT if it exists (the old version is kept as OUTPUT~).")
    var force = false

    @OptionGroup var encryption: EncryptionOptions

    /// The format asked for, or the one the inputs name: a folder, a zip, several files or
    /// Network Canvas's file names are an export; otherwise IN's extension decides. (A GraphML
    /// file Network Canvas wrote is told by its content, in ``run()``.)
    var format: ImportFormat? {
        if let from { return from }
        if inputs.count > 1 || inputs.contains(where: Self.isNetCanvasExport) { return .netcanvas }
        guard let input = inputs.first?.lowercased() else { return nil }
        return [ImportFormat.csv, .graphml].first { input.hasSuffix("." + $0.rawValue) } ?? (input.hasSuffix(".xml") ? .graphml : nil)
    }

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Name the file to import.") }
        guard let format else { throw ValidationError("Say what IN is with --from csv, --from graphml or --from netcanvas.") }
        if format != .netcanvas, inputs.count > 1 { throw ValidationError("\(format.rawValue) imports one file; give the others with --links and --actions.") }
        if format != .netcanvas, protocolFile != nil { throw ValidationError("--protocol is for Network Canvas imports.") }
        if format != .netcanvas, caseID != nil { throw ValidationError("--case is for Network Canvas imports.") }
        if format == .netcanvas, links != nil || actions != nil || !columns.isEmpty {
            throw ValidationError("--links, --actions and --column are for CSV imports; a Network Canvas export names its own files.")
        }
        if format == .graphml, links != nil { throw ValidationError("--links is for CSV imports; a GraphML file holds its links.") }
        if format == .graphml, actions != nil { throw ValidationError("--actions is for CSV imports; a GraphML file holds its actions.") }
        if format == .graphml, !columns.isEmpty { throw ValidationError("--column is for CSV imports.") }
        _ = try columnMap()
    }

    /// `--column` options as field → column name.
    func columnMap() throws -> [String: String] {
        var map: [String: String] = [:]
        for option in columns {
            guard let equals = option.firstIndex(of: "="), equals != option.startIndex, option.index(after: equals) != option.endIndex else {
                throw ValidationError("--column '\(option)' is not FIELD=NAME, e.g. --column \"name=Full Name\".")
            }
            let field = String(option[..<equals]).lowercased()
            guard ImportFieldNames.fields.contains(field) else {
                let fields = ImportFieldNames.fields.sorted().joined(separator: ", ")
                throw ValidationError("--column names an unknown field '\(field)'; use one of \(fields).")
            }
            map[field] = String(option[option.index(after: equals)...])
        }
        return map
    }

    func run() throws {
        let input = inputs[0]
        let result: ImportResult
        switch format! {
        case .netcanvas:
            return try runNetCanvas()
        case .graphml:
            let bytes = try read(input)
            // Network Canvas's GraphML keeps the person interviewed as graph data, which only
            // the interview import reads; --from graphml reads it as any other graph.
            if from == nil, NetCanvasImporter.isNetCanvasGraphML(bytes) { return try runNetCanvas() }
            try refuseExistingOutput()
            result = GraphMLImporter.importMap(file: input, bytes: bytes)
        case .csv:
            try refuseExistingOutput()
            let nodes = CSVImporter.Source(file: input, bytes: try read(input))
            let linkSource = try links.map { CSVImporter.Source(file: $0, bytes: try read($0)) }
            let actionSource = try actions.map { CSVImporter.Source(file: $0, bytes: try read($0)) }
            result = CSVImporter.importMap(nodes: nodes, links: linkSource, actions: actionSource, columns: try columnMap())
        }
        for diagnostic in result.diagnostics { StandardError.write(diagnostic.description) }
        guard let map = result.map else {
            StandardError.write("caremap: nothing was written; fix the problems above and import again")
            throw ExitCode.failure
        }
        try save(map, to: output, encryption: try encryption.encryption(for: output))
    }

    /// Stops before anything is read when the map file exists and `--force` was not given.
    func refuseExistingOutput(_ path: String? = nil) throws(ExitCode) {
        let path = path ?? output
        guard force || !FileManager.default.fileExists(atPath: path) else {
            StandardError.write("caremap: '\(path)' already exists; choose another name, or replace it with --force")
            throw ExitCode.failure
        }
    }

    /// Writes `map` to `path` (0600, atomically, encrypted when asked) and says what was imported.
    func save(_ map: CareMap, to path: String, encryption: MapEncryption?) throws(ExitCode) {
        do {
            try CareMapFile.save(map, to: URL(fileURLWithPath: path), privately: true, encryption: encryption)
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
        let counts = map.actions.isEmpty
            ? "\(map.nodes.count) nodes and \(map.links.count) links"
            : "\(map.nodes.count) nodes, \(map.links.count) links and \(map.actions.count) actions"
        StandardOutput.write("imported \(counts) into \(path)")
    }

    func read(_ path: String) throws(ExitCode) -> [UInt8] {
        do {
            return try CareMapFile.contents(of: URL(fileURLWithPath: path))
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
    }
}
