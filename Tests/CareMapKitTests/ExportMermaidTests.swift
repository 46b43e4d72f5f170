@testable import CareMapKit
import Foundation
import Testing

@Suite struct ExportMermaidTests {
    @Test func oneLinePerNodeAndLinkWithSafeIds() {
        let map = ExportFixtures.amira
        let lines = MermaidExporter.export(map).split(separator: "\n").map(String.init)
        #expect(lines[0] == "flowchart LR")
        #expect(lines[1] == "  n1(\"أميرة #40;Amira#41;<br/>service#45;user\"):::sector_personal")
        #expect(lines[5] == "  n5[\"Refugee Action drop#45;in<br/>charity\"]:::sector_statutory")
        #expect(lines[6] == "  n6{{\"Women#39;s group\"}}:::sector_community")
        #expect(Array(lines[7...12]) == [
            "  n1 -->|\"registered with\"| n4", "  n3 ==>|\"interprets for\"| n1", "  n1 -.-|\"#40;past#41;\"| n2",
            "  n1 <-.->|\"advice<br/>#40;hoped for#41;\"| n5", "  n6 -->|\"weekly meeting\"| n1", "  n2 -.-|\"cousins\"| n3",
        ])
        #expect(lines.suffix(2) == ["  classDef subject stroke-width:4px", "  class n1 subject"])
    }

    /// Inside its quotes a label holds only letters, digits, spaces, non-ASCII text, entity codes
    /// (`#34;`) and `<br/>`: nothing that could close it, start a link or open HTML.
    @Test func noNameCanBreakOutOfItsLabel() {
        let text = MermaidExporter.export(ExportFixtures.hostile)
        var labels = 0
        for line in text.split(separator: "\n") where line.contains("\"") {
            let quotes = line.indices.filter { line[$0] == "\"" }
            #expect(quotes.count == 2, "\(line)")
            let inside = line[line.index(after: quotes[0])..<quotes[1]].replacingOccurrences(of: "<br/>", with: "")
            #expect(inside.unicodeScalars.allSatisfy { !$0.isASCII || $0.properties.isAlphabetic || ("0"..."9").contains($0) || " #;".unicodeScalars.contains($0) }, "\(line)")
            labels += 1
        }
        #expect(labels == 2 * ExportFixtures.hostileNames.count + 2, "every node and labelled link")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.contains("\u{202E}"))
    }
}

extension ExportMermaidTests {
    /// Mermaid's own command-line renderer parses the chart; it needs Node.js and a browser, so it
    /// is rarely installed and the structural tests above do not depend on it.
    @Test(.enabled(if: ExternalTool.isInstalled("mmdc"), "mermaid-cli 'mmdc' is not installed (npm install -g @mermaid-js/mermaid-cli)"))
    func mermaidsRendererDrawsTheChart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mermaid-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, map) in [("amira", ExportFixtures.amira), ("hostile", ExportFixtures.hostile)] {
            let input = folder.appendingPathComponent(name + ".mmd")
            let output = folder.appendingPathComponent(name + ".svg")
            try MermaidExporter.export(map).write(to: input, atomically: true, encoding: .utf8)
            let run = try #require(ExternalTool("mmdc")).run(["-i", input.path, "-o", output.path], timeout: 120)
            #expect(run.status == 0, "\(name): \(run.errors)")
            #expect(try String(contentsOf: output, encoding: .utf8).contains("<svg"), "\(name)")
        }
    }
}
