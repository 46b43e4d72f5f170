import CareMapKit
import Foundation
import Testing

/// `caremap export` to GraphML, CSV, Mermaid, SVG and PNG, and `--redact`: each export of every
/// sample opens in its target tool with the map's node and link counts (private nodes left out).
@Suite struct ExportFormatsCommandTests {
    static func publicCounts(_ sample: URL) throws -> (nodes: Int, links: Int) {
        let map = try #require(try CareMapFile.load(contentsOf: sample).map).withoutPrivateNodes()
        return (map.nodes.count, map.links.count)
    }

    static var hasNetworkx: Bool {
        guard let python = Caremap.tool("python3") else { return false }
        return (try? Caremap.run(python, ["-c", "import networkx"]).status) == 0
    }

    @Test(.enabled(if: hasNetworkx, "python3 with networkx is not installed (pip install networkx)"))
    func everySampleExportsToGraphMLThatNetworkxReads() throws {
        let python = try #require(Caremap.tool("python3"))
        for sample in Caremap.samples {
            let export = try Caremap.run(["export", sample.path, "--to", "graphml"])
            #expect(export.status == 0, "\(sample.lastPathComponent): \(export.stderr)")
            let script = "import sys, networkx; g = networkx.read_graphml(sys.stdin); print(g.number_of_nodes(), g.number_of_edges())"
            let read = try Caremap.run(python, ["-c", script], input: Data(export.stdout.utf8))
            let counts = try Self.publicCounts(sample)
            #expect(read.stdout == "\(counts.nodes) \(counts.links)\n", "\(sample.lastPathComponent): \(read.stderr)")
        }
    }

    @Test(.enabled(if: Caremap.tool("python3") != nil, "python3 is not installed"))
    func everySampleExportsToCSVFilesThatPythonReads() throws {
        let python = try #require(Caremap.tool("python3"))
        let folder = try Caremap.temporaryFolder()
        for sample in Caremap.samples {
            let export = try Caremap.run(["export", sample.path, "--to", "csv", "-o", "out.csv"], in: folder)
            #expect(export.status == 0, "\(sample.lastPathComponent): \(export.stderr)")
            let script = "import csv; print(*[len(list(csv.reader(open(f, newline='')))) - 1 for f in ('out-nodes.csv', 'out-links.csv')])"
            let read = try Caremap.run(python, ["-c", script], in: folder)
            let counts = try Self.publicCounts(sample)
            #expect(read.stdout == "\(counts.nodes) \(counts.links)\n", "\(sample.lastPathComponent): \(read.stderr)")
            #expect(try Caremap.mode(of: folder.appendingPathComponent("out-nodes.csv")) == 0o600)
            #expect(try Caremap.mode(of: folder.appendingPathComponent("out-links.csv")) == 0o600)
            #expect(try Caremap.mode(of: folder.appendingPathComponent("out-actions.csv")) == 0o600)
        }
    }

    @Test func csvToStandardOutputIsAUsageError() throws {
        let sample = try #require(Caremap.samples.first)
        let output = try Caremap.run(["export", sample.path, "--to", "csv"])
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("Error: csv export writes three files; name them with -o PREFIX (writes PREFIX-nodes.csv, PREFIX-links.csv and PREFIX-actions.csv).\n"))
        #expect(output.stdout.isEmpty)
    }

    @Test func mermaidHasALinePerNodeAndLink() throws {
        for sample in Caremap.samples {
            let export = try Caremap.run(["export", sample.path, "--to", "mermaid"])
            #expect(export.status == 0)
            let counts = try Self.publicCounts(sample)
            let lines = export.stdout.split(separator: "\n")
            #expect(lines.first == "flowchart LR")
            #expect(lines.filter { $0.hasPrefix("  n") }.count == counts.nodes + counts.links, "\(sample.lastPathComponent)")
        }
    }

    @Test(.enabled(if: Caremap.tool("dot") != nil, "graphviz 'dot' is not installed; CI installs it"))
    func svgAndPNGAreDrawnByGraphvizIntoPrivateFiles() throws {
        let folder = try Caremap.temporaryFolder()
        let sample = try #require(Caremap.samples.first)
        let svg = try Caremap.run(["export", sample.path, "--to", "svg", "-o", "map.svg"], in: folder)
        #expect(svg.status == 0, "\(svg.stderr)")
        let drawing = try String(contentsOf: folder.appendingPathComponent("map.svg"), encoding: .utf8)
        #expect(drawing.contains("<svg"))
        let counts = try Self.publicCounts(sample)
        #expect(drawing.components(separatedBy: "class=\"node\"").count - 1 == counts.nodes)
        #expect(drawing.components(separatedBy: "class=\"edge\"").count - 1 == counts.links)
        let png = try Caremap.run(["export", sample.path, "--to", "png", "-o", "map.png"], in: folder)
        #expect(png.status == 0, "\(png.stderr)")
        let bytes = try Data(contentsOf: folder.appendingPathComponent("map.png"))
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(try Caremap.mode(of: folder.appendingPathComponent("map.png")) == 0o600)
        let piped = try Caremap.run(["export", sample.path, "--to", "png"])
        #expect(piped.status == 0, "standard output is a file here, not a terminal")
        #expect(piped.stdout.utf8.count > 8)
    }

    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to give caremap a terminal"))
    func pngIsNotWrittenToATerminal() throws {
        let folder = try Caremap.temporaryFolder()
        let sample = try #require(Caremap.samples.first)
        let session = try TmuxSession([Caremap.binary.path, "export", sample.path, "--to", "png"], width: 200, in: folder)
        defer { session.end() }
        #expect(try session.waitForExit())
        let shown = try session.transcript()
        #expect(shown.contains("Error: png is binary and would garble the terminal; write it with -o FILE.png, or pipe it."), "\(shown)")
        #expect(!shown.contains("PNG"), "no image bytes reached the screen")
    }

    @Test func svgWithoutGraphvizNamesThePackage() throws {
        let sample = try #require(Caremap.samples.first)
        let output = try Caremap.run(URL(fileURLWithPath: "/usr/bin/env"), ["PATH=/nonexistent", Caremap.binary.path, "export", sample.path, "--to", "svg"])
        #expect(output.status == 1)
        #expect(output.stderr == "caremap: Graphviz 'neato' is not installed, and svg export needs it; install the package 'graphviz' (Debian and Ubuntu: sudo apt install graphviz)\n")
    }

    /// No name, and no id that is not also a role word (a sample's `reporting-centre`).
    @Test func redactedExportsNameNobody() throws {
        for sample in Caremap.samples {
            let map = try #require(try CareMapFile.load(contentsOf: sample).map)
            let ids = map.nodes.keys.map(\.rawValue).filter { $0.count >= 6 && !Role($0).isKnown }
            let names = map.nodes.values.map(\.name).filter { $0.count >= 4 } + ids
            for format in ["json", "graphml", "mermaid", "dot"] {
                let export = try Caremap.run(["export", sample.path, "--to", format, "--redact"])
                #expect(export.status == 0)
                let leaks = names.filter { export.stdout.contains($0) }
                #expect(leaks.isEmpty, "\(sample.lastPathComponent) \(format): \(leaks)")
            }
        }
    }
}
