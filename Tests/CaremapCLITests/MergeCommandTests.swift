import Foundation
import Testing

/// `caremap merge BASE OURS THEIRS`: a clean merge written to OURS in canonical form, a conflict
/// listed on standard error and noted in a file that still checks, and errors that leave OURS
/// alone.
@Suite struct MergeCommandTests {
    /// Writes `text` with each `(old, new)` replacement made as `name` in `folder`.
    static func write(_ name: String, in folder: URL, _ text: String, _ edits: [(String, String)] = []) throws -> String {
        var text = text
        for (old, new) in edits {
            #expect(text.contains(old), "no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let base = """
        caremap 1
        subject amira

        person amira "Amira" role=service-user
        person hassan "Hassan" role=interpreter ring=2

        link hassan -> amira "interprets for" strength=moderate

        """

    /// The base and two edited versions of it in a new folder, and the merge of them.
    static func merge(ours: [(String, String)], theirs: [(String, String)]) throws -> (ours: String, theirs: String, output: Caremap.Output) {
        let folder = try Caremap.temporaryFolder()
        let base = try write("base.caremap", in: folder, Self.base)
        let mine = try write("ours.caremap", in: folder, Self.base, ours)
        let other = try write("theirs.caremap", in: folder, Self.base, theirs)
        return (mine, other, try Caremap.run(["merge", base, mine, other]))
    }

    @Test func editsToDifferentThingsMergeCleanly() throws {
        let (ours, _, output) = try Self.merge(
            ours: [("ring=2", "ring=1")],
            theirs: [("strength=moderate", "strength=strong"), ("person hassan", "person layla \"Layla\" role=family\nperson hassan")]
        )
        #expect(output.status == 0 && output.stdout.isEmpty && output.stderr.isEmpty, "\(output)")
        #expect(try String(contentsOfFile: ours, encoding: .utf8) == """
            caremap 1
            subject amira

            person amira "Amira" role=service-user
            person hassan "Hassan" role=interpreter ring=1
            person layla "Layla" role=family

            link hassan -> amira "interprets for" strength=strong

            """)
    }

    @Test func aConflictIsListedNotedAndStillChecks() throws {
        let (ours, _, output) = try Self.merge(ours: [("ring=2", "ring=1")], theirs: [("ring=2", "ring=3")])
        #expect(output.status == 1)
        #expect(output.stderr == "\(ours): conflict in node hassan: ring is 1 in ours and 3 in theirs (was 2); kept 1\n", "\(output.stderr)")
        let merged = try String(contentsOfFile: ours, encoding: .utf8)
        #expect(merged.contains("# caremap merge conflict: ring is 1 in ours and 3 in theirs (was 2); kept 1\nperson hassan \"Hassan\" role=interpreter ring=1\n"), "\(merged)")
        let check = try Caremap.run(["check", ours])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func anUnreadableVersionLeavesOursAlone() throws {
        let (ours, theirs, output) = try Self.merge(ours: [("ring=2", "ring=1")], theirs: [("ring=2", "ring=9")])
        #expect(output.status == 2)
        #expect(output.stderr == "\(theirs):5:46: ring 9 is out of range; use 1 (closest), 2 or 3\n", "\(output.stderr)")
        #expect(try String(contentsOfFile: ours, encoding: .utf8) == Self.base.replacingOccurrences(of: "ring=2", with: "ring=1"))
    }
}
