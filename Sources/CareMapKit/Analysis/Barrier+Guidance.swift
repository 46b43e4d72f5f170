/// What each barrier is called in a sentence, and what to do about it: the table in
/// `docs/domains.md`.
extension Barrier {
    public var title: String {
        switch self {
        case .registrationRefused: "registration refused"
        case .charging: "charged for care, or told they are not entitled"
        case .immigrationFear: "fear that using care brings immigration enforcement"
        case .cost: "cannot afford it"
        case .transport: "cannot get there"
        case .digital: "cannot book or attend online"
        case .openingHours: "open only when they cannot come"
        case .childcare: "no one to look after the children"
        case .discrimination: "treated worse because of who they are"
        }
    }

    public var suggestion: String {
        switch self {
        case .registrationRefused: "GP registration needs no proof of address, identity or immigration status: ask the practice again in writing, and contact the local NHS team or Doctors of the World if it still refuses."
        case .charging: "Check their entitlement (GP care and A&E are free to all; people seeking asylum are exempt from hospital charges) and ask a caseworker to challenge a wrong charge."
        case .immigrationFear: "Explain, with someone they trust, what health services do and do not share with the Home Office, and offer someone to go with them."
        case .cost: "Check help with costs: an HC2 certificate covers prescriptions, dental care, eye tests and travel to hospital."
        case .transport: "Arrange travel (HC2 travel costs, a volunteer driver) or care nearer home or by phone."
        case .digital: "Offer booking by phone or in person, or someone to help with online booking, and check they have a phone with data."
        case .openingHours: "Ask for appointments at times they can come, or care where they already go."
        case .childcare: "Ask for appointments where children are welcome, or a crèche or someone to mind the children."
        case .discrimination: "Listen to what happened, offer help with a complaint, and introduce a provider known to treat people well."
        }
    }
}
