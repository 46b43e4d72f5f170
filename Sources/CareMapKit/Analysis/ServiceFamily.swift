/// A kind of formal health care, judged on its own: a strong route to a GP does not make up
/// for no way into mental health care.
///
/// Derived from roles (the table in `docs/domains.md`); a formal-health node whose role names
/// no family (a `sector=formal-health` override, a role the vocabulary lacks) is "other health
/// care". New families are added here and in that table.
public enum ServiceFamily: String, CaseIterable, Hashable, Sendable {
    case primaryCare = "primary-care"
    case pharmacy
    case mentalHealth = "mental-health"
    case hospital
    case maternity
    case dental
    case sexualHealth = "sexual-health"
    case otherHealth = "other-health"

    /// The family in words, as a sentence says it: "all routes to primary care".
    public var title: String {
        switch self {
        case .primaryCare: "primary care"
        case .pharmacy: "a pharmacy"
        case .mentalHealth: "mental health care"
        case .hospital: "hospital and specialist care"
        case .maternity: "maternity and child health"
        case .dental: "dental care"
        case .sexualHealth: "sexual health care"
        case .otherHealth: "other health care"
        }
    }

    /// The family a node belongs to, or `nil` for a node outside formal health care.
    public static func of(_ node: Node) -> ServiceFamily? {
        guard node.sector == .formalHealth else { return nil }
        return node.role.flatMap { byRole[$0] } ?? .otherHealth
    }

    private static let byRole: [Role: ServiceFamily] = [
        .gp: .primaryCare, .nurse: .primaryCare, .gpSurgery: .primaryCare,
        .pharmacy: .pharmacy,
        .mentalHealth: .mentalHealth,
        .hospital: .hospital,
        .midwife: .maternity, .healthVisitor: .maternity,
        .dentist: .dental, .dentalPractice: .dental,
        .sexualHealthClinic: .sexualHealth,
    ]
}
