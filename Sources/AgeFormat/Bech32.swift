/// Bech32 (BIP 173), the encoding of age's keys: `age1…` recipients and
/// `AGE-SECRET-KEY-1…` identities.
///
/// Written from BIP 173 ("Bech32", Wuille and Maxwell, 2017), as age's own `internal/bech32`
/// is; like age, without BIP 173's 90-character limit, which is for Bitcoin addresses.
enum Bech32 {
    private static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]

    /// `data` under `prefix` (the human-readable part), lower case; age writes identities upper case.
    static func encode(prefix: String, _ data: [UInt8]) -> String {
        let prefix = prefix.lowercased()
        let values = convertBits(data, from: 8, to: 5, pad: true)!
        let checksum = self.checksum(prefix: prefix, values)
        return prefix + "1" + String(decoding: (values + checksum).map { charset[Int($0)] }, as: UTF8.self)
    }

    /// The prefix (lower case) and data of `text`, or `nil` if it is not valid Bech32: mixed
    /// case, a character outside the alphabet, a bad checksum or bad padding.
    static func decode(_ text: String) -> (prefix: String, data: [UInt8])? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ (33...126).contains($0) }) else { return nil }
        let lower = text.lowercased()
        guard text == lower || text == text.uppercased() else { return nil }
        let scalars = Array(lower.utf8)
        guard let separator = scalars.lastIndex(of: UInt8(ascii: "1")), separator > 0, scalars.count - separator > 6 else { return nil }
        let prefix = String(decoding: scalars[..<separator], as: UTF8.self)
        var values: [UInt8] = []
        for character in scalars[(separator + 1)...] {
            guard let value = charset.firstIndex(of: character) else { return nil }
            values.append(UInt8(value))
        }
        guard polymod(expand(prefix) + values) == 1 else { return nil }
        guard let data = convertBits(Array(values.dropLast(6)), from: 5, to: 8, pad: false) else { return nil }
        return (prefix, data)
    }

    private static func checksum(prefix: String, _ values: [UInt8]) -> [UInt8] {
        let mod = polymod(expand(prefix) + values + [0, 0, 0, 0, 0, 0]) ^ 1
        return (0..<6).map { UInt8((mod >> (5 * (5 - $0))) & 31) }
    }

    private static func expand(_ prefix: String) -> [UInt8] {
        let bytes = Array(prefix.utf8)
        return bytes.map { $0 >> 5 } + [0] + bytes.map { $0 & 31 }
    }

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var check: UInt32 = 1
        for value in values {
            let top = check >> 25
            check = (check & 0x1ff_ffff) << 5 ^ UInt32(value)
            for index in 0..<5 where (top >> index) & 1 == 1 { check ^= generator[index] }
        }
        return check
    }

    /// Regroups bits, as BIP 173's `convertbits`: padding is added when encoding and must be
    /// fewer than `from` zero bits when decoding.
    private static func convertBits(_ data: [UInt8], from: Int, to: Int, pad: Bool) -> [UInt8]? {
        var accumulator = 0
        var bits = 0
        var result: [UInt8] = []
        let mask = (1 << to) - 1
        for value in data {
            guard Int(value) >> from == 0 else { return nil }
            accumulator = (accumulator << from) | Int(value)
            bits += from
            while bits >= to {
                bits -= to
                result.append(UInt8((accumulator >> bits) & mask))
            }
        }
        if pad {
            if bits > 0 { result.append(UInt8((accumulator << (to - bits)) & mask)) }
        } else if bits >= from || (accumulator << (to - bits)) & mask != 0 {
            return nil
        }
        return result
    }
}
