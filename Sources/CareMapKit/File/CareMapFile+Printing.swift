extension CareMapFile {
    /// The map in canonical form: the same map always gives the same bytes, and
    /// `parse(print(map))` gives back the map.
    ///
    /// The order is the one `docs/file-format.md` specifies: the version line, the file's
    /// comments, title, subject and notes; then the nodes and then the links in the order they
    /// were declared, a blank line before each section and before each declaration that carries
    /// comments; then the actions the same way; then the comments after the last declaration.
    ///
    /// - Complexity: O(*n*) in the size of the output.
    public static func print(_ map: CareMap) -> String {
        var out = versionLine + "\n"
        appendComments(map.headerComments, to: &out)
        if !map.title.isEmpty { out += "title " + QuotedString.value(map.title) + "\n" }
        if let subject = map.subject { out += "subject \(subject)\n" }
        for note in map.notes { out += "note " + QuotedString.value(note) + "\n" }
        appendSection(map.nodes.values, to: &out, nodeLine)
        appendSection(map.links, to: &out, linkLine)
        appendSection(map.actions.values, to: &out, actionLine)
        if !map.trailingComments.isEmpty {
            out += "\n"
            appendComments(map.trailingComments, to: &out)
        }
        return out
    }

    private static func appendSection<Declarations: Collection>(
        _ declarations: Declarations,
        to out: inout String,
        _ line: (Declarations.Element) -> String
    ) where Declarations.Element: Commented {
        guard !declarations.isEmpty else { return }
        out += "\n"
        for (index, declaration) in declarations.enumerated() {
            if index > 0, !declaration.comments.isEmpty { out += "\n" }
            appendComments(declaration.comments, to: &out)
            out += line(declaration)
            out += "\n"
        }
    }

    /// A node's declaration line, without its comments.
    static func nodeLine(_ node: Node) -> String {
        line(node.kind.rawValue + " " + node.id.rawValue, text: node.name, attributes: AttributeCodec.attributes(of: node))
    }

    /// A link's declaration line, without its comments.
    static func linkLine(_ link: Link) -> String {
        line("link \(link.from) \(link.direction.rawValue) \(link.to)", text: link.label, attributes: AttributeCodec.attributes(of: link))
    }

    /// An action's declaration line, without its comments: also what the GraphML export carries
    /// for each action, so other tools see the words a `.caremap` file holds.
    static func actionLine(_ action: CareAction) -> String {
        line("action \(action.id)", text: action.text, attributes: AttributeCodec.attributes(of: action))
    }

    /// The head of a declaration, its quoted name or label when there is one, and its attributes.
    private static func line(_ head: String, text: String, attributes: [(key: String, value: String)]) -> String {
        var line = head
        if !text.isEmpty { line += " " + QuotedString.encode(text) }
        for (key, value) in attributes { line += " " + key + "=" + QuotedString.value(value) }
        return line
    }

    /// Comments as `# text` lines. A comment cannot escape anything, so a new line in one starts
    /// another comment line and any other control character becomes U+FFFD: the file stays
    /// readable and never holds a byte that acts on a terminal.
    private static func appendComments(_ comments: [String], to out: inout String) {
        for comment in comments {
            for part in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                var text = String.UnicodeScalarView()
                for scalar in part.unicodeScalars {
                    text.append(scalar.isTerminalUnsafe && scalar != "\t" && scalar.value < 0xA0 ? "\u{FFFD}" : scalar)
                }
                out += text.isEmpty ? "#\n" : "# " + String(text) + "\n"
            }
        }
    }
}

/// Nodes and links both carry the comments that stood above them.
protocol Commented {
    var comments: [String] { get }
}

extension Node: Commented {}
extension Link: Commented {}
extension CareAction: Commented {}
