import Foundation
import Testing

/// `caremap import`: exports come back as the same maps, problems are reported and nothing is
/// written, and an existing file is never replaced without `--force`.
@Suite struct ImportCommandTests {
    /// The JSON export's nodes and links, to compare two maps through the command line.
    static func graph(_ path: String, in folder: URL) throws -> [String] {
        let export = try Caremap.run(["export", path, "--to", "json"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        return try ["nodes", "links"].map { key in
            String(decoding: try JSONSerialization.data(withJSONObject: json[key] ?? [], options: [.sortedKeys]), as: UTF8.self)
        }
    }

    @Test func everySampleComesBackFromGraphMLAndCSV() throws {
        let folder = try Caremap.temporaryFolder()
        for sample in Caremap.samples {
            #expect(try Caremap.run(["export", sample.path, "--to", "graphml", "-o", "m.graphml"], in: folder).status == 0)
            let graphml = try Caremap.run(["import", "m.graphml", "-o", "g.caremap", "--force"], in: folder)
            #expect(graphml.status == 0, "\(sample.lastPathComponent): \(graphml.stderr)")
            #expect(try Caremap.run(["check", "g.caremap"], in: folder).status == 0)
            #expect(try Self.graph("g.caremap", in: folder) == Self.graph(sample.path, in: folder), "\(sample.lastPathComponent)")

            #expect(try Caremap.run(["export", sample.path, "--to", "csv", "-o", "m"], in: folder).status == 0)
            let csv = try Caremap.run(["import", "m-nodes.csv", "--links", "m-links.csv", "-o", "c.caremap", "--force"], in: folder)
            #expect(csv.status == 0, "\(sample.lastPathComponent): \(csv.stderr)")
            #expect(try Caremap.run(["check", "c.caremap"], in: folder).status == 0)
            #expect(try Self.graph("c.caremap", in: folder) == Self.graph(sample.path, in: folder), "\(sample.lastPathComponent)")
            #expect(try Caremap.mode(of: folder.appendingPathComponent("c.caremap")) == 0o600)
        }
    }

    @Test func aFailedImportReportsEveryProblemAndWritesNothing() throws {
        let folder = try Caremap.temporaryFolder()
        try Data("id,name,kind\na,Amira,robot\nb,Hassan,person\n".utf8).write(to: folder.appendingPathComponent("nodes.csv"))
        try Data("from,to\na,zz\n".utf8).write(to: folder.appendingPathComponent("links.csv"))
        let output = try Caremap.run(["import", "nodes.csv", "--links", "links.csv", "-o", "map.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == """
            nodes.csv:2:9: unknown kind 'robot'; use one of person, place, group
            links.csv:2:3: 'zz' is not a node in this import; name a node by its id (or its name when the nodes have no ids)
            caremap: nothing was written; fix the problems above and import again

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("map.caremap").path))
    }

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let folder = try Caremap.temporaryFolder()
        try Data("name\nAmira\n".utf8).write(to: folder.appendingPathComponent("people.csv"))
        try Data("keep me".utf8).write(to: folder.appendingPathComponent("map.caremap"))
        let refused = try Caremap.run(["import", "people.csv", "-o", "map.caremap"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr == "caremap: 'map.caremap' already exists; choose another name, or replace it with --force\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("map.caremap"), encoding: .utf8) == "keep me")
        let forced = try Caremap.run(["import", "people.csv", "-o", "map.caremap", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout == "imported 1 nodes and 0 links into map.caremap\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("map.caremap"), encoding: .utf8).contains("person amira \"Amira\""))
    }

    @Test func columnMappingsAreCheckedBeforeAnythingIsRead() throws {
        let wrong = try Caremap.run(["import", "x.csv", "--column", "colour=Favourite", "-o", "m.caremap"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("Error: --column names an unknown field 'colour'; use one of "))
        let shape = try Caremap.run(["import", "x.csv", "--column", "name", "-o", "m.caremap"])
        #expect(shape.stderr.hasPrefix("Error: --column 'name' is not FIELD=NAME, e.g. --column \"name=Full Name\".\n"))
        let links = try Caremap.run(["import", "x.graphml", "--links", "l.csv", "-o", "m.caremap"])
        #expect(links.stderr.hasPrefix("Error: --links is for CSV imports; a GraphML file holds its links.\n"))
        let unknown = try Caremap.run(["import", "x.txt", "-o", "m.caremap"])
        #expect(unknown.stderr.hasPrefix("Error: Say what IN is with --from csv or --from graphml.\n"))
    }
}
