import CareMapKit
import Testing

@Suite struct LanguageTagTests {
    @Test(arguments: ["ar", "prs", "ti", "en-GB", "sr-Latn-RS", "zh-Hant", "es-419", "de-CH-1996", "x-private", "en-a-bbb-x-a-ccc"])
    func acceptsWellFormedTags(_ tag: String) {
        #expect(LanguageTag(tag).isWellFormed)
    }

    @Test(arguments: ["", "a", "english language", "en--GB", "en-", "1a", "ar_SY", "en-x"])
    func rejectsMalformedTags(_ tag: String) {
        #expect(!LanguageTag(tag).isWellFormed)
    }

    @Test func canonicalCaseFollowsBCP47Conventions() {
        #expect(LanguageTag("EN-gb").canonical == LanguageTag("en-GB"))
        #expect(LanguageTag("SR-LATN-rs").canonical == LanguageTag("sr-Latn-RS"))
        #expect(LanguageTag("Ar").canonical.primaryLanguage == "ar")
    }
}
