import ArgumentParser
import CareMapCanvas
import CareMapKit
import Foundation

/// `caremap layout FILE`: prints where each node is drawn, in Graphviz's plain form or JSON, so
/// the same scripts can check caremap's layout and Graphviz's.
struct LayoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layout",
        abstract: "Print the computed positions of a map's nodes.",
        discussion: """
            plain: Graphviz's -Tplain lines (graph, node, edge, stop), in inches with y upwards, one \
            column a tenth of an inch and one row a fifth; ties are straight lines between centres. \
            json: the same positions, with each centre's column and row on screen. Private nodes \
            are left out unless --show-private. See docs/drawing.md.
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case plain, json
    }

    @Argument(help: "The .caremap file to lay out.", completion: .file(extensions: ["caremap"]))
    var file: String

    @Option(help: "Layout: rings (default with a subject), layered (default without), or force.")
    var layout: LayoutStyle?

    @Option(help: "plain (Graphviz -Tplain) or json.")
    var format: Format = .plain

    @Flag(help: "Include private nodes and their ties.")
    var showPrivate = false

    @OptionGroup var identity: IdentityOptions

    func run() throws {
        let map = try MapLoader.load(file, keys: try identity.keys())
        let computed = Layouter.layout(map, style: layout ?? .default(for: map))
        let text = switch format {
        case .plain: LayoutText.plain(map, layout: computed, showPrivate: showPrivate)
        case .json: LayoutText.json(map, layout: computed, showPrivate: showPrivate)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
