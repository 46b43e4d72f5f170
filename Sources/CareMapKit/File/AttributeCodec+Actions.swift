import Foundation

/// Action attributes as text in the words of the file format, both ways: the parser and the
/// editor's `:action` command read them here, the printer writes them from here.
extension AttributeCodec {
    /// Sets the action attribute `key` (one of ``CareMap/actionAttributes``) from `value`.
    ///
    /// `about` takes comma-separated node ids, kept in order with repeats dropped; whether they
    /// name nodes of the map is for validation, which sees the whole map.
    public static func set(_ key: String, to value: String, on action: inout CareAction) throws(AttributeError) {
        switch key {
        case "about":
            var ids: [NodeID] = []
            for item in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                let id = NodeID(item)
                guard id.isWellFormed else { throw AttributeError(.problem(.malformedID(id))) }
                if !ids.contains(id) { ids.append(id) }
            }
            action.about = ids
        case "owner": action.owner = value
        case "review":
            guard !value.isEmpty else {
                action.review = nil
                return
            }
            guard let date = CalendarDate(value) else { throw AttributeError(.malformedDate(value)) }
            action.review = date
        case "status":
            guard !value.isEmpty else {
                action.status = .open
                return
            }
            guard let status = ActionStatus(rawValue: value) else {
                throw AttributeError(.unknownWord(what: "action status", word: value, vocabulary: ActionStatus.allCases.map(\.rawValue)))
            }
            action.status = status
        case "domains":
            var domains = Set<Domain>()
            for item in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                guard let domain = Domain(rawValue: item) else {
                    throw AttributeError(.unknownWord(what: "domain", word: item, vocabulary: Domain.allCases.map(\.rawValue)))
                }
                domains.insert(domain)
            }
            action.domains = domains
        case "notes": action.notes = value
        default: throw AttributeError(.unknownAttribute(key, keys: CareMap.actionAttributes))
        }
    }

    /// The action's attributes as the file writes them: the keys of the format's table in its
    /// order, then unknown keys sorted. `status` is always written, so a reader of the file sees
    /// at a glance which steps are still open.
    public static func attributes(of action: CareAction) -> [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        if !action.about.isEmpty { result.append(("about", action.about.map(\.rawValue).joined(separator: ","))) }
        if !action.owner.isEmpty { result.append(("owner", action.owner)) }
        if let review = action.review { result.append(("review", review.description)) }
        result.append(("status", action.status.rawValue))
        if !action.domains.isEmpty { result.append(("domains", action.domains.canonicallyOrdered.map(\.rawValue).joined(separator: ","))) }
        if !action.notes.isEmpty { result.append(("notes", action.notes)) }
        for key in action.extra.keys.sorted() { result.append((key, action.extra[key]!)) }
        return result
    }
}
