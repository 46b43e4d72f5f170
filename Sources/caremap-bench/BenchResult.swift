/// One measured figure: what was measured, on how many nodes, and its median; or why it was skipped.
///
/// Skipped entries are kept, not dropped, so the table and the JSON say what was not measured
/// and why, and `bench/compare.sh` can tell "skipped" from "not written yet".
struct BenchResult: Codable, Hashable {
    var work: String
    var nodes: Int
    var links: Int
    /// The median of the timed runs (milliseconds), or the figure itself for a one-off
    /// measurement such as peak memory (megabytes); `nil` when skipped.
    var median: Double?
    /// `ms` or `MB`.
    var unit: String
    /// How many timed runs the median is of.
    var runs: Int
    /// The target from issue 5, in `unit`, when there is one.
    var target: Double?
    /// Why the entry was not measured.
    var skipped: String?

    var meetsTarget: Bool? {
        guard let median, let target else { return nil }
        return median <= target
    }
}
