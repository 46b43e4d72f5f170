import CareMapKit
import Foundation

/// The generated maps written out so other tools can be timed on the very same graphs:
/// `.caremap` for caremap, `.dot` for Graphviz, `.edges` (one `from to` pair a line) for networkx.
enum Fixtures {
    /// The fixture's path for a map of `size` nodes, without an extension.
    static func stem(size: Int, in folder: String) -> URL {
        URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent("synthetic-\(size)")
    }

    /// Writes the three files for `map`, named by `size`.
    static func write(_ map: CareMap, size: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stem = stem(size: size, in: folder)
        try CareMapFile.write(CareMapFile.print(map), to: stem.appendingPathExtension("caremap"))
        try CareMapFile.write(DOTExporter.export(map), to: stem.appendingPathExtension("dot"))
        try CareMapFile.write(edgeList(map), to: stem.appendingPathExtension("edges"))
    }

    /// Each link as `from to`, in map order; self-links left out, as graph libraries drop them.
    static func edgeList(_ map: CareMap) -> String {
        var text = ""
        for link in map.links where link.from != link.to { text += "\(link.from.rawValue) \(link.to.rawValue)\n" }
        return text
    }
}
