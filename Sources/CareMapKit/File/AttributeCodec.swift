import Foundation

/// Node and link attributes as text in the words of the file format (`strength=strong`,
/// `lang=ar,en`): the one place that turns attribute text into model values.
///
/// The parser, the editor's form and its `:set` command all come through here, so a value means
/// the same wherever it is typed and every refusal is worded the same. ``attributes(of:)-(Node)``
/// is the way back, in the order the printer writes.
///
/// An empty value clears the attribute (`strength=` and `strength=""` mean "not said"). A key
/// the node or link does not know is refused with a hint, not stored in `extra`: the editor must
/// not invent attributes from a typo, and the parser keeps unknown keys of a file itself, with
/// a warning, because there they may come from a newer caremap.
public enum AttributeCodec {
    /// The largest pinned coordinate accepted in `at=`: far beyond any map, small enough that
    /// layout arithmetic on it can never overflow.
    public static let positionLimit = 1_000_000

    /// The oldest age accepted in `age=`.
    public static let ageLimit = 130

    /// Sets the node attribute `key` (one of ``CareMap/nodeAttributes``) from `value`.
    ///
    /// Any role is accepted, because an unknown role is kept and only warned about; language
    /// tags are stored in their conventional case (`EN-gb` → `en-GB`).
    public static func set(_ key: String, to value: String, on node: inout Node) throws(AttributeError) {
        switch key {
        case "role": node.role = value.isEmpty ? nil : Role(value)
        case "sector": node.sectorOverride = try word(Sector.self, "sector", value)
        case "lang": (node.languages, node.languageLevels) = try spokenLanguages(value)
        case "ring": node.ring = try ring(value)
        case "domains": node.domains = try words(Domain.self, "domain", value)
        case "at": node.position = try position(value)
        case "private": node.isPrivate = try yesOrNo(value, "private")
        case "age": node.age = try age(value)
        case "minor": node.isMinor = try yesOrNo(value, "minor")
        case "needs-interpreter": node.needsInterpreter = try yesOrNo(value, "needs-interpreter")
        case "interpreter-gender": node.interpreterGender = try word(InterpreterGender.self, "interpreter gender", value)
        case "interpreter-lang": node.interpreterLanguage = try oneLanguage(value, else: AttributeError.Kind.oneInterpreterLanguage)
        case "barriers": node.barriers = try words(Barrier.self, "barrier", value)
        case "notes": node.notes = value
        default: throw AttributeError(.unknownAttribute(key, keys: CareMap.nodeAttributes))
        }
    }

    /// Sets the link attribute `key` (one of ``CareMap/linkAttributes``) from `value`.
    ///
    /// A `via` must be a well-formed id; whether it names a node of the map is for validation,
    /// which sees the whole map.
    public static func set(_ key: String, to value: String, on link: inout Link) throws(AttributeError) {
        switch key {
        case "strength": link.strength = try word(Strength.self, "strength", value)
        case "quality": link.quality = try word(Quality.self, "quality", value)
        case "status": link.status = try word(LinkStatus.self, "status", value)
        case "support": link.support = try words(SupportType.self, "support", value)
        case "mode": link.modes = try words(ContactMode.self, "mode", value)
        case "lang": link.language = try oneLanguage(value, else: AttributeError.Kind.oneLanguagePerLink)
        case "via":
            guard value.isEmpty || NodeID(value).isWellFormed else {
                throw AttributeError(.problem(.malformedID(NodeID(value))))
            }
            link.via = value.isEmpty ? nil : NodeID(value)
        case "trust": link.trust = try word(Trust.self, "trust", value)
        case "barriers": link.barriers = try words(Barrier.self, "barrier", value)
        case "reported-by": link.reportedBy = value
        case "domains": link.domains = try words(Domain.self, "domain", value)
        case "notes": link.notes = value
        default: throw AttributeError(.unknownAttribute(key, keys: CareMap.linkAttributes))
        }
    }

    private static func word<Word: RawRepresentable<String> & CaseIterable>(
        _: Word.Type, _ what: String, _ value: String
    ) throws(AttributeError) -> Word? {
        guard !value.isEmpty else { return nil }
        guard let word = Word(rawValue: value) else {
            throw AttributeError(.unknownWord(what: what, word: value, vocabulary: Word.allCases.map(\.rawValue)))
        }
        return word
    }

    private static func words<Word: RawRepresentable<String> & CaseIterable & Hashable>(
        _: Word.Type, _ what: String, _ value: String
    ) throws(AttributeError) -> Set<Word> {
        var result = Set<Word>()
        for item in items(value) {
            guard let word = Word(rawValue: item) else {
                throw AttributeError(.unknownWord(what: what, word: item, vocabulary: Word.allCases.map(\.rawValue)))
            }
            result.insert(word)
        }
        return result
    }

    private static func languages(_ value: String) throws(AttributeError) -> [LanguageTag] {
        var tags: [LanguageTag] = []
        for item in items(value) {
            let tag = LanguageTag(item)
            guard tag.isWellFormed else { throw AttributeError(.problem(.malformedLanguage(tag))) }
            tags.append(tag.canonical)
        }
        return tags
    }

    /// Languages with optional levels, `prs,en:basic`: the tags in order, and the levels of
    /// those written with one.
    private static func spokenLanguages(_ value: String) throws(AttributeError) -> ([LanguageTag], [LanguageTag: LanguageLevel]) {
        var tags: [LanguageTag] = [], levels: [LanguageTag: LanguageLevel] = [:]
        for item in items(value) {
            let parts = item.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let tag = LanguageTag(String(parts[0]))
            guard tag.isWellFormed else { throw AttributeError(.problem(.malformedLanguage(tag))) }
            tags.append(tag.canonical)
            if parts.count == 2 { levels[tag.canonical] = try word(LanguageLevel.self, "language level", String(parts[1])) }
        }
        return (tags, levels)
    }

    /// One language tag, or none for an empty value: a tie's language, an interpreter's dialect.
    private static func oneLanguage(
        _ value: String, else refusal: (String, Int) -> AttributeError.Kind
    ) throws(AttributeError) -> LanguageTag? {
        let tags = try languages(value)
        guard tags.count <= 1 else { throw AttributeError(refusal(value, tags.count)) }
        return tags.first
    }

    /// An age in whole years, 0 to ``ageLimit``.
    private static func age(_ value: String) throws(AttributeError) -> Int? {
        guard !value.isEmpty else { return nil }
        guard let age = Int(value), (0...ageLimit).contains(age) else { throw AttributeError(.malformedAge(value)) }
        return age
    }

    private static func ring(_ value: String) throws(AttributeError) -> Int? {
        guard !value.isEmpty else { return nil }
        guard let ring = Int(value) else { throw AttributeError(.ringNotANumber(value)) }
        guard Node.rings.contains(ring) else { throw AttributeError(.problem(.ringOutOfRange(NodeID(""), ring))) }
        return ring
    }

    private static func position(_ value: String) throws(AttributeError) -> MapPoint? {
        guard !value.isEmpty else { return nil }
        let parts = value.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let x = Int(parts[0].trimmingCharacters(in: .whitespaces)),
              let y = Int(parts[1].trimmingCharacters(in: .whitespaces)),
              // A range, not `abs`: `abs(Int.min)` overflows and traps.
              (-positionLimit...positionLimit).contains(x), (-positionLimit...positionLimit).contains(y)
        else { throw AttributeError(.malformedPosition(value)) }
        return MapPoint(x: x, y: y)
    }

    private static func yesOrNo(_ value: String, _ key: String) throws(AttributeError) -> Bool {
        switch value {
        case "yes": true
        case "no", "": false
        default: throw AttributeError(.unknownWord(what: "\(key) value", word: value, vocabulary: ["yes", "no"]))
        }
    }

    /// A comma-separated list; spaces around items are allowed, as typed in the editor.
    ///
    /// Foundation's trimming is slow enough to show when reading a large map, so an item that
    /// starts and ends with a printable ASCII byte (nearly every one) is taken as it is.
    private static func items(_ value: String) -> [String] {
        let isPlain: (UInt8?) -> Bool = { $0.map { $0 > 0x20 && $0 < 0x7F } ?? false }
        var items: [String] = []
        for item in value.split(separator: ",") {
            let trimmed = isPlain(item.utf8.first) && isPlain(item.utf8.last) ? String(item) : item.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { items.append(trimmed) }
        }
        return items
    }
}
