import ArgumentParser
import CareMapKit
import Foundation

/// `caremap encrypt FILE [-o OUT] (--passphrase | --recipient AGE1… | --recipients-file F)`:
/// writes a map in the age format, for the `age` tool and for caremap to open.
struct EncryptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encrypt",
        abstract: "Encrypt a map with a passphrase or to age keys.",
        discussion: """
            Writes OUT (default FILE.age) in the age format, readable by caremap and by 'age -d'; the \
            map inside is FILE's bytes unchanged. FILE itself is left as it is: remove it once you no \
            longer need a plain copy. An encrypted FILE is encrypted again for the new recipients \
            (open it with --identity). See docs/safety.md.
            """
    )

    @Argument(help: "The .caremap file to encrypt.", completion: .file(extensions: ["caremap", "age"]))
    var file: String

    @Option(name: [.customShort("o"), .customLong("output")], help: "The encrypted file to write (default: FILE.age).", completion: .file(extensions: ["age"]))
    var output: String?

    @OptionGroup var encryption: EncryptionOptions

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        if !encryption.passphrase, encryption.recipients.isEmpty {
            throw ValidationError("Say how to encrypt: --passphrase, --recipient AGE1… or --recipients-file FILE.")
        }
    }

    func run() throws {
        let (_, bytes, was) = try MapLoader.open(file, keys: try identity.keys())
        let destination = output ?? file + ".age"
        let encryption = try self.encryption.encryption(for: destination)
        try MapLoader.writing { () throws(FileError) in
            try CareMapFile.writePrivately(bytes, to: URL(fileURLWithPath: destination), encryption: encryption)
        }
        StandardOutput.write("encrypted \(file) into \(destination)")
        if was == nil { StandardError.write("caremap: '\(file)' is still there, in plain text; remove it once you no longer need it") }
    }
}
