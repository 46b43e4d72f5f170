import Foundation
import Testing

/// caremap as git's diff driver, textconv and merge driver, end to end in a repository made in
/// a temporary folder: `git diff`, `git log -p` and `git merge` of two people's edits.
@Suite struct GitDriverTests {
    static let git = Caremap.tool("git")

    /// Runs git in `repository` as a person with a name, failing the test if git fails
    /// (unless `allowing` that status).
    @discardableResult
    static func git(_ arguments: [String], in repository: URL, allowing status: Int32 = 0) throws -> Caremap.Output {
        let identity = ["-c", "user.name=Grace", "-c", "user.email=grace@example.org", "-c", "commit.gpgsign=false"]
        let output = try Caremap.run(try #require(git), identity + arguments, in: repository)
        #expect(output.status == status, "git \(arguments.joined(separator: " ")): \(output.stderr)")
        return output
    }

    /// A repository holding the Amira sample on branch `main`, with caremap's drivers set up as
    /// docs/git.md says.
    static func repository() throws -> URL {
        let folder = try Caremap.temporaryFolder()
        let caremap = Caremap.binary.path
        try git(["init", "-q", "-b", "main"], in: folder)
        try git(["config", "diff.caremap.command", "\(caremap) diff --today 2026-11-25"], in: folder)
        try git(["config", "diff.caremap.textconv", "\(caremap) fmt --stdout"], in: folder)
        try git(["config", "merge.caremap.name", "caremap"], in: folder)
        try git(["config", "merge.caremap.driver", "\(caremap) merge %O %A %B %P"], in: folder)
        try "*.caremap diff=caremap merge=caremap\n".write(to: folder.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
        let sample = try String(contentsOf: Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap"), encoding: .utf8)
        try sample.write(to: folder.appendingPathComponent("amira.caremap"), atomically: true, encoding: .utf8)
        try git(["add", "."], in: folder)
        try git(["commit", "-q", "-m", "intake"], in: folder)
        return folder
    }

    static func edit(_ repository: URL, _ old: String, _ new: String) throws {
        let file = repository.appendingPathComponent("amira.caremap")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "no \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test(.enabled(if: git != nil, "git is not installed; install it (apt-get install git) to test caremap's git drivers"))
    func gitDiffAndLogShowTheSemanticDiff() throws {
        let repository = try Self.repository()
        try Self.edit(repository, "person dr-nadia ", "person farah \"Farah\" role=peer ring=2\nperson dr-nadia ")
        let diff = try Self.git(["diff"], in: repository)
        #expect(diff.stdout == "diff --caremap a/amira.caremap b/amira.caremap\nPeople, places and groups\n  + new person: Farah (peer)\n", "\(diff.stdout)")
        try Self.git(["commit", "-q", "-am", "review"], in: repository)
        let log = try Self.git(["log", "-p", "-1"], in: repository)
        #expect(log.stdout.contains("\n+person farah \"Farah\" role=peer ring=2\n"), "\(log.stdout)")
        let semantic = try Self.git(["log", "-p", "--ext-diff", "-1"], in: repository)
        #expect(semantic.stdout.contains("  + new person: Farah (peer)\n"), "\(semantic.stdout)")
    }

    /// Hassan's ring moved to 1 on branch `grace`, and on `main` the edit `ours`, each
    /// committed, with `main` checked out: two people's sessions ready to merge.
    static func divergedRepository(ours: (String, String)) throws -> URL {
        let repository = try repository()
        try git(["checkout", "-q", "-b", "grace"], in: repository)
        try edit(repository, "role=interpreter lang=ar,ku,en ring=2", "role=interpreter lang=ar,ku,en ring=1")
        try git(["commit", "-q", "-am", "Hassan is closer"], in: repository)
        try git(["checkout", "-q", "main"], in: repository)
        try edit(repository, ours.0, ours.1)
        try git(["commit", "-q", "-am", "the other session"], in: repository)
        return repository
    }

    @Test(.enabled(if: git != nil, "git is not installed; install it (apt-get install git) to test caremap's git drivers"))
    func twoPeoplesEditsToDifferentPartsMergeCleanly() throws {
        // An edit on the neighbouring line, which a line merge would call a conflict.
        let repository = try Self.divergedRepository(ours: ("person dr-okafor \"Dr Okafor\" role=gp lang=en ring=2", "person dr-okafor \"Dr Okafor\" role=gp lang=en ring=3"))
        try Self.git(["merge", "-q", "--no-edit", "grace"], in: repository)
        let merged = try String(contentsOf: repository.appendingPathComponent("amira.caremap"), encoding: .utf8)
        #expect(merged.contains("role=interpreter lang=ar,ku,en ring=1 "))
        #expect(merged.contains("person dr-okafor \"Dr Okafor\" role=gp lang=en ring=3 "))
        #expect(try Caremap.run(["check", "amira.caremap"], in: repository).status == 0)
        #expect(try Self.git(["status", "--porcelain"], in: repository).stdout.isEmpty, "the merge left files behind")
    }

    @Test(.enabled(if: git != nil, "git is not installed; install it (apt-get install git) to test caremap's git drivers"))
    func aRealConflictStopsTheMergeWithAFileThatChecks() throws {
        let repository = try Self.divergedRepository(ours: ("role=interpreter lang=ar,ku,en ring=2", "role=interpreter lang=ar,ku,en ring=3"))
        let merge = try Self.git(["merge", "-q", "--no-edit", "grace"], in: repository, allowing: 1)
        #expect(merge.stderr.contains("amira.caremap: conflict in node hassan: ring is 3 in ours and 1 in theirs (was 2); kept 3"), "\(merge)")
        let merged = try String(contentsOf: repository.appendingPathComponent("amira.caremap"), encoding: .utf8)
        #expect(merged.contains("# caremap merge conflict: ring is 3 in ours and 1 in theirs (was 2); kept 3\nperson hassan "), "\(merged)")
        #expect(try Caremap.run(["check", "amira.caremap"], in: repository).status == 0)
        try Self.git(["merge", "--abort"], in: repository)
    }
}
