import ArgumentParser
import CareMapKit
import Foundation

/// `caremap merge BASE OURS THEIRS [NAME]`: a three-way merge of a map, written to OURS; git's
/// merge driver (`merge.caremap.driver = caremap merge %O %A %B %P`).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two versions of a map edited from a common one, into OURS.",
        discussion: """
            Edits to different people, ties, actions or attributes merge cleanly. The result is written \
            to OURS in canonical form. When the same attribute was changed two ways, OURS keeps our value, \
            a '# caremap merge conflict: …' comment above the declaration says both, the conflicts are \
            listed on standard error and the exit status is 1. Exits 2, leaving OURS as it was, when a map \
            cannot be read or the merge would not check. An empty BASE (git's, for a file both sides \
            added) is an empty map. See docs/git.md.
            """
    )

    @Argument(help: "The common ancestor (git's %O).", completion: .file(extensions: ["caremap"]))
    var base: String

    @Argument(help: "Our version (git's %A): the merge is written here.", completion: .file(extensions: ["caremap"]))
    var ours: String

    @Argument(help: "Their version (git's %B).", completion: .file(extensions: ["caremap"]))
    var theirs: String

    @Argument(help: "The file's name in messages (git's %P), when OURS is a temporary copy.")
    var shown: String?

    func run() throws {
        let merge: MapMerge
        do {
            let empty = (try? FileManager.default.attributesOfItem(atPath: base)[.size] as? Int) == 0
            let old = empty ? CareMap() : try MapLoader.load(base)
            merge = try MapMerge(base: old, ours: MapLoader.load(ours), theirs: MapLoader.load(theirs))
        } catch let error as MergeError {
            StandardError.write("caremap: \(ours): the merged map would not check, so it was not written:")
            MapLoader.report(error.diagnostics, path: ours)
            throw ExitCode(2)
        } catch {
            throw ExitCode(2)
        }
        do {
            try CareMapFile.write(CareMapFile.print(merge.map), to: URL(fileURLWithPath: ours))
        } catch {
            StandardError.write("caremap: \(error)")
            throw ExitCode(2)
        }
        guard !merge.conflicts.isEmpty else { return }
        for conflict in merge.conflicts {
            StandardError.write("\(shown ?? ours): conflict in \(conflict.key.description): \(conflict.sentence)")
        }
        throw ExitCode(1)
    }
}
