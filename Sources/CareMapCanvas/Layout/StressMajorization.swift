import CareMapKit
import Foundation

/// Stress majorisation over graph distances, the model Graphviz's `neato` uses by default
/// (Gansner, Koren and North, "Graph drawing by stress majorization", *Graph Drawing 2004*,
/// LNCS 3383): every pair of nodes is pulled towards a distance equal to the number of links
/// between them, weighted by the inverse square of that number, so near pairs matter most.
///
/// Unlike a spring simulation, which only feels neighbours and nearby nodes, this sees the whole
/// graph's shape, so a small map comes out untangled the way `neato` draws it. Each node moves
/// in turn to the weighted mean of where every other node would put it (the localised update of
/// the same paper), which never raises the stress. Positions are in units of one link.
struct StressMajorization {
    private(set) var x: [Double]
    private(set) var y: [Double]
    private let isFixed: [Bool]
    /// Links between each pair, row by row; pairs in different components get one more than the
    /// longest distance within a component, which keeps components near each other.
    private let distance: [[Double]]

    /// Nodes start at `x`, `y`; fixed ones never move.
    ///
    /// - Complexity: O(*n* · (*n* + *m*)): a breadth-first search from every node.
    init(x: [Double], y: [Double], isFixed: [Bool], neighbours: [[Int]]) {
        self.x = x
        self.y = y
        self.isFixed = isFixed
        var hops = neighbours.indices.map { Self.hops(from: $0, neighbours: neighbours) }
        let apart = Double((hops.joined().filter { $0 >= 0 }.max() ?? 0) + 1)
        distance = hops.indices.map { row in hops[row].map { $0 >= 0 ? Double($0) : apart } }
        hops.removeAll()
    }

    /// Classical multidimensional scaling of the graph distances (Torgerson, "Multidimensional
    /// scaling: I. Theory and method", *Psychometrika* 17(4), 1952), the start `neato` majorises
    /// from: the two leading eigenvectors of the double-centred squared distances, found by power
    /// iteration from vectors drawn with `random`, which only chooses whether the picture comes
    /// out mirrored. Replaces every free node's position, scaled to units of one link.
    ///
    /// - Complexity: O(*n*²) per power iteration, of which there are ``powerIterations`` each way.
    mutating func startFromScaling(using random: inout SeededRandom) {
        let count = x.count
        guard count > 2 else { return }
        var centred = distance.map { $0.map { -0.5 * $0 * $0 } }
        let rowMeans = centred.map { $0.reduce(0, +) / Double(count) }
        let mean = rowMeans.reduce(0, +) / Double(count)
        for row in 0..<count {
            for column in 0..<count { centred[row][column] += mean - rowMeans[row] - rowMeans[column] }
        }
        var axes: [(vector: [Double], value: Double)] = []
        for _ in 0..<2 {
            var vector = (0..<count).map { _ in Double.random(in: -1...1, using: &random) }
            var value = 0.0
            for _ in 0..<Self.powerIterations {
                // Deflate by the axes found, so the second converges to the next eigenvector.
                for axis in axes {
                    let along = zip(vector, axis.vector).reduce(0.0) { $0 + $1.0 * $1.1 }
                    for index in vector.indices { vector[index] -= along * axis.vector[index] }
                }
                let product = centred.map { row in zip(row, vector).reduce(0.0) { $0 + $1.0 * $1.1 } }
                value = product.reduce(0.0) { $0 + $1 * $1 }.squareRoot()
                guard value > 1e-12 else { break }
                vector = product.map { $0 / value }
            }
            axes.append((vector, value))
        }
        let scaledX = axes[0].vector.map { $0 * axes[0].value.squareRoot() }
        let scaledY = axes[1].vector.map { $0 * axes[1].value.squareRoot() }
        let place = alignment(scaledX, scaledY)
        for node in x.indices where !isFixed[node] {
            (x[node], y[node]) = place(scaledX[node], scaledY[node])
        }
    }

    /// The turn, mirroring, scale and shift that best carry the fixed nodes' scaled positions onto
    /// where they are fixed (orthogonal Procrustes analysis in the plane: Schönemann, "A
    /// generalized solution of the orthogonal Procrustes problem", *Psychometrika* 31(1), 1966),
    /// so free nodes start where the fixed ones agree with them; no change without fixed nodes.
    private func alignment(_ fromX: [Double], _ fromY: [Double]) -> (Double, Double) -> (Double, Double) {
        let fixed = x.indices.filter { isFixed[$0] }
        guard !fixed.isEmpty else { return { ($0, $1) } }
        let count = Double(fixed.count)
        let (meanX, meanY) = (fixed.reduce(0.0) { $0 + fromX[$1] } / count, fixed.reduce(0.0) { $0 + fromY[$1] } / count)
        let (targetX, targetY) = (fixed.reduce(0.0) { $0 + x[$1] } / count, fixed.reduce(0.0) { $0 + y[$1] } / count)
        var best: (fit: Double, cos: Double, sin: Double, mirror: Double, scale: Double) = (-.infinity, 1, 0, 1, 1)
        for mirror in [1.0, -1.0] {
            var dot = 0.0, cross = 0.0, norm = 0.0
            for node in fixed {
                let (px, py) = (fromX[node] - meanX, mirror * (fromY[node] - meanY))
                let (qx, qy) = (x[node] - targetX, y[node] - targetY)
                dot += px * qx + py * qy
                cross += px * qy - py * qx
                norm += px * px + py * py
            }
            let fit = (dot * dot + cross * cross).squareRoot()
            guard fit > best.fit else { continue }
            let angle = atan2(cross, dot)
            best = (fit, cos(angle), sin(angle), mirror, norm > 1e-12 ? fit / norm : 1)
        }
        return { px, py in
            let (dx, dy) = (px - meanX, best.mirror * (py - meanY))
            return (targetX + best.scale * (best.cos * dx - best.sin * dy), targetY + best.scale * (best.sin * dx + best.cos * dy))
        }
    }

    /// Power iterations for each axis of ``startFromScaling(using:)``.
    private static let powerIterations = 50

    /// Links from `start` to every node, −1 where none leads.
    private static func hops(from start: Int, neighbours: [[Int]]) -> [Int] {
        var hops = Array(repeating: -1, count: neighbours.count)
        hops[start] = 0
        var queue = [start], head = 0
        while head < queue.count {
            let vertex = queue[head]
            head += 1
            for next in neighbours[vertex] where hops[next] < 0 {
                hops[next] = hops[vertex] + 1
                queue.append(next)
            }
        }
        return hops
    }

    /// Runs `iterations` sweeps over the free nodes.
    ///
    /// - Complexity: O(*iterations* · *n*²).
    mutating func run(iterations: Int) {
        for _ in 0..<iterations {
            for node in x.indices where !isFixed[node] {
                var sumX = 0.0, sumY = 0.0, sumWeight = 0.0
                for other in x.indices where other != node {
                    let wanted = distance[node][other]
                    let weight = 1 / (wanted * wanted)
                    let dx = x[node] - x[other], dy = y[node] - y[other]
                    let actual = (dx * dx + dy * dy).squareRoot()
                    // Where `other` would put `node`: `wanted` away from it, in the direction
                    // `node` lies now (or along a direction fixed by the indices, when they meet).
                    let (ux, uy) = actual > 1e-9 ? (dx / actual, dy / actual) : (other < node ? (1.0, 0.0) : (0.0, 1.0))
                    sumX += weight * (x[other] + wanted * ux)
                    sumY += weight * (y[other] + wanted * uy)
                    sumWeight += weight
                }
                guard sumWeight > 0 else { continue }
                x[node] = sumX / sumWeight
                y[node] = sumY / sumWeight
            }
        }
    }
}
