import CareMapApp
import CareMapKit
import Foundation

/// Finds the bundled sample maps for the start screen.
///
/// The samples live in `sample-maps/` at the top of the package, not inside a target, so the
/// README and the tests share one copy. SwiftPM cannot bundle a folder outside a target, so the
/// program looks for it where it is: beside the working directory, or above the built
/// executable (`.build/debug/caremap` sits inside the package).
enum SampleMaps {
    static let folderName = "sample-maps"

    /// The samples found, titled from their `title` lines; empty when there are none.
    static func find() -> [StartItem] {
        guard let folder = folder() else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".caremap") }.sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard let map = (try? CareMapFile.load(contentsOf: url))?.map else { return nil }
            return StartItem(title: map.title.isEmpty ? name : map.title, path: url.path)
        }
    }

    private static func folder() -> URL? {
        let fileManager = FileManager.default
        var candidates = [URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent(folderName)]
        var directory = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent(folderName))
            directory.deleteLastPathComponent()
        }
        return candidates.first { fileManager.fileExists(atPath: $0.path) }
    }
}
