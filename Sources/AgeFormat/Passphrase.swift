import Crypto
import CryptoExtras

/// The scrypt recipient type: a file key wrapped with a key derived from a passphrase
/// (C2SP age, "scrypt recipient stanza").
enum Passphrase {
    static let stanzaType = "scrypt"
    static let label = Array("age-encryption.org/v1/scrypt".utf8)
    static let workFactorLimit = AgeFile.workFactorLimit

    static func wrap(_ fileKey: SymmetricKey, passphrase: String, workFactor: Int) throws -> Stanza {
        let salt = SymmetricKey(size: .bits128).withUnsafeBytes { Array($0) }
        let wrapKey = try derive(passphrase, salt: salt, workFactor: workFactor)
        return Stanza(arguments: [stanzaType, StrictBase64.encode(salt), String(workFactor)], body: try FileKeyWrap.seal(fileKey, with: wrapKey))
    }

    /// The salt and work factor of an scrypt stanza, refusing any that breaks the specification
    /// or asks for more work than ``workFactorLimit``, before any passphrase is asked for.
    static func check(_ stanza: Stanza) throws(AgeError) -> (salt: [UInt8], workFactor: Int) {
        guard stanza.arguments.count == 3 else { throw .malformedStanza(type: stanzaType, "has \(stanza.arguments.count - 1) arguments, not 2") }
        guard let salt = StrictBase64.decode(stanza.arguments[1]), salt.count == 16 else {
            throw .malformedStanza(type: stanzaType, "has a salt that is not 16 bytes of canonical base64")
        }
        let factor = stanza.arguments[2]
        guard factor.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), !factor.hasPrefix("0"), factor.utf8.count <= 2, let workFactor = Int(factor) else {
            throw .malformedStanza(type: stanzaType, "has a work factor that is not a decimal number from 1 to 99")
        }
        guard workFactor <= workFactorLimit else { throw .workFactorTooLarge(workFactor, limit: workFactorLimit) }
        guard stanza.body.count == 32 else { throw .malformedStanza(type: stanzaType, "has a body of \(stanza.body.count) bytes, not 32") }
        return (salt, workFactor)
    }

    /// The file key in a checked `stanza`, or `nil` when `passphrase` does not open it.
    static func unwrap(_ stanza: Stanza, salt: [UInt8], workFactor: Int, passphrase: String) -> SymmetricKey? {
        guard let wrapKey = try? derive(passphrase, salt: salt, workFactor: workFactor) else { return nil }
        return FileKeyWrap.open(stanza.body, with: wrapKey)
    }

    private static func derive(_ passphrase: String, salt: [UInt8], workFactor: Int) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(from: Array(passphrase.utf8), salt: label + salt, outputByteCount: 32, rounds: 1 << workFactor, blockSize: 8, parallelism: 1)
    }
}
