/// Exports a care map as three CSV tables, one row per node, one per link and one per action;
/// the first two in the layout
/// spreadsheets, Kumu and R's egor read (see `docs/exports.md`).
///
/// Written by hand: no CSV package is available to caremap, and writing RFC 4180 is a few lines.
/// Every field is quoted when it holds a comma, a quote or a line break; a control, bidi or line
/// separator character but tab and line breaks is written `\u{HEX}`; text cells that a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, their full-width
/// forms, tab or CR) get a
/// leading `'`, as OWASP's "CSV Injection" page recommends, and so does text that starts with
/// `'`, so the importer can always remove one. Numbers (ring, x, y) are written as numbers:
/// `-12` is a coordinate, not a formula. Private nodes never appear, nor do actions about them;
/// nodes, links and actions keep map order, so the same map always gives the same bytes.
public enum CSVExporter {
    /// The nodes table: a header row, then one row per node.
    ///
    /// - Complexity: O(*n* · *k*) for *n* nodes and *k* columns, plus the length of their text.
    public static func nodes(_ map: CareMap) -> String {
        let map = map.withoutPrivateNodes()
        let extras = InterchangeFields.extraKeys(map.nodes.values, \.extra)
        let header = InterchangeFields.node + extras.map { InterchangeFields.extraName($0, among: InterchangeFields.node) }
        let rows = map.nodes.values.map { node in
            let values = InterchangeFields.values(of: node, in: map)
            return InterchangeFields.node.map { cell(values[$0] ?? "", field: $0) } + extras.map { cell(node.extra[$0] ?? "", field: "") }
        }
        return table(header, rows)
    }

    /// The links table: a header row, then one row per link; `from` and `to` are node ids.
    ///
    /// - Complexity: O(*m* · *k*) for *m* links and *k* columns, plus the length of their text.
    public static func links(_ map: CareMap) -> String {
        let map = map.withoutPrivateNodes()
        let extras = InterchangeFields.extraKeys(map.links, \.extra)
        let header = InterchangeFields.link + extras.map { InterchangeFields.extraName($0, among: InterchangeFields.link) }
        let rows = map.links.map { link in
            let values = InterchangeFields.values(of: link)
            return InterchangeFields.link.map { cell(values[$0] ?? "", field: $0) } + extras.map { cell(link.extra[$0] ?? "", field: "") }
        }
        return table(header, rows)
    }

    /// The actions table: a header row, then one row per action; `about` is the node ids the
    /// action is about, comma-separated. Written even when the map has no actions (a header
    /// alone), so an export always gives the same three files and never leaves an older
    /// export's actions beside the new nodes.
    ///
    /// - Complexity: O(*a* · *k*) for *a* actions and *k* columns, plus the length of their text.
    public static func actions(_ map: CareMap) -> String {
        let map = map.withoutPrivateNodes()
        let extras = InterchangeFields.extraKeys(map.actions.values, \.extra)
        let header = InterchangeFields.action + extras.map { InterchangeFields.extraName($0, among: InterchangeFields.action) }
        let rows = map.actions.values.map { action in
            let values = InterchangeFields.values(of: action)
            return InterchangeFields.action.map { cell(values[$0] ?? "", field: $0) } + extras.map { cell(action.extra[$0] ?? "", field: "") }
        }
        return table(header, rows)
    }

    /// Rows joined with CRLF, the line break RFC 4180 §2 names, after the last row too.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header.map { cell($0, field: "") }] + rows).map { $0.joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field: neutralised against formulas (text only), its hidden characters made visible,
    /// then quoted if it needs quotes.
    static func cell(_ text: String, field: String) -> String {
        var text = text
        if !InterchangeFields.integers.contains(field), let first = text.unicodeScalars.first, formulaStarts.contains(first) {
            text = "'" + text
        }
        if text.unicodeScalars.contains(where: isHidden) {
            text = text.unicodeScalars.map { isHidden($0) ? GraphMLText.visible($0) : String($0) }.joined()
        }
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// A terminal-unsafe scalar other than the tab and line breaks a CSV cell holds as they are:
    /// written as the visible `\u{HEX}`, as GraphML does, so `cat` of an export cannot act on
    /// the terminal; the importer reads it back.
    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isTerminalUnsafe && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }

    /// What a spreadsheet may read as the start of a formula, and the apostrophe that marks text.
    /// The full-width and small forms (`＝`, `＋`, `－`, `＠`, `﹦`, `﹢`, `﹣`, `﹫`) count too: a
    /// spreadsheet set up for East Asian input folds them to ASCII and runs the formula.
    static let formulaStarts: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "'",
        "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}", "\u{FE66}", "\u{FE62}", "\u{FE63}", "\u{FE6B}",
    ]
}
