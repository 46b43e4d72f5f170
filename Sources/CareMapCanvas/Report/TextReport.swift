import CareMapKit

/// The report as plain text for a terminal: every line at most `width` columns.
enum TextReport {
    static func render(_ document: ReportDocument, width: Int) -> String {
        var lines = TextWrap.lines(document.title, width: width) + TextWrap.lines(document.subtitle, width: width) + [""]
        lines.append(document.findings.isEmpty ? "What to act on: nothing found." : "What to act on (\(document.findings.count))")
        for (number, finding) in document.findings.enumerated() {
            let label = "  \(number + 1). "
            lines += TextWrap.lines(finding.text, width: width, first: label, rest: String(repeating: " ", count: label.count))
            for detail in finding.detail {
                lines += TextWrap.lines(detail, width: width, first: String(repeating: " ", count: label.count), rest: String(repeating: " ", count: label.count + 2))
            }
        }
        for section in document.sections {
            lines += ["", section.title]
            for item in section.items { lines += TextWrap.lines(item.text, width: width, first: "  - ", rest: "    ") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
