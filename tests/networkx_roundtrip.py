#!/usr/bin/env python3
"""networkx reads Entente's GraphML and GEXF exports of the summit graph.

Usage: networkx_roundtrip.py ENTENTE_BINARY SUMMIT_JSON

Exports the graph with `entente SUMMIT --export s.graphml --export s.gexf`,
reads both files with networkx and checks that every node and edge of the
JSON file is there with every attribute, each with the Python type of its
JSON value (str, int, float, bool). As README documents: country, sector and
sources are joined with ";", JSON arrays and objects are JSON text, volume_eur
is a float. Exits 77 (CTest's SKIP_RETURN_CODE) when networkx is missing.
"""
import json
import os
import subprocess
import sys
import tempfile

try:
    import networkx as nx
    from networkx.readwrite import gexf as nx_gexf
except ImportError:
    print("SKIP: networkx is not installed (python3-networkx)")
    sys.exit(77)

NODE_FIELDS = {"id", "x", "y", "pinned"}
LISTS = {"country", "sector", "sources"}
EDGE_FIELDS = {"id", "source", "target"}

failures = []


def fail(message):
    failures.append(message)


def expected(key, value):
    """The Python value networkx should give for a JSON value."""
    if key in LISTS:
        return ";".join(value) if isinstance(value, list) else value
    if key == "volume_eur":
        return float(value)
    return value


def check_value(where, key, want, got):
    if isinstance(want, (list, dict)):
        if not isinstance(got, str):
            fail(f"{where}: {key} should be JSON text, is {type(got).__name__}")
        elif json.loads(got) != want:
            fail(f"{where}: {key} JSON text differs")
        return
    if type(got) is not type(want):
        fail(f"{where}: {key} is {type(got).__name__} {got!r}, expected {type(want).__name__} {want!r}")
    elif got != want:
        fail(f"{where}: {key} is {got!r}, expected {want!r}")


def check_data(where, wanted, data):
    for key, value in wanted.items():
        if value is None:
            continue
        if key not in data:
            fail(f"{where}: attribute {key} is missing")
            continue
        check_value(where, key, expected(key, value), data[key])


def edges_between(graph, source, target):
    if graph.is_multigraph():
        return [d for _, d in graph.get_edge_data(source, target, default={}).items()]
    data = graph.get_edge_data(source, target)
    return [data] if data is not None else []


def check(name, graph, summit, edge_id_key):
    nodes = summit["nodes"]
    edges = summit["edges"]
    if graph.number_of_nodes() != len(nodes):
        fail(f"{name}: {graph.number_of_nodes()} nodes, expected {len(nodes)}")
    if graph.number_of_edges() != len(edges):
        fail(f"{name}: {graph.number_of_edges()} edges, expected {len(edges)}")
    if graph.is_directed() != bool(summit.get("directed", False)):
        fail(f"{name}: directed is {graph.is_directed()}")
    for node in nodes:
        where = f"{name} node {node['id']}"
        if node["id"] not in graph:
            fail(f"{where}: missing")
            continue
        data = graph.nodes[node["id"]]
        check_data(where, {k: v for k, v in node.items() if k not in NODE_FIELDS}, data)
        if name == "GraphML":
            for axis in ("x", "y"):
                if not isinstance(data.get(axis), float):
                    fail(f"{where}: {axis} is not a float")
        else:
            viz = data.get("viz", {})
            if not {"x", "y"} <= set(viz.get("position", {})):
                fail(f"{where}: no viz position")
            if not {"r", "g", "b"} <= set(viz.get("color", {})):
                fail(f"{where}: no viz color")
            if not viz.get("size", 0) > 0:
                fail(f"{where}: no viz size")
    for edge in edges:
        where = f"{name} edge {edge.get('id')}"
        candidates = [d for d in edges_between(graph, edge["source"], edge["target"])
                      if str(d.get(edge_id_key)) == edge.get("id")]
        if len(candidates) != 1:
            fail(f"{where}: found {len(candidates)} edges with its id")
            continue
        check_data(where, {k: v for k, v in edge.items() if k not in EDGE_FIELDS}, candidates[0])


def main():
    entente, summit_path = sys.argv[1], sys.argv[2]
    with open(summit_path, encoding="utf-8") as f:
        summit = json.load(f)
    with tempfile.TemporaryDirectory() as directory:
        graphml = os.path.join(directory, "summit.graphml")
        gexf = os.path.join(directory, "summit.gexf")
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        run = subprocess.run([entente, summit_path, "--export", graphml, "--export", gexf],
                             capture_output=True, env=env, timeout=300, check=False)
        if run.returncode != 0:
            print(run.stderr.decode(errors="replace"))
            print(f"FAIL: entente exited with {run.returncode}")
            return 1

        graph = nx.read_graphml(graphml)
        if graph.graph.get("title") != summit.get("title"):
            fail(f"GraphML: title is {graph.graph.get('title')!r}")
        # read_graphml keeps an edge's id as "id" (or as the key of a multigraph).
        if graph.is_multigraph():
            for u, v, key, data in graph.edges(keys=True, data=True):
                data.setdefault("id", key)
        check("GraphML", graph, summit, "id")

        # networkx before 3.0 knows GEXF 1.1 and 1.2 only; 1.3 differs from
        # 1.2 in nothing we write but its namespaces.
        if "1.3" not in nx_gexf.GEXF.versions:
            nx_gexf.GEXF.versions["1.3"] = dict(nx_gexf.GEXF.versions["1.2draft"],
                                                NS_GEXF="http://gexf.net/1.3",
                                                NS_VIZ="http://gexf.net/1.3/viz",
                                                SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
                                                VERSION="1.3")
        graph = nx.read_gexf(gexf, version="1.3")
        check("GEXF", graph, summit, "id")

    for message in failures[:40]:
        print("FAIL:", message)
    if failures:
        print(f"{len(failures)} problems (networkx {nx.__version__})")
        return 1
    print(f"PASS: networkx {nx.__version__} read every node, edge and attribute of GraphML and GEXF")
    return 0


if __name__ == "__main__":
    sys.exit(main())
