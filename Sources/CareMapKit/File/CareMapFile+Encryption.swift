import AgeFormat
import Foundation

/// Encrypted maps: a `.caremap` file inside the age format (docs/safety.md, "Encrypted maps").
///
/// Encryption happens here, below every command and the editor, so that every write of an
/// encrypted map (the map, its `NAME~` backup, the recovery file and every temporary file, all
/// made by `AtomicWrite` from the bytes given to it) holds only ciphertext.
extension CareMapFile {
    /// A map read from disk, its plain bytes, and how it was encrypted (`nil` for a plain file).
    public struct Loaded {
        public var result: ParseResult
        public var plainBytes: [UInt8]
        public var encryption: MapEncryption?
    }

    /// Reads the map at `url`, decrypting it when it is an age file (whatever its name) with
    /// `keys`; the passphrase is asked for only when the file needs one.
    public static func load(contentsOf url: URL, keys: MapKeys) throws(FileError) -> Loaded {
        let (bytes, encryption) = try decrypted(contentsOf: url, keys: keys)
        return Loaded(result: parse(bytes), plainBytes: bytes, encryption: encryption)
    }

    /// The plain bytes of the file at `url`, and how it was encrypted.
    public static func decrypted(contentsOf url: URL, keys: MapKeys) throws(FileError) -> ([UInt8], MapEncryption?) {
        try decrypted(try read(contentsOf: url), shown: url.relativePath, keys: keys)
    }

    /// The plain bytes of a file's contents `bytes` (read from git, say), and how they were
    /// encrypted; `shown` names the file in messages and when asking for its passphrase.
    public static func decrypted(_ bytes: [UInt8], shown: String, keys: MapKeys) throws(FileError) -> ([UInt8], MapEncryption?) {
        guard AgeHeader.starts(bytes) else { return (bytes, nil) }
        let opened: AgeFile.Opened
        do {
            opened = try AgeFile.decrypt(bytes, identities: keys.identities) { keys.askPassphrase(shown) }
        } catch {
            throw FileError(.read, shown, error.description)
        }
        return (opened.plaintext, encryption(of: opened, keys: keys))
    }

    /// How a file opened as `opened` is written again: with its passphrase; to the recipients
    /// named, if any; to the key that opened it, if it was the only one; otherwise not at all.
    private static func encryption(of opened: AgeFile.Opened, keys: MapKeys) -> MapEncryption {
        if let passphrase = opened.passphrase { return .passphrase(passphrase) }
        if !keys.recipients.isEmpty { return .keys(keys.recipients) }
        if opened.keyCount == 1, let identity = opened.identity { return .keys([identity.recipient]) }
        return .unnamedKeys(count: opened.keyCount)
    }

    /// Writes `bytes` at `url` readable by its owner only, encrypted as `encryption` says: for
    /// the recovery file and `caremap encrypt`.
    public static func writePrivately(_ bytes: [UInt8], to url: URL, encryption: MapEncryption?) throws(FileError) {
        try AtomicWrite.write(try sealed(bytes, for: url, encryption), to: url, keepingBackup: false, mode: 0o600)
    }

    /// `bytes` as they go on disk, encrypted as `encryption` says, plain when it is `nil`. A
    /// name ending in `.age` promises ciphertext, so a plain map is never written under one.
    static func sealed(_ bytes: [UInt8], for url: URL, _ encryption: MapEncryption?) throws(FileError) -> [UInt8] {
        guard let encryption else {
            if url.path.hasSuffix(".age") || url.path.hasSuffix(".age.recovery") {
                throw FileError(.write, url.relativePath, "its name ends in .age, but no passphrase or recipient was given to encrypt it")
            }
            return bytes
        }
        return AgeFile.encrypt(bytes, header: AgeHeaderPool.shared.take(for: try encryption.recipients(shown: url.relativePath)))
    }
}
