import CareMapKit
import Foundation

/// The diff as JSON for scripts, keys sorted, so the same maps and day give the same bytes.
/// A private node is `{"kind", "name": "a private person", "private": true}`, with no id.
enum JSONDiff {
    static func render(_ comparison: MapComparison, names: DiffNames, path: String? = nil) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(Document(comparison, names, path: path))
        } catch {
            // Strings and booleans only: encoding cannot fail.
            preconditionFailure("a diff always encodes: \(error)")
        }
        return JSONExporter.escapingHidden(String(decoding: data, as: UTF8.self)) + "\n"
    }

    struct NodeRef: Encodable {
        let id: String?
        let kind: String?
        let name: String
        let `private`: Bool?

        init(_ id: NodeID, _ names: DiffNames) {
            self.id = names.id(id)
            kind = names.node(id)?.kind.rawValue
            name = names.name(id)
            `private` = names.isPrivate(id) ? true : nil
        }
    }

    struct TieRef: Encodable {
        let from: NodeRef
        let to: NodeRef
        let direction: String
        let label: String?

        init(_ key: TieKey, _ names: DiffNames) {
            let link = names.link(key)
            from = NodeRef(link?.from ?? key.first, names)
            to = NodeRef(link?.to ?? key.second, names)
            direction = (link?.direction ?? .none).rawValue
            label = key.label.isEmpty || names.hidesText(.tie(key)) ? nil : key.label
        }
    }

    struct ActionRef: Encodable {
        let id: String?
        let text: String?
        let status: String?
        let review: String?

        init(_ id: ActionID, _ names: DiffNames) {
            let action = names.comparison.new.actions[id] ?? names.comparison.old.actions[id]
            let hidden = action.map(names.hidesText) ?? false
            self.id = hidden ? nil : id.rawValue
            text = hidden ? nil : action?.text
            status = action?.status.rawValue
            review = action?.review?.description
        }
    }

    struct Field: Encodable {
        let field: String
        let old: String?
        let new: String?
        /// Set when the values must not be shown.
        let hidden: Bool?

        init(_ change: MapDiff.FieldChange, of key: DeclarationKey, _ names: DiffNames) {
            field = change.field
            old = change.old.flatMap { names.value($0, field: change.field, of: key) }
            new = change.new.flatMap { names.value($0, field: change.field, of: key) }
            hidden = (change.old != nil && old == nil) || (change.new != nil && new == nil) ? true : nil
        }
    }

    struct Changed<Ref: Encodable>: Encodable {
        let of: Ref
        let fields: [Field]
    }

    struct Part<Ref: Encodable>: Encodable {
        let added: [Ref]
        let removed: [Ref]
        let changed: [Changed<Ref>]
    }

    struct Said: Encodable {
        let kind: String
        let message: String
    }

    struct Route: Encodable {
        let family: String
        let target: NodeRef
    }

    struct Coverage: Encodable {
        let domain: String
        let before: String
        let after: String
    }

    struct Document: Encodable {
        let format = "caremap-diff"
        let version = 1
        /// The file compared, when git named it (as its external diff).
        let path: String?
        let same: Bool
        let map: [Field]
        let nodes: Part<NodeRef>
        let ties: Part<TieRef>
        let actions: Part<ActionRef>
        let nowOverdue: [ActionRef]
        let findingsAppeared: [Said]
        let findingsResolved: [Said]
        let routesGained: [Route]
        let routesLost: [Route]
        let domains: [Coverage]

        init(_ comparison: MapComparison, _ names: DiffNames, path: String? = nil) {
            self.path = path
            let diff = comparison.diff
            same = diff.isEmpty
            map = diff.changed.filter { $0.key == .map }.flatMap { change in change.fields.map { Field($0, of: .map, names) } }
            func part<Ref>(_ ref: (DeclarationKey) -> Ref?) -> Part<Ref> {
                Part(
                    added: diff.added.compactMap(ref), removed: diff.removed.compactMap(ref),
                    changed: diff.changed.compactMap { change in
                        ref(change.key).map { Changed(of: $0, fields: change.fields.map { Field($0, of: change.key, names) }) }
                    }
                )
            }
            nodes = part { if case .node(let id) = $0 { NodeRef(id, names) } else { nil } }
            ties = part { if case .tie(let key) = $0 { TieRef(key, names) } else { nil } }
            actions = part { if case .action(let id) = $0 { ActionRef(id, names) } else { nil } }
            nowOverdue = comparison.nowOverdue.map { ActionRef($0, names) }
            func said(_ finding: Finding, in version: CareMap) -> Said {
                Said(kind: finding.kindName, message: finding.sentence(in: version, name: names.name, text: { $0 }, isHidden: names.hidesText).message)
            }
            findingsAppeared = comparison.appeared.map { said($0, in: comparison.new) }
            findingsResolved = comparison.resolved.map { said($0, in: comparison.old) }
            routesGained = comparison.routesGained.map { Route(family: $0.family.rawValue, target: NodeRef($0.target, names)) }
            routesLost = comparison.routesLost.map { Route(family: $0.family.rawValue, target: NodeRef($0.target, names)) }
            domains = comparison.coverage.map { Coverage(domain: $0.domain.rawValue, before: $0.before.rawValue, after: $0.after.rawValue) }
        }
    }
}
