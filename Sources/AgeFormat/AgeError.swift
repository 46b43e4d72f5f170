/// Why an age file could not be read or written, worded as the reason half of
/// "cannot read 'amira.caremap.age': …", in one place so every message is tested as written.
public enum AgeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The version line names a version other than v1.
    case unsupportedVersion(String)
    /// The header breaks the grammar of age v1 (the detail says where).
    case malformedHeader(String)
    /// A recipient stanza caremap understands is not well formed.
    case malformedStanza(type: String, String)
    /// The scrypt work factor is above what caremap will spend on a passphrase.
    case workFactorTooLarge(Int, limit: Int)
    /// An X25519 share gave the all-zero secret (a low-order point): the file was made to trick.
    case lowOrderShare
    /// Encrypted with a passphrase, and the one given does not open it.
    case wrongPassphrase
    /// Encrypted with a passphrase, and none was given.
    case passphraseNeeded
    /// Encrypted to age keys, and none of the identities given opens it.
    case noIdentityMatched(stanzas: Int)
    /// Encrypted to age keys, and no identity was given.
    case identityNeeded
    /// Encrypted for recipients of a kind caremap does not know (a plugin's, a post-quantum key).
    case unknownRecipientType
    /// The file key opened, but the header's MAC does not match: the header was changed.
    case headerMACMismatch
    /// The payload ends before its last chunk, or is shorter than its nonce.
    case truncatedPayload
    /// A payload chunk does not decrypt: the file was damaged or changed.
    case damagedPayload(chunk: Int)
    /// A recipient (`age1…`) that is not one.
    case invalidRecipient(String)
    /// An identity (`AGE-SECRET-KEY-1…`) that is not one.
    case invalidIdentity(String)

    public var description: String {
        switch self {
        case .unsupportedVersion(let version):
            "it is an age file of version '\(version)'; caremap reads version v1"
        case .malformedHeader(let detail):
            "it is not a valid age file: \(detail)"
        case .malformedStanza(let type, let detail):
            "it is not a valid age file: its \(type) stanza \(detail)"
        case .workFactorTooLarge(let factor, let limit):
            "its passphrase work factor is 2^\(factor), above the limit of 2^\(limit); caremap will not spend that much time and memory"
        case .lowOrderShare:
            "it is not a valid age file: an X25519 stanza has a low-order share"
        case .wrongPassphrase:
            "wrong passphrase"
        case .passphraseNeeded:
            "it is encrypted with a passphrase and none was given"
        case .noIdentityMatched(let stanzas):
            stanzas == 1
                ? "none of the identities given opens it (it is encrypted to one age key)"
                : "none of the identities given opens it (it is encrypted to \(stanzas) age keys)"
        case .identityNeeded:
            "it is encrypted to age keys; give your identity with --identity FILE or CAREMAP_IDENTITY"
        case .unknownRecipientType:
            "it is encrypted for a kind of recipient caremap does not know; caremap opens files encrypted with a passphrase or to age1… keys"
        case .headerMACMismatch:
            "its header does not match its MAC; the file was changed after it was encrypted"
        case .truncatedPayload:
            "it is cut short; the end of the encrypted map is missing"
        case .damagedPayload(let chunk):
            "it is damaged: encrypted block \(chunk + 1) does not decrypt"
        case .invalidRecipient(let text):
            "'\(text)' is not an age recipient (age1…)"
        case .invalidIdentity(let detail):
            "\(detail) is not an age identity (AGE-SECRET-KEY-1…)"
        }
    }
}
