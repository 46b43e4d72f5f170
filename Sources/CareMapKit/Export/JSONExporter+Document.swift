/// The JSON export's schema as Encodable values (documented in `docs/exports.md`).
///
/// Kept apart from the model so the model stays free of Codable and the schema changes only on
/// purpose. Optional properties hold absent values and also empty strings, lists and objects,
/// so the encoder leaves all of them out alike: a key is present exactly when it says something.
extension JSONExporter {
    struct Document: Encodable {
        let format = "caremap"
        /// The schema's version, raised by any change that could break a reader.
        let version = 1
        let title: String?
        let subject: String?
        let notes: [String]?
        let nodes: [NodeEntry]
        let links: [LinkEntry]
        /// Left out when the map has none, so maps without actions export as before.
        let actions: [ActionEntry]?

        init(_ map: CareMap) {
            title = map.title.nonEmpty
            subject = map.subject?.rawValue
            notes = map.notes.nonEmpty
            nodes = map.nodes.values.map(NodeEntry.init)
            links = map.links.map(LinkEntry.init)
            actions = map.actions.values.map(ActionEntry.init).nonEmpty
        }
    }

    struct ActionEntry: Encodable {
        let id: String
        let text: String
        let about: [String]?
        let owner: String?
        /// `YYYY-MM-DD`, as in the file.
        let review: String?
        /// Always written: `open`, `done` or `dropped`.
        let status: String
        let domains: [String]?
        let notes: String?
        let extra: [String: String]?

        init(_ action: CareAction) {
            id = action.id.rawValue
            text = action.text
            about = action.about.map(\.rawValue).nonEmpty
            owner = action.owner.nonEmpty
            review = action.review?.description
            status = action.status.rawValue
            domains = action.domains.canonicallyOrdered.map(\.rawValue).nonEmpty
            notes = action.notes.nonEmpty
            extra = action.extra.isEmpty ? nil : action.extra
        }
    }

    struct NodeEntry: Encodable {
        let id: String
        let kind: String
        let name: String?
        let role: String?
        /// Always written, derived from the role unless the file overrides it.
        let sector: String
        let languages: [String]?
        /// How well they speak a language, by tag, for the languages the file gives a level.
        let languageLevels: [String: String]?
        let needsInterpreter: Bool?
        let interpreterGender: String?
        let interpreterLanguage: String?
        let age: Int?
        /// Present (and true) only when the file says the person is a minor without an age.
        let minor: Bool?
        let barriers: [String]?
        let ring: Int?
        let domains: [String]?
        let notes: String?
        let position: Position?
        let extra: [String: String]?

        init(_ node: Node) {
            id = node.id.rawValue
            kind = node.kind.rawValue
            name = node.name.nonEmpty
            role = node.role?.rawValue
            sector = node.sector.rawValue
            languages = node.languages.map(\.rawValue).nonEmpty
            languageLevels = Dictionary(uniqueKeysWithValues: node.languageLevels.map { ($0.key.rawValue, $0.value.rawValue) }).nonEmpty
            needsInterpreter = node.needsInterpreter ? true : nil
            interpreterGender = node.interpreterGender?.rawValue
            interpreterLanguage = node.interpreterLanguage?.rawValue
            age = node.age
            minor = node.isMinor ? true : nil
            barriers = node.barriers.canonicallyOrdered.map(\.rawValue).nonEmpty
            ring = node.ring
            domains = node.domains.canonicallyOrdered.map(\.rawValue).nonEmpty
            notes = node.notes.nonEmpty
            position = node.position.map { Position(x: $0.x, y: $0.y) }
            extra = node.extra.isEmpty ? nil : node.extra
        }
    }

    struct Position: Encodable {
        let x: Int
        let y: Int
    }

    struct LinkEntry: Encodable {
        let from: String
        let to: String
        let direction: String
        let label: String?
        let strength: String?
        let quality: String?
        let status: String?
        let support: [String]?
        let modes: [String]?
        let language: String?
        let via: String?
        let trust: String?
        let barriers: [String]?
        let reportedBy: String?
        let domains: [String]?
        let notes: String?
        let extra: [String: String]?

        init(_ link: Link) {
            from = link.from.rawValue
            to = link.to.rawValue
            direction = LinkEntry.direction(link.direction)
            label = link.label.nonEmpty
            strength = link.strength?.rawValue
            quality = link.quality?.rawValue
            status = link.status?.rawValue
            support = link.support.canonicallyOrdered.map(\.rawValue).nonEmpty
            modes = link.modes.canonicallyOrdered.map(\.rawValue).nonEmpty
            language = link.language?.rawValue
            via = link.via?.rawValue
            trust = link.trust?.rawValue
            barriers = link.barriers.canonicallyOrdered.map(\.rawValue).nonEmpty
            reportedBy = link.reportedBy.nonEmpty
            domains = link.domains.canonicallyOrdered.map(\.rawValue).nonEmpty
            notes = link.notes.nonEmpty
            extra = link.extra.isEmpty ? nil : link.extra
        }

        /// Words rather than the file's arrows, so a consumer need not know the `.caremap` syntax.
        static func direction(_ direction: LinkDirection) -> String {
            switch direction {
            case .none: "none"
            case .forward: "forward"
            case .backward: "backward"
            case .both: "both"
            }
        }
    }
}

extension Collection {
    /// `nil` for an empty collection: how the JSON export leaves out empty values.
    fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}
