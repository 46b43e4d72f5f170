import ArgumentParser
import CareMapKit
import Foundation

/// `caremap fmt FILE... [--check | --stdout]`: rewrites maps in canonical form.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite maps in canonical form.",
        discussion: """
            Canonical form is described in docs/file-format.md: the same map always gives the same \
            bytes, so diffs show only real changes. A file with errors is reported and left untouched. \
            The previous version of each rewritten file is kept as FILE~.
            """
    )

    @Argument(help: "The .caremap files to format.", completion: .file(extensions: ["caremap"]))
    var files: [String]

    @Flag(help: "Only list the files that are not in canonical form; change nothing. Exits 1 if any.")
    var check = false

    @Flag(help: "Print each map in canonical form on standard output; change nothing (git's textconv, docs/git.md).")
    var stdout = false

    @OptionGroup var keys: KeyOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one file to format.") }
        if check, stdout { throw ValidationError("--check and --stdout cannot be used together.") }
    }

    func run() throws {
        let keys = try keys.keys()
        try MapLoader.each(files) { path throws(ExitCode) in try format(path, keys: keys) }
    }

    private func format(_ path: String, keys: MapKeys) throws(ExitCode) {
        let (map, current, encryption) = try MapLoader.open(path, keys: keys)
        let canonical = CareMapFile.print(map)
        if stdout {
            FileHandle.standardOutput.write(Data(canonical.utf8))
            return
        }
        guard current != Array(canonical.utf8) else { return }
        if check {
            StandardOutput.write("\(path): not in canonical form; run 'caremap fmt \(path)'")
            throw ExitCode.failure
        }
        do {
            try CareMapFile.save(map, to: URL(fileURLWithPath: path), encryption: encryption)
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
        StandardOutput.write("formatted \(path)")
    }
}
