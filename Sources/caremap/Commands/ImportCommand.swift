import ArgumentParser
import CareMapKit
import Foundation

/// The formats `caremap import` reads.
enum ImportFormat: String, CaseIterable, ExpressibleByArgument {
    case csv, graphml
}

/// `caremap import IN --from csv|graphml -o FILE`: makes a `.caremap` file from another tool's
/// network.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a map from a CSV or GraphML file.",
        discussion: """
            csv: IN is the nodes table, --links the links table, --actions the actions table; columns are matched by name as \
            docs/imports.md lists (id, name or label, kind or type, from or source, to or target, …), \
            and --column FIELD=NAME maps any other. graphml: files from caremap, Gephi, yEd, Cytoscape, \
            networkx and Network Canvas. Every problem is reported as 'file:line:column: message' and \
            nothing is written unless the whole import succeeds. The new map is readable by you only (0600).
            """
    )

    @Argument(help: "The file to import: a GraphML file, or the nodes CSV.", completion: .file(extensions: ["csv", "graphml", "xml"]))
    var input: String

    @Option(help: "The format: csv or graphml (default: from IN's extension).")
    var from: ImportFormat?

    @Option(help: "The links CSV (csv only).", completion: .file(extensions: ["csv"]))
    var links: String?

    @Option(help: "The actions CSV (csv only).", completion: .file(extensions: ["csv"]))
    var actions: String?

    @Option(name: .customLong("column"), help: ArgumentHelp("Map a CSV column to a field, e.g. --column \"name=Full Name\" (repeatable).", valueName: "FIELD=NAME"))
    var columns: [String] = []

    @Option(name: [.customShort("o"), .customLong("output")], help: "The .caremap file to write.", completion: .file(extensions: ["caremap"]))
    var output: String

    @Flag(help: "Replace OUTPUT if it exists (the old version is kept as OUTPUT~).")
    var force = false

    @OptionGroup var encryption: EncryptionOptions

    /// The format asked for, or the one IN's extension names.
    var format: ImportFormat? {
        from ?? ImportFormat.allCases.first { input.lowercased().hasSuffix("." + $0.rawValue) }
            ?? (input.lowercased().hasSuffix(".xml") ? .graphml : nil)
    }

    func validate() throws {
        guard let format else { throw ValidationError("Say what IN is with --from csv or --from graphml.") }
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
        guard force || !FileManager.default.fileExists(atPath: output) else {
            StandardError.write("caremap: '\(output)' already exists; choose another name, or replace it with --force")
            throw ExitCode.failure
        }
        let result: ImportResult
        switch format! {
        case .csv:
            let nodes = CSVImporter.Source(file: input, bytes: try read(input))
            let linkSource = try links.map { CSVImporter.Source(file: $0, bytes: try read($0)) }
            let actionSource = try actions.map { CSVImporter.Source(file: $0, bytes: try read($0)) }
            result = CSVImporter.importMap(nodes: nodes, links: linkSource, actions: actionSource, columns: try columnMap())
        case .graphml:
            result = GraphMLImporter.importMap(file: input, bytes: try read(input))
        }
        for diagnostic in result.diagnostics { StandardError.write(diagnostic.description) }
        guard let map = result.map else {
            StandardError.write("caremap: nothing was written; fix the problems above and import again")
            throw ExitCode.failure
        }
        let encryption = try self.encryption.encryption(for: output)
        do {
            try CareMapFile.save(map, to: URL(fileURLWithPath: output), privately: true, encryption: encryption)
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
        let counts = map.actions.isEmpty
            ? "\(map.nodes.count) nodes and \(map.links.count) links"
            : "\(map.nodes.count) nodes, \(map.links.count) links and \(map.actions.count) actions"
        StandardOutput.write("imported \(counts) into \(output)")
    }

    private func read(_ path: String) throws(ExitCode) -> [UInt8] {
        do {
            return try CareMapFile.contents(of: URL(fileURLWithPath: path))
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
    }
}
