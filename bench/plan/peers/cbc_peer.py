#!/usr/bin/env python3
"""CBC peer for bench/plan/cbc.ts: reads one model as JSON on stdin, builds the same formulation as src/plan/exact.ts
with PuLP (Debian python3-pulp) and solves it with CBC (coinor-cbc). Prints one JSON line:
{"objective":…, "bound":…, "status":…, "seconds":…, "sites":[…]}.

Input: {"objective": "coverage"|"median"|"setcover"|"center"|"capacitated", "p": int, "maxCost": float|null,
        "timeLimit": s, "weights": [...], "sites": [...ids], "places": [...]|null, "pairs": [[i, j, cost], ...]}
"""
import json
import os
import re
import sys
import tempfile
import time

import pulp


def main():
    m = json.load(sys.stdin)
    obj = m["objective"]
    w = m["weights"]
    sites = m["sites"]
    n, ns = len(w), len(sites)
    T = m.get("maxCost")
    pairs = m["pairs"]
    by_demand = [[] for _ in range(n)]
    for i, j, c in pairs:
        by_demand[i].append((j, c))
    sense = pulp.LpMaximize if obj in ("coverage", "capacitated") else pulp.LpMinimize
    prob = pulp.LpProblem("plan", sense)
    y = [pulp.LpVariable(f"y{j}", cat="Binary") for j in range(ns)]
    if obj == "coverage":
        z = {}
        for i in range(n):
            cov = [j for j, c in by_demand[i] if c <= T]
            if cov and w[i] > 0:
                z[i] = pulp.LpVariable(f"z{i}", 0, 1)
                prob += z[i] <= pulp.lpSum(y[j] for j in cov)
        prob += pulp.lpSum(w[i] * z[i] for i in z)
        prob += pulp.lpSum(y) == m["p"]
    elif obj == "capacitated":
        places = m["places"]
        served = {}
        by_site = [[] for _ in range(ns)]
        for i in range(n):
            if w[i] == 0:
                continue
            mine = []
            for j, c in by_demand[i]:
                if c <= T and places[j] > 0:
                    a = pulp.LpVariable(f"a{i}_{j}", 0, w[i])
                    served[i, j] = a
                    mine.append(a)
                    by_site[j].append(a)
                    prob += a <= w[i] * y[j]
            if mine:
                prob += pulp.lpSum(mine) <= w[i]
        for j in range(ns):
            if by_site[j]:
                prob += pulp.lpSum(by_site[j]) <= places[j] * y[j]
        prob += pulp.lpSum(served.values())
        prob += pulp.lpSum(y) == m["p"]
    elif obj == "setcover":
        for i in range(n):
            if w[i] > 0:
                prob += pulp.lpSum(y[j] for j, c in by_demand[i] if c <= T) >= 1
        prob += pulp.lpSum(y)
    elif obj in ("median", "center"):
        x = {}
        for i in range(n):
            if w[i] == 0:
                continue
            for j, c in by_demand[i]:
                x[i, j] = pulp.LpVariable(f"x{i}_{j}", 0, 1)
                prob += x[i, j] <= y[j]
            prob += pulp.lpSum(x[i, j] for j, _ in by_demand[i]) == 1
        prob += pulp.lpSum(y) == m["p"]
        if obj == "median":
            prob += pulp.lpSum(w[i] * c * x[i, j] for i in range(n) if w[i] > 0 for j, c in by_demand[i])
        else:
            W = pulp.LpVariable("W", 0)
            for i in range(n):
                if w[i] > 0:
                    prob += pulp.lpSum(c * x[i, j] for j, c in by_demand[i]) <= W
            prob += W
    fd, log = tempfile.mkstemp(suffix=".log")
    os.close(fd)
    solver = pulp.COIN_CMD(path="/usr/bin/cbc", msg=False, timeLimit=m.get("timeLimit", 60), logPath=log, threads=1)
    t0 = time.perf_counter()
    prob.solve(solver)
    secs = time.perf_counter() - t0
    text = open(log).read()
    os.unlink(log)
    status = pulp.LpStatus[prob.status]
    stopped = re.search(r"Result - (.*)", text)
    result = stopped.group(1).strip() if stopped else status
    value = pulp.value(prob.objective)
    bound = None
    for pat in (r"Lower bound:\s*(-?[\d.eE+-]+)", r"Upper bound:\s*(-?[\d.eE+-]+)"):
        mm = re.search(pat, text)
        if mm:
            bound = float(mm.group(1))
            break
    if bound is not None and obj in ("coverage", "capacitated"):
        bound = abs(bound)  # CBC minimises the negated objective of a maximisation
    optimal = result.startswith("Optimal")
    if optimal and value is not None:
        bound = value
    print(json.dumps({
        "objective": value,
        "bound": bound,
        "status": "optimal" if optimal else ("time_limit" if "time" in result.lower() else result),
        "seconds": secs,
        "sites": [sites[j] for j in range(ns) if (y[j].value() or 0) > 0.5],
    }))


if __name__ == "__main__":
    main()
