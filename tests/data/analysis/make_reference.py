#!/usr/bin/python3
"""Exports the graphs and the networkx reference values that tests/tst_analysis.cpp
compares against.

Run from anywhere with Debian's python3-networkx (3.x):
    /usr/bin/python3 tests/data/analysis/make_reference.py

Writes, next to this script:
  karate.entente.json, lesmis.entente.json,    the graphs, native entente format,
  parts.entente.json                           unweighted (Les Miserables' weights dropped);
                                               parts is both plus a path and a lone node
  <name>.reference.json                        the values below, for those and,
                                               when resources/data/summit-2025.entente.json
                                               exists, summit

Conventions (the same as src/core/analysis/centrality.h):
  - the graph is simple and undirected: nx.Graph, self-loops removed (the summit graph
    is directed in its file; direction is ignored, as in entente);
  - betweenness_centrality(G, normalized=True): divided by (n-1)(n-2)/2;
  - closeness_centrality(G, wf_improved=True) (Wasserman-Faust);
  - PageRank alpha 0.85, unweighted, tol 1e-12 (networkx's pure Python power iteration,
    as SciPy is not installed);
  - eigenvector_centrality(G, tol=1e-12): A+I power iteration, unit Euclidean norm;
  - core_number, connected_components, bridges, articulation_points;
  - shortest path lengths and the number of shortest paths for a few node pairs;
  - the Louvain partition of networkx (seed 1) and its modularity, to check our
    modularity function on a partition that is not ours.
"""

import json
import os
import random

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SUMMIT = os.path.join(SOURCE, "resources", "data", "summit-2025.entente.json")


def write_graph(G, name):
    document = {
        "format": "entente",
        "version": 1,
        "title": name,
        "nodes": [{"id": str(v)} for v in G.nodes],
        "edges": [{"source": str(u), "target": str(v)} for u, v in G.edges],
    }
    with open(os.path.join(HERE, name + ".entente.json"), "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=0)
        f.write("\n")


def path_pairs(G, count=12):
    nodes = list(G.nodes)
    rng = random.Random(7)
    pairs = [(nodes[0], nodes[-1])]
    while len(pairs) < count:
        pairs.append((rng.choice(nodes), rng.choice(nodes)))
    result = []
    for s, t in pairs:
        if nx.has_path(G, s, t):
            length = nx.shortest_path_length(G, s, t)
            number = sum(1 for _ in nx.all_shortest_paths(G, s, t))
        else:
            length, number = -1, 0
        result.append({"from": str(s), "to": str(t), "length": length, "count": number})
    return result


def reference(G):
    G = nx.Graph(G)
    G.remove_edges_from(list(nx.selfloop_edges(G)))
    key = lambda values: {str(v): values[v] for v in G.nodes}
    communities = nx.community.louvain_communities(G, seed=1)
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "betweenness": key(nx.betweenness_centrality(G, normalized=True)),
        "closeness": key(nx.closeness_centrality(G, wf_improved=True)),
        "pagerank": key(_pagerank_python(G, alpha=0.85, tol=1e-12, max_iter=100000, weight=None)),
        "eigenvector": key(nx.eigenvector_centrality(G, tol=1e-12, max_iter=100000)),
        "core": key(nx.core_number(G)),
        "components": sorted(sorted(str(v) for v in c) for c in nx.connected_components(G)),
        "bridges": sorted(sorted([str(u), str(v)]) for u, v in nx.bridges(G)),
        "articulation_points": sorted(str(v) for v in nx.articulation_points(G)),
        "paths": path_pairs(G),
        "partition": sorted(sorted(str(v) for v in c) for c in communities),
        "partition_modularity": nx.community.modularity(G, communities),
    }


def write_reference(G, name):
    with open(os.path.join(HERE, name + ".reference.json"), "w", encoding="utf-8") as f:
        json.dump(reference(G), f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def load_entente(path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    G = nx.Graph()
    G.add_nodes_from(n["id"] for n in document["nodes"])
    G.add_edges_from((e["source"], e["target"]) for e in document["edges"])
    return G


def main():
    karate = nx.Graph()
    karate.add_nodes_from(nx.karate_club_graph().nodes)
    karate.add_edges_from(nx.karate_club_graph().edges)   # without the weights
    lesmis = nx.Graph()
    lesmis.add_nodes_from(nx.les_miserables_graph().nodes)
    lesmis.add_edges_from(nx.les_miserables_graph().edges)
    # Several components and an isolated node: components, Wasserman-Faust
    # closeness and dangling PageRank are tested there.
    parts = nx.disjoint_union(karate, lesmis)
    parts = nx.relabel_nodes(parts, {v: "p%d" % v for v in parts.nodes})
    parts.add_node("alone")
    parts.add_edges_from([("q1", "q2"), ("q2", "q3")])
    for G, name in ((karate, "karate"), (lesmis, "lesmis"), (parts, "parts")):
        write_graph(G, name)
        write_reference(G, name)
    if os.path.exists(SUMMIT):
        write_reference(load_entente(SUMMIT), "summit")
    else:
        print("no", SUMMIT, "- summit reference not written")


if __name__ == "__main__":
    main()
