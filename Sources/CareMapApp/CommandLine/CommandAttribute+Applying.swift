import CareMapKit

extension CommandAttribute {
    /// The keys `:add` and `:set` take for a node: the form's fields and the file's attributes.
    static let nodeKeys = ["name"] + CareMap.nodeAttributes
    /// The keys `:link` and `:set` take for a tie.
    static let linkKeys = ["label", "direction"] + CareMap.linkAttributes

    /// Sets this attribute on `node`; an empty value clears it.
    func apply(to node: inout Node) throws(LineCommandError) {
        guard CommandAttribute.nodeKeys.contains(key) else { throw unknown(among: CommandAttribute.nodeKeys) }
        do throws(FieldError) {
            if key == "at" {
                let parts = value.split(separator: ",", omittingEmptySubsequences: false).compactMap { Int($0) }
                guard value.isEmpty || parts.count == 2 else {
                    throw FieldError(description: "'\(value)' is not a position; write X,Y in whole cells, such as 40,-12")
                }
                node.position = value.isEmpty ? nil : MapPoint(x: parts[0], y: parts[1])
            } else {
                try FieldText.set(key, to: value, on: &node)
            }
        } catch {
            throw .badValue(key: key, reason: error.description)
        }
    }

    /// Sets this attribute on `link`; an empty value clears it.
    func apply(to link: inout Link) throws(LineCommandError) {
        guard CommandAttribute.linkKeys.contains(key) else { throw unknown(among: CommandAttribute.linkKeys) }
        do throws(FieldError) {
            if key == "reported-by" {
                link.reportedBy = value
            } else {
                try FieldText.set(key, to: value, on: &link)
            }
        } catch {
            throw .badValue(key: key, reason: error.description)
        }
    }

    private func unknown(among keys: [String]) -> LineCommandError {
        .unknownAttribute(key, suggestion: Suggestion.closest(to: key, in: keys), keys: keys)
    }
}
