/// A node's role from the documented vocabulary (see `docs/file-format.md`), or any other word.
///
/// Unknown roles are kept, not dropped: a workshop may need a word the vocabulary lacks, and
/// validation only warns. That is why this is a struct over a string rather than an enum.
public struct Role: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// Whether the role is in the documented vocabulary.
    public var isKnown: Bool { Role.defaultSectors[self] != nil || self == .other }

    /// The role in plain words for sentences a clinician reads ("GP surgery", "legal adviser"):
    /// the file's word with spaces for hyphens, and "GP" in capitals as it is always written.
    public var words: String {
        rawValue.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0 == "gp" ? "GP" : String($0) }
            .joined(separator: " ")
    }

    /// The sector a node with this role belongs to unless the file says otherwise;
    /// `nil` for `other` and unknown roles (the node's kind decides then).
    public var defaultSector: Sector? { Role.defaultSectors[self] }

    /// Every known role, people first, then places, then `other`, in documentation order.
    public static let vocabulary: [Role] = personRoles + placeRoles + [.other]

    public static let personRoles: [Role] = [
        .serviceUser, .family, .friend, .peer, .peerNavigator, .communityLeader, .faithLeader,
        .traditionalHealer, .interpreter, .bilingualWorker, .communityHealthWorker, .linkWorker,
        .gp, .nurse, .healthVisitor, .midwife, .dentist, .mentalHealth, .socialWorker, .teacher,
        .settlementWorker, .caseworker, .legalAdviser, .volunteer,
    ]

    public static let placeRoles: [Role] = [
        .gpSurgery, .hospital, .pharmacy, .dentalPractice, .sexualHealthClinic, .communityCentre, .placeOfWorship, .school, .college,
        .charity, .accommodation, .reportingCentre,
    ]

    // People.
    public static let serviceUser = Role("service-user")
    public static let family = Role("family")
    public static let friend = Role("friend")
    public static let peer = Role("peer")
    /// A peer paid or trained to walk someone through services, or to speak up for them.
    public static let peerNavigator = Role("peer-navigator")
    public static let communityLeader = Role("community-leader")
    public static let faithLeader = Role("faith-leader")
    /// A healer of the person's own tradition, one of the review's "traditional" providers.
    public static let traditionalHealer = Role("traditional-healer")
    public static let interpreter = Role("interpreter")
    public static let bilingualWorker = Role("bilingual-worker")
    public static let communityHealthWorker = Role("community-health-worker")
    /// A social-prescribing link worker, who connects a GP's patients with community support.
    public static let linkWorker = Role("link-worker")
    public static let gp = Role("gp")
    public static let nurse = Role("nurse")
    public static let healthVisitor = Role("health-visitor")
    public static let midwife = Role("midwife")
    public static let dentist = Role("dentist")
    public static let mentalHealth = Role("mental-health")
    public static let socialWorker = Role("social-worker")
    public static let teacher = Role("teacher")
    public static let settlementWorker = Role("settlement-worker")
    public static let caseworker = Role("caseworker")
    public static let legalAdviser = Role("legal-adviser")
    public static let volunteer = Role("volunteer")
    // Places.
    public static let gpSurgery = Role("gp-surgery")
    public static let hospital = Role("hospital")
    public static let pharmacy = Role("pharmacy")
    public static let dentalPractice = Role("dental-practice")
    public static let sexualHealthClinic = Role("sexual-health-clinic")
    public static let communityCentre = Role("community-centre")
    public static let placeOfWorship = Role("place-of-worship")
    public static let school = Role("school")
    public static let college = Role("college")
    public static let charity = Role("charity")
    public static let accommodation = Role("accommodation")
    public static let reportingCentre = Role("reporting-centre")
    // Anything else.
    public static let other = Role("other")

    /// The sector table documented in `docs/file-format.md`. Interpreters count as statutory
    /// (public-service interpreting); caseworkers as community (most sit in charities); a node's
    /// `sector=` attribute overrides any of these.
    private static let defaultSectors: [Role: Sector] = [
        .serviceUser: .personal, .family: .personal, .friend: .personal,
        .peer: .community, .peerNavigator: .community, .communityLeader: .community, .faithLeader: .community,
        .traditionalHealer: .community, .interpreter: .statutory, .bilingualWorker: .community,
        .communityHealthWorker: .community, .linkWorker: .statutory,
        .gp: .formalHealth, .nurse: .formalHealth, .healthVisitor: .formalHealth, .midwife: .formalHealth,
        .dentist: .formalHealth, .mentalHealth: .formalHealth,
        .socialWorker: .statutory, .teacher: .statutory, .settlementWorker: .statutory,
        .caseworker: .community, .legalAdviser: .private, .volunteer: .community,
        .gpSurgery: .formalHealth, .hospital: .formalHealth, .pharmacy: .formalHealth,
        .dentalPractice: .formalHealth, .sexualHealthClinic: .formalHealth,
        .communityCentre: .community, .placeOfWorship: .community, .school: .statutory,
        .college: .statutory, .charity: .community, .accommodation: .private,
        .reportingCentre: .statutory,
    ]
}
