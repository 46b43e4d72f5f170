import ArgumentParser
import CareMapKit
import Foundation

/// `caremap decrypt FILE [-o OUT]`: writes the plain map out of an encrypted one.
struct DecryptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decrypt",
        abstract: "Write the plain map out of an encrypted one.",
        discussion: """
            Writes OUT (default FILE without its .age) readable by you only (0600), and never over \
            an existing file. The plain copy is not protected: see docs/safety.md.
            """
    )

    @Argument(help: "The encrypted map (FILE.caremap.age).", completion: .file(extensions: ["age"]))
    var file: String

    @Option(name: [.customShort("o"), .customLong("output")], help: "The plain .caremap file to write (default: FILE without .age).", completion: .file(extensions: ["caremap"]))
    var output: String?

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        if output == nil, !file.hasSuffix(".age") || file == ".age" {
            throw ValidationError("'\(file)' does not end in .age; name the plain file to write with -o FILE.")
        }
    }

    func run() throws {
        let destination = output ?? String(file.dropLast(".age".count))
        guard !FileManager.default.fileExists(atPath: destination) else {
            StandardError.write("caremap: '\(destination)' already exists; choose another name with -o")
            throw ExitCode.failure
        }
        let (_, bytes, encryption) = try MapLoader.open(file, keys: try identity.keys())
        guard encryption != nil else {
            StandardError.write("caremap: '\(file)' is not encrypted; nothing was written")
            throw ExitCode.failure
        }
        try MapLoader.writing { () throws(FileError) in
            try CareMapFile.writePrivately(bytes, to: URL(fileURLWithPath: destination), encryption: nil)
        }
        StandardOutput.write("decrypted \(file) into \(destination)")
        MapLoader.notePlainExport(from: file, to: destination)
    }
}
