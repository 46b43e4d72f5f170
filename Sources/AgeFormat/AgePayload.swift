import Crypto

/// The payload of an age file: a 16-byte nonce, then the plaintext in 64 KiB chunks, each
/// sealed with ChaCha20-Poly1305 under a nonce of an 11-byte big-endian counter and a last-chunk
/// flag (C2SP age, "Payload"; the STREAM construction of Hoang, Reyhanitabar, Rogaway and
/// Vizár, 2015). The flag makes a file cut at a chunk boundary fail instead of reading short.
enum AgePayload {
    static let chunkSize = 64 * 1024
    static let tagSize = 16
    static let nonceSize = 16

    static func seal(_ plaintext: [UInt8], fileKey: SymmetricKey) throws -> [UInt8] {
        let nonce = SymmetricKey(size: .bits128).withUnsafeBytes { Array($0) }
        let key = payloadKey(fileKey, nonce: nonce)
        var output = nonce
        output.reserveCapacity(nonceSize + plaintext.count + (plaintext.count / chunkSize + 1) * tagSize)
        var start = 0
        var counter = 0
        repeat {
            let end = min(start + chunkSize, plaintext.count)
            let box = try ChaChaPoly.seal(plaintext[start..<end], using: key, nonce: chunkNonce(counter, last: end == plaintext.count))
            output += box.ciphertext
            output += box.tag
            start = end
            counter += 1
        } while start < plaintext.count
        return output
    }

    /// The plaintext of `payload`, refusing a missing nonce (which the test kit counts as a
    /// broken header), a chunk that does not decrypt,
    /// a missing last chunk, anything after it, and an empty last chunk after others.
    static func open(_ payload: ArraySlice<UInt8>, fileKey: SymmetricKey) throws(AgeError) -> [UInt8] {
        guard payload.count >= nonceSize else { throw .malformedHeader("it ends before the payload's nonce") }
        guard payload.count >= nonceSize + tagSize else { throw .truncatedPayload }
        let key = payloadKey(fileKey, nonce: Array(payload.prefix(nonceSize)))
        var plaintext: [UInt8] = []
        plaintext.reserveCapacity(payload.count)
        var start = payload.startIndex + nonceSize
        var counter = 0
        while true {
            let remaining = payload.endIndex - start
            let last = remaining <= chunkSize + tagSize
            guard remaining >= tagSize else { throw .truncatedPayload }
            let end = last ? payload.endIndex : start + chunkSize + tagSize
            guard let box = try? ChaChaPoly.SealedBox(nonce: chunkNonce(counter, last: last), ciphertext: payload[start..<(end - tagSize)], tag: payload[(end - tagSize)..<end]),
                  let chunk = try? ChaChaPoly.open(box, using: key)
            else {
                // A full chunk that fails as a middle chunk may be a last chunk followed by more
                // bytes: either way the file was changed.
                throw last || remaining > chunkSize + tagSize ? .damagedPayload(chunk: counter) : .truncatedPayload
            }
            if last, chunk.isEmpty, counter > 0 { throw .damagedPayload(chunk: counter) }
            plaintext += chunk
            if last { return plaintext }
            start = end
            counter += 1
        }
    }

    private static func payloadKey(_ fileKey: SymmetricKey, nonce: [UInt8]) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: fileKey, salt: nonce, info: Array("payload".utf8), outputByteCount: 32)
    }

    private static func chunkNonce(_ counter: Int, last: Bool) -> ChaChaPoly.Nonce {
        var bytes = [UInt8](repeating: 0, count: 12)
        var value = UInt64(counter)
        for index in stride(from: 10, through: 3, by: -1) {
            bytes[index] = UInt8(value & 0xFF)
            value >>= 8
        }
        bytes[11] = last ? 1 : 0
        return try! ChaChaPoly.Nonce(data: bytes)
    }
}
