import CareMapKit

/// Turns two versions of a map into what changed between them, for a person (text, Markdown)
/// or a script (JSON). Like the report, it may be shared, so private nodes are only "a private
/// person" and their free text is never shown; `redact` leaves out private nodes altogether,
/// as the exports do, names people by role pseudonyms and shows no free text.
public enum DiffWriter {
    /// The changes of `comparison`, in the options' format: empty text (not JSON) when the maps
    /// say the same thing. Make the comparison `withoutPrivateNodes` for a redacted diff.
    ///
    /// - Complexity: the length of the diff.
    public static func write(_ comparison: MapComparison, options: DiffOptions) -> String {
        switch options.format {
        case .text:
            let names = DiffNames(comparison, redact: options.redact, escape: SafeText.visible)
            return TextDiff.render(DiffDocument(comparison, names: names), width: options.width)
        case .markdown:
            let names = DiffNames(comparison, redact: options.redact, escape: { MarkdownText.escape(SafeText.visible($0)) })
            return MarkdownDiff.render(DiffDocument(comparison, names: names))
        case .json:
            return JSONDiff.render(comparison, names: DiffNames(comparison, redact: options.redact, quotes: false, escape: { $0 }), path: options.path)
        }
    }
}

/// How `caremap diff` writes a comparison.
public struct DiffOptions: Sendable {
    public var format: ReportOptions.Format
    public var redact: Bool
    /// Columns to wrap text at.
    public var width: Int
    /// The file compared, which JSON names in its `path` key (git's external diff gives it,
    /// and a heading line would make the output no longer JSON).
    public var path: String?

    public init(format: ReportOptions.Format, redact: Bool = false, width: Int = 80, path: String? = nil) {
        self.format = format
        self.redact = redact
        self.width = width
        self.path = path
    }
}
