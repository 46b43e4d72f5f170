import Foundation

/// Actions in an import: the rows of a CSV actions table, and the `action` lines a GraphML
/// export carries. Both are checked as the file parser checks them (through ``AttributeCodec``);
/// their `about` names are resolved like a link's ends, once every node is read.
extension MapBuilder {
    /// An action read but not yet checked against the nodes: its `about` as the input named them.
    struct PendingAction {
        var action: CareAction
        var about: [ImportedRecord.Field]
        var file: String
        var location: SourceLocation
    }

    /// Reads one action from its `.caremap` line, as the GraphML export writes it; a problem is
    /// reported at `location` with the column in the line, since the line is one XML value.
    mutating func addAction(line: String, file: String, location: SourceLocation) {
        switch FileParser.action(fromLine: line) {
        case .success(let action):
            let about = action.about.map { ImportedRecord.Field(name: "about", value: $0.rawValue, location: location, isKnown: true, original: "about") }
            pendingActions.append(PendingAction(action: action, about: about, file: file, location: location))
        case .failure(let failure):
            report(file, location, "in this action line, at column \(failure.column): \(failure.message)")
        }
    }

    /// Reads one row of an actions table.
    mutating func addAction(_ record: ImportedRecord) {
        guard let idField = record.field("id") else {
            return report(record.file, record.location, "an action needs an id")
        }
        let id = ActionID(idField.value)
        guard id.isWellFormed else {
            return report(record.file, idField.location, MapProblem(.malformedID(NodeID(idField.value)), at: .action(id, attribute: nil)).description)
        }
        var action = CareAction(id: id, text: record.field("text")?.value ?? "")
        var about: [ImportedRecord.Field] = []
        var valid = true
        for field in record.fields where !field.value.isEmpty || !field.isKnown {
            guard field.isKnown else {
                action.extra[ImportFieldNames.extraKey(field.name, known: CareMap.actionAttributes)] = field.value
                continue
            }
            switch field.name {
            case "id", "text": break
            case "about":
                about = field.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map {
                    ImportedRecord.Field(name: "about", value: $0, location: field.location, isKnown: true, original: field.original)
                }
            default:
                do throws(AttributeError) {
                    try AttributeCodec.set(field.name, to: field.value, on: &action)
                } catch {
                    report(record.file, field.location, error.description)
                    valid = false
                }
            }
        }
        if valid { pendingActions.append(PendingAction(action: action, about: about, file: record.file, location: record.location)) }
    }

    /// The actions with their `about` names resolved to caremap ids, in input order, and where
    /// each was read; a duplicate id or a name that is no node is reported.
    mutating func finishActions() -> (actions: [CareAction], places: [ActionID: (file: String, location: SourceLocation)]) {
        var actions: [CareAction] = []
        var places: [ActionID: (file: String, location: SourceLocation)] = [:]
        for pending in pendingActions {
            var action = pending.action
            if let first = places[action.id] {
                report(pending.file, pending.location, "duplicate action id '\(action.id)'; it was first used on line \(first.location.line)")
                continue
            }
            let resolved = pending.about.map { resolve($0, file: pending.file) }
            guard !resolved.contains(nil) else { continue }
            action.about = []
            for id in resolved.compactMap(\.self) where !action.about.contains(id) { action.about.append(id) }
            actions.append(action)
            places[action.id] = (pending.file, pending.location)
        }
        return (actions, places)
    }
}
