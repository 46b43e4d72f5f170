import CareMapKit

extension ReportDocument {
    /// "Since the last review": the diff's sections, each under that heading, put before the
    /// report's own sections so a review starts from what moved; one line when nothing did.
    static func sinceLastReview(_ diff: DiffDocument) -> [Section] {
        let title = "Since the last review"
        guard !diff.sections.isEmpty else { return [Section(title: title, items: [Item(text: "Nothing has changed.")])] }
        return diff.sections.map { section in
            Section(title: title + ": " + section.title.lowercased(), items: section.items.map { Item(text: $0.text) })
        }
    }
}
