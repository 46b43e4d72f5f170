import Crypto

/// Encrypting and decrypting whole files in the age format, version 1 (C2SP age,
/// https://c2sp.org/age), readable by the `age` tool and reading what it writes.
///
/// Only the format is written here, by hand, because no Swift package on this machine reads or
/// writes age; every primitive (X25519, HKDF-SHA-256, HMAC-SHA-256, ChaCha20-Poly1305, scrypt
/// and the random source) is swift-crypto's.
public enum AgeFile {
    /// log2 of scrypt's N when encrypting with a passphrase: age's default, about a second of
    /// work and 256 MiB of memory.
    public static let defaultWorkFactor = 18
    /// The largest log2 N caremap spends on opening a file, as `age` refuses more by default:
    /// 2^22 takes 4 GiB of memory.
    public static let workFactorLimit = 22

    /// Who can open a file: one passphrase, or any of several age keys.
    public enum Recipients: Sendable, Equatable {
        /// A passphrase and the scrypt work factor (log2 N) spent on it.
        case passphrase(String, workFactor: Int = AgeFile.defaultWorkFactor)
        case keys([X25519Recipient])
    }

    /// `plaintext` encrypted for `recipients` (at least one key) under a new random file key.
    public static func encrypt(_ plaintext: [UInt8], to recipients: Recipients) -> [UInt8] {
        encrypt(plaintext, header: PreparedHeader(for: recipients))
    }

    /// A header made before the file it opens: a new random file key, wrapped for the
    /// recipients and sealed. Wrapping for a passphrase runs scrypt (about a second at the
    /// default work factor), so a program that writes often makes the next header while it is
    /// idle; each is used for one file only, as age gives every file its own key.
    public struct PreparedHeader: Sendable {
        let fileKey: SymmetricKey
        let bytes: [UInt8]
        public let recipients: Recipients

        public init(for recipients: Recipients) {
            if case .keys(let keys) = recipients { precondition(!keys.isEmpty, "an age file needs at least one recipient") }
            let fileKey = SymmetricKey(size: .bits128)
            do {
                let stanzas: [Stanza] = switch recipients {
                case .passphrase(let passphrase, let workFactor): [try Passphrase.wrap(fileKey, passphrase: passphrase, workFactor: workFactor)]
                case .keys(let keys): try keys.map { try $0.wrap(fileKey) }
                }
                self.fileKey = fileKey
                bytes = AgeHeader(stanzas: stanzas).sealed(with: fileKey).bytes
                self.recipients = recipients
            } catch {
                // Wrapping fails only on a key or nonce of the wrong size, which this code never makes.
                fatalError("age encryption failed: \(error)")
            }
        }
    }

    /// `plaintext` encrypted under a header made beforehand, which must not be used again.
    public static func encrypt(_ plaintext: [UInt8], header: PreparedHeader) -> [UInt8] {
        do {
            return header.bytes + (try AgePayload.seal(plaintext, fileKey: header.fileKey))
        } catch {
            // Sealing fails only on a key or nonce of the wrong size, which this code never makes.
            fatalError("age encryption failed: \(error)")
        }
    }

    /// What opening a file found.
    public struct Opened: Sendable {
        public var plaintext: [UInt8]
        /// The passphrase that opened it, for a file encrypted with one.
        public var passphrase: String?
        /// The identity that opened it, for a file encrypted to age keys.
        public var identity: X25519Identity?
        /// How many X25519 stanzas the header has: how many keys it was encrypted to.
        public var keyCount: Int
    }

    /// Opens `bytes` with one of `identities`, or with the passphrase `passphrase()` returns,
    /// asked for only when the file was encrypted with one. Every stanza caremap knows is
    /// checked before any key is tried, and the header's MAC before any of the payload is read.
    public static func decrypt(_ bytes: [UInt8], identities: [X25519Identity], passphrase: () -> String?) throws(AgeError) -> Opened {
        let (header, payloadStart) = try AgeHeader.parse(bytes)
        var opened = Opened(plaintext: [], keyCount: 0)
        let fileKey: SymmetricKey
        if let scrypt = header.stanzas.first(where: { $0.type == Passphrase.stanzaType }) {
            guard header.stanzas.count == 1 else { throw .malformedHeader("a passphrase stanza must be the only stanza") }
            let (salt, workFactor) = try Passphrase.check(scrypt)
            guard let given = passphrase() else { throw .passphraseNeeded }
            guard let key = Passphrase.unwrap(scrypt, salt: salt, workFactor: workFactor, passphrase: given) else { throw .wrongPassphrase }
            fileKey = key
            opened.passphrase = given
        } else {
            let stanzas = header.stanzas.filter { $0.type == X25519Recipient.stanzaType }
            for stanza in stanzas { try checkX25519(stanza) }
            opened.keyCount = stanzas.count
            guard !stanzas.isEmpty else { throw .unknownRecipientType }
            guard !identities.isEmpty else { throw .identityNeeded }
            guard let (key, identity) = try unwrap(stanzas, with: identities) else { throw .noIdentityMatched(stanzas: stanzas.count) }
            fileKey = key
            opened.identity = identity
        }
        guard header.isAuthentic(with: fileKey) else { throw .headerMACMismatch }
        opened.plaintext = try AgePayload.open(bytes[payloadStart...], fileKey: fileKey)
        return opened
    }

    /// Refuses an X25519 stanza that breaks the specification: two arguments, a share of 32
    /// bytes in canonical base64, a body of exactly 32 bytes.
    static func checkX25519(_ stanza: Stanza) throws(AgeError) {
        let type = X25519Recipient.stanzaType
        guard stanza.arguments.count == 2 else { throw .malformedStanza(type: type, "has \(stanza.arguments.count - 1) arguments, not 1") }
        guard let share = StrictBase64.decode(stanza.arguments[1]), share.count == 32 else {
            throw .malformedStanza(type: type, "has a share that is not 32 bytes of canonical base64")
        }
        guard stanza.body.count == 32 else { throw .malformedStanza(type: type, "has a body of \(stanza.body.count) bytes, not 32") }
    }

    private static func unwrap(_ stanzas: [Stanza], with identities: [X25519Identity]) throws(AgeError) -> (SymmetricKey, X25519Identity)? {
        for stanza in stanzas {
            for identity in identities {
                if let key = try identity.unwrap(stanza) { return (key, identity) }
            }
        }
        return nil
    }
}
