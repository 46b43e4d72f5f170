import CareMapKit
import PropertyBased
import Testing

/// ``LanguageTag`` checks and case-maps tags on bytes, for speed on large maps. These tests hold
/// it to the plain reading of RFC 5646 it replaced, written here on `String`s and `Character`s.
@Suite struct LanguageTagReferenceTests {
    /// Tags of one to six subtags, most of the lengths the grammar cares about (two and three
    /// letters, four, five to eight), some of letters alone and some mixing digits, the
    /// private-use `x`, a non-ASCII letter and an underscore, so every branch is reached.
    static let tags = Gen.uint64(in: 0 ... .max).map { seed in
        var random = Xoshiro(seed: (0x9E37_79B9_7F4A_7C15, seed, ~seed, 1))
        let lengths = [0, 1, 2, 2, 3, 3, 3, 3, 4, 4, 5, 8, 9]
        return (0..<Int.random(in: 1...6, using: &random)).map { _ in
            let alphabet = Array(Bool.random(using: &random) ? "abcXYZ" : "aBx19é_")
            let length = lengths.randomElement(using: &random) ?? 2
            return String((0..<length).map { _ in alphabet.randomElement(using: &random) ?? "a" })
        }.joined(separator: "-")
    }

    @Test func wellFormednessMatchesTheStringReading() async {
        await propertyCheck(count: 10000, input: Self.tags) { tag in
            #expect(LanguageTag(tag).isWellFormed == Reference.isWellFormed(tag), "\(tag)")
        }
    }

    @Test func canonicalCaseMatchesTheStringReadingOnASCIITags() async {
        await propertyCheck(count: 10000, input: Self.tags) { tag in
            guard tag.utf8.allSatisfy({ $0 < 0x80 }) else { return }
            #expect(LanguageTag(tag).canonical.rawValue == Reference.canonical(tag), "\(tag)")
        }
    }

    /// The property tests above mean something only if the generated tags include well-formed
    /// ones, with more than one subtag, and malformed ones.
    @Test func theGeneratedTagsAreBothWellFormedAndMalformed() {
        var random = Xoshiro(seed: (1, 2, 3, 4))
        let sample = (0..<2000).map { _ in Self.tags.run(using: &random) }
        #expect(sample.contains { $0.contains("-") && Reference.isWellFormed($0) })
        #expect(sample.contains { !Reference.isWellFormed($0) })
        #expect(sample.contains { $0.utf8.allSatisfy { $0 < 0x80 } && Reference.canonical($0) != $0 })
    }

    @Test func aCanonicalTagIsItsOwnCanonicalForm() {
        for tag in ["ar", "en-GB", "sr-Latn-RS", "en-a-bbb-x-a-ccc"] {
            #expect(LanguageTag(tag).canonical == LanguageTag(tag))
        }
    }

    /// The implementation ``LanguageTag`` had before it read bytes.
    enum Reference {
        static func canonical(_ rawValue: String) -> String {
            var result: [String] = []
            for (index, subtag) in rawValue.split(separator: "-", omittingEmptySubsequences: false).enumerated() {
                let afterSingleton = result.contains { $0.count == 1 }
                if index > 0, !afterSingleton, subtag.count == 4, subtag.allSatisfy(\.isLetter) {
                    result.append(subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased())
                } else if index > 0, !afterSingleton, subtag.count == 2, subtag.allSatisfy(\.isLetter) {
                    result.append(subtag.uppercased())
                } else {
                    result.append(subtag.lowercased())
                }
            }
            return result.joined(separator: "-")
        }

        static func isWellFormed(_ rawValue: String) -> Bool {
            let subtags = rawValue.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard let first = subtags.first, isAlpha(first, 2...8) else {
                return isPrivateUse(subtags, from: 0)
            }
            var index = 1
            if first.count <= 3 {
                var extlangs = 0
                while index < subtags.count, extlangs < 3, isAlpha(subtags[index], 3...3) {
                    index += 1
                    extlangs += 1
                }
            }
            if index < subtags.count, isAlpha(subtags[index], 4...4) { index += 1 }
            if index < subtags.count, isAlpha(subtags[index], 2...2) || isDigits(subtags[index], 3...3) {
                index += 1
            }
            while index < subtags.count, isVariant(subtags[index]) { index += 1 }
            while index < subtags.count, subtags[index].count == 1, subtags[index].lowercased() != "x" {
                guard isAlphanumeric(subtags[index], 1...1) else { return false }
                index += 1
                let start = index
                while index < subtags.count, isAlphanumeric(subtags[index], 2...8) { index += 1 }
                if index == start { return false }
            }
            return index == subtags.count || isPrivateUse(subtags, from: index)
        }

        static func isPrivateUse(_ subtags: [String], from index: Int) -> Bool {
            guard index < subtags.count, subtags[index].lowercased() == "x", index + 1 < subtags.count else {
                return false
            }
            return subtags[(index + 1)...].allSatisfy { isAlphanumeric($0, 1...8) }
        }

        static func isVariant(_ subtag: String) -> Bool {
            isAlphanumeric(subtag, 5...8)
                || (subtag.count == 4 && subtag.first.map(isASCIIDigit) == true && isAlphanumeric(subtag, 4...4))
        }

        static func isAlpha(_ subtag: String, _ lengths: ClosedRange<Int>) -> Bool {
            lengths.contains(subtag.count) && subtag.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
        }

        static func isDigits(_ subtag: String, _ lengths: ClosedRange<Int>) -> Bool {
            lengths.contains(subtag.count) && subtag.allSatisfy(isASCIIDigit)
        }

        static func isAlphanumeric(_ subtag: String, _ lengths: ClosedRange<Int>) -> Bool {
            lengths.contains(subtag.count)
                && subtag.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }

        static func isASCIIDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
    }
}
