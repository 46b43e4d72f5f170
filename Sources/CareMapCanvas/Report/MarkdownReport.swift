import CareMapKit

/// The report as Markdown for notes, with the map drawn as text in a fenced block.
enum MarkdownReport {
    /// The map is drawn without its private nodes, since a report may be shared.
    static func render(_ document: ReportDocument, map: CareMap, width: Int) -> String {
        var lines = ["# " + document.title, "", document.subtitle, ""]
        if document.findings.isEmpty {
            lines += ["## What to act on", "", "Nothing found.", ""]
        } else {
            lines += ["## What to act on", ""]
            for (number, finding) in document.findings.enumerated() {
                lines.append("\(number + 1). " + finding.text)
                for detail in finding.detail { lines.append("   *" + detail + "*") }
            }
            lines.append("")
        }
        for section in document.sections {
            lines += ["## " + section.title, ""]
            lines += section.items.map { "- " + $0.text }
            lines.append("")
        }
        let shared = map.withoutPrivateNodes()
        let drawing = TextRendering.show(shared, layout: Layouter.layout(shared, style: .default(for: shared)), width: width)
        let fence = MarkdownText.fence(for: drawing)
        lines += ["## The map", "", fence + "text", drawing.hasSuffix("\n") ? String(drawing.dropLast()) : drawing, fence]
        return lines.joined(separator: "\n") + "\n"
    }
}
