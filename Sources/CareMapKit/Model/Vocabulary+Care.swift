/// The vocabularies that let a map say, as data, what its notes used to say in prose: how well
/// someone speaks a language, what stands between them and care, and whom they trust. Each raw
/// value is the word used in `.caremap` files (see `docs/file-format.md`).

/// How well someone speaks a language, written after the tag: `lang=prs,en:basic`.
///
/// A tag written without a level is taken as spoken well, so every file written before levels
/// existed reads as it always did.
public enum LanguageLevel: String, CaseIterable, Hashable, Sendable, Comparable {
    /// A few words: not enough for a health appointment.
    case basic
    /// Everyday conversation, but not a consultation.
    case working
    /// Well enough for health care.
    case fluent

    public static func < (a: LanguageLevel, b: LanguageLevel) -> Bool { a.canonicalOrder < b.canonicalOrder }
}

/// Something that stands between a person and care, recorded on a node (the person, or the
/// service that puts it there) or on a tie. The review: "Social and political structures can
/// diminish these efforts".
public enum Barrier: String, CaseIterable, Hashable, Sendable {
    /// A GP practice refused to register them (Doctors of the World, "Registration Refused", 2017).
    case registrationRefused = "registration-refused"
    /// Charged for care, or told they are not entitled to it.
    case charging
    /// Afraid that using a service will bring them to the attention of immigration enforcement.
    case immigrationFear = "immigration-fear"
    /// Cannot afford it: prescriptions, travel, phone credit.
    case cost
    /// Cannot get there.
    case transport
    /// Cannot book or attend online: no phone, data or confidence with apps.
    case digital
    /// Open only when they cannot come.
    case openingHours = "opening-hours"
    /// No one to look after the children.
    case childcare
    /// Treated worse because of who they are.
    case discrimination
}

/// How far the person trusts the other end of a tie. The review: care "delivered by people who
/// they trust".
public enum Trust: String, CaseIterable, Hashable, Sendable {
    case trusted, wary, distrusted
}

/// Whom the person asks to interpret for them, when it matters to them.
public enum InterpreterGender: String, CaseIterable, Hashable, Sendable {
    case woman, man
}
