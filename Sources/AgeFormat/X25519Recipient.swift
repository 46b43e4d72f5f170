import Crypto

/// An age public key, `age1…`: anyone can encrypt to it, only its identity can decrypt.
public struct X25519Recipient: Hashable, Sendable, CustomStringConvertible {
    /// The Curve25519 public key, 32 bytes.
    public let publicKey: [UInt8]

    static let prefix = "age"
    static let stanzaType = "X25519"
    static let label = Array("age-encryption.org/v1/X25519".utf8)

    /// Reads `text`, an `age1…` recipient as `age-keygen` prints it.
    public init(_ text: String) throws(AgeError) {
        guard let (prefix, key) = Bech32.decode(text), prefix == Self.prefix, key.count == 32, text == text.lowercased() else {
            throw .invalidRecipient(text)
        }
        publicKey = key
    }

    init(publicKey: [UInt8]) {
        self.publicKey = publicKey
    }

    /// The recipient as written: `age1…`.
    public var description: String { Bech32.encode(prefix: Self.prefix, publicKey) }

    /// The stanza wrapping `fileKey` for this recipient, with a fresh ephemeral key
    /// (C2SP age, "X25519 recipient stanza").
    func wrap(_ fileKey: SymmetricKey) throws -> Stanza {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let share = Array(ephemeral.publicKey.rawRepresentation)
        let secret = try ephemeral.sharedSecretFromKeyAgreement(with: .init(rawRepresentation: publicKey))
        let wrapKey = secret.hkdfDerivedSymmetricKey(using: SHA256.self, salt: share + publicKey, sharedInfo: Self.label, outputByteCount: 32)
        return Stanza(arguments: [Self.stanzaType, StrictBase64.encode(share)], body: try FileKeyWrap.seal(fileKey, with: wrapKey))
    }
}

/// Reading recipients files, the format of `age -R`: one `age1…` a line, blank lines and
/// lines starting with `#` left out.
extension X25519Recipient {
    public static func parseList(_ text: String) throws(AgeError) -> [X25519Recipient] {
        var recipients: [X25519Recipient] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.trimmingSuffix("\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            recipients.append(try X25519Recipient(String(line)))
        }
        return recipients
    }
}

/// Wrapping and unwrapping the 16-byte file key in a stanza body: ChaCha20-Poly1305 with an
/// all-zero nonce, safe because every wrap key is used once.
enum FileKeyWrap {
    static func seal(_ fileKey: SymmetricKey, with wrapKey: SymmetricKey) throws -> [UInt8] {
        let box = try ChaChaPoly.seal(fileKey.withUnsafeBytes { Array($0) }, using: wrapKey, nonce: .init(data: [UInt8](repeating: 0, count: 12)))
        return Array(box.ciphertext + box.tag)
    }

    /// The file key in `body`, or `nil` when `wrapKey` does not open it. `body` must be 32
    /// bytes (checked by the caller before any decryption, as the specification asks).
    static func open(_ body: [UInt8], with wrapKey: SymmetricKey) -> SymmetricKey? {
        guard let box = try? ChaChaPoly.SealedBox(nonce: .init(data: [UInt8](repeating: 0, count: 12)), ciphertext: body.prefix(16), tag: body.suffix(16)),
              let key = try? ChaChaPoly.open(box, using: wrapKey)
        else { return nil }
        return SymmetricKey(data: key)
    }
}

extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring { hasSuffix(suffix) ? dropLast(suffix.count) : self }
}
