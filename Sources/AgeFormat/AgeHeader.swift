import Crypto

/// The textual header of an age file: the version line, the recipient stanzas and the MAC that
/// binds them to the file key (C2SP age, "Header").
///
/// Parsed by hand from the specification's ABNF, strictly: only LF line ends, arguments of
/// printable ASCII, bodies in canonical base64 wrapped at exactly 64 columns, a MAC line of
/// exactly 43 characters. A file that breaks any rule is refused before any key is tried.
public struct AgeHeader: Equatable, Sendable {
    public var stanzas: [Stanza]
    /// The MAC from the file; empty until ``sealed(with:)`` computes one.
    public var mac: [UInt8]

    static let versionLine = "age-encryption.org/v1"
    static let versionPrefix = Array("age-encryption.org/".utf8)
    static let columns = 64

    public init(stanzas: [Stanza], mac: [UInt8] = []) {
        self.stanzas = stanzas
        self.mac = mac
    }

    /// Whether `bytes` start like an age file (any version), which is how caremap tells an
    /// encrypted map from a plain one whatever its name.
    public static func starts(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: versionPrefix)
    }

    /// The bytes the MAC covers: everything up to and including `---`.
    var macInput: [UInt8] {
        Array((Self.versionLine + "\n" + stanzas.map(\.text).joined() + "---").utf8)
    }

    /// The header as written, MAC line included.
    var bytes: [UInt8] { macInput + Array((" " + StrictBase64.encode(mac) + "\n").utf8) }

    /// This header with its MAC computed for `fileKey`.
    func sealed(with fileKey: SymmetricKey) -> AgeHeader {
        var header = self
        header.mac = Array(HMAC<SHA256>.authenticationCode(for: macInput, using: Self.macKey(fileKey)))
        return header
    }

    /// Whether the MAC read from the file is the one `fileKey` gives, compared in constant time.
    func isAuthentic(with fileKey: SymmetricKey) -> Bool {
        HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: macInput, using: Self.macKey(fileKey))
    }

    private static func macKey(_ fileKey: SymmetricKey) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: fileKey, salt: [UInt8](), info: Array("header".utf8), outputByteCount: 32)
    }
}
