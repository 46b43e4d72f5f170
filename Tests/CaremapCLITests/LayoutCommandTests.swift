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

/// Pictures laid out as on screen: rings round the person at the centre, no wider than about
/// twice their height, and PDF as well as PNG and SVG.
@Suite struct PictureExportTests {
    @Test(.enabled(if: Caremap.tool("neato") != nil, "Graphviz is not installed (package graphviz)"))
    func egoMapsArePicturedAsCentredRings() throws {
        let folder = try Caremap.temporaryFolder()
        for sample in Caremap.samples {
            let map = try #require(try CareMapFile.load(contentsOf: sample).map)
            guard map.subject != nil, map.nodes.count > 1 else { continue }
            let png = try Caremap.run(["export", sample.path, "--to", "png", "-o", "map.png"], in: folder)
            #expect(png.status == 0, "\(sample.lastPathComponent): \(png.stderr)")
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("map.png")))
            try #require(bytes.count > 24)
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width <= 2 * height + 200, "\(sample.lastPathComponent) is \(width)×\(height)")
            let svg = try Caremap.run(["export", sample.path, "--to", "svg"])
            #expect(svg.stdout.contains("stroke-dasharray"), "\(sample.lastPathComponent): the rings are drawn behind")
            let pdf = try Caremap.run(["export", sample.path, "--to", "pdf", "-o", "map.pdf"], in: folder)
            #expect(pdf.status == 0)
            #expect(try Data(contentsOf: folder.appendingPathComponent("map.pdf")).starts(with: Data("%PDF".utf8)))
        }
    }
}
