#!/usr/bin/env python3
"""Independent reference for the deterministic figures of `verdict` (../../../../shared spec verdict.md).

Written from the spec alone with numpy/scipy, never from the Java code. Reads a battle folder's SQLite files
read-only and prints the JSON of the deterministic keys (no bootstrap keys):

    python3 verdict_reference.py FOLDER [--alpha 0.05] > expected.json
"""
import argparse
import json
import math
import os
import sqlite3
from datetime import datetime, timezone

import numpy as np
from scipy.stats import norm

EULER_GAMMA = 0.5772156649


def connect(path):
    return sqlite3.connect("file:" + path + "?mode=ro", uri=True)


def parse(text):
    """(naive wall clock as written, UTC instant in seconds or the wall clock taken as UTC)."""
    s = text.strip().replace("T", " ")
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    dt = datetime.fromisoformat(s)
    naive = dt.replace(tzinfo=None)
    if dt.tzinfo is None:
        instant = dt.replace(tzinfo=timezone.utc).timestamp()
    else:
        instant = dt.astimezone(timezone.utc).timestamp()
    return naive, instant


def read(folder):
    con = connect(os.path.join(folder, "metrics_timeseries.db"))
    rows = con.execute("SELECT id, model_id, timestamp, equity FROM hourly_snapshots").fetchall()
    con.close()
    models = {}
    for rid, model, ts, eq in rows:
        if eq is None:
            continue
        naive, instant = parse(ts)
        models.setdefault(model, []).append((naive, rid, instant, float(eq)))
    for v in models.values():
        v.sort(key=lambda r: (r[0], r[1]))
    standings = {}
    for name in ("leaderboard.db", "metrics_timeseries.db"):
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            continue
        con = connect(path)
        has = con.execute("SELECT count(*) FROM sqlite_master WHERE name='current_standings'").fetchone()[0]
        if has:
            for model, eq, dollars in con.execute(
                    "SELECT model_id, current_equity, total_return_dollars FROM current_standings"):
                standings.setdefault(model, eq - dollars)
        con.close()
        if standings:
            break
    return models, standings


def returns(equities):
    e = np.asarray(equities, dtype=float)
    prev, cur = e[:-1], e[1:]
    keep = prev != 0
    return cur[keep] / prev[keep] - 1


def per_model(r):
    n = len(r)
    out = {"n_returns": n, "sharpe_period": None, "skewness": None, "kurtosis": None}
    if n < 3:
        return out
    sd = np.std(r, ddof=1)
    if sd == 0:
        return out
    mean = np.mean(r)
    d = r - mean
    m2, m3, m4 = np.mean(d ** 2), np.mean(d ** 3), np.mean(d ** 4)
    out.update(sharpe_period=mean / sd, skewness=m3 / m2 ** 1.5, kurtosis=m4 / m2 ** 2)
    return out


def psr(f, bench):
    sr = f["sharpe_period"]
    if sr is None:
        return None
    under = 1 - f["skewness"] * sr + (f["kurtosis"] - 1) / 4 * sr ** 2
    if under <= 0:
        return None
    return float(norm.cdf((sr - bench) * math.sqrt(f["n_returns"] - 1) / math.sqrt(under)))


def min_trl(f):
    sr = f["sharpe_period"]
    if sr is None or sr <= 0:
        return None
    under = 1 - f["skewness"] * sr + (f["kurtosis"] - 1) / 4 * sr ** 2
    return 1 + under * (norm.ppf(0.95) / sr) ** 2


def hourly(points):
    """Last snapshot (by instant) in each UTC clock hour: {hour: equity}."""
    grid = {}
    last = {}
    for naive, rid, instant, eq in points:
        h = math.floor(instant / 3600)
        if h not in last or instant >= last[h]:
            last[h] = instant
            grid[h] = eq
    return grid


def ledoit_wolf(x, y):
    T = len(x)
    out = {"n": T, "sharpe_diff": None, "z": None, "p_value": None, "correlation": None}
    if T < 2:
        return out
    mx, my = x.mean(), y.mean()
    gx, gy = (x ** 2).mean(), (y ** 2).mean()
    vx, vy = gx - mx ** 2, gy - my ** 2
    if vx <= 0 or vy <= 0:
        return out
    out["sharpe_diff"] = mx / math.sqrt(vx) - my / math.sqrt(vy)
    out["correlation"] = float(np.corrcoef(x, y)[0, 1])
    if T < 3:
        return out
    V = np.column_stack([x - mx, y - my, x ** 2 - gx, y ** 2 - gy])
    L = int(math.floor(4 * (T / 100) ** (2 / 9)))
    psi = V.T @ V / T
    for lag in range(1, L + 1):
        G = V[lag:].T @ V[:-lag] / T
        psi += (1 - lag / (L + 1)) * (G + G.T)
    grad = np.array([gx / vx ** 1.5, -gy / vy ** 1.5, -mx / (2 * vx ** 1.5), my / (2 * vy ** 1.5)])
    se = math.sqrt(grad @ psi @ grad / T)
    z = out["sharpe_diff"] / se
    out["z"] = z
    out["p_value"] = float(2 * norm.sf(abs(z)))
    return out


def holm(ps):
    m = len(ps)
    order = sorted(range(m), key=lambda i: ps[i])
    adj = [0.0] * m
    running = 0.0
    for j, i in enumerate(order):
        running = max(running, min(1.0, (m - j) * ps[i]))
        adj[i] = running
    return adj


def max_drawdown_pct(equities):
    peak = -math.inf
    worst = 0.0
    for e in equities:
        peak = max(peak, e)
        worst = max(worst, (peak - e) / peak * 100)
    return worst


def engine_sharpe(r):
    if len(r) < 2:
        return None
    sd = np.std(r, ddof=1)
    return None if sd == 0 else float(np.mean(r) / sd * math.sqrt(252))


def verdict(folder, alpha):
    models, standings = read(folder)
    ids = sorted(m for m, pts in models.items() if pts)
    figures = {}
    order_keys = []
    for mid in ids:
        pts = models[mid]
        eq = [p[3] for p in pts]
        r = returns(eq)
        f = per_model(r)
        capital = standings.get(mid, eq[0])
        f["total_return_pct"] = (eq[-1] - capital) / capital * 100
        f["psr_zero"] = psr(f, 0.0)
        f["min_track_record"] = min_trl(f)
        days = (pts[-1][2] - pts[0][2]) / 86400
        f["min_track_record_days"] = None if f["min_track_record"] is None else f["min_track_record"] * days / len(r)
        figures[mid] = f
        es = engine_sharpe(r)
        order_keys.append((-f["total_return_pct"], es is None, -(es or 0), max_drawdown_pct(eq), mid))
    leader = sorted(order_keys)[0][-1]
    srs = [figures[m]["sharpe_period"] for m in ids if figures[m]["sharpe_period"] is not None]
    N = len(srs)
    for mid in ids:
        f = figures[mid]
        if N < 2 or f["sharpe_period"] is None:
            f["dsr"] = None
        else:
            sr0 = math.sqrt(np.var(srs, ddof=1)) * ((1 - EULER_GAMMA) * norm.ppf(1 - 1 / N)
                                                    + EULER_GAMMA * norm.ppf(1 - 1 / (N * math.e)))
            f["dsr"] = psr(f, sr0)
    grids = {m: hourly(models[m]) for m in ids}
    pairs = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            hours = sorted(set(grids[a]) & set(grids[b]))
            x = returns([grids[a][h] for h in hours])
            y = returns([grids[b][h] for h in hours])
            p = ledoit_wolf(x, y)
            p.update(model_a=a, model_b=b)
            pairs.append(p)
    with_p = [p for p in pairs if p["p_value"] is not None]
    for p, adj in zip(with_p, holm([p["p_value"] for p in with_p])):
        p["p_holm"] = adj
    for p in pairs:
        p.setdefault("p_holm", None)
        win = p["p_holm"] is not None and p["p_holm"] < alpha
        p["winner"] = (p["model_a"] if p["sharpe_diff"] > 0 else p["model_b"]) if win else None
    best = []
    for mid in ids:
        f = figures[mid]
        f["beats"] = sum(1 for p in pairs if p["winner"] == mid)
        f["loses"] = sum(1 for p in pairs if mid in (p["model_a"], p["model_b"]) and p["winner"] not in (None, mid))
        f["ties"] = sum(1 for p in pairs if mid in (p["model_a"], p["model_b"]) and p["winner"] is None)
        if mid == leader:
            best.append(mid)
        else:
            pair = next(p for p in pairs if {p["model_a"], p["model_b"]} == {mid, leader})
            if pair["winner"] != leader:
                best.append(mid)
    to_float = lambda v: None if v is None else (float(v) if not isinstance(v, (int, str)) else v)
    return {
        "alpha": alpha,
        "models": [dict({"model_id": m}, **{k: to_float(v) for k, v in figures[m].items()}) for m in ids],
        "pairs": [{k: to_float(v) for k, v in p.items()} for p in pairs],
        "best_set": best,
    }


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--alpha", type=float, default=0.05)
    args = ap.parse_args()
    print(json.dumps(verdict(args.folder, args.alpha), indent=2, sort_keys=True))
