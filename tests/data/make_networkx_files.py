#!/usr/bin/python3
"""Writes the networkx-made valid cases of tests/data/{graphml,gexf}/valid/.

Run with Debian's python3-networkx (3.x) from tests/data/; the files are
committed, so the tests do not need networkx.
"""
import networkx as nx

karate = nx.karate_club_graph()
karate.graph["name"] = "Zachary's karate club"
for n in karate.nodes:
    karate.nodes[n]["label"] = f"member {n}"
    karate.nodes[n]["kind"] = "person"
    karate.nodes[n]["degree"] = karate.degree(n)
    karate.nodes[n]["instructor"] = karate.nodes[n]["club"] == "Mr. Hi"
for u, v in karate.edges:
    karate.edges[u, v]["relation"] = "friendship"
nx.write_graphml(karate, "graphml/valid/networkx_karate.graphml")
nx.write_gexf(karate, "gexf/valid/networkx_karate.gexf", version="1.2draft")

miserables = nx.les_miserables_graph()
positions = nx.spring_layout(miserables, seed=7)
for n in miserables.nodes:
    miserables.nodes[n]["x"] = round(float(positions[n][0]) * 100, 3)
    miserables.nodes[n]["y"] = round(float(positions[n][1]) * 100, 3)
nx.write_graphml(miserables, "graphml/valid/networkx_lesmiserables.graphml")
for n in miserables.nodes:
    x = miserables.nodes[n].pop("x")
    y = miserables.nodes[n].pop("y")
    miserables.nodes[n]["viz"] = {"position": {"x": x, "y": y, "z": 0.0},
                                  "color": {"r": 200, "g": 30, "b": 60, "a": 1.0},
                                  "size": 5.0}
nx.write_gexf(miserables, "gexf/valid/networkx_lesmiserables.gexf", version="1.2draft")

directed = nx.DiGraph(name="small directed")
directed.add_node("a", label="Alpha", score=1.5, active=True, rank=3)
directed.add_node("b", label="Beta", score=2.0, active=False, rank=1)
directed.add_edge("a", "b", weight=0.5, relation="membership")
nx.write_graphml(directed, "graphml/valid/networkx_directed.graphml")
nx.write_gexf(directed, "gexf/valid/networkx_directed.gexf")
