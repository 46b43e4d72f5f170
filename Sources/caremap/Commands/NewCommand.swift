import ArgumentParser
import CareMapKit
import Foundation

/// `caremap new FILE [--title T] [--subject NAME]`: starts a map.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new map.",
        discussion: """
            The file is created readable by you only (mode 0600). Without --subject the map is a \
            community map, like a workshop's map of a town's health care people and places.
            """
    )

    @Argument(help: "The file to create, e.g. amira.caremap. It must not exist yet.", completion: .file())
    var file: String

    @Option(help: "The map's title.")
    var title: String?

    @Option(help: "The name of the person whose network this is.")
    var subject: String?

    @OptionGroup var encryption: EncryptionOptions

    func run() throws {
        guard !FileManager.default.fileExists(atPath: file) else {
            StandardError.write("caremap: '\(file)' already exists; open it with 'caremap \(file)'")
            throw ExitCode.failure
        }
        let encryption = try self.encryption.encryption(for: file)
        var map = CareMap(title: title ?? "")
        do {
            if let subject {
                let id = map.freshID(for: subject, kind: .person)
                try map.addNode(Node(id: id, kind: .person, name: subject, role: .serviceUser))
                try map.setSubject(id)
            }
            try CareMapFile.save(map, to: URL(fileURLWithPath: file), encryption: encryption)
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode.failure
        }
        StandardOutput.write("created \(file)")
    }
}
