/// An entity's variables made ready for the map: named by the codebook, categorical options put
/// back together, option values shown by their labels, and the sociogram position, the name and
/// the ring taken out of the rest.
///
/// Network Canvas exports a categorical variable as one true/false column per option
/// (`Gender_Male`, `Gender_Female`); with a codebook they become one value again
/// (`gender=Male`). Without one they are kept as they are.
struct NetCanvasVariables {
    /// The sociogram position, each coordinate as written (0–1 across and down the sociogram,
    /// or screen pixels).
    var position: (x: Double, y: Double, location: SourceLocation)?
    var name: String?
    var ring: Int?
    /// Everything else, in file order.
    var values: [NetCanvasInterview.Value] = []

    init(_ entity: NetCanvasInterview.Entity, codebook: NetCanvasCodebook?) {
        let type = entity.type
        var categories: [String: Int] = [:]
        var named: [NetCanvasInterview.Value] = []
        for var value in entity.values {
            value.name = codebook?.variableNames[value.name] ?? value.name
            if let codebook, let (variable, option) = Self.categoricalOption(value.name, of: type, in: codebook) {
                guard ["true", "1"].contains(value.value.lowercased()) else { continue }
                if let at = categories[variable.name] {
                    named[at].value += ", " + option.label
                } else {
                    categories[variable.name] = named.count
                    named.append(.init(name: variable.name, value: option.label, location: value.location))
                }
                continue
            }
            named.append(value)
        }
        position = Self.position(in: &named, of: type, codebook: codebook)
        for value in named where !value.value.isEmpty {
            let variable = codebook?.variable(value.name, of: type)
            switch ImportFieldNames.folded(value.name) {
            case "name":
                name = value.value
                continue
            case "label":
                if value.value != "Node" { name = name ?? value.value }
                continue
            default:
                break
            }
            if ImportFieldNames.field(for: value.name, in: ImportFieldNames.node) == "ring", let ring = Self.ring(value.value, variable) {
                self.ring = ring
                continue
            }
            var shown = value
            if let option = variable?.options.first(where: { $0.value == value.value }) { shown.value = option.label }
            values.append(shown)
        }
    }

    /// The categorical variable and option a `Variable_option` column stands for.
    private static func categoricalOption(
        _ name: String, of type: String, in codebook: NetCanvasCodebook
    ) -> (NetCanvasCodebook.Variable, NetCanvasCodebook.Option)? {
        var underscore = name.firstIndex(of: "_")
        while let at = underscore {
            if let variable = codebook.variable(String(name[..<at]), of: type), variable.type == "categorical",
               let option = variable.options.first(where: { $0.value == String(name[name.index(after: at)...]) }) {
                return (variable, option)
            }
            underscore = name[name.index(after: at)...].firstIndex(of: "_")
        }
        return nil
    }

    /// Takes the sociogram position out of `values`: the codebook's layout variable, or else
    /// the first pair of numeric `NAME_x` and `NAME_y` values (CSV writes `_x`, GraphML `_X`).
    private static func position(
        in values: inout [NetCanvasInterview.Value], of type: String, codebook: NetCanvasCodebook?
    ) -> (x: Double, y: Double, location: SourceLocation)? {
        let layouts = codebook?.variables[type]?.values.filter { $0.type == "layout" }.map { $0.name.lowercased() }
        for (index, value) in values.enumerated() {
            let lowered = value.name.lowercased()
            guard lowered.hasSuffix("_x"), let x = Double(value.value) else { continue }
            let stem = String(lowered.dropLast(2))
            if let layouts, !layouts.contains(stem) { continue }
            guard let other = values.firstIndex(where: { $0.name.lowercased() == stem + "_y" }), let y = Double(values[other].value),
                  x.isFinite, y.isFinite else { continue }
            let location = value.location
            values.remove(at: max(index, other))
            values.remove(at: min(index, other))
            return (x, y, location)
        }
        return nil
    }

    /// A ring from a variable named for closeness: a whole number 1–3, or an ordinal option
    /// spread over the three rings in the codebook's order (the first option closest).
    private static func ring(_ value: String, _ variable: NetCanvasCodebook.Variable?) -> Int? {
        if let number = Int(value), Node.rings.contains(number) { return number }
        guard let options = variable?.options, let index = options.firstIndex(where: { $0.value == value }) else { return nil }
        return min(Node.rings.upperBound, 1 + index * Node.rings.count / options.count)
    }
}
