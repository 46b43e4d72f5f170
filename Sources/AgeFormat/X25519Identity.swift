import Crypto

/// An age secret key, `AGE-SECRET-KEY-1…`: opens what was encrypted to its recipient.
public struct X25519Identity: Sendable {
    private let privateKey: Curve25519.KeyAgreement.PrivateKey

    static let prefix = "age-secret-key-"

    /// Reads `text`, one identity as `age-keygen` writes it (upper case).
    public init(_ text: String) throws(AgeError) {
        guard let (prefix, key) = Bech32.decode(text), prefix == Self.prefix, key.count == 32,
              let privateKey = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: key)
        else { throw .invalidIdentity("the key") }
        self.privateKey = privateKey
    }

    /// A new identity from the system's random source, as `age-keygen` makes one.
    public init() {
        privateKey = Curve25519.KeyAgreement.PrivateKey()
    }

    /// The identity as written: `AGE-SECRET-KEY-1…`.
    public var text: String { Bech32.encode(prefix: Self.prefix, Array(privateKey.rawRepresentation)).uppercased() }

    /// The public key that encrypts to this identity.
    public var recipient: X25519Recipient { X25519Recipient(publicKey: Array(privateKey.publicKey.rawRepresentation)) }

    /// The file key in `stanza` if it is addressed to this identity, `nil` if it is not.
    /// A stanza already checked by ``AgeDecryption/checkX25519(_:)``.
    func unwrap(_ stanza: Stanza) throws(AgeError) -> SymmetricKey? {
        let share = StrictBase64.decode(stanza.arguments[1])!
        guard let publicShare = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: share),
              let secret = try? privateKey.sharedSecretFromKeyAgreement(with: publicShare)
        else { throw .lowOrderShare }
        guard secret.withUnsafeBytes({ $0.contains { $0 != 0 } }) else { throw .lowOrderShare }
        let ownKey = Array(privateKey.publicKey.rawRepresentation)
        let wrapKey = secret.hkdfDerivedSymmetricKey(using: SHA256.self, salt: share + ownKey, sharedInfo: X25519Recipient.label, outputByteCount: 32)
        return FileKeyWrap.open(stanza.body, with: wrapKey)
    }

    /// Reads an identity file, the format `age-keygen` writes: one `AGE-SECRET-KEY-1…` a line,
    /// blank lines and `#` comments (the public key, the date) left out.
    public static func parseList(_ text: String) throws(AgeError) -> [X25519Identity] {
        var identities: [X25519Identity] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.trimmingSuffix("\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            do throws(AgeError) {
                identities.append(try X25519Identity(String(line)))
            } catch {
                throw .invalidIdentity("line \(index + 1)")
            }
        }
        return identities
    }
}
