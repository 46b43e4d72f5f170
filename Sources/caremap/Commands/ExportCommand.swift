import ArgumentParser
import CareMapKit
import Foundation

/// `caremap export FILE --to FORMAT [-o OUT]`: writes a map for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a map to another format.",
        discussion: """
            dot: Graphviz, with eco-map conventions (try: caremap export FILE --to dot | dot -Tsvg > map.svg). \
            json: the schema in docs/exports.md. Nodes marked private are never exported.
            """
    )

    @Argument(help: "The .caremap file to export.", completion: .file(extensions: ["caremap"]))
    var file: String

    @Option(name: .long, help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var to: ExportFormat

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write here (mode 0600) instead of standard output.", completion: .file())
    var output: String?

    func run() throws {
        let map = try MapLoader.load(file)
        let text = to.export(map)
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
