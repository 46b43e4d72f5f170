/// Times work the way benchmarks should be read: after a warm-up run, the median of several.
///
/// The median, not the mean, because one descheduled run on a shared machine should not move
/// the figure. Slow work gets fewer runs so the whole suite stays within minutes: the warm-up
/// run is timed too, and work that took over ``slow`` is run at most three times, over
/// ``verySlow`` only the once (the warm-up is then the figure).
enum Stopwatch {
    static let slow = Duration.milliseconds(300)
    static let verySlow = Duration.seconds(2)

    /// The median duration of up to `runs` timed runs of `work`, and how many there were;
    /// `prepare` runs untimed before each, for what leads up to the moment measured.
    static func median(runs: Int, prepare: () -> Void = {}, _ work: () -> Void) -> (median: Duration, runs: Int) {
        let clock = ContinuousClock()
        prepare()
        let warmUp = clock.measure(work)
        if warmUp > verySlow { return (warmUp, 1) }
        let count = warmUp > slow ? min(runs, 3) : max(1, runs)
        var times: [Duration] = []
        for _ in 0..<count {
            prepare()
            times.append(clock.measure(work))
        }
        times.sort()
        return (times[times.count / 2], count)
    }
}

extension Duration {
    /// The duration in milliseconds, for tables and JSON.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
