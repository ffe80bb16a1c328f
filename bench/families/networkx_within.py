#!/usr/bin/python3
"""Peer of the families search's walking step: networkx's bounded single-source Dijkstra on the same street graph.

stdin  JSON {"edges": path of a `from,to,meters` CSV (OSM node ids), "sources": [osm node ids],
             "targets": [osm node ids], "cutoff_m": 1000}
stdout JSON {"nodes", "edges", "build_s", "per_query_s": [...], "results": [[[target, metres], ...] per source]}
"""
import csv
import json
import sys
import time

import networkx as nx


def main():
    req = json.load(sys.stdin)
    t0 = time.perf_counter()
    g = nx.Graph()
    with open(req["edges"], newline="") as f:
        r = csv.reader(f)
        next(r)
        for a, b, m in r:
            a, b, m = int(a), int(b), float(m)
            if a == b:
                continue
            old = g.get_edge_data(a, b)
            if old is None or m < old["meters"]:
                g.add_edge(a, b, meters=m)
    build_s = time.perf_counter() - t0
    targets = set(req["targets"])
    cutoff = float(req["cutoff_m"])
    per_query = []
    results = []
    for s in req["sources"]:
        t = time.perf_counter()
        dist = nx.single_source_dijkstra_path_length(g, s, cutoff=cutoff, weight="meters") if s in g else {}
        found = sorted([n, d] for n, d in dist.items() if n in targets)
        per_query.append(time.perf_counter() - t)
        results.append(found)
    json.dump({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "build_s": build_s, "per_query_s": per_query, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
