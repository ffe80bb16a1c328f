#!/usr/bin/python3
"""Independent peer of src/access: the same walking-graph rules (docs/architecture.md, "Walking-graph rules"),
read with pyosmium (libosmium) and searched with networkx — no code shared with the TypeScript engine.

Use Debian's interpreter (/usr/bin/python3: python3-networkx, python3-pyosmium).

stdin  JSON {"osm": path, "facilities": [osm node ids], "points": [osm node ids], "speed_kmh": 4, "minutes": 15,
             "repeat": 1, "paths": true}
stdout JSON {"nodes", "edges", "components", "read_s", "graph_s", "build_cpu_s",
             "dijkstra_s", "dijkstra_cpu_s": multi_source_dijkstra (distances and a path to every node; with "paths"),
             "dijkstra_length_s", "dijkstra_length_cpu_s": multi_source_dijkstra_path_length (distances only),
             "dijkstra_points_s", "dijkstra_points_cpu_s": the distances-only call plus every point's answer (minutes and
             metres rounded as the CLI prints them, covered, and the covered count),
             "dijkstra_length_all_s", "dijkstra_points_all_s" (and "…_all_cpu_s"): every run's time, in order,
             "results": {point_id: [minutes, facility_id | null] | null}}
Timings are the best of "repeat" runs: wall clock, and CPU time of this thread (time.thread_time).
The facility id comes from the paths; without "paths" it is null (the distances-only call does not name the source).
"""
import json
import math
import sys
import time

import networkx as nx
import osmium

R = 6371008.8
WALKABLE = {
    "footway", "path", "pedestrian", "steps", "living_street", "residential", "service", "unclassified", "tertiary",
    "tertiary_link", "secondary", "secondary_link", "primary", "primary_link", "trunk", "trunk_link", "track",
    "cycleway", "corridor", "bridleway", "road",
}


def walkable(tags):
    hw = tags.get("highway")
    if hw not in WALKABLE:
        return False
    foot = tags.get("foot")
    if foot == "no":
        return False
    if tags.get("access") == "no" and foot not in ("yes", "designated", "permissive"):
        return False
    if tags.get("area") == "yes":
        return False
    return True


def haversine(lon1, lat1, lon2, lat2):
    to_rad = math.pi / 180
    dlat = (lat2 - lat1) * to_rad
    dlon = (lon2 - lon1) * to_rad
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1 * to_rad) * math.cos(lat2 * to_rad) * math.sin(dlon / 2) ** 2
    return 2 * R * math.asin(min(1.0, math.sqrt(a)))


class Ways(osmium.SimpleHandler):
    def __init__(self):
        super().__init__()
        self.ways = []  # lists of (id, lon, lat) or None for a missing node

    def way(self, w):
        if len(w.nodes) < 2 or not walkable(w.tags):
            return
        seq = []
        for n in w.nodes:
            loc = n.location
            seq.append((n.ref, loc.lon, loc.lat) if loc.valid() else None)
        self.ways.append(seq)


def build(path):
    t0 = time.perf_counter()
    h = Ways()
    h.apply_file(path, locations=True, idx="flex_mem")
    t1 = time.perf_counter()
    g = nx.Graph()
    for seq in h.ways:
        prev = None
        for cur in seq:
            if cur is None:
                prev = None
                continue
            if prev is not None and prev[0] != cur[0]:
                g.add_edge(prev[0], cur[0], length=haversine(prev[1], prev[2], cur[1], cur[2]))
            prev = cur
    t2 = time.perf_counter()
    return g, t1 - t0, t2 - t1


def main():
    req = json.load(sys.stdin)
    c0 = time.process_time()
    g, read_s, graph_s = build(req["osm"])
    build_cpu = time.process_time() - c0
    mpm = req.get("speed_kmh", 4) * 1000 / 60
    sources = set(f for f in req["facilities"] if f in g)
    points = req["points"]
    limit = req.get("minutes", 15) * mpm
    repeat = max(1, int(req.get("repeat", 1)))
    best = best_cpu = math.inf
    paths = None
    if req.get("paths", True):
        for _ in range(repeat):
            t, c = time.perf_counter(), time.thread_time()
            dist, paths = nx.multi_source_dijkstra(g, sources, weight="length")
            best = min(best, time.perf_counter() - t)
            best_cpu = min(best_cpu, time.thread_time() - c)
    best_len = best_len_cpu = math.inf
    all_len, all_len_cpu, all_pts, all_pts_cpu = [], [], [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.thread_time()
        dist = nx.multi_source_dijkstra_path_length(g, sources, weight="length")
        all_len.append(time.perf_counter() - t)
        all_len_cpu.append(time.thread_time() - c)
        best_len = min(best_len, all_len[-1])
        best_len_cpu = min(best_len_cpu, all_len_cpu[-1])
    best_pts = best_pts_cpu = math.inf
    for _ in range(repeat):
        t, c = time.perf_counter(), time.thread_time()
        dist = nx.multi_source_dijkstra_path_length(g, sources, weight="length")
        minutes, meters, covered = [], [], []
        n_covered = 0
        for p in points:
            d = dist.get(p)
            if d is None:
                minutes.append(None)
                meters.append(None)
                covered.append(False)
                continue
            minutes.append(round(d / mpm, 3))
            meters.append(round(d, 1))
            ok = d <= limit
            covered.append(ok)
            n_covered += ok
        all_pts.append(time.perf_counter() - t)
        all_pts_cpu.append(time.thread_time() - c)
        best_pts = min(best_pts, all_pts[-1])
        best_pts_cpu = min(best_pts_cpu, all_pts_cpu[-1])
    results = {}
    for p in points:
        if p in dist:
            results[str(p)] = [dist[p] / mpm, paths[p][0] if paths is not None else None]
        else:
            results[str(p)] = None
    out = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "components": nx.number_connected_components(g),
        "read_s": read_s,
        "graph_s": graph_s,
        "dijkstra_s": best if paths is not None else None,
        "dijkstra_length_s": best_len,
        "dijkstra_points_s": best_pts,
        "dijkstra_cpu_s": best_cpu if paths is not None else None,
        "dijkstra_length_cpu_s": best_len_cpu,
        "dijkstra_points_cpu_s": best_pts_cpu,
        "dijkstra_length_all_s": all_len,
        "dijkstra_length_all_cpu_s": all_len_cpu,
        "dijkstra_points_all_s": all_pts,
        "dijkstra_points_all_cpu_s": all_pts_cpu,
        "build_cpu_s": build_cpu,
        "results": results,
    }
    if req.get("edges_out"):
        with open(req["edges_out"], "w") as f:
            f.write("from,to,meters\n")
            for a, b, d in g.edges(data="length"):
                f.write(f"{a},{b},{d}\n")
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
