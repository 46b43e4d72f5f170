import ArgumentParser
import CareMapCanvas
import CareMapKit
import Foundation

extension LayoutStyle: ExpressibleByArgument {}

/// `caremap show FILE`: prints the drawn map as plain text, for notes and e-mails.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a map as text.",
        discussion: """
            Draws the map as the editor would, without colour, followed by a legend of the symbols it uses. \
            When names do not fit, nodes carry codes numbered in reading order and a key follows. Private \
            nodes are masked unless --show-private. Needs no terminal.
            """
    )

    @Argument(help: "The .caremap file to show.", completion: .file(extensions: ["caremap"]))
    var file: String

    @Option(help: "Columns to draw in (20 to 1000).")
    var width = 100

    @Option(help: "Rows to draw the map in (the title and legend come on top of these); as many as the map needs when not given.")
    var height: Int?

    @Option(help: "Layout: rings (default with a subject), layered (default without), or force.")
    var layout: LayoutStyle?

    @Flag(help: "Name private nodes (masked otherwise).")
    var showPrivate = false

    @Flag(help: "Replace every name with its role pseudonym, as the editor's privacy curtain does.")
    var curtain = false

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        guard (20...1000).contains(width) else { throw ValidationError("--width must be between 20 and 1000.") }
        if let height, !(5...1000).contains(height) { throw ValidationError("--height must be between 5 and 1000.") }
    }

    func run() throws {
        let map = try MapLoader.load(file, keys: try identity.keys())
        let mapLayout = Layouter.layout(map, style: layout ?? .default(for: map))
        FileHandle.standardOutput.write(Data(TextRendering.show(
            map, layout: mapLayout, width: width, height: height, privacy: TextRendering.Privacy(showPrivate: showPrivate, curtain: curtain)
        ).utf8))
    }
}
