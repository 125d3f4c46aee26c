#!/usr/bin/env python3
"""Writes the `significant` test folder: four models over 40 days of 24x7 hourly snapshots with a clear winner.

- strong: high drift (its lead is significant); steady: mild drift; flat: no drift;
- offset: written by a timezone-aware writer (+02:00), so its clock hours move by two hours in UTC, and with
  two snapshots in some hours (the last one counts on the hourly grid) and a few hours missing;
- standings (leaderboard.db) give strong and steady an initial capital of 100,000 (their first snapshot differs).

    python3 make_significant.py OUT_FOLDER   (needs the repository's sql/*.sql; numpy for the draws)
"""
import os
import sqlite3
import sys
from datetime import datetime, timedelta

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SQL = os.path.join(HERE, "..", "..", "..", "..", "sql")


def schema(path, name):
    con = sqlite3.connect(path)
    con.executescript(open(os.path.join(SQL, name)).read())
    return con


def main(out):
    os.makedirs(out, exist_ok=True)
    for f in ("metrics_timeseries.db", "decisions.db", "leaderboard.db"):
        if os.path.exists(os.path.join(out, f)):
            os.remove(os.path.join(out, f))
    rng = np.random.default_rng(20260315)
    start = datetime(2025, 3, 3, 0, 4, 0)
    hours = 40 * 24
    drifts = {"strong": 0.0009, "steady": 0.0002, "flat": 0.0, "offset": 0.0001}
    m = schema(os.path.join(out, "metrics_timeseries.db"), "metrics_schema.sql")
    rows = []
    for model, drift in drifts.items():
        eq = 100_000.0 * (1 + rng.normal(0, 0.002))
        for h in range(hours):
            if model == "offset" and h % 97 == 50:
                continue
            eq *= 1 + drift + rng.normal(0, 0.004)
            t = start + timedelta(hours=h, seconds=int(rng.integers(0, 50)), microseconds=int(rng.integers(1, 999999)))
            if model == "offset":
                text = (t + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S.%f") + "+02:00"
                rows.append((model, text, round(eq, 2)))
                if h % 41 == 7:
                    eq *= 1 + rng.normal(0, 0.004)
                    later = t + timedelta(minutes=30)
                    rows.append((model, (later + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S.%f") + "+02:00",
                                 round(eq, 2)))
            else:
                rows.append((model, str(t), round(eq, 2)))
    m.executemany("INSERT INTO hourly_snapshots (model_id, timestamp, equity, cash, positions_value, "
                  "positions_count) VALUES (?, ?, ?, ?, 0, 0)", [(a, b, c, c) for a, b, c in rows])
    m.commit()
    m.close()
    schema(os.path.join(out, "decisions.db"), "decision_schema.sql").close()
    lb = schema(os.path.join(out, "leaderboard.db"), "leaderboard_schema.sql")
    last = {}
    for model, _, eq in rows:
        last[model] = eq
    for model in ("strong", "steady"):
        dollars = last[model] - 100_000.0
        lb.execute("INSERT INTO current_standings (model_id, total_return_pct, total_return_dollars, current_equity, "
                   "total_trades, open_positions_count, total_exposure_pct, last_updated) "
                   "VALUES (?, ?, ?, ?, 0, 0, 0, '2025-04-12 00:00:00')",
                   (model, dollars / 1000.0, dollars, last[model]))
    lb.commit()
    lb.close()


if __name__ == "__main__":
    main(sys.argv[1])
