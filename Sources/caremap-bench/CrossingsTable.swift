import CareMapCanvas
import CareMapKit
import Foundation

/// The crossings of caremap's layouts beside Graphviz's on the same graphs: the rings layout
/// beside `twopi` (rooted at the subject) and the force layout beside `neato`, each counted as
/// straight lines between node centres (``StraightCrossings``), Graphviz's positions read from
/// `-Tplain` of the DOT export. Private nodes are left out of both, as the export leaves them.
enum CrossingsTable {
    /// Prints a Markdown table, one row per map file.
    static func print(_ paths: [String]) throws {
        Swift.print("| map | nodes | ties | rings | twopi | force | neato | audit (80×24, 120×35, 200×60; every layout, zoom, curtain) |")
        Swift.print("|---|---:|---:|---:|---:|---:|---:|---|")
        for path in paths {
            guard let map = try CareMapFile.load(contentsOf: URL(fileURLWithPath: path)).map else { continue }
            let shown = map.withoutPrivateNodes()
            let ties = shown.links.map { ($0.from, $0.to) }
            func ours(_ style: LayoutStyle) -> String {
                let layout = Layouter.layout(map, style: style)
                guard style != .rings || layout.style == .rings else { return "–" }
                return String(StraightCrossings.count(ties, at: layout.positions, x: { Double($0.x) }, y: { Double($0.y) }))
            }
            func graphviz(_ engine: String) -> String {
                guard map.subject != nil || engine != "twopi", let positions = try? plainPositions(DOTExporter.export(map), engine: engine)
                else { return "–" }
                return String(StraightCrossings.count(ties, at: positions, x: \.x, y: \.y))
            }
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            Swift.print("| \(name) | \(shown.nodes.count) | \(ties.count) | \(ours(.rings)) | \(graphviz("twopi")) | \(ours(.force)) | \(graphviz("neato")) | \(audit(map)) |")
        }
    }

    /// Node centres from `engine -Tplain` of `dot`.
    private static func plainPositions(_ dot: String, engine: String) throws -> [NodeID: (x: Double, y: Double)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caremap-crossings-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("map.dot"), output = folder.appendingPathComponent("map.plain")
        try Data(dot.utf8).write(to: input)
        let executable = ["/usr/bin/", "/usr/local/bin/"].map { $0 + engine }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let executable else { throw POSIXError(.ENOENT) }
        let outcome = try ChildProcess.run(executable, ["-Tplain", input.path], outputPath: output.path)
        guard outcome.status == 0 else { throw POSIXError(.EIO) }
        var positions: [NodeID: (x: Double, y: Double)] = [:]
        for line in outcome.output.split(separator: "\n") where line.hasPrefix("node ") {
            let fields = plainFields(line)
            if fields.count >= 4, let x = Double(fields[2]), let y = Double(fields[3]) { positions[NodeID(fields[1])] = (x, y) }
        }
        return positions
    }

    /// The fields of a `-Tplain` line: words, or double-quoted strings with `\"` inside.
    private static func plainFields(_ line: Substring) -> [String] {
        var fields: [String] = [], current = "", quoted = false, escaped = false
        for character in line {
            if quoted {
                if escaped { current.append(character); escaped = false }
                else if character == "\\" { escaped = true }
                else if character == "\"" { quoted = false }
                else { current.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == " " {
                if !current.isEmpty { fields.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { fields.append(current) }
        return fields
    }

    /// The legibility audit summed over the test matrix for one map: overwritten text cells
    /// (always 0), names shortened, tie crossings, line cells under text, ties hidden.
    private static func audit(_ map: CareMap) -> String {
        var total = LegibilityAudit()
        for style in LayoutStyle.allCases {
            let layout = Layouter.layout(map, style: style)
            for (width, height) in [(80, 22), (120, 33), (200, 58)] {
                let opening = ViewFit.opening(map, layout: layout, width: width, height: height)
                for zoom in Zoom.allCases {
                    for curtain in [false, true] {
                        let scene = MapScene(map: map, layout: layout.drawn(at: zoom), zoom: zoom, curtain: curtain)
                        let centre = MapPoint(x: opening.viewport.origin.x + width / 2, y: opening.viewport.origin.y + height / 2)
                            .scaled(x: zoom.scale.x / opening.zoom.scale.x, y: zoom.scale.y / opening.zoom.scale.y)
                        let viewport = Viewport(origin: MapPoint(x: centre.x - width / 2, y: centre.y - height / 2), width: width, height: height)
                        let options = RenderOptions(zoom: zoom, showLinkLabels: zoom == .boxes, curtain: curtain)
                        total = total + LegibilityAudit(MapRenderer.draw(scene, viewport: viewport, options: options))
                    }
                }
            }
        }
        return total.description
    }
}
