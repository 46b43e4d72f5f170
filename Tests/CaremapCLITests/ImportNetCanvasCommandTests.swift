import Foundation
import Testing

/// `caremap import` of Network Canvas exports, run as a person would: a folder, a zip, a case's
/// files and a GraphML file, one map per case, `--case` and `--protocol`, and the maps pass
/// `caremap check` without a line of warnings.
@Suite struct ImportNetCanvasCommandTests {
    static let export = Caremap.packageRoot.appendingPathComponent("Tests/Fixtures/NetCanvas/export")
    static let case7 = "case-7_3f2a9b10-1111-4111-8111-000000000007"

    /// The fixtures' protocol zipped as a `.netcanvas` file in `folder`, by Python's zipfile.
    static func protocolFile(in folder: URL) throws -> String {
        let json = Caremap.packageRoot.appendingPathComponent("Tests/Fixtures/NetCanvas/protocol/protocol.json").path
        let python = try #require(Caremap.tool("python3"), "python3 zips the protocol")
        let zipped = try Caremap.run(python, ["-c", "import sys, zipfile; zipfile.ZipFile('care.netcanvas', 'w').write(sys.argv[1], 'protocol.json')", json], in: folder)
        #expect(zipped.status == 0, "\(zipped.stderr)")
        return "care.netcanvas"
    }

    @Test func aFolderOfCasesGivesOneMapEachThatCheckPassesQuietly() throws {
        let folder = try Caremap.temporaryFolder()
        let output = try Caremap.run(["import", Self.export.path, "-o", "maps"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "imported 5 nodes and 7 links into maps/case-7.caremap\nimported 4 nodes and 5 links into maps/case-9.caremap\n")
        #expect(output.stderr == "")
        let check = try Caremap.run(["check", "maps/case-7.caremap", "maps/case-9.caremap"], in: folder)
        #expect(check.status == 0)
        #expect(check.stdout == "maps/case-7.caremap: ok (5 nodes, 7 links)\nmaps/case-9.caremap: ok (4 nodes, 5 links)\n")
        #expect(check.stderr == "", "kept Network Canvas variables are no warnings")
        #expect(try Caremap.mode(of: folder.appendingPathComponent("maps/case-7.caremap")) == 0o600)
        let again = try Caremap.run(["import", Self.export.path, "-o", "maps"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr == "caremap: 'maps/case-7.caremap' already exists; choose another name, or replace it with --force\n")
    }

    @Test func oneCaseIsPickedByIdAndItsPersonIsAtTheCentre() throws {
        let folder = try Caremap.temporaryFolder()
        let output = try Caremap.run(["import", Self.export.path, "--case", "case-7", "-o", "amira.caremap"], in: folder)
        #expect(output.stdout == "imported 5 nodes and 7 links into amira.caremap\n")
        let text = try String(contentsOf: folder.appendingPathComponent("amira.caremap"), encoding: .utf8)
        #expect(text.contains("title \"Amira: Network Canvas interview case-7\"\nsubject amira\n"))
        #expect(text.contains("link hassan -- dr-bell \"Interpreting\" support=interpreting\n"))
        let show = try Caremap.run(["show", "amira.caremap", "--width", "100", "--height", "30"], in: folder)
        #expect(show.status == 0)
        #expect(show.stdout.contains("┃ Amira ┃"), "the person interviewed is drawn at the centre:\n\(show.stdout)")
        let missing = try Caremap.run(["import", Self.export.path, "--case", "case-3", "-o", "x.caremap"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr == "caremap: no case 'case-3' in this export; it holds case-7, case-9\n")
    }

    @Test func aCasesFilesAGraphMLFileAndAZipAreRecognised() throws {
        let folder = try Caremap.temporaryFolder()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.export.path).filter { $0.hasPrefix(Self.case7) }.sorted()
        let csv = try Caremap.run(["import"] + files.map { Self.export.appendingPathComponent($0).path } + ["-o", "csv.caremap"], in: folder)
        #expect(csv.stdout == "imported 5 nodes and 7 links into csv.caremap\n", "\(csv.stderr)")
        let graphml = Self.export.appendingPathComponent("case-9_c9000000-2222-4222-8222-000000000009.graphml").path
        let fromGraphML = try Caremap.run(["import", graphml, "-o", "karim.caremap"], in: folder)
        #expect(fromGraphML.stdout == "imported 4 nodes and 5 links into karim.caremap\n", "\(fromGraphML.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("karim.caremap"), encoding: .utf8).contains("subject karim\n"))
        let python = try #require(Caremap.tool("python3"))
        let zipped = try Caremap.run(python, ["-c", "import os, sys, zipfile\nz = zipfile.ZipFile('export.zip', 'w', zipfile.ZIP_DEFLATED)\nfor n in sorted(os.listdir(sys.argv[1])): z.write(os.path.join(sys.argv[1], n), 'networkCanvasExport/' + n)", Self.export.path], in: folder)
        #expect(zipped.status == 0, "\(zipped.stderr)")
        let fromZip = try Caremap.run(["import", "export.zip", "--case", "case-9", "-o", "zip.caremap"], in: folder)
        #expect(fromZip.stdout == "imported 4 nodes and 5 links into zip.caremap\n", "\(fromZip.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("zip.caremap")) == Data(contentsOf: folder.appendingPathComponent("karim.caremap")))
    }

    @Test func theProtocolGivesOptionLabels() throws {
        let folder = try Caremap.temporaryFolder()
        let protocolFile = try Self.protocolFile(in: folder)
        let output = try Caremap.run(["import", Self.export.path, "--case", "case-7", "--protocol", protocolFile, "-o", "a.caremap"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("a.caremap"), encoding: .utf8)
        #expect(text.contains("x-contact-freq=\"Every day\""))
        #expect(text.contains("x-language=Arabic"))
        try Data("not a zip".utf8).write(to: folder.appendingPathComponent("bad.netcanvas"))
        let bad = try Caremap.run(["import", Self.export.path, "--protocol", "bad.netcanvas", "-o", "b"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr == "bad.netcanvas: not a zip file that caremap can read\ncaremap: nothing was written; fix the problems above and import again\n")
    }

    @Test(arguments: [
        (["import", "nodes.csv", "--protocol", "p.netcanvas", "-o", "m.caremap"], "Error: --protocol is for Network Canvas imports."),
        (["import", "nodes.csv", "--case", "case-1", "-o", "m.caremap"], "Error: --case is for Network Canvas imports."),
        (["import", "a.graphml", "b.graphml", "--from", "graphml", "-o", "m.caremap"], "Error: graphml imports one file; give the others with --links and --actions."),
        (["import", "export.zip", "--links", "l.csv", "-o", "m.caremap"], "Error: --links, --actions and --column are for CSV imports; a Network Canvas export names its own files."),
    ])
    func flagsForAnotherFormatAreUsageErrors(_ arguments: [String], _ message: String) throws {
        let output = try Caremap.run(arguments, in: try Caremap.temporaryFolder())
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix(message + "\n"), "\(output.stderr)")
    }

    @Test func aBrokenExportWritesNothing() throws {
        let folder = try Caremap.temporaryFolder()
        try Data("networkCanvasUUID,name\na,Ana\n".utf8).write(to: folder.appendingPathComponent("c_attributeList_Person.csv"))
        try Data("networkCanvasSourceUUID,networkCanvasTargetUUID\na,zz\n".utf8).write(to: folder.appendingPathComponent("c_edgeList_Close.csv"))
        let output = try Caremap.run(["import", "c_attributeList_Person.csv", "c_edgeList_Close.csv", "-o", "c.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == """
            c_attributeList_Person.csv: warning: no ego file for case 'c' (CASE_SESSION_ego.csv); the person interviewed is named by the case and has no variables
            c_edgeList_Close.csv:2:3: 'zz' is not an alter of this interview; an edge's ends must be rows of its attribute lists
            caremap: nothing was written; fix the problems above and import again

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("c.caremap").path))
    }
}
