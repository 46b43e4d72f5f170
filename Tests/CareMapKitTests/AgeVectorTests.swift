@testable import AgeFormat
import Crypto
import Foundation
import Testing

/// Every X25519 and scrypt vector of C2SP's age test kit (`Tests/AgeVectors/`): each file must
/// open, or fail in the class of way the kit expects (a bad header is not reported as a wrong
/// key, nor a bad MAC as a damaged payload).
@Suite struct AgeVectorTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("AgeVectors")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasSuffix(".md") }.sorted()
    }

    /// One vector: its header fields and the age file after them.
    struct Vector {
        var fields: [(String, String)] = []
        var file: [UInt8] = []

        init(_ bytes: [UInt8]) {
            var start = 0
            while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = end + 1 }
                if end == start { break }
                let line = String(decoding: bytes[start..<end], as: UTF8.self)
                guard let colon = line.range(of: ": ") else { continue }
                fields.append((String(line[..<colon.lowerBound]), String(line[colon.upperBound...])))
            }
            file = Array(bytes[start...])
        }

        func values(_ key: String) -> [String] { fields.filter { $0.0 == key }.map(\.1) }
    }

    /// How the kit classes a failure, for each of caremap's errors.
    static func expectation(of error: AgeError) -> String {
        switch error {
        case .malformedHeader, .malformedStanza, .unsupportedVersion, .workFactorTooLarge, .lowOrderShare: "header failure"
        case .noIdentityMatched, .wrongPassphrase, .unknownRecipientType: "no match"
        case .headerMACMismatch: "HMAC failure"
        case .truncatedPayload, .damagedPayload: "payload failure"
        case .passphraseNeeded, .identityNeeded, .invalidRecipient, .invalidIdentity: "missing key"
        }
    }

    @Test func theKitIsHere() {
        #expect(Self.names.count == 73)
    }

    @Test(arguments: names) func vector(_ name: String) throws {
        let vector = Vector(Array(try Data(contentsOf: Self.folder.appendingPathComponent(name))))
        let expected = try #require(vector.values("expect").first)
        let identities = try vector.values("identity").map { try X25519Identity($0) }
        let passphrase = vector.values("passphrase").first
        do {
            let opened = try AgeFile.decrypt(vector.file, identities: identities) { passphrase }
            #expect(expected == "success", "\(name) opened, but the kit expects \(expected)")
            let digest = SHA256.hash(data: opened.plaintext).map { String(format: "%02x", $0) }.joined()
            #expect(digest == vector.values("payload").first, "\(name): wrong plaintext")
        } catch {
            #expect(Self.expectation(of: error) == expected, "\(name): \(error)")
        }
    }
}
