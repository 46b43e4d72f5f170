import CareMapKit
import Foundation
import HostileInput
import Testing

/// Each reproducer of the second robustness review (issue 17), run through the real binary:
/// one number that crashed, control characters that reached the terminal, a FIFO that hung every
/// command, imports that wrote maps `check` refused, and inputs that took quadratic time.
@Suite struct IssueReproducerTests {
    static func write(_ text: String, _ name: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    @Test(arguments: ["-9223372036854775808,0", "0,-9223372036854775808", "9223372036854775807,0", "-1000001,0"])
    func aPositionBeyondTheLimitIsRefusedNotACrash(_ position: String) throws {
        let folder = try Caremap.temporaryFolder()
        try Self.write("caremap 1\nperson a \"A\" at=\(position)\n", "f.caremap", in: folder)
        for command in [["check"], ["fmt"], ["show"], ["report"], ["export", "--to", "json"]] {
            let output = try Caremap.run(command + ["f.caremap"], in: folder)
            #expect(output.status == 1, "\(command)")
            #expect(output.stderr == "f.caremap:2:17: malformed position '\(position)'; write at=X,Y in whole character cells, e.g. at=40,-12\n", "\(command)")
        }
    }

    @Test(arguments: [("-9223372036854775808", "-9223372036854775808,0"), ("-1e300", "-1e300,0"), ("1e19", "1e19,0")])
    func anImportedPositionBeyondTheLimitIsQuotedAsWritten(_ x: String, shown: String) throws {
        let folder = try Caremap.temporaryFolder()
        try Self.write("id,name,x,y\na,Amira,\(x),0\n", "nodes.csv", in: folder)
        let output = try Caremap.run(["import", "nodes.csv", "-o", "m.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == """
            nodes.csv:2:9: malformed position '\(shown)'; write at=X,Y in whole character cells, e.g. at=40,-12
            caremap: nothing was written; fix the problems above and import again

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.caremap").path))
    }

    /// `:pin` and `:set at=` with a number at the edge of `Int` once killed the editor, losing
    /// the edits since the last recovery write and leaving the lock behind.
    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
    func theEditorRefusesAPositionAtTheEdgeOfInt() throws {
        let (folder, file) = try EditorSessionTests.copyOfSample("amira.caremap")
        let original = try Data(contentsOf: file)
        let editor = try TmuxSession([Caremap.binary.path, "amira.caremap"], width: 160, in: folder)
        #expect(try editor.waitFor("amira.caremap").matched)
        for (command, value) in [(":pin amira -9223372036854775808,0", "-9223372036854775808,0"), (":set at=0,-9223372036854775808", "0,-9223372036854775808")] {
            try editor.type(command)
            try editor.send("Enter")
            let refused = try editor.waitFor("malformed position '\(value)'")
            #expect(refused.matched, "\(command): \(refused.screen)")
        }
        try editor.send("q")
        #expect(try editor.waitForExit())
        #expect(try Data(contentsOf: file) == original)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".amira.caremap.lock").path))
    }

    /// C1 controls, bidi controls, DEL and the line and paragraph separators in a name: every
    /// output the map can be turned into keeps them out, the JSON report included.
    @Test func noOutputWritesAnUnsafeScalarRaw() throws {
        let folder = try Caremap.temporaryFolder()
        let name = #"x\u{9B}2J\u{202E}y\u{7F}\u{2028}z\u{2029}\u{2066}"#
        try Self.write("caremap 1\nsubject a\nperson a \"\(name)\" role=friend\nperson b \"B \(name)\" role=gp\nlink a -- b \"\(name)\"\n", "r.caremap", in: folder)
        let commands: [[String]] = [
            ["report", "--format", "json"], ["report", "--format", "text"], ["report", "--format", "markdown"],
            ["show", "--width", "80"], ["check"],
        ] + ["dot", "json", "graphml", "mermaid", "markdown"].map { ["export", "--to", $0] }
        for command in commands {
            let output = try Caremap.run(command + ["r.caremap"], in: folder)
            #expect(output.status == 0, "\(command): \(output.stderr)")
            let raw = (output.stdout + output.stderr).unicodeScalars.filter(HostileText.isTerminalUnsafe)
            #expect(raw.isEmpty, "\(command) wrote \(raw.map { String($0.value, radix: 16) }) raw")
        }
        let report = try Caremap.run(["report", "--format", "json", "r.caremap"], in: folder)
        #expect(report.stdout.contains(#""x\u009B2J\u202Ey\u007F\u2028z\u2029\u2066 (friend)""#))
        #expect(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) is [String: Any])
        #expect(try Caremap.run(["export", "r.caremap", "--to", "csv", "-o", "r"], in: folder).status == 0)
        for file in ["r-nodes.csv", "r-links.csv"] {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(text.unicodeScalars.filter { $0 != "\r" && HostileText.isTerminalUnsafe($0) }.isEmpty, "\(file)")
        }
        let back = try Caremap.run(["import", "r-nodes.csv", "--links", "r-links.csv", "-o", "back.caremap"], in: folder)
        #expect(back.status == 0, "\(back.stderr)")
        let names = try EditorSessionTests.map(at: folder.appendingPathComponent("back.caremap")).nodes.values.map(\.name)
        #expect(names.contains("x\u{9B}2J\u{202E}y\u{7F}\u{2028}z\u{2029}\u{2066}"))
    }

    /// A named pipe under a map's name: every command and the editor refuse it at once instead of
    /// waiting for a writer that never comes.
    @Test func aNamedPipeIsRefusedByEveryCommand() throws {
        let folder = try Caremap.temporaryFolder()
        let fifo = folder.appendingPathComponent("m.caremap").path
        try #require(mkfifo(fifo, 0o600) == 0)
        try #require(mkfifo(folder.appendingPathComponent("m.csv").path, 0o600) == 0)
        let refusal = "caremap: cannot read 'm.caremap': it is a named pipe (FIFO); caremap reads only regular files\n"
        for command in [["check"], ["fmt"], ["show"], ["report"], ["export", "--to", "dot"], ["edit"]] {
            let output = try Caremap.run(command + ["m.caremap"], in: folder)
            #expect(output.status == 1, "\(command)")
            #expect(output.stderr == refusal, "\(command)")
        }
        let imported = try Caremap.run(["import", "m.csv", "-o", "n.caremap"], in: folder)
        #expect(imported.status == 1)
        #expect(imported.stderr == "caremap: cannot read 'm.csv': it is a named pipe (FIFO); caremap reads only regular files\n")
    }

    @Test func anImportOverTheNodeLimitIsRefused() throws {
        let folder = try Caremap.temporaryFolder()
        let rows = (0...CareMapFile.maximumNodes).map { "n\($0),N\($0)\n" }.joined()
        try Self.write("id,name\n" + rows, "nodes.csv", in: folder)
        let output = try Caremap.run(["import", "nodes.csv", "-o", "m.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == """
            nodes.csv:100002:1: more than 100,000 nodes, the most a map may hold; split it into smaller maps
            caremap: nothing was written; fix the problems above and import again

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.caremap").path))
    }

    /// A cell too long for one line of the map, as it is (70,000 bytes) or once escaped (400,000
    /// doubled quotes, which also took 7.7 s to import while escaping was quadratic).
    @Test func anImportWithACellTooLongForALineIsRefusedQuickly() throws {
        let folder = try Caremap.temporaryFolder()
        try Self.write("id,name\na," + String(repeating: "x", count: 70_000) + "\n", "long.csv", in: folder)
        try Self.write("id,name\na,\"" + String(repeating: "\"\"", count: 400_000) + "\"\n", "quotes.csv", in: folder)
        let graphml = """
            <?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="n" for="node" attr.name="name"/>\
            <graph edgedefault="undirected"><node id="a"><data key="n">\(String(repeating: "&quot;", count: 400_000))</data></node></graph></graphml>
            """
        try Self.write(graphml, "quotes.graphml", in: folder)
        let cases = [
            ("long.csv", "long.csv:2:1: this node would be a line of 70,011 bytes in the map"),
            ("quotes.csv", "quotes.csv:2:1: this node would be a line of 800,011 bytes in the map"),
            ("quotes.graphml", "quotes.graphml:1:162: this node would be a line of 800,011 bytes in the map"),
        ]
        for (input, start) in cases {
            let began = ContinuousClock.now
            let output = try Caremap.run(["import", input, "-o", "m.caremap"], in: folder)
            #expect(ContinuousClock.now - began < .seconds(20), "\(input): escaping is no longer linear")
            #expect(output.status == 1)
            #expect(output.stderr == start + ", longer than 65,536, the most a line may hold; shorten its longest value\n"
                + "caremap: nothing was written; fix the problems above and import again\n")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.caremap").path))
    }

    /// Found by fuzz-graphml-import: an entity reference whose name is not UTF-8 made
    /// Foundation's `XMLParser` trap (SIGILL in `_NSXMLParserGetEntity`), so the importer refuses
    /// bytes that are not UTF-8 before the parser sees them.
    @Test func aGraphMLEntityNameThatIsNotUTF8IsRefusedNotACrash() throws {
        let folder = try Caremap.temporaryFolder()
        let head = """
            <?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="n" for="node" attr.name="name"/>
            <graph edgedefault="undirected"><node id="a"><data key="n">&q
            """
        let bytes = Array(head.utf8) + [0xFF] + Array("uot;</data></node></graph></graphml>\n".utf8)
        try Data(bytes).write(to: folder.appendingPathComponent("entity.graphml"))
        let output = try Caremap.run(["import", "entity.graphml", "-o", "m.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == """
            entity.graphml:2:62: invalid UTF-8; save the file as UTF-8
            caremap: nothing was written; fix the problems above and import again

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("m.caremap").path))
    }

    /// An export written to a device or a named pipe was renamed over it: as root, `-o /dev/null`
    /// left a plain file at /dev/null, and every program that opened it after (tmux's daemon
    /// among them) failed. A target that exists and is not a regular file is now refused, and
    /// left as it was. A FIFO stands in for the device here, so the test touches nothing shared.
    @Test func anExportOntoANamedPipeIsRefusedAndThePipeIsLeftAlone() throws {
        let folder = try Caremap.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("caremap 1\nperson a \"A\"\n".utf8).write(to: folder.appendingPathComponent("m.caremap"))
        let pipe = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let output = try Caremap.run(["export", "--to", "dot", "m.caremap", "-o", "pipe"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "caremap: cannot write 'pipe': it is a named pipe (FIFO); caremap writes only regular files\n")
        var info = stat()
        #expect(lstat(pipe, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["m.caremap", "pipe"])
    }

    /// Long lines of escapes, within the limits: lines of 32,000 `\"` (after an accent, so columns
    /// are counted in scalars), and a cell of 400,000 backslashes split over rows that fit.
    @Test func longRunsOfEscapesTakeLinearTime() throws {
        let folder = try Caremap.temporaryFolder()
        let line = String(repeating: #"\""#, count: 32_000)
        let map = "caremap 1\n\n" + (0..<30).map { "person p\($0) \"é\(line)\"\n" }.joined()
        try Self.write(map, "q.caremap", in: folder)
        let backslashes = String(repeating: #"\\"#, count: 15_000)
        try Self.write("id,name\n" + (0..<30).map { "n\($0),\"\(backslashes)\"\n" }.joined(), "b.csv", in: folder)
        let began = ContinuousClock.now
        let formatted = try Caremap.run(["fmt", "q.caremap"], in: folder)
        #expect(formatted.status == 0, "\(formatted.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("q.caremap")) == Data(map.utf8), "the file was already canonical")
        let imported = try Caremap.run(["import", "b.csv", "-o", "b.caremap"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try Caremap.run(["check", "b.caremap"], in: folder).status == 0)
        #expect(ContinuousClock.now - began < .seconds(30), "escaping or unescaping is no longer linear")
    }
}
