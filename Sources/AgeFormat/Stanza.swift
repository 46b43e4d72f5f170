/// One recipient stanza of an age header: `-> TYPE ARGS…` and a body that wraps the file key
/// for one recipient.
public struct Stanza: Equatable, Sendable {
    /// The arguments; the first names the recipient type (`X25519`, `scrypt`, or another
    /// implementation's, which caremap passes over).
    public var arguments: [String]
    public var body: [UInt8]

    public init(arguments: [String], body: [UInt8]) {
        self.arguments = arguments
        self.body = body
    }

    /// The recipient type, the first argument.
    public var type: String { arguments.first ?? "" }

    /// The stanza as it is written: the argument line, then the body in base64 wrapped at 64
    /// columns, ending with a line shorter than 64 (empty when the body fills its last line).
    var text: String {
        var text = "-> " + arguments.joined(separator: " ") + "\n"
        var body = Substring(StrictBase64.encode(body))
        while body.count >= AgeHeader.columns {
            text += body.prefix(AgeHeader.columns) + "\n"
            body = body.dropFirst(AgeHeader.columns)
        }
        return text + body + "\n"
    }
}
