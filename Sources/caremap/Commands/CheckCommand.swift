import ArgumentParser
import CareMapKit
import Foundation

/// `caremap check FILE...`: validates maps, reporting every error and warning.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check maps for errors and warnings.",
        discussion: """
            Problems are printed as 'file:line:column: message' on standard error, with a hint where \
            there is one. Exits with status 1 when any file has an error; warnings alone do not fail.
            """
    )

    @Argument(help: "The .caremap files to check.", completion: .file(extensions: ["caremap"]))
    var files: [String]

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one file to check.") }
    }

    func run() throws {
        let keys = try identity.keys()
        try MapLoader.each(files) { path throws(ExitCode) in
            let map = try MapLoader.load(path, keys: keys)
            StandardOutput.write("\(path): ok (\(map.nodes.count) nodes, \(map.links.count) links)")
        }
    }
}
