import CareMapKit
import Testing

@Suite struct FileAttributeCodecTests {
    static func node(_ attributes: [(String, String)]) throws -> Node {
        var node = Node(id: "n", kind: .person)
        for (key, value) in attributes { try AttributeCodec.set(key, to: value, on: &node) }
        return node
    }

    static func link(_ attributes: [(String, String)]) throws -> Link {
        var link = Link(from: "a", to: "b")
        for (key, value) in attributes { try AttributeCodec.set(key, to: value, on: &link) }
        return link
    }

    static func refusal(_ key: String, _ value: String, onLink: Bool = false) -> String? {
        do throws(AttributeError) {
            if onLink {
                var link = Link(from: "a", to: "b")
                try AttributeCodec.set(key, to: value, on: &link)
            } else {
                var node = Node(id: "n", kind: .person)
                try AttributeCodec.set(key, to: value, on: &node)
            }
            return nil
        } catch {
            return error.description
        }
    }

    @Test func setsEveryNodeAttribute() throws {
        let node = try Self.node([
            ("role", "interpreter"), ("sector", "community"), ("lang", "AR, en-gb"), ("ring", "2"),
            ("domains", "knowledge,communication"), ("at", "40,-12"), ("private", "yes"), ("notes", "Tuesdays"),
        ])
        #expect(node == Node(
            id: "n", kind: .person, role: .interpreter, sectorOverride: .community,
            languages: [LanguageTag("ar"), LanguageTag("en-GB")], ring: 2, domains: [.knowledge, .communication],
            notes: "Tuesdays", position: MapPoint(x: 40, y: -12), isPrivate: true
        ))
    }

    @Test func setsEveryLinkAttribute() throws {
        let link = try Self.link([
            ("strength", "strong"), ("quality", "mixed"), ("status", "hoped-for"), ("support", "health,emotional"),
            ("mode", "phone"), ("lang", "PRS"), ("via", "hassan"), ("reported-by", "Amira"),
            ("domains", "network"), ("notes", "weekly"),
        ])
        #expect(link == Link(
            from: "a", to: "b", strength: .strong, quality: .mixed, status: .hopedFor, support: [.health, .emotional],
            modes: [.phone], language: LanguageTag("prs"), via: "hassan", reportedBy: "Amira", domains: [.network],
            notes: "weekly"
        ))
    }

    @Test func anEmptyValueClearsTheAttribute() throws {
        var node = try Self.node([("role", "gp"), ("ring", "1"), ("lang", "ar"), ("at", "1,2"), ("private", "yes")])
        for key in ["role", "ring", "lang", "at", "private"] { try AttributeCodec.set(key, to: "", on: &node) }
        #expect(node == Node(id: "n", kind: .person))
        var link = try Self.link([("strength", "strong"), ("via", "x"), ("lang", "ar"), ("mode", "phone")])
        for key in ["strength", "via", "lang", "mode"] { try AttributeCodec.set(key, to: "", on: &link) }
        #expect(link == Link(from: "a", to: "b"))
    }

    @Test func anyRoleIsKeptBecauseValidationOnlyWarns() throws {
        #expect(try Self.node([("role", "imam")]).role == Role("imam"))
    }

    @Test func refusalsAreWordedForTheFacilitator() {
        #expect(Self.refusal("strength", "strng", onLink: true) == "unknown strength 'strng'; did you mean 'strong'?")
        #expect(Self.refusal("quality", "awful", onLink: true) == "unknown quality 'awful'; use one of supportive, stressful, mixed")
        #expect(Self.refusal("status", "gone", onLink: true) == "unknown status 'gone'; use one of current, past, hoped-for")
        #expect(Self.refusal("support", "health,emotinal", onLink: true) == "unknown support 'emotinal'; did you mean 'emotional'?")
        #expect(Self.refusal("mode", "post", onLink: true) == "unknown mode 'post'; use one of in-person, phone, online")
        #expect(Self.refusal("sector", "statutry") == "unknown sector 'statutry'; did you mean 'statutory'?")
        #expect(Self.refusal("domains", "knowlege") == "unknown domain 'knowlege'; did you mean 'knowledge'?")
        #expect(Self.refusal("private", "maybe") == "unknown private value 'maybe'; use one of yes, no")
        #expect(Self.refusal("ring", "7") == "ring 7 is out of range; use 1 (closest), 2 or 3")
        #expect(Self.refusal("ring", "0") == "ring 0 is out of range; use 1 (closest), 2 or 3")
        #expect(Self.refusal("ring", "near") == "ring 'near' is not a number; use 1 (closest), 2 or 3")
        #expect(Self.refusal("lang", "ar,english!") == "malformed language tag 'english!'; use a BCP 47 tag such as 'ar', 'prs' or 'en-GB'")
        #expect(Self.refusal("lang", "ar,en", onLink: true) == "lang 'ar,en' names 2 languages; a tie has one, the language the two use together")
        #expect(Self.refusal("via", "Hassan", onLink: true)
            == "malformed id 'Hassan'; ids use lowercase letters, digits and '-', starting with a letter or digit")
        #expect(Self.refusal("at", "40") == "malformed position '40'; write at=X,Y in whole character cells, e.g. at=40,-12")
        #expect(Self.refusal("at", "1,2,3") == "malformed position '1,2,3'; write at=X,Y in whole character cells, e.g. at=40,-12")
        #expect(Self.refusal("at", "1000001,0") == "malformed position '1000001,0'; write at=X,Y in whole character cells, e.g. at=40,-12")
    }

    @Test func unknownKeysAreRefusedWithAHintNotStored() {
        #expect(Self.refusal("rng", "1") == "unknown attribute 'rng'; did you mean 'ring'?")
        #expect(Self.refusal("colour", "red")
            == "unknown attribute 'colour'; use one of role, sector, lang, ring, domains, at, private, age, minor, "
            + "needs-interpreter, interpreter-gender, interpreter-lang, barriers, notes")
        #expect(Self.refusal("strenght", "strong", onLink: true) == "unknown attribute 'strenght'; did you mean 'strength'?")
        #expect(Self.refusal("ring", "1", onLink: true) == "unknown attribute 'ring'; use one of "
            + "strength, quality, status, support, mode, lang, via, trust, barriers, reported-by, domains, notes")
    }

    @Test func languageLevelsAgesAndBarriersAreReadAndWrittenBack() throws {
        let node = try Self.node([
            ("lang", "prs, EN:basic"), ("age", "12"), ("minor", "yes"), ("needs-interpreter", "yes"),
            ("interpreter-gender", "woman"), ("interpreter-lang", "ar-SY"), ("barriers", "transport,cost"),
        ])
        #expect(node.languages == [LanguageTag("prs"), LanguageTag("en")])
        #expect(node.languageLevels == [LanguageTag("en"): .basic])
        #expect(node.fluentLanguages == [LanguageTag("prs")])
        #expect(node.age == 12 && node.isMinor && node.isChild && node.needsInterpreter)
        #expect(node.interpreterGender == .woman && node.interpreterLanguage == LanguageTag("ar-SY"))
        #expect(AttributeCodec.attributes(of: node).map { "\($0.key)=\($0.value)" } == [
            "lang=prs,en:basic", "age=12", "minor=yes", "needs-interpreter=yes", "interpreter-gender=woman",
            "interpreter-lang=ar-SY", "barriers=cost,transport",
        ])
        #expect(Self.refusal("lang", "en:good") == "unknown language level 'good'; use one of basic, working, fluent")
        #expect(Self.refusal("age", "twelve")
            == "age 'twelve' is not a whole number of years from 0 to 130; write age=12, or minor=yes when only that is known")
        #expect(Self.refusal("age", "-1")
            == "age '-1' is not a whole number of years from 0 to 130; write age=12, or minor=yes when only that is known")
        #expect(Self.refusal("minor", "maybe") == "unknown minor value 'maybe'; use one of yes, no")
        #expect(Self.refusal("barriers", "bus") == "unknown barrier 'bus'; use one of registration-refused, charging, immigration-fear, cost, transport, digital, opening-hours, childcare, discrimination")
        #expect(Self.refusal("interpreter-lang", "ar,ku")
            == "interpreter-lang 'ar,ku' names 2 languages; give the one language or dialect to interpret")
        #expect(Self.refusal("trust", "maybe", onLink: true) == "unknown trust 'maybe'; use one of trusted, wary, distrusted")
    }

    @Test func attributesComeBackInTheOrderOfTheTablesThenUnknownKeysSorted() throws {
        var node = try Self.node([
            ("notes", "n"), ("private", "yes"), ("at", "3,4"), ("domains", "knowledge,community"), ("ring", "3"),
            ("lang", "prs,ps"), ("sector", "private"), ("role", "gp"),
        ])
        node.extra = ["zeta": "z", "colour": "red"]
        let keys = AttributeCodec.attributes(of: node).map(\.key)
        #expect(keys == ["role", "sector", "lang", "ring", "domains", "at", "private", "notes", "colour", "zeta"])
        #expect(AttributeCodec.attributes(of: node).map(\.value) == ["gp", "private", "prs,ps", "3", "community,knowledge", "3,4", "yes", "n", "red", "z"])

        var link = try Self.link([
            ("notes", "n"), ("domains", "network"), ("reported-by", "me"), ("via", "c"), ("lang", "ar"),
            ("mode", "online,in-person"), ("support", "health,emotional"), ("status", "past"), ("quality", "mixed"),
            ("strength", "tenuous"),
        ])
        link.extra = ["b": "2", "a": "1"]
        #expect(AttributeCodec.attributes(of: link).map(\.key) == [
            "strength", "quality", "status", "support", "mode", "lang", "via", "reported-by", "domains", "notes", "a", "b",
        ])
        #expect(AttributeCodec.attributes(of: link)[3].value == "emotional,health")
        #expect(AttributeCodec.attributes(of: link)[4].value == "in-person,online")
    }

    @Test func onlySetAttributesAreListed() {
        #expect(AttributeCodec.attributes(of: Node(id: "n", kind: .place)).isEmpty)
        #expect(AttributeCodec.attributes(of: Link(from: "a", to: "b", status: .current)).map(\.key) == ["status"])
    }

    @Test func everyAttributeReadsBackFromItsText() throws {
        let node = Node(
            id: "n", kind: .group, role: Role("choir"), sectorOverride: .formalHealth,
            languages: [LanguageTag("sr-Latn"), LanguageTag("ar")], ring: 1, domains: Set(Domain.allCases),
            notes: "a \"b\"\nc", position: MapPoint(x: -5, y: 0), isPrivate: true
        )
        var back = Node(id: "n", kind: .group)
        for (key, value) in AttributeCodec.attributes(of: node) { try AttributeCodec.set(key, to: value, on: &back) }
        #expect(back == node)

        let link = Link(
            from: "a", to: "b", strength: .moderate, quality: .stressful, status: .current,
            support: Set(SupportType.allCases), modes: Set(ContactMode.allCases), language: LanguageTag("uk"),
            via: "c", reportedBy: "the caseworker", domains: [.engagement], notes: "x"
        )
        var linkBack = Link(from: "a", to: "b")
        for (key, value) in AttributeCodec.attributes(of: link) { try AttributeCodec.set(key, to: value, on: &linkBack) }
        #expect(linkBack == link)
    }
}
