@testable import AgeFormat
import Foundation
import PropertyBased
import Testing

/// The age format's own parts: round trips through encryption at the sizes around STREAM's
/// 64 KiB chunks, keys as `age-keygen` writes them, strict base64, and the exact words of
/// every refusal a person may meet.
@Suite struct AgeFormatTests {
    /// A fast passphrase work factor for tests; files for people use age's 18.
    static let quick = 10

    @Test(arguments: [0, 1, 65535, 65536, 65537, 131_072, 131_073])
    func roundTripsAtChunkBoundaries(size: Int) throws {
        let plaintext = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let identity = X25519Identity()
        let sealed = AgeFile.encrypt(plaintext, to: .keys([identity.recipient]))
        #expect(try AgeFile.decrypt(sealed, identities: [identity]) { nil }.plaintext == plaintext)
        // One nonce, then one tag per chunk; an empty file still has its one (empty) last chunk.
        #expect(sealed.count - (try AgeHeader.parse(sealed).payloadStart) == 16 + size + 16 * max(1, (size + 65535) / 65536))
    }

    @Test func randomBytesRoundTripWithAPassphrase() async {
        await propertyCheck(count: 25, input: Gen.uint8(in: 0 ... .max).array(of: 0...3000), Gen.unicodeScalar(in: " "..."~").map(Character.init).string(of: 1...20)) { bytes, passphrase in
            let sealed = AgeFile.encrypt(bytes, to: .passphrase(passphrase, workFactor: Self.quick))
            let opened = try? AgeFile.decrypt(sealed, identities: []) { passphrase }
            #expect(opened?.plaintext == bytes)
            #expect(opened?.passphrase == passphrase)
        }
    }

    @Test func severalRecipientsEachOpenTheFile() throws {
        let team = (0..<3).map { _ in X25519Identity() }
        let sealed = AgeFile.encrypt(Array("caremap 1\n".utf8), to: .keys(team.map(\.recipient)))
        for member in team {
            let opened = try AgeFile.decrypt(sealed, identities: [member]) { nil }
            #expect(opened.keyCount == 3)
            #expect(opened.identity?.recipient == member.recipient)
        }
        #expect(throws: AgeError.noIdentityMatched(stanzas: 3)) { try AgeFile.decrypt(sealed, identities: [X25519Identity()]) { nil } }
    }

    @Test func keysReadAsAgeKeygenWritesThem() throws {
        // The identity and recipient of the X25519 section of C2SP age.
        let identity = try X25519Identity("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")
        #expect(identity.recipient.description == "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj")
        #expect(identity.text == "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")
        let file = """
            # created: 2026-12-07T12:00:00Z
            # public key: age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj
            AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX

            """
        #expect(try X25519Identity.parseList(file).map(\.recipient) == [identity.recipient])
        #expect(try X25519Recipient.parseList("# team\nage1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj\n\n") == [identity.recipient])
    }

    @Test func badKeysAreRefusedInWords() {
        // The last character changed: the checksum fails.
        let typo = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwk"
        #expect(throws: AgeError.invalidRecipient(typo)) { try X25519Recipient(typo) }
        #expect(AgeError.invalidRecipient(typo).description == "'\(typo)' is not an age recipient (age1…)")
        #expect(throws: AgeError.invalidIdentity("line 2")) { try X25519Identity.parseList("# key\nAGE-SECRET-KEY-1NOPE\n") }
        #expect(AgeError.invalidIdentity("line 2").description == "line 2 is not an age identity (AGE-SECRET-KEY-1…)")
    }

    @Test func base64IsStrict() {
        #expect(StrictBase64.decode("AAAA") == [0, 0, 0])
        #expect(StrictBase64.decode("AA") == [0])
        #expect(StrictBase64.decode("AB") == nil, "non-zero unused bits")
        #expect(StrictBase64.decode("AA==") == nil, "padding")
        #expect(StrictBase64.decode("A") == nil)
        #expect(StrictBase64.decode("AA\n") == nil)
        #expect(StrictBase64.encode([0xFF, 0xEE]) == "/+4")
    }

    @Test func refusalsAreWorded() throws {
        let sealed = AgeFile.encrypt([1, 2, 3], to: .passphrase("right", workFactor: Self.quick))
        #expect(throws: AgeError.wrongPassphrase) { try AgeFile.decrypt(sealed, identities: []) { "wrong" } }
        #expect(throws: AgeError.passphraseNeeded) { try AgeFile.decrypt(sealed, identities: []) { nil } }
        let owner = X25519Identity()
        let keyed = AgeFile.encrypt([1, 2, 3], to: .keys([owner.recipient]))
        #expect(throws: AgeError.identityNeeded) { try AgeFile.decrypt(keyed, identities: []) { nil } }
        #expect(throws: AgeError.truncatedPayload) { try AgeFile.decrypt(Array(keyed.dropLast(5)), identities: [owner]) { nil } }
        let words: [(AgeError, String)] = [
            (.wrongPassphrase, "wrong passphrase"),
            (.passphraseNeeded, "it is encrypted with a passphrase and none was given"),
            (.identityNeeded, "it is encrypted to age keys; give your identity with --identity FILE or CAREMAP_IDENTITY"),
            (.noIdentityMatched(stanzas: 1), "none of the identities given opens it (it is encrypted to one age key)"),
            (.noIdentityMatched(stanzas: 2), "none of the identities given opens it (it is encrypted to 2 age keys)"),
            (.workFactorTooLarge(23, limit: 22), "its passphrase work factor is 2^23, above the limit of 2^22; caremap will not spend that much time and memory"),
            (.headerMACMismatch, "its header does not match its MAC; the file was changed after it was encrypted"),
            (.truncatedPayload, "it is cut short; the end of the encrypted map is missing"),
            (.damagedPayload(chunk: 0), "it is damaged: encrypted block 1 does not decrypt"),
            (.unsupportedVersion("v2"), "it is an age file of version 'v2'; caremap reads version v1"),
            (.malformedHeader("the header ends before its MAC line"), "it is not a valid age file: the header ends before its MAC line"),
            (.lowOrderShare, "it is not a valid age file: an X25519 stanza has a low-order share"),
        ]
        for (error, text) in words { #expect(error.description == text) }
    }

    @Test func anotherVersionIsNamedOnlyWhenItIsPrintable() {
        #expect(throws: AgeError.unsupportedVersion("v2")) { try AgeHeader.parse(Array("age-encryption.org/v2\n".utf8)) }
        #expect(throws: AgeError.malformedHeader("its version line is not 'age-encryption.org/' and a version")) {
            try AgeHeader.parse(Array("age-encryption.org/\u{1B}[2J\n".utf8))
        }
    }

    @Test func anAbsurdWorkFactorIsRefusedBeforeThePassphraseIsAsked() throws {
        var header = AgeHeader(stanzas: [Stanza(arguments: ["scrypt", StrictBase64.encode(Array(repeating: 1, count: 16)), "23"], body: Array(repeating: 0, count: 32))])
        header.mac = Array(repeating: 0, count: 32)
        var asked = false
        #expect(throws: AgeError.workFactorTooLarge(23, limit: 22)) {
            try AgeFile.decrypt(header.bytes + Array(repeating: 0, count: 40), identities: []) { asked = true; return "x" }
        }
        #expect(!asked)
    }

    @Test func aHeaderPrintsAsItParses() throws {
        let long = Stanza(arguments: ["example.com/long", "a"], body: Array(repeating: 7, count: 48))
        let header = AgeHeader(stanzas: [long, Stanza(arguments: ["x"], body: [])], mac: Array(repeating: 9, count: 32))
        // 48 bytes are exactly 64 columns of base64, so the body ends with an empty line.
        #expect(String(decoding: header.bytes, as: UTF8.self).contains(String(repeating: "BwcH", count: 16) + "\n\n-> x\n\n---"))
        let parsed = try AgeHeader.parse(header.bytes + [0xFF])
        #expect(parsed.header == header)
        #expect(parsed.payloadStart == header.bytes.count)
    }
}
