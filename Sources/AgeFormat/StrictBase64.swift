import Foundation

/// Base64 as age writes it: the standard alphabet, no `=` padding, and only the one canonical
/// encoding of each value (unused low bits zero), so that no two files differ only in how
/// they spell the same bytes.
enum StrictBase64 {
    /// `bytes` in unpadded base64.
    static func encode(_ bytes: [UInt8]) -> String {
        var text = Data(bytes).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }

    /// The bytes `text` encodes, or `nil` unless it is canonical unpadded base64.
    ///
    /// Foundation decodes the padded form; encoding the result again and comparing rejects
    /// padding, stray characters and non-zero unused bits in one step.
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        guard text.utf8.allSatisfy(isAlphabet), text.utf8.count % 4 != 1 else { return nil }
        let padded = String(text) + String(repeating: "=", count: (4 - text.utf8.count % 4) % 4)
        guard let data = Data(base64Encoded: padded) else { return nil }
        let bytes = [UInt8](data)
        return encode(bytes) == text ? bytes : nil
    }

    /// Whether `byte` is one of the 64 characters of the standard alphabet.
    static func isAlphabet(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
