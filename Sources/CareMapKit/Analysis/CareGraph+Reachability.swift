/// Breadth-first search over the care graph: who can be reached, how far, by which route, and
/// the connected components.
extension CareGraph {
    /// Hop counts from `source` (`-1` where unreachable) and, for each node reached, the node it
    /// was first reached from (`-1` for the source and the unreached).
    ///
    /// Neighbours are visited in ascending index (map) order, so among equally short routes the
    /// one through nodes declared earlier is chosen, the same on every run.
    ///
    /// - Complexity: O(*n* + *m*).
    public func breadthFirst(from source: Int) -> (distance: [Int], parent: [Int]) {
        var distance = [Int](repeating: -1, count: count)
        var parent = [Int](repeating: -1, count: count)
        var queue = [source]
        queue.reserveCapacity(count)
        distance[source] = 0
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in neighbours(of: v) where distance[w] < 0 {
                distance[w] = distance[v] + 1
                parent[w] = v
                queue.append(w)
            }
        }
        return (distance, parent)
    }

    /// The route from the search's source to `target` as node indices, source first; empty when
    /// `target` was not reached.
    ///
    /// - Complexity: O(length of the route).
    public static func route(to target: Int, parent: [Int], distance: [Int]) -> [Int] {
        guard distance[target] >= 0 else { return [] }
        var route = [target]
        var node = target
        while parent[node] >= 0 {
            node = parent[node]
            route.append(node)
        }
        return route.reversed()
    }

    /// The connected components, each as ascending node indices, ordered by their first node.
    ///
    /// - Complexity: O(*n* + *m*).
    public func components() -> [[Int]] {
        var seen = [Bool](repeating: false, count: count)
        var result: [[Int]] = []
        for start in 0..<count where !seen[start] {
            var component = [start]
            seen[start] = true
            var head = 0
            while head < component.count {
                for w in neighbours(of: component[head]) where !seen[w] {
                    seen[w] = true
                    component.append(w)
                }
                head += 1
            }
            result.append(component.sorted())
        }
        return result
    }
}
