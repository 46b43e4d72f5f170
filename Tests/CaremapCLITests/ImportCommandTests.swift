import Foundation
import Testing

/// `caremap import`: exports come back as the same maps, problems are reported and nothing is
/// written, and an existing file is never replaced without `--force`.
@Suite struct ImportCommandTests {
    /// The JSON export's nodes, links and actions, to compare two maps through the command line.
    static func graph(_ path: String, in folder: URL) throws -> [String] {
        let export = try Caremap.run(["export", path, "--to", "json"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        return try ["nodes", "links", "actions"].map { key in
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
            let csv = try Caremap.run(["import", "m-nodes.csv", "--links", "m-links.csv", "--actions", "m-actions.csv", "-o", "c.caremap", "--force"], in: folder)
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

    @Test func anActionsTableImportsAndItsProblemsAreReported() throws {
        let folder = try Caremap.temporaryFolder()
        try Data("id,name\na,Amira\nb,Hassan\n".utf8).write(to: folder.appendingPathComponent("nodes.csv"))
        try Data("id,task,about,due\nask,Ask about an interpreter,\"a,b\",2026-12-01\n".utf8).write(to: folder.appendingPathComponent("good.csv"))
        let good = try Caremap.run(["import", "nodes.csv", "--actions", "good.csv", "-o", "good.caremap"], in: folder)
        #expect(good.stdout == "imported 2 nodes, 0 links and 1 actions into good.caremap\n")
        let saved = try String(contentsOf: folder.appendingPathComponent("good.caremap"), encoding: .utf8)
        #expect(saved.contains("action ask \"Ask about an interpreter\" about=a,b review=2026-12-01 status=open\n"))
        try Data("id,text,about\nask,Ask,zz\n".utf8).write(to: folder.appendingPathComponent("bad.csv"))
        let bad = try Caremap.run(["import", "nodes.csv", "--actions", "bad.csv", "-o", "bad.caremap"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr == """
            bad.csv:2:9: 'zz' is not a node in this import; name a node by its id (or its name when the nodes have no ids)
            caremap: nothing was written; fix the problems above and import again

            """)
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
        let actions = try Caremap.run(["import", "x.graphml", "--actions", "a.csv", "-o", "m.caremap"])
        #expect(actions.status == 64)
        #expect(actions.stderr.hasPrefix("Error: --actions is for CSV imports; a GraphML file holds its actions.\n"))
        let unknown = try Caremap.run(["import", "x.txt", "-o", "m.caremap"])
        #expect(unknown.stderr.hasPrefix("Error: Say what IN is with --from csv, --from graphml or --from netcanvas.\n"))
    }
}
