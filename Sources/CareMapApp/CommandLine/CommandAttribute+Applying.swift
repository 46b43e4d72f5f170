import CareMapKit

extension CommandAttribute {
    /// The keys `:add` and `:set` take for a node: the form's name and the file's attributes.
    static let nodeKeys = ["name"] + CareMap.nodeAttributes
    /// The keys `:link` and `:set` take for a tie: the form's label and arrow, and the file's attributes.
    static let linkKeys = ["label", "direction"] + CareMap.linkAttributes

    /// Sets this attribute on `node` as the edit form does (values through ``AttributeCodec``,
    /// so a value means what it means in the file); an empty value clears it.
    func apply(to node: inout Node) throws(LineCommandError) {
        guard CommandAttribute.nodeKeys.contains(key) else { throw .unknownAttribute(key, keys: CommandAttribute.nodeKeys) }
        do throws(FieldError) { try FieldText.set(key, to: value, on: &node) } catch { throw .badValue(key: key, reason: error.description) }
    }

    /// Sets this attribute on `link` as the edit form does; an empty value clears it.
    func apply(to link: inout Link) throws(LineCommandError) {
        guard CommandAttribute.linkKeys.contains(key) else { throw .unknownAttribute(key, keys: CommandAttribute.linkKeys) }
        do throws(FieldError) { try FieldText.set(key, to: value, on: &link) } catch { throw .badValue(key: key, reason: error.description) }
    }
}
