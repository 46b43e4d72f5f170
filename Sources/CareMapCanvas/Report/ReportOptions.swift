import CareMapKit

/// How `caremap report` writes the analysis.
public struct ReportOptions: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        /// For a terminal: plain text wrapped at ``width`` columns, no control characters.
        case text
        /// For notes: Markdown, with the map drawn as text in a fenced block.
        case markdown
        /// For scripts: the schema in `docs/domains.md`, keys sorted.
        case json
    }

    public var format: Format
    /// The day "past its review date" is judged on.
    public var today: CalendarDate
    /// Columns to wrap text at, and to draw the markdown report's map in.
    public var width: Int

    public init(format: Format, today: CalendarDate, width: Int = 80) {
        self.format = format
        self.today = today
        self.width = width
    }
}
