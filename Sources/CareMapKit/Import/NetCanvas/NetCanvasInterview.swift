/// One Network Canvas interview (a session) as read from its CSV files or its GraphML graph,
/// before it becomes a map (`NetCanvasInterview+Map.swift`): the ego, the alters and the edges
/// between alters, each with its variables by name and where it was read.
///
/// Network Canvas interviews are egocentric: the person interviewed (the ego) is not among the
/// nodes, and is tied to every one of them; edges join alters only.
struct NetCanvasInterview {
    /// One variable's value, with where it was read.
    struct Value {
        var name: String
        var value: String
        var location: SourceLocation
    }

    /// The ego, an alter or an edge.
    struct Entity {
        /// How edges name this node: its `networkCanvasUUID` in CSV, its `id` in GraphML.
        var reference: String
        /// Network Canvas's own id for it, kept on the map so results can be joined back.
        var uuid: String?
        /// The node or edge type, by name (`Person`, `Close`).
        var type: String
        var values: [Value] = []
        var file: String
        var location: SourceLocation
    }

    /// An edge between two alters, by their ``Entity/reference``.
    struct Edge {
        var entity: Entity
        var source: Value
        var target: Value
        var isDirected: Bool
    }

    /// What the interviews of one export are told apart by: the ego's UUID, or the file names'
    /// case and session when there is none.
    var key: String
    var caseID: String?
    var sessionID: String?
    var protocolName: String?
    /// When the session started, finished and was exported, as Network Canvas wrote it.
    var times: [(name: String, value: String)] = []
    var ego: Entity?
    /// The file the interview was first seen in, for problems of the interview as a whole.
    var file: String
    var nodes: [Entity] = []
    var edges: [Edge] = []

    /// The case id to show and to name a map file by: the ego's case, else the file names'.
    var caseName: String { caseID ?? key }
}
