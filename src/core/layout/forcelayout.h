#pragma once

#include "layout/layoutengine.h"

#include <limits>

namespace entente {

// Tuning of the force-directed layout. The defaults are what the benchmarks
// (bench/README.md) were measured with.
struct ForceLayoutSettings
{
    // Scale of the result for a layout from scratch: the mean edge length in
    // scene units. A warm start keeps the scale of the start positions.
    double edgeLength = 80.0;
    // Barnes-Hut opening criterion: a cell of width s at distance d is taken as
    // one body when s < theta * d.
    double theta = 1.0;
    // Worker threads for the force passes; 0 = one per core. The result does
    // not depend on it.
    int threads = 0;
    // Refinement stops when the step length falls below tolerance * K
    // (K: the natural edge length of the spring-electrical model).
    double tolerance = 0.02;
    // Repulsion charge of a node on the finest level: 1 + degreeRepulsion *
    // degree (0 = plain spring-electrical); negative = automatic: 0.15 for
    // graphs with heavy-tailed degrees, else 0.
    double degreeRepulsion = -1.0;
    // Attraction along an edge grows as d^a; 0 = automatic: 1.5 for graphs
    // with heavy-tailed degrees (1.75 for sparse ones of 50k+ nodes), 2
    // (Fruchterman-Reingold) else. See
    // resolvedSettings() in forcelayout.cpp for the measurements behind it.
    double attractionExponent = 0.0;
    // Repulsion falls off as 1/d^p, p = 1 or 2; 0 = automatic: 2 for graphs of
    // 500+ nodes with even degrees (meshes), 1 else.
    int repulsionExponent = 0;
};

// Our force-directed layout ("force"): a multilevel spring-electrical layout
// after Hu (2005, "Efficient and high quality force-directed graph drawing",
// the method of Graphviz sfdp). The graph is coarsened by edge collapse
// (a maximal matching that prefers light nodes, then leftover nodes join a
// neighbouring group) down to ~50 nodes; the coarsest graph is laid out with
// exact forces, and each finer level starts from the coarser positions and is
// refined with spring-electrical forces (attraction w d^a / K^(a-1) along
// edges, repulsion C K^2/d (or C K^3/d^2 on meshes) between all pairs via a Barnes-Hut quadtree built
// from a Morton sort every iteration, each quadtree leaf sharing one
// interaction list) and Hu's adaptive step length. a = 2 is
// Fruchterman-Reingold; graphs with heavy-tailed degrees get a = 1.5 and
// degree charges (see ForceLayoutSettings). Big levels are renumbered in
// Morton order for locality; the force pass runs on all cores.
// Components are laid out separately and packed side by side.
//
// Start positions: when at least half of the laid-out nodes have a known
// position, the layout is a warm start: it keeps their scale, places the
// others next to their placed neighbours, and refines on one level. Otherwise
// it lays out from scratch and then moves the result (translation, rotation,
// uniform scale) to fit the pinned nodes. Pinned and inactive nodes are never
// moved. Deterministic: the same input and seed give the same positions, with
// any number of threads.
class ForceLayout : public LayoutEngine
{
public:
    explicit ForceLayout(const ForceLayoutSettings &settings = {});

    QString name() const override;
    NodePositions run(const LayoutInput &input, LayoutProgress &progress) override;

    // The state of a live (interactive) refinement between two calls of refine().
    struct LiveState
    {
        double step = 0.0;     // in units of K; 0 = start with the default
        double K = 0.0;        // natural edge length in scene units; 0 = from the positions
        int improvements = 0;  // Hu's counter of successive energy decreases
        double energy = std::numeric_limits<double>::infinity();
        bool converged = false;
        int iterations = 0;    // total so far
    };
    // One slice of the live layout: at most `maxIterations` single-level
    // iterations, or until `maxMilliseconds` have passed, continuing from
    // input.start (every node known; call run() first otherwise).
    // A small state.step means a gentle, mostly local restart.
    NodePositions refine(const LayoutInput &input, LiveState &state, int maxIterations,
                         int maxMilliseconds) const;

private:
    ForceLayoutSettings m_settings;
};

} // namespace entente
