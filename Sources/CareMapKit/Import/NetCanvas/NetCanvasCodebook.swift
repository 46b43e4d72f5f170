import Foundation

/// What a Network Canvas protocol (`.netcanvas`, a zip holding `protocol.json`) says about its
/// data: the names of node and edge types and of variables (an export may name them by their
/// UUIDs), each variable's type, and the labels of its options (`Very_close` → "Very close").
///
/// Read from the protocol's `codebook`; stages, forms and assets are ignored.
public struct NetCanvasCodebook: Sendable, Equatable {
    struct Variable: Sendable, Equatable {
        var name: String
        var type: String
        /// Option values and their labels, in the protocol's order (the order of an ordinal scale).
        var options: [Option]
    }

    struct Option: Sendable, Equatable {
        var value: String
        var label: String
    }

    /// Node and edge type names by type UUID.
    var typeNames: [String: String] = [:]
    /// Variables by entity type name (`ego` for the ego), then by variable name.
    var variables: [String: [String: Variable]] = [:]
    /// Variable names by variable UUID.
    var variableNames: [String: String] = [:]

    public init() {}

    /// The codebook of `protocol.json`'s bytes, or why it is not one.
    public static func read(json bytes: [UInt8], file: String) throws(ImportDiagnostic) -> NetCanvasCodebook {
        guard let protocolFile = try? JSONDecoder().decode(ProtocolFile.self, from: Data(bytes)) else {
            let message = "protocol.json has no codebook that caremap can read; is this a Network Canvas protocol?"
            throw ImportDiagnostic(file: file, Diagnostic(.error, at: nil, message))
        }
        var result = NetCanvasCodebook()
        for (uuid, type) in (protocolFile.codebook.node ?? [:]).merging(protocolFile.codebook.edge ?? [:], uniquingKeysWith: { a, _ in a }) {
            let name = type.name ?? uuid
            result.typeNames[uuid] = name
            result.add(type.variables, to: name)
        }
        result.add(protocolFile.codebook.ego?.variables, to: "ego")
        return result
    }

    private mutating func add(_ definitions: [String: VariableDefinition]?, to type: String) {
        for (uuid, definition) in definitions ?? [:] {
            let name = definition.name ?? uuid
            let options = (definition.options ?? []).map { option in
                let label = option.label.map { Self.unescaped($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
                return Option(value: option.value.text, label: label ?? option.value.text)
            }
            variableNames[uuid] = name
            variables[type, default: [:]][name] = Variable(name: name, type: definition.type ?? "", options: options)
        }
    }

    /// Labels are Markdown in Network Canvas: `Non\-binary` is shown as `Non-binary`.
    private static func unescaped(_ label: String) -> String {
        label.replacingOccurrences(of: "\\", with: "")
    }

    /// The name of a type given by name or UUID.
    func typeName(_ type: String) -> String { typeNames[type] ?? type }

    /// The variable of `type` called `name` (or whose UUID `name` is).
    func variable(_ name: String, of type: String) -> Variable? {
        variables[type]?[variableNames[name] ?? name]
    }
}

/// The parts of `protocol.json` the codebook is read from.
private struct ProtocolFile: Decodable {
    struct Codebook: Decodable {
        var node: [String: TypeDefinition]?
        var edge: [String: TypeDefinition]?
        var ego: TypeDefinition?
    }

    var codebook: Codebook
}

private struct TypeDefinition: Decodable {
    var name: String?
    var variables: [String: VariableDefinition]?
}

private struct VariableDefinition: Decodable {
    struct Option: Decodable {
        var label: String?
        var value: Scalar
    }

    var name: String?
    var type: String?
    var options: [Option]?
}

/// An option's value: a string, a whole number, a number or a boolean, as an export writes it.
private struct Scalar: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let bool = try? container.decode(Bool.self) {
            text = bool ? "true" : "false"
        } else if let integer = try? container.decode(Int.self) {
            text = String(integer)
        } else if let number = try? container.decode(Double.self) {
            text = String(number)
        } else {
            text = try container.decode(String.self)
        }
    }
}
