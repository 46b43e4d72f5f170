import CareMapCanvas
import CareMapKit

extension Measurement {
    /// Above this many nodes exact betweenness is not timed: it is O(n·m), seconds at 10,000
    /// nodes and about a hundred times that at 100,000, more than the whole run may take. The
    /// report is timed at every size: above ``CareGraph/exactWorkLimit`` it samples.
    static let analysisLimit = 20_000

    /// The analysis figures (issue 4): the full text report on the map as a community map (the
    /// subject left out, so betweenness and brokers are worked out too: the heaviest case), and
    /// exact Brandes betweenness on its own, which `bench/compare.sh` sets beside networkx's and
    /// python-igraph's betweenness on the same graph (written by `--write-fixtures`).
    func measureAnalysis(_ report: (BenchResult) -> Void) {
        var community = map
        community.subject = nil
        let today = CalendarDate(year: 2026, month: 11, day: 25)!
        let skip = size > Self.analysisLimit
            ? "over \(Self.analysisLimit.formatted()) nodes: betweenness is O(nodes × links), minutes at 100,000"
            : nil
        time("report", target: size == 1_000 ? 200 : nil, report) {
            _ = ReportWriter.write(community, options: ReportOptions(format: .text, today: today))
        }
        let graph = CareGraph(community)
        time("betweenness", skip: skip, report) { _ = graph.betweenness() }
    }
}
