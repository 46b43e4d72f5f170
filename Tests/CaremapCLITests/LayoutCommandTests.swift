import CareMapKit
import Foundation
import Testing

/// `caremap layout`: Graphviz's plain lines, or JSON, for every sample and style.
@Suite struct LayoutCommandTests {
    @Test(.enabled(if: Caremap.tool("python3") != nil, "python3 is not installed"))
    func everySampleLaysOutAsPlainLinesPythonReads() throws {
        let python = try #require(Caremap.tool("python3"))
        let script = """
            import shlex, sys
            lines = [shlex.split(l) for l in sys.stdin.read().splitlines()]
            assert lines[0][0] == 'graph' and lines[-1] == ['stop']
            nodes = [l for l in lines if l[0] == 'node']
            edges = [l for l in lines if l[0] == 'edge']
            assert all(len(l) == 11 and all(float(v) >= 0 for v in l[2:6]) for l in nodes)
            assert all(int(l[3]) == 4 and len(l) in (14, 17) for l in edges)
            print(len(nodes), len(edges))
            """
        for sample in Caremap.samples {
            let map = try #require(try CareMapFile.load(contentsOf: sample).map).withoutPrivateNodes()
            for style in ["rings", "layered", "force"] {
                let layout = try Caremap.run(["layout", sample.path, "--layout", style])
                #expect(layout.status == 0, "\(sample.lastPathComponent): \(layout.stderr)")
                let read = try Caremap.run(python, ["-c", script], input: Data(layout.stdout.utf8))
                #expect(read.stdout == "\(map.nodes.count) \(map.links.count { $0.from != $0.to })\n", "\(sample.lastPathComponent) \(style): \(read.stderr)")
            }
        }
    }

    @Test(.enabled(if: Caremap.tool("python3") != nil, "python3 is not installed"))
    func jsonNamesEveryPublicNodeAndOnlyThose() throws {
        let python = try #require(Caremap.tool("python3"))
        let sample = try #require(Caremap.samples.first { $0.lastPathComponent == "amira.caremap" })
        let map = try #require(try CareMapFile.load(contentsOf: sample).map)
        for (flag, expected) in [([String](), map.withoutPrivateNodes().nodes.count), (["--show-private"], map.nodes.count)] {
            let layout = try Caremap.run(["layout", sample.path, "--format", "json"] + flag)
            let read = try Caremap.run(python, ["-c", "import json, sys; print(len(json.load(sys.stdin)['nodes']))"], input: Data(layout.stdout.utf8))
            #expect(read.stdout == "\(expected)\n", "\(read.stderr)")
        }
    }
}
