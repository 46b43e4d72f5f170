import Foundation
import Testing

/// `caremap export --to netcanvas-csv -o DIR`: a folder of Network Canvas files, private to
/// its owner, that `caremap import` reads back to the same people and ties.
@Suite struct ExportNetCanvasCommandTests {
    static let amira = Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap").path

    @Test func anExportIsAFolderThatImportsBackToTheSamePeopleAndTies() throws {
        let folder = try Caremap.temporaryFolder()
        let export = try Caremap.run(["export", Self.amira, "--to", "netcanvas-csv", "-o", "nc"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == "")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("nc").path).sorted()
        #expect(names.first == "amira_attributeList_Group.csv")
        #expect(names.contains("amira_ego.csv") && names.contains("amira_attributeList_Person.csv"))
        #expect(try Caremap.mode(of: folder.appendingPathComponent("nc")) == 0o700)
        #expect(try names.allSatisfy { try Caremap.mode(of: folder.appendingPathComponent("nc/" + $0)) == 0o600 })
        let back = try Caremap.run(["import", "nc", "-o", "back.caremap"], in: folder)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stderr == "")
        let check = try Caremap.run(["check", "back.caremap"], in: folder)
        #expect(check.stderr == "")
        let sent = try Caremap.run(["export", Self.amira, "--to", "json"], in: folder)
        let received = try Caremap.run(["export", "back.caremap", "--to", "json"], in: folder)
        func people(_ json: String) throws -> [String] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let nodes = object["nodes"] as? [[String: Any]] ?? []
            return nodes.map { "\($0["name"] ?? "") \($0["kind"] ?? "") \($0["role"] ?? "")" }.sorted()
        }
        #expect(try people(received.stdout) == people(sent.stdout))
    }

    @Test func aFolderIsNeededAndACommunityMapIsNoInterview() throws {
        let folder = try Caremap.temporaryFolder()
        let noOutput = try Caremap.run(["export", Self.amira, "--to", "netcanvas-csv"], in: folder)
        #expect(noOutput.status == 64)
        #expect(noOutput.stderr.hasPrefix("Error: netcanvas-csv export writes a folder of files; name it with -o DIR (writes DIR/CASE_ego.csv, DIR/CASE_attributeList_TYPE.csv and DIR/CASE_edgeList_TYPE.csv).\n"))
        let community = Caremap.packageRoot.appendingPathComponent("sample-maps/ashbridge-community.caremap").path
        let output = try Caremap.run(["export", community, "--to", "netcanvas-csv", "-o", "town"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "caremap: netcanvas-csv writes one interview around the person at the centre, and this map has no subject (or a private one); name one with 'subject ID'\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("town").path))
    }
}
