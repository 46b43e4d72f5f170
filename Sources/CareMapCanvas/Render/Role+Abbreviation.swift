import CareMapKit

extension Role {
    /// A short form shown in the top border of a node's box (`GP`, `Int`, `Fam`), so a map read
    /// in monochrome or by someone who cannot tell the sector colours apart still says what each
    /// node is. `nil` for `other` and unknown roles: an unknown role is free text from the file,
    /// which could name someone, so it is never put on the map.
    public var abbreviation: String? { Role.abbreviations[self] }

    private static let abbreviations: [Role: String] = [
        .serviceUser: "SU", .family: "Fam", .friend: "Frd", .peer: "Peer", .communityLeader: "CL",
        .faithLeader: "Faith", .interpreter: "Int", .bilingualWorker: "BW", .gp: "GP", .nurse: "Nurse",
        .mentalHealth: "MH", .socialWorker: "SW", .teacher: "Tchr", .settlementWorker: "Settl",
        .caseworker: "CW", .legalAdviser: "Legal", .volunteer: "Vol",
        .gpSurgery: "GP", .hospital: "Hosp", .pharmacy: "Pharm", .communityCentre: "CC",
        .placeOfWorship: "Wrshp", .school: "Schl", .college: "Coll", .charity: "Chty",
        .accommodation: "Home", .reportingCentre: "Rep",
    ]
}
