/// A next step written into the map: "from gap to action". A gap in care or a weak tie becomes
/// something a named person will do, with a date to look at it again.
///
/// Actions live in the map file, next to the nodes they are about, so the plan travels with the
/// picture and is reviewed with it; `caremap report` lists the open ones and those past review.
public struct CareAction: Hashable, Sendable, Identifiable {
    /// Stable, in a namespace of its own (an action and a node may share an id).
    public var id: ActionID
    /// What is to be done, in the words agreed: "Book a Dari phone interpreter for GP visits".
    public var text: String
    /// The nodes the action is about, in the order written; empty for the map as a whole.
    public var about: [NodeID]
    /// Who will do it, as people say it: "Hassan (caseworker)".
    public var owner: String
    /// When to look at it again; `nil` when no date was agreed.
    public var review: CalendarDate?
    public var status: ActionStatus
    /// The domains of responsive care the action serves.
    public var domains: Set<Domain>
    public var notes: String
    /// Attributes this version does not know, kept so a newer file survives an older caremap.
    public var extra: [String: String]
    /// Comment lines (without the `#`) written just above the action in the file.
    public var comments: [String]

    public init(
        id: ActionID,
        text: String,
        about: [NodeID] = [],
        owner: String = "",
        review: CalendarDate? = nil,
        status: ActionStatus = .open,
        domains: Set<Domain> = [],
        notes: String = "",
        extra: [String: String] = [:],
        comments: [String] = []
    ) {
        self.id = id
        self.text = text
        self.about = about
        self.owner = owner
        self.review = review
        self.status = status
        self.domains = domains
        self.notes = notes
        self.extra = extra
        self.comments = comments
    }

    /// Whether the action is still to be done.
    public var isOpen: Bool { status == .open }

    /// Whether the action is open and its review date is before `today`: the date agreed to look
    /// at it again has gone by.
    public func isOverdue(on today: CalendarDate) -> Bool {
        guard isOpen, let review else { return false }
        return review < today
    }
}

/// Where an action stands. Absent in a file means ``open``.
public enum ActionStatus: String, CaseIterable, Hashable, Sendable {
    case open, done
    /// Decided against or no longer needed; kept so the map remembers it was considered.
    case dropped
}

/// An action's stable identifier, written with the node id grammar (`[a-z0-9][a-z0-9-]*`) but
/// a type of its own, so an action id can never be passed where a node is meant.
public struct ActionID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// Whether the id matches `[a-z0-9][a-z0-9-]*`, as node ids do.
    public var isWellFormed: Bool { NodeID.isWellFormed(rawValue.utf8) }

    public static func < (lhs: ActionID, rhs: ActionID) -> Bool { lhs.rawValue < rhs.rawValue }
}
