@testable import CareMapKit
import Testing

/// Network Canvas interviews become care maps around the person interviewed: CSV and GraphML,
/// every tie type, the sociogram, the codebook, several cases, and what a hostile or incomplete
/// export gets.
@Suite struct ImportNetCanvasTests {
    static func onlyCase(_ files: [NetCanvasImporter.File], codebook: NetCanvasCodebook? = nil) throws -> CareMap {
        let result = NetCanvasImporter.importCases(files, codebook: codebook)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.cases.count == 1)
        let only = try #require(result.cases.first)
        #expect(only.result.diagnostics.isEmpty, "\(only.result.diagnostics)")
        return try #require(only.result.map)
    }

    /// A file of an export made of `text`.
    static func file(_ path: String, _ text: String) -> NetCanvasImporter.File {
        NetCanvasImporter.File(path: path, bytes: Array(text.utf8))
    }

    static func ties(_ map: CareMap) -> [String] {
        map.links.map { "\($0.from) \($0.direction.rawValue) \($0.to) \($0.label)" }
    }

    @Test func aCSVInterviewHasTheEgoAtTheCentreEveryTieTypeAndTheSociogram() throws {
        let map = try Self.onlyCase(try NetCanvasFixtures.csvFiles())
        #expect(map.title == "Amira: Network Canvas interview case-7")
        #expect(map.subject == "amira")
        #expect(map.notes == ["Network Canvas session 3f2a9b10-1111-4111-8111-000000000007; protocol Care networks; started 2026-11-20T10:00:00.000Z; finished 2026-11-20T10:45:00.000Z; exported 2026-11-21T09:00:00.000Z"])
        #expect(map.nodes.values.map(\.name) == ["Amira", "Hassan", "Layla", "Dr Bell", "Al-Noor Mosque"])
        #expect(map.nodes.values.map(\.kind) == [.person, .person, .person, .person, .place])
        #expect(Self.ties(map) == [
            "amira -- hassan ", "amira -- layla ", "amira -- dr-bell ", "amira -- al-noor-mosque ",
            "hassan -- layla Close", "layla -- al-noor-mosque EmotionalSupport", "hassan -- dr-bell Interpreting",
        ])
        #expect(map.links.map(\.support) == [[], [], [], [], [], [.emotional], [.interpreting]])
        #expect(map.nodes.values.map(\.position) == [
            MapPoint(x: 0, y: 0), MapPoint(x: 12, y: -4), MapPoint(x: -20, y: 2), MapPoint(x: 30, y: 14), MapPoint(x: -30, y: -12),
        ])
        #expect(map.nodes.values.map(\.ring) == [nil, 1, 2, 3, nil])
        let hassan = try #require(map.nodes["hassan"])
        #expect(hassan.age == 34)
        #expect(hassan.extra == [
            "x-contact-freq": "Daily", "x-relationship": "Brother", "x-network-canvas-uuid": "a1000000-0000-4000-8000-000000000001",
        ])
        #expect(map.nodes["amira"]?.extra["x-years-in-uk"] == "2")
        #expect(map.links[5].extra == ["x-since": "2025"])
        let written = CareMapFile.parse(CareMapFile.print(map))
        #expect(written.diagnostics.isEmpty, "kept attributes are no warnings: \(written.diagnostics)")
        #expect(written.map == map)
    }

    @Test func aGraphMLInterviewHasItsEgoFromGraphDataAndScreenPositionsScaled() throws {
        let map = try Self.onlyCase(try NetCanvasFixtures.exportFiles().filter { $0.path.hasSuffix(".graphml") })
        #expect(map.title == "Karim: Network Canvas interview case-9")
        #expect(map.subject == "karim")
        #expect(map.nodes["karim"]?.extra == ["x-arrival-year": "2024", "x-network-canvas-uuid": "e0a1c2d3-0000-4000-8000-000000000009"])
        #expect(map.nodes.values.map(\.kind) == [.person, .person, .group, .place])
        #expect(map.nodes.values.map(\.name) == ["Karim", "Samira", "Refugee Action", "St Mary's church hall"])
        #expect(Self.ties(map) == [
            "karim -- samira ", "karim -- refugee-action ", "karim -- st-mary-s-church-hall ",
            "samira -- refugee-action Practical help", "refugee-action -- st-mary-s-church-hall Close",
        ])
        #expect(map.links[3].support == [.practical])
        // Screen pixels of 1920 × 1080 with y upwards: (1344, 756) is 0.7 across, 0.3 down.
        #expect(map.nodes.values.map(\.position) == [MapPoint(x: 0, y: 0), MapPoint(x: 20, y: -8), MapPoint(x: -30, y: 0), nil])
        #expect(map.nodes["samira"]?.extra["x-trust-level"] == "High")
    }

    @Test func aFolderOfSeveralCasesGivesOneMapEach() throws {
        let result = NetCanvasImporter.importCases(try NetCanvasFixtures.exportFiles())
        #expect(result.diagnostics.isEmpty)
        #expect(result.cases.map(\.id) == ["case-7", "case-9"])
        #expect(result.cases.map(\.sessionID) == ["3f2a9b10-1111-4111-8111-000000000007", "c9000000-2222-4222-8222-000000000009"])
        #expect(result.cases.map { $0.result.map?.nodes.count } == [5, 4])
    }

    @Test func aCaseWithoutItsEgoFileIsImportedAroundAnEgoNamedByTheCase() throws {
        let files = try NetCanvasFixtures.csvFiles().filter { !$0.path.hasSuffix("_ego.csv") }
        let result = NetCanvasImporter.importCases(files)
        let only = try #require(result.cases.first)
        #expect(only.id == "case-7")
        #expect(only.result.diagnostics.map(\.description) == [
            "export/case-7_3f2a9b10-1111-4111-8111-000000000007_attributeList_Person.csv: warning: no ego file for case 'case-7' (CASE_SESSION_ego.csv); the person interviewed is named by the case and has no variables",
        ])
        let map = try #require(only.result.map)
        #expect(map.subject == "case-7")
        #expect(map.nodes["case-7"]?.name == "case-7")
        #expect(map.links.count == 7)
    }

    @Test func theProtocolNamesOptionsAndPutsCategoriesBackTogether() throws {
        let codebook = try NetCanvasCodebook.read(json: try NetCanvasFixtures.protocolJSON(), file: "protocol.json")
        let map = try Self.onlyCase(try NetCanvasFixtures.csvFiles(), codebook: codebook)
        #expect(map.nodes["hassan"]?.extra["x-contact-freq"] == "Every day")
        #expect(map.nodes["hassan"]?.extra["x-relationship"] == "Brother or sister")
        #expect(map.nodes["amira"]?.extra["x-language"] == "Arabic")
        #expect(map.nodes["amira"]?.extra["x-language-arabic"] == nil)
        #expect(map.nodes.values.map(\.ring) == [nil, 1, 2, 3, nil])
    }

    @Test func aZipReadsAsItsFolderSkippingMacOSCompanions() throws {
        let files = try NetCanvasFixtures.exportFiles()
        let entries = files.map { ("networkCanvasExport/" + $0.path.dropFirst("export/".count), $0.bytes) }
            + [("__MACOSX/networkCanvasExport/._case-7_ego.csv", [0, 1, 2]), ("networkCanvasExport/.DS_Store", [0])]
        let zip = try NetCanvasFixtures.zip(entries)
        let wanted = { (path: String) in NetCanvasImporter.isExportTable(path) || path.hasSuffix(".graphml") }
        let unpacked = try NetCanvasArchive.files(zip, named: "export.zip", wanted: wanted)
        #expect(unpacked.map(\.path) == files.map { "export.zip/networkCanvasExport/" + $0.path.dropFirst("export/".count) })
        let fromZip = NetCanvasImporter.importCases(unpacked)
        let fromFolder = NetCanvasImporter.importCases(files)
        #expect(fromZip.cases.map(\.result.map) == fromFolder.cases.map(\.result.map))
    }

    @Test func aZipThatInflatesPastTheLimitIsRefused() throws {
        let zip = try NetCanvasFixtures.zip([("big_ego.csv", [UInt8](repeating: 0x41, count: 4096))])
        #expect(throws: NetCanvasArchive.Failure(archive: "bomb.zip", message: "'big_ego.csv' inflates to more than caremap reads from an archive (1 KiB a file, 2 KiB in all)")) {
            try NetCanvasArchive.files(zip, named: "bomb.zip", limits: (entry: 1024, total: 2048)) { _ in true }
        }
        #expect(throws: NetCanvasArchive.Failure(archive: "notes.zip", message: "not a zip file that caremap can read")) {
            try NetCanvasArchive.files(Array("hello".utf8), named: "notes.zip") { _ in true }
        }
    }

    @Test func aProtocolIsReadFromItsZip() throws {
        let zip = try NetCanvasFixtures.zip([("protocol.json", try NetCanvasFixtures.protocolJSON()), ("assets/", [])])
        let codebook = try NetCanvasArchive.codebook(zip, named: "care.netcanvas")
        #expect(codebook.typeName("7a000000-0000-4000-8000-000000000002") == "Venue")
        #expect(codebook.variable("Closeness", of: "Person")?.options.map(\.value) == ["1", "2", "3"])
        let empty = try NetCanvasFixtures.zip([("readme.txt", Array("hi".utf8))])
        #expect(throws: ImportDiagnostic(file: "empty.netcanvas", Diagnostic(.error, at: nil, "no protocol.json inside; is this a Network Canvas protocol (.netcanvas)?"))) {
            try NetCanvasArchive.codebook(empty, named: "empty.netcanvas")
        }
        #expect(throws: ImportDiagnostic(file: "protocol.json", Diagnostic(.error, at: nil, "protocol.json has no codebook that caremap can read; is this a Network Canvas protocol?"))) {
            try NetCanvasCodebook.read(json: Array("[1, 2]".utf8), file: "protocol.json")
        }
    }

    @Test func brokenExportsAreReportedAtTheirRowAndNothingIsHalfImported() throws {
        let ego = Self.file("c_ego.csv", "networkCanvasEgoUUID,networkCanvasCaseID\nE,c\n")
        let alters = Self.file("c_attributeList_Person.csv", "networkCanvasEgoUUID,networkCanvasUUID,name\nE,a,Ana\nE,,Bo\n")
        let edges = Self.file("c_edgeList_Close.csv", "networkCanvasEgoUUID,networkCanvasSourceUUID,networkCanvasTargetUUID\nE,a,zz\nE,a\n")
        let other = Self.file("notes.csv", "a\n")
        let result = NetCanvasImporter.importCases([ego, alters, edges, other])
        #expect(result.diagnostics.map(\.description) == [
            "notes.csv: not a file of a Network Canvas export; expected CASE_SESSION_ego.csv, CASE_SESSION_attributeList_TYPE.csv, CASE_SESSION_edgeList_TYPE.csv or a .graphml file",
            "c_attributeList_Person.csv:3:1: this alter has no 'networkCanvasUUID' or 'nodeID'; every row of an attribute list needs one",
            "c_edgeList_Close.csv:3:1: this row has 2 fields; the header has 3",
        ])
        let only = try #require(result.cases.first)
        #expect(only.result.map == nil)
        #expect(only.result.diagnostics.map(\.description) == [
            "c_edgeList_Close.csv:2:5: 'zz' is not an alter of this interview; an edge's ends must be rows of its attribute lists",
        ])
    }

    @Test func hostileGraphMLIsRefusedBeforeParsing() {
        let entity = Self.file("x.graphml", "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<graphml><graph/></graphml>\n")
        let notUTF8 = NetCanvasImporter.File(path: "y.graphml", bytes: Array("<graphml>".utf8) + [0xFF] + Array("</graphml>".utf8))
        let broken = Self.file("z.graphml", "<graphml>\n<graph>\n<node id=\"a\">\n</graph>")
        let result = NetCanvasImporter.importCases([entity, notUTF8, broken])
        #expect(result.cases.isEmpty)
        #expect(result.diagnostics.map(\.description) == [
            "x.graphml:2:14: an entity declaration; GraphML does not need them, so caremap does not read them",
            "y.graphml:1:10: invalid UTF-8; save the file as UTF-8",
            "z.graphml:4:9: the file is not well-formed XML; check the tags near here",
        ])
    }

    @Test func variablesNamedLikeCaremapFieldsBecomeThemOnlyWhenTheirValuesRead() throws {
        let ego = Self.file("c_ego.csv", "networkCanvasCaseID,name\nc,Cy\n")
        let alters = Self.file("c_attributeList_Person.csv", "networkCanvasUUID,name,Language,Notes,Ring\na,Ana,ar,Met at the drop-in,2\nb,Bo,Arabic,,far\n")
        let map = try Self.onlyCase([ego, alters])
        #expect(map.nodes["ana"]?.languages == [LanguageTag("ar")])
        #expect(map.nodes["ana"]?.notes == "Met at the drop-in")
        #expect(map.nodes["ana"]?.ring == 2)
        #expect(map.nodes["bo"]?.languages == [])
        #expect(map.nodes["bo"]?.extra == ["x-language": "Arabic", "x-ring": "far", "x-network-canvas-uuid": "b"])
    }

    @Test func aCellTooLongForALineOfTheMapIsRefusedAtItsRow() throws {
        let ego = Self.file("c_ego.csv", "networkCanvasCaseID,name\nc,Cy\n")
        let alters = Self.file("c_attributeList_Person.csv", "networkCanvasUUID,name,Story\na,Ana,\(String(repeating: "x", count: 70_000))\n")
        let result = NetCanvasImporter.importCases([ego, alters])
        let only = try #require(result.cases.first)
        #expect(only.result.map == nil)
        #expect(only.result.diagnostics.map(\.description) == [
            "c_attributeList_Person.csv:2:1: this node would be a line of 70,049 bytes in the map, longer than 65,536, the most a line may hold; shorten its longest value",
        ])
    }

    @Test func hostileTextStaysTextAndTheMapIsSafeToPrint() throws {
        let ego = Self.file("c_ego.csv", "networkCanvasCaseID,name\nc,\"\u{1B}[2J\u{202E}Cy\"\n")
        let alters = Self.file("c_attributeList_Person.csv", "networkCanvasUUID,name,'=Formula\na,\"'=HYPERLINK(\"\"x\"\")\",\"line\nbreak\"\n")
        let map = try Self.onlyCase([ego, alters])
        #expect(map.nodes.values.map(\.name) == ["\u{1B}[2J\u{202E}Cy", "=HYPERLINK(\"x\")"])
        #expect(map.nodes["hyperlink-x"]?.extra["x-formula"] == "line\nbreak")
        let printed = CareMapFile.print(map)
        #expect(!printed.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        #expect(CareMapFile.parse(printed).map == map)
    }

    /// A merged export keeps sessions apart as several `<graph>`s sharing the keys.
    @Test func aGraphMLFileWithSeveralGraphsGivesOneCaseEach() throws {
        let graph = { (caseID: String, ego: String, alter: String) in
            """
              <graph edgedefault="undirected" nc:caseId="\(caseID)" nc:sessionUUID="s-\(caseID)">
                <data key="ego">\(ego)</data>
                <node id="n0"><data key="type">Person</data><data key="name">\(alter)</data></node>
              </graph>
            """
        }
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:nc="http://schema.networkcanvas.com/xmlns">
              <key id="ego" attr.name="name" attr.type="string" for="graph"/>
              <key id="type" attr.name="networkCanvasType" attr.type="string" for="all"/>
              <key id="name" attr.name="name" attr.type="string" for="node"/>
            \(graph("a", "Jimbo", "Joshua"))
            \(graph("b", "Sophie", "Sarah"))
            </graphml>
            """
        let result = NetCanvasImporter.importCases([Self.file("merged.graphml", text)])
        #expect(result.diagnostics.isEmpty)
        #expect(result.cases.map(\.id) == ["a", "b"])
        #expect(result.cases.map { $0.result.map?.nodes.values.map(\.name) } == [["Jimbo", "Joshua"], ["Sophie", "Sarah"]])
    }
}
