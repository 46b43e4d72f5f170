import CareMapKit

/// One name that tries to act on the terminal that shows it.
public struct TerminalAttack: Sendable, CustomStringConvertible {
    /// What the name tries to do, for test names and failure messages.
    public var label: String
    /// The name itself.
    public var text: String
    /// The raw bytes that would do it: they must never reach a terminal, a drawing or an export.
    public var payload: String

    public var description: String { label }
}

/// Hostile text for names, labels, notes and titles: text that tries to act on a terminal, and
/// text that tries to break out of the quoting of each export format. All of it is legal in a map
/// (written with `\u{…}` escapes in the file), so it must be stored faithfully, shown as visible
/// escapes and exported inertly (`docs/safety.md`).
public enum HostileText {
    /// Escape sequences and controls that terminals obey.
    public static let terminalAttacks: [TerminalAttack] = [
        TerminalAttack(label: "CSI: make the terminal report its title, colour the text", text: "csi\u{1B}[21t\u{1B}[31mred\u{1B}[0m", payload: "\u{1B}[21t"),
        TerminalAttack(label: "OSC 52: write the clipboard", text: "clip\u{1B}]52;c;cm0gLXJmIH4K\u{07}board", payload: "\u{1B}]52;c;cm0gLXJmIH4K"),
        TerminalAttack(label: "OSC 0: change the icon and title", text: "\u{1B}]0;pwned-title\u{07}zero", payload: "\u{1B}]0;pwned-title"),
        TerminalAttack(label: "OSC 2: change the title, ended by ST", text: "two\u{1B}]2;owned-window\u{1B}\\", payload: "\u{1B}]2;owned-window"),
        TerminalAttack(label: "DCS: ask the terminal to answer", text: "dcs\u{1B}P$q m\u{1B}\\", payload: "\u{1B}P$q"),
        TerminalAttack(label: "BEL: ring the bell", text: "bell\u{07}\u{07}ring", payload: "\u{07}"),
        TerminalAttack(label: "C1 CSI (U+009B): 8-bit clear screen", text: "eight\u{9B}2Jbit", payload: "\u{9B}2J"),
        TerminalAttack(label: "C1 OSC (U+009D) and ST (U+009C): 8-bit title", text: "c1\u{9D}0;c1-title\u{9C}", payload: "\u{9D}0;c1-title"),
        TerminalAttack(label: "C1 NEL, PAD and APC", text: "nel\u{85}pad\u{80}apc\u{9F}", payload: "\u{85}"),
        TerminalAttack(label: "backspaces and carriage return over other text", text: "safe\r\u{08}\u{08}evil", payload: "\u{08}\u{08}evil"),
        TerminalAttack(label: "DEL", text: "del\u{7F}ete", payload: "\u{7F}"),
        TerminalAttack(label: "bidi override: a name that reads backwards", text: "invoice\u{202E}fdp.exe", payload: "\u{202E}"),
        TerminalAttack(label: "bidi isolates", text: "\u{2067}isolated\u{2069} text", payload: "\u{2067}"),
    ]

    /// Invisible but harmless text: zero-width characters and combining marks are neither controls
    /// nor bidi controls, so they are stored and shown as they are (taking no column).
    public static let invisible = ["zero\u{200B}width", "joiner\u{200D}joined", "no\u{2060}break", "\u{FEFF}bom", "e\u{301}cole"]

    /// Text that tries to end the string it is quoted in and write markup of its own, by export
    /// format. DOT and JSON have exporters; the others are data for the exporters to come
    /// (GraphML, CSV, Mermaid, Markdown): extend the list and add a test beside
    /// `HostileExportTests` when one lands.
    public static let breakouts: [String: [String]] = [
        "dot": ["\"]; evil [label=\"x", "x\" -> \"centre", "back\\\"slash", "}\ndigraph evil {", "<<b>html</b>>", "\\N\\G\\E\\L\\l"],
        "json": ["\", \"evil\": \"x", "\\\"}]", "nul\u{0}unit\u{1F}", "line\u{2028}para\u{2029}", "\\u0022quote", "{\"a\":1}"],
        "graphml": ["</data></node><node id=\"evil\"/>", "<![CDATA[x]]>]]>", "&amp; &#0; &evil;", "<?xml version=\"1.0\"?>", "'single' \"double\""],
        "csv": ["a,b", "\"quoted\",\"x", "line\nbreak", "=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\ttab first"],
        "mermaid": ["a]-->evil[b", "\"]; click a href \"javascript:alert(1)\"", "%%{init: {\"theme\": \"dark\"}}%%", "x\nflowchart LR", "`**md**`", "#quot;#35;"],
        "markdown": ["| pipe | table |", "[link](javascript:alert(1))", "<script>alert(1)</script>", "# heading", "`code` ``", "*em* _em_ \\*"],
    ]

    /// Whether a scalar must never be sent raw to a terminal, a drawing or an export: caremap's
    /// one list (``CareMapKit/Swift/Unicode/Scalar/isTerminalUnsafe``) but new line and tab, which
    /// text outputs write as themselves.
    public static func isTerminalUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && scalar.isTerminalUnsafe
    }

    /// Every hostile text in one list, in a fixed order.
    public static let all: [String] = terminalAttacks.map(\.text) + invisible
        + breakouts.keys.sorted().flatMap { breakouts[$0] ?? [] }

    /// A valid map that carries every hostile text: a subject at the centre and one node per text,
    /// named by it, with a tie labelled by it and notes, reporter and an unknown attribute holding
    /// it too; the title is the first terminal attack.
    ///
    /// - Parameter texts: the hostile texts, ``all`` unless a test wants fewer.
    public static func map(_ texts: [String] = all) -> CareMap {
        var nodes = [Node(id: "centre", kind: .person, name: "Centre", role: .serviceUser)]
        var links: [Link] = []
        for (index, text) in texts.enumerated() {
            let id = NodeID("hostile-\(index)")
            var node = Node(id: id, kind: NodeKind.allCases[index % 3], name: text, notes: text)
            node.extra["x-hostile"] = text
            nodes.append(node)
            links.append(Link(from: "centre", to: id, direction: .forward, label: text, reportedBy: text, notes: text))
        }
        return CareMap(title: terminalAttacks[0].text, subject: "centre", notes: [texts.first ?? ""], nodes: nodes, links: links)
    }
}
