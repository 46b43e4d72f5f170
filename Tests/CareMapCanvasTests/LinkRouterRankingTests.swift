@testable import CareMapCanvas
import CareMapKit
import Testing

/// `LinkRouter.route` takes the first candidate of lowest score without ranking the rest when
/// the caller charges it nothing. That must give the route ranking every candidate gives, for
/// any charges, so drawing does not change: held here to the plain ranking on random boxes.
@Suite struct LinkRouterRankingTests {
    /// Every valid candidate ranked by score (ties in the order they come), each charged, the
    /// lowest total winning and the earlier on a tie: the rule `route` keeps.
    private static func ranked(from: WorldRect, to: WorldRect, cost: (LinkRoute) -> Int) -> LinkRoute? {
        var valid: [(shape: RouteShape, score: Int)] = []
        LinkRouter.forEachCandidate(from: from, to: to) { shape in
            if LinkRouter.isValid(shape, from: from, to: to) { valid.append((shape, shape.score)) }
        }
        var best: (route: LinkRoute, total: Int)?
        for candidate in valid.sorted(by: { $0.score < $1.score }) {
            let total = cost(candidate.shape.route) + candidate.score
            if best.map({ total < $0.total }) ?? true { best = (candidate.shape.route, total) }
        }
        return best?.route
    }

    @Test(arguments: Array(UInt64(1)...6))
    func theRouteIsTheOneRankingEveryCandidateGives(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<300 {
            func box() -> WorldRect {
                WorldRect(x: Int.random(in: -40...40, using: &random), y: Int.random(in: -12...12, using: &random),
                          width: Int.random(in: 5...24, using: &random), height: Bool.random(using: &random) ? 3 : 1)
            }
            let (from, to) = (box(), box())
            // Charges that are zero for some routes and not others, as boxes and lines in the way are.
            let salt = Int.random(in: 0..<1000, using: &random)
            let charged = Int.random(in: 0...3, using: &random)
            func cost(_ route: LinkRoute) -> Int {
                charged == 0 ? 0 : (route.points.reduce(salt) { ($0 &* 31 &+ $1.x &* 7 &+ $1.y) & 0xFFFF } % (charged + 1)) * 1000
            }
            #expect(LinkRouter.route(from: from, to: to, cost: cost) == Self.ranked(from: from, to: to, cost: cost), "\(from) → \(to)")
        }
    }
}
