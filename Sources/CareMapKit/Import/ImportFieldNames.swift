/// Which caremap field a column header or GraphML attribute name means, so files from
/// spreadsheets, Kumu, Gephi, yEd, Network Canvas and R can be read without renaming columns.
///
/// Matching ignores case, spaces, `_` and `-` (`Reported By`, `reported_by` and `reported-by`
/// are one name). The table is documented in `docs/imports.md`.
public enum ImportFieldNames {
    /// Node fields and the names that mean them.
    static let node: [String: [String]] = [
        "id": ["id", "key", "node", "nodeid", "uid", "uuid", "networkcanvasuuid"],
        "name": ["name", "label", "fullname", "displayname", "title"],
        "kind": ["kind", "type", "nodetype", "networkcanvastype", "elementtype"],
        "subject": ["subject", "ego", "issubject", "focal"],
        "role": ["role"],
        "sector": ["sector"],
        "lang": ["lang", "language", "languages"],
        "ring": ["ring", "circle", "closeness"],
        "domains": ["domains", "domain"],
        "x": ["x"],
        "y": ["y"],
        "notes": ["notes", "note", "description", "comment", "comments"],
        "private": ["private"],
        "age": ["age"],
        "minor": ["minor"],
        "needs-interpreter": ["needsinterpreter"],
        "interpreter-gender": ["interpretergender"],
        "interpreter-lang": ["interpreterlang", "interpreterlanguage"],
        "barriers": ["barriers", "barrier"],
    ]

    /// Link fields and the names that mean them.
    static let link: [String: [String]] = [
        "from": ["from", "source", "sourceid", "ego", "networkcanvassourceuuid"],
        "to": ["to", "target", "targetid", "alter", "networkcanvastargetuuid"],
        "direction": ["direction", "dir", "directed"],
        "label": ["label", "edgelabel", "type", "relationship", "relation", "networkcanvastype"],
        "strength": ["strength"],
        "quality": ["quality"],
        "status": ["status"],
        "support": ["support"],
        "mode": ["mode", "modes", "contact"],
        "lang": ["lang", "language"],
        "via": ["via"],
        "trust": ["trust"],
        "barriers": ["barriers", "barrier"],
        "reported-by": ["reportedby", "reporter"],
        "domains": ["domains", "domain"],
        "notes": ["notes", "note", "description", "comment", "comments"],
    ]

    /// Action fields and the names that mean them: task lists call the text a task or title and
    /// the review date a due date.
    static let action: [String: [String]] = [
        "id": ["id", "key", "actionid"],
        "text": ["text", "action", "task", "title"],
        "about": ["about", "nodes"],
        "owner": ["owner", "who", "assignee"],
        "review": ["review", "reviewdate", "due", "duedate"],
        "status": ["status"],
        "domains": ["domains", "domain"],
        "notes": ["notes", "note", "description", "comment", "comments"],
    ]

    /// Every field name a `--column FIELD=NAME` mapping may name.
    public static let fields: Set<String> = Set(node.keys).union(link.keys).union(action.keys)

    /// The field `name` means among `table`, with `overrides` (field → name) asked first.
    static func field(for name: String, in table: [String: [String]], overrides: [String: String] = [:]) -> String? {
        let wanted = folded(name)
        if let field = overrides.first(where: { folded($0.value) == wanted && table[$0.key] != nil })?.key { return field }
        let overridden = Set(overrides.keys)
        return table.first { !overridden.contains($0.key) && $0.value.contains(wanted) }?.key
    }

    /// Lowercased, without spaces, `_`, `-` or `.`.
    static func folded(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !" _-.".unicodeScalars.contains($0) })
    }

    /// A foreign attribute name as a `.caremap` attribute key. A name that already is an unknown
    /// key (`since`, `x-colour`, the columns caremap's own exports write) is kept as written, so
    /// an export comes back the same; any other becomes a key kept on purpose, with
    /// ``CareMap/keptPrefix`` in front so `caremap check` does not warn about it: its words in
    /// lowercase joined by `-`, camel case split and digits spelt out, since keys hold only
    /// letters and `-` (`Full Address` → `x-full-address`, `networkCanvasEgoUUID` →
    /// `x-network-canvas-ego-uuid`, `DrugsUsed_1` → `x-drugs-used-one`, `role` → `x-role`).
    static func extraKey(_ name: String, known: [String]) -> String {
        if isKey(name), !known.contains(name) { return name }
        return CareMap.keptPrefix + keyWords(name)
    }

    /// Whether `name` is a well-formed attribute key: lowercase letters and `-`, starting with a letter.
    static func isKey(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
    }

    private static let digitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// The ASCII words of `name`, lowercase and joined by `-`: `contactFreq` → `contact-freq`.
    static func keyWords(_ name: String) -> String {
        var key = ""
        var previousWasLower = false
        func separate() {
            if !key.isEmpty, !key.hasSuffix("-") { key += "-" }
        }
        for scalar in name.unicodeScalars {
            if ("a"..."z").contains(scalar) {
                key.unicodeScalars.append(scalar)
                previousWasLower = true
            } else if ("A"..."Z").contains(scalar) {
                if previousWasLower { separate() }
                key += String(scalar).lowercased()
                previousWasLower = false
            } else if ("0"..."9").contains(scalar) {
                separate()
                key += digitWords[Int(scalar.value) - 48]
                separate()
                previousWasLower = false
            } else {
                separate()
                previousWasLower = false
            }
        }
        while key.hasSuffix("-") { key.removeLast() }
        return key.isEmpty ? "attribute" : key
    }
}
