import CareMapCanvas
import CareMapKit

/// The `e` form: one editor per attribute of a node or a tie. Notes are text of several lines;
/// every attribute with a vocabulary completes with Tab, as the `:` line does.
public struct EditForm: Hashable, Sendable {
    /// What the form edits.
    public enum Target: Hashable, Sendable {
        case node(NodeID)
        case link(LinkID)
    }

    /// One attribute: its key, the text being edited, and the text it started as.
    public struct Field: Hashable, Sendable {
        public var key: String
        public var value: LineEditor
        var original: String

        var isChanged: Bool { value.text != original }
        /// Whether the value is text of several lines, where Enter starts a new line.
        var isMultiline: Bool { key == "notes" }
        /// Whether the value is free text, with nothing to complete.
        var isFreeText: Bool { ["name", "label", "notes"].contains(key) }
    }

    public var target: Target
    public var fields: [Field]
    /// The field that has the cursor.
    public var focus = 0
    /// Why the last Enter was refused, shown under the fields.
    public var error: String?
    /// Completions of the focused field as it was when Tab was first pressed, and which one is
    /// shown, as on the `:` line.
    var completions: [String] = []
    var completionIndex: Int?
    /// A role outside the vocabulary that the user was warned about; applying again with the
    /// same role keeps it.
    var confirmedRole: String?

    /// Fields whose text can name someone; left out behind the privacy curtain.
    static let identifyingKeys: Set<String> = ["name", "label", "notes"]

    /// Behind the curtain the identifying fields are left out, and `via` too, since it holds an
    /// id and ids are usually made from names.
    init(target: Target, fields: [(key: String, value: String)], curtain: Bool) {
        self.target = target
        self.fields = fields
            .filter { !curtain || !(EditForm.identifyingKeys.contains($0.key) || $0.key == "via") }
            .map { Field(key: $0.key, value: LineEditor($0.value), original: $0.value) }
    }
}
