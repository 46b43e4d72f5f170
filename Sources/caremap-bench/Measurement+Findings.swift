import CareMapCanvas
import CareMapKit

extension Measurement {
    /// The findings figures (issue 15): the analysis the editor reruns after an edit (the map
    /// with its subject, no centrality), and, once for the run at 10,000 nodes, the report on a
    /// chain of 100,000 ties, the shape that took 211 s when betweenness was always exact
    /// (issue 17, item 6).
    func measureFindings(_ report: (BenchResult) -> Void) {
        let today = CalendarDate(year: 2026, month: 11, day: 25)!
        time("analysis after an edit", target: size == 10_000 ? 16 : nil, report) {
            _ = CareAnalysis(map, today: today, centrality: false)
        }
        guard size == 10_000, wanted("report, 100,000-node chain") else { return }
        let chain = Self.chain(of: 100_000)
        var result = BenchResult(work: "report, 100,000-node chain", nodes: chain.nodes.count, links: chain.links.count,
                                 median: nil, unit: "ms", runs: 0, target: 10_000, skipped: nil)
        let (median, count) = Stopwatch.median(runs: 1) {
            _ = ReportWriter.write(chain, options: ReportOptions(format: .text, today: today))
        }
        (result.median, result.runs) = (median.milliseconds, count)
        report(result)
    }

    /// People in a line, each tied to the next: a community map with no subject.
    static func chain(of count: Int) -> CareMap {
        let nodes = (0..<count).map { Node(id: NodeID("p\($0)"), kind: .person, role: .friend) }
        let links = (1..<count).map { Link(from: NodeID("p\($0 - 1)"), to: NodeID("p\($0)")) }
        return CareMap(title: "A chain", nodes: nodes, links: links)
    }
}
