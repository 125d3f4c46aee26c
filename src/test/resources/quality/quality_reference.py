#!/usr/bin/env python3
"""Independent reference for quality.md, straight from a battle folder's SQLite files (numpy/scipy).

    python3 quality_reference.py FOLDER [--horizon 1h|1d|5d] [--window-minutes 5] > expected.json

Written from the spec alone; it shares no code with BattleScope. Times: a stamp with a UTC offset is converted
to UTC, any other taken as written; all arithmetic on integer microseconds.
"""
import argparse
import bisect
import json
import math
import os
import sqlite3
from collections import defaultdict
from datetime import datetime, timezone

import numpy as np
from scipy import stats

HOURS = {"1h": 1, "1d": 24, "5d": 120}
EPOCH = datetime(1970, 1, 1)
US_PER_HOUR = 3_600_000_000


def micros(text):
    dt = datetime.fromisoformat(text.strip())
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    delta = dt - EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def connect(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def load(folder):
    dec = os.path.join(folder, "decisions.db")
    con = connect(dec)
    rows = con.execute("SELECT id, model_id, symbol, lower(decision), confidence, timestamp, current_price, "
                       "entry_price, stop_loss, take_profit, executed, julianday(timestamp) FROM decision_log "
                       "ORDER BY id").fetchall()
    con.close()
    out = []
    for r in rows:
        out.append(dict(id=r[0], model=r[1], symbol=r[2], decision=r[3], conf=r[4], t=micros(r[5]), price=r[6],
                        entry=r[7], stop=r[8], target=r[9], executed=bool(r[10]), jd=r[11]))
    return out


def snapshots(folder):
    con = connect(os.path.join(folder, "metrics_timeseries.db"))
    res = defaultdict(lambda: [0, 0])
    for model, count in con.execute("SELECT model_id, positions_count FROM hourly_snapshots"):
        res[model][0] += 1
        res[model][1] += 1 if (count or 0) > 0 else 0
    con.close()
    return res


def side_of(d):
    return {"buy": 1, "sell": -1}.get(d["decision"], 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--horizon", default="1h")
    ap.add_argument("--window-minutes", type=float, default=5.0)
    a = ap.parse_args()
    h_us = HOURS[a.horizon] * US_PER_HOUR
    decisions = load(a.folder)
    snaps = snapshots(a.folder)

    # price paths: every decision with a price > 0, time-ordered (ties by id)
    paths = defaultdict(list)
    for d in decisions:
        if d["price"] is not None and d["price"] > 0:
            paths[d["symbol"]].append((d["t"], d["id"], d["price"]))
    path_t, path_p = {}, {}
    for s, p in paths.items():
        p.sort()
        path_t[s] = [x[0] for x in p]
        path_p[s] = [x[2] for x in p]

    def forward(d):
        if d["price"] is None or d["price"] <= 0 or d["symbol"] not in path_t:
            return None
        ts = path_t[d["symbol"]]
        k = bisect.bisect_left(ts, d["t"] + h_us)
        return None if k == len(ts) else path_p[d["symbol"]][k] / d["price"] - 1

    def plan(d, s):
        entry = d["entry"] if d["entry"] is not None else d["price"]
        stop, target = d["stop"], d["target"]
        if entry is None or stop is None or target is None:
            return None
        if not ((s > 0 and stop < entry < target) or (s < 0 and target < entry < stop)):
            return None
        ts, ps = path_t.get(d["symbol"], []), path_p.get(d["symbol"], [])
        k = bisect.bisect_right(ts, d["t"])
        outcome = "neither"
        while k < len(ts) and ts[k] <= d["t"] + 120 * US_PER_HOUR:
            p = ps[k]
            if (s > 0 and p >= target) or (s < 0 and p <= target):
                outcome = "target"
                break
            if (s > 0 and p <= stop) or (s < 0 and p >= stop):
                outcome = "stop"
                break
            k += 1
        return outcome, abs(target - entry) / abs(entry - stop)

    for d in decisions:
        d["fwd"] = forward(d)

    by_model = defaultdict(list)
    for d in decisions:
        by_model[d["model"]].append(d)

    models = []
    split_counts = split_moments(decisions, a.window_minutes)
    for m in sorted(by_model):
        ds = by_model[m]
        confs = [d["conf"] for d in ds if d["conf"] is not None]
        scale = 1.0 if confs and max(confs) <= 1 else 100.0
        directional = [d for d in ds if side_of(d) != 0]
        wf = [d for d in directional if d["fwd"] is not None]
        signed = np.array([side_of(d) * d["fwd"] for d in wf], dtype=float)
        cal = [(d["conf"] / scale, side_of(d) * d["fwd"]) for d in wf if d["conf"] is not None]
        c = np.array([x[0] for x in cal], dtype=float)
        sr = np.array([x[1] for x in cal], dtype=float)
        hit = (sr > 0).astype(float)
        bins = []
        ece = 0.0
        for b in range(10):
            low, high = b / 10, (b + 1) / 10
            if b == 9:
                mask = c >= low
            elif b == 0:
                mask = c < high
            else:
                mask = (c >= low) & (c < high)
            nb = int(mask.sum())
            mc = float(c[mask].mean()) if nb else None
            hr = float(hit[mask].mean()) if nb else None
            if nb:
                ece += nb / len(c) * abs(hr - mc)
            bins.append(dict(low=low, high=high, n=nb, mean_confidence=mc, hit_rate=hr))
        rho = None
        if len(c) >= 2 and np.ptp(c) > 0 and np.ptp(sr) > 0:
            rho = float(stats.spearmanr(c, sr).statistic)
        plans = [plan(d, side_of(d)) for d in directional]
        plans = [p for p in plans if p is not None]
        holds = [abs(d["fwd"]) for d in ds if d["decision"] == "hold" and d["fwd"] is not None]
        unex = [d for d in directional if not d["executed"]]
        unex_f = [side_of(d) * d["fwd"] for d in unex if d["fwd"] is not None]
        sn = snaps.get(m, [0, 0])
        models.append({
            "model_id": m,
            "directional": len(directional),
            "with_forward": len(wf),
            "hit_rate": float((signed > 0).mean()) if len(wf) else None,
            "mean_signed_return": float(signed.mean() * 100) if len(wf) else None,
            "brier": float(((c - hit) ** 2).mean()) if len(c) else None,
            "ece": ece if len(c) else None,
            "calibration": bins,
            "confidence_spearman": rho,
            "plan": {"n": len(plans), "target_first": sum(p[0] == "target" for p in plans),
                     "stop_first": sum(p[0] == "stop" for p in plans),
                     "neither": sum(p[0] == "neither" for p in plans),
                     "planned_r_median": float(np.median([p[1] for p in plans])) if plans else None},
            "splits": split_counts["models"].get(m, {"n": 0, "right": 0}),
            "holds": {"n": len(holds), "mean_abs_move": float(np.mean(holds) * 100) if holds else None},
            "unexecuted": {"n": len(unex), "mean_signed_return": float(np.mean(unex_f) * 100) if unex_f else None},
            "time_in_market_pct": sn[1] * 100 / sn[0] if sn[0] else None,
        })
    out = {"horizon_hours": HOURS[a.horizon], "window_minutes": a.window_minutes, "models": models,
           "splits": split_counts["top"]}
    print(json.dumps(out, indent=1))


def split_moments(decisions, window):
    """Comparison moments: per symbol, a moment opens at the earliest decision not yet taken and holds those within
    the window after it; each model is represented by its decision nearest the moment within the window (earlier
    on a tie). Split: someone buys and someone sells."""
    per_symbol = defaultdict(list)
    for d in decisions:
        per_symbol[d["symbol"]].append(d)
    models = defaultdict(lambda: {"n": 0, "right": 0})
    n = 0
    maj = minr = counted = 0
    for s, ds in per_symbol.items():
        ds.sort(key=lambda d: (d["jd"], d["id"]))
        jds = [d["jd"] for d in ds]
        i = 0
        while i < len(ds):
            anchor = ds[i]["jd"]
            j = i
            while j < len(ds) and abs(ds[j]["jd"] - anchor) * 24 * 60 <= window:
                j += 1
            lo = bisect.bisect_left(jds, anchor - window / 1440 - 1e-9)
            best = {}
            for d in ds[lo:j + 1]:
                dist = abs(d["jd"] - anchor) * 24 * 60
                if dist > window:
                    continue
                cur = best.get(d["model"])
                if cur is None or dist < abs(cur["jd"] - anchor) * 24 * 60:
                    best[d["model"]] = d
            i = max(j, i + 1)
            buyers = sum(side_of(d) > 0 for d in best.values())
            sellers = sum(side_of(d) < 0 for d in best.values())
            if not buyers or not sellers:
                continue
            n += 1
            for m, d in best.items():
                if side_of(d):
                    models[m]["n"] += 1
                    models[m]["right"] += 1 if d["fwd"] is not None and side_of(d) * d["fwd"] > 0 else 0
            withf = sorted((d for d in best.values() if d["fwd"] is not None), key=lambda d: (d["t"], d["id"]))
            if buyers != sellers and withf:
                move = withf[0]["fwd"]
                major = 1 if buyers > sellers else -1
                counted += 1
                maj += major * move > 0
                minr += -major * move > 0
    top = {"n": n, "majority_right": maj / counted if counted else None,
           "minority_right": minr / counted if counted else None}
    return {"models": dict(models), "top": top}


if __name__ == "__main__":
    main()
