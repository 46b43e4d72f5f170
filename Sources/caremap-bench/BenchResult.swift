/// One measured figure: what was timed, on how many nodes, and the median in milliseconds.
struct BenchResult: Codable, Hashable {
    var work: String
    var nodes: Int
    var links: Int
    var medianMilliseconds: Double
    /// The target from the issue, in milliseconds, when there is one.
    var targetMilliseconds: Double?

    var meetsTarget: Bool? { targetMilliseconds.map { medianMilliseconds <= $0 } }
}
