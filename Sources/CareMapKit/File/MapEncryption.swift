import AgeFormat

/// How an encrypted map is written again: to the same passphrase or age keys it was opened
/// with, so that saving never leaves a map less protected, or protected for other people,
/// than it was.
public enum MapEncryption: Sendable, Equatable {
    /// The map was opened, or is to be encrypted, with this passphrase, held in memory only.
    case passphrase(String, workFactor: Int = AgeFile.defaultWorkFactor)
    /// The map is encrypted to these age keys.
    case keys([X25519Recipient])
    /// The map is encrypted to `count` age keys, more than the one that opened it, and no
    /// recipients were named: age headers do not say whom a file is for, so caremap cannot
    /// write it again for the same people and refuses to save it.
    case unnamedKeys(count: Int)

    /// Why a map encrypted this way cannot be written, or `nil` when it can: the editor opens
    /// such a map read-only with this reason, and saving it is refused with it.
    public var refusal: String? {
        guard case .unnamedKeys(let count) = self else { return nil }
        return Self.unnamedKeys(count)
    }

    private static func unnamedKeys(_ count: Int) -> String {
        "it is encrypted to \(count) age keys and caremap cannot tell whose; name them all with --recipient or --recipients-file to save it"
    }

    /// Starts making the header of the next file written this way ahead, off the caller's
    /// thread (``AgeHeaderPool``): for a passphrase, whose scrypt takes about a second; the
    /// editor asks after each write, so the next autosave does not wait.
    public func prepareNextHeader() {
        guard case .passphrase(let passphrase, let workFactor) = self else { return }
        AgeHeaderPool.shared.prepare(for: .passphrase(passphrase, workFactor: workFactor))
    }

    /// The age recipients to encrypt to, or the reason saving is refused.
    func recipients(shown path: String) throws(FileError) -> AgeFile.Recipients {
        switch self {
        case .passphrase(let passphrase, let workFactor): return .passphrase(passphrase, workFactor: workFactor)
        case .keys(let keys): return .keys(keys)
        case .unnamedKeys(let count): throw FileError(.write, path, Self.unnamedKeys(count))
        }
    }
}

/// What caremap holds to open encrypted maps and to write them again.
public struct MapKeys {
    /// Identities that may open a map encrypted to age keys (`--identity`, `CAREMAP_IDENTITY`).
    public var identities: [X25519Identity]
    /// Age keys to encrypt to when saving (`--recipient`, `--recipients-file`); when empty, a
    /// map opened with one identity is written again for that identity's key.
    public var recipients: [X25519Recipient]
    /// Asks for the passphrase of the map at a path, when one is needed; `nil` when none can be
    /// asked for (no terminal) or none was given.
    public var askPassphrase: (String) -> String?

    public init(identities: [X25519Identity] = [], recipients: [X25519Recipient] = [], askPassphrase: @escaping (String) -> String? = { _ in nil }) {
        self.identities = identities
        self.recipients = recipients
        self.askPassphrase = askPassphrase
    }

    /// Keys that open whatever `encryption` writes without asking again: for the recovery file
    /// of a map opened with a passphrase.
    public func opening(_ encryption: MapEncryption?) -> MapKeys {
        guard case .passphrase(let passphrase, _) = encryption else { return self }
        var keys = self
        keys.askPassphrase = { _ in passphrase }
        return keys
    }
}
