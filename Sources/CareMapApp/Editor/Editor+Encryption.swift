import CareMapKit

/// `:encrypt`: the open map saved encrypted, as `caremap encrypt` does for a file, and kept
/// encrypted by every later save and recovery write (docs/safety.md, "Encrypted maps").
extension Editor {
    /// The file an encrypted map is saved to: the map's own name when it already ends in
    /// `.age`, else that name with `.age` added, so a plain file is never overwritten with
    /// ciphertext it might be mistaken for.
    static func encryptedPath(of path: String) -> String {
        path.hasSuffix(".age") ? path : path + ".age"
    }

    /// `:encrypt [AGE1…]`: to the age keys given, or with a passphrase asked for in a masked
    /// prompt.
    mutating func encrypt(to recipients: [String]) -> [Effect] {
        guard let path else {
            message = StatusMessage("save the map first (:w NAME), then encrypt it", isError: true)
            return []
        }
        let target = Self.encryptedPath(of: path)
        if isReadOnly, target == path { return refuseReadOnlySave(of: target) }
        guard !recipients.isEmpty else {
            mode = .prompt(Prompt(purpose: .passphrase(target: target), answer: LineEditor()))
            return []
        }
        return beginEncryption(to: target, with: .keys(recipients))
    }

    /// The first passphrase is typed: ask for it again.
    mutating func askAgain(for target: String, first: String) -> [Effect] {
        guard !first.isEmpty else {
            message = StatusMessage("an empty passphrase protects nothing; not encrypted", isError: true)
            return []
        }
        mode = .prompt(Prompt(purpose: .confirmPassphrase(target: target, first: first), answer: LineEditor()))
        return []
    }

    /// The second passphrase is typed: encrypt when the two agree.
    mutating func confirmed(_ second: String, first: String, target: String) -> [Effect] {
        guard second == first else {
            message = StatusMessage("the passphrases differ; not encrypted", isError: true)
            return []
        }
        return beginEncryption(to: target, with: .passphrase(first))
    }

    private mutating func beginEncryption(to target: String, with encryption: EncryptionRequest) -> [Effect] {
        mode = .normal
        message = StatusMessage("encrypting into \(target)…")
        return [document.beginSave(to: target, thenQuit: false, encryption: encryption)]
    }
}
