/// Times work the way benchmarks should be read: after warm-up runs, the median of several.
///
/// The median, not the mean, because one descheduled run on a shared machine should not move
/// the figure.
enum Stopwatch {
    /// The median duration of `runs` timed runs of `work`, after `warmUp` untimed ones.
    static func median(runs: Int, warmUp: Int = 1, _ work: () -> Void) -> Duration {
        let clock = ContinuousClock()
        for _ in 0..<warmUp { work() }
        var times: [Duration] = []
        for _ in 0..<max(1, runs) { times.append(clock.measure(work)) }
        times.sort()
        return times[times.count / 2]
    }
}

extension Duration {
    /// The duration in milliseconds, for tables and JSON.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
