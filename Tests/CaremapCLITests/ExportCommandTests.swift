import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test(.enabled(if: Caremap.tool("dot") != nil, "graphviz 'dot' is not installed; CI installs it"))
    func everySampleExportsToDOTThatGraphvizDraws() throws {
        let dot = try #require(Caremap.tool("dot"))
        for sample in Caremap.samples {
            let export = try Caremap.run(["export", sample.path, "--to", "dot"])
            #expect(export.status == 0, "\(sample.lastPathComponent): \(export.stderr)")
            let svg = try Caremap.run(dot, ["-Tsvg"], input: Data(export.stdout.utf8))
            #expect(svg.status == 0, "\(sample.lastPathComponent): \(svg.stderr)")
            #expect(svg.stdout.contains("<svg"))
        }
    }

    @Test func jsonExportParsesAndKeepsPrivateNodesOut() throws {
        let folder = try Caremap.temporaryFolder()
        try Data("""
            caremap 1
            subject amira

            person amira "Amira" role=service-user
            person karim "Karim" role=family private=yes

            link amira -- karim

            """.utf8).write(to: folder.appendingPathComponent("m.caremap"))
        let export = try Caremap.run(["export", "m.caremap", "--to", "json"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        #expect((json["nodes"] as? [Any])?.count == 1)
        #expect((json["links"] as? [Any])?.count == 0)
        #expect(!export.stdout.contains("Karim"))
    }

    @Test func exportToAFileIsPrivate() throws {
        let folder = try Caremap.temporaryFolder()
        let sample = try #require(Caremap.samples.first)
        let output = try Caremap.run(["export", sample.path, "--to", "dot", "-o", "out.dot"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        let file = folder.appendingPathComponent("out.dot")
        #expect(try Caremap.mode(of: file) == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("digraph"))
    }

    /// `--bom` puts the UTF-8 byte order mark before each CSV file and changes nothing else.
    @Test func csvWithBOMStartsEachFileWithTheMark() throws {
        let folder = try Caremap.temporaryFolder()
        let sample = Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap")
        #expect(try Caremap.run(["export", sample.path, "--to", "csv", "-o", "plain"], in: folder).status == 0)
        let marked = try Caremap.run(["export", sample.path, "--to", "csv", "-o", "marked", "--bom"], in: folder)
        #expect(marked.status == 0, "\(marked.stderr)")
        for table in ["nodes", "links", "actions"] {
            let plain = try Data(contentsOf: folder.appendingPathComponent("plain-\(table).csv"))
            let withMark = try Data(contentsOf: folder.appendingPathComponent("marked-\(table).csv"))
            #expect(withMark == Data([0xEF, 0xBB, 0xBF]) + plain, "\(table)")
        }
        let refused = try Caremap.run(["export", sample.path, "--to", "json", "--bom"], in: folder)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--bom is for csv, whose files spreadsheet programs read; json is read as UTF-8 without one."))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let sample = try #require(Caremap.samples.first)
        let output = try Caremap.run(["export", sample.path, "--to", "tiff"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("The value 'tiff' is invalid for '--to <to>'"))
    }
}
