"""Independent figures of the tiny curve in DayCurveHandCheckTest (numpy only; not BattleScope's code).

Run: python3 handcheck.py  -> prints every figure the test expects.
"""
from datetime import datetime
import numpy as np

ROWS = [
    ("2025-01-06 10:00:00", 100.0), ("2025-01-06 11:00:00", 104.0), ("2025-01-06 12:00:00", 98.0),
    ("2025-01-07 09:00:00", 101.0), ("2025-01-07 10:00:00", 107.0), ("2025-01-07 11:00:00", 95.0),
    ("2025-01-07 12:00:00", 99.0), ("2025-01-09 10:00:00", 108.0), ("2025-01-09 11:00:00", 103.0),
]
CAPITAL = 100.0
t = [datetime.strptime(s, "%Y-%m-%d %H:%M:%S") for s, _ in ROWS]
e = np.array([v for _, v in ROWS])
r = np.diff(e) / e[:-1]

years = (t[-1] - t[0]).total_seconds() / (365 * 24 * 3600)
ppy = (len(e) - 1) / years
print("engine_sharpe", r.mean() / r.std(ddof=1) * np.sqrt(252))
print("sampled_sharpe", r.mean() / r.std(ddof=1) * np.sqrt(ppy))
print("sortino", r.mean() / np.sqrt(np.sum(np.minimum(r, 0) ** 2) / len(r)) * np.sqrt(252))
print("volatility_pct", r.std(ddof=1) * np.sqrt(ppy) * 100)
print("cagr_pct", ((e[-1] / CAPITAL) ** (1 / years) - 1) * 100)

closes, days = [], []
for (s, v), d in zip(ROWS, t):
    if days and days[-1] == d.date():
        closes[-1] = v
    else:
        closes.append(v)
        days.append(d.date())
cr = np.diff(closes) / np.array(closes[:-1])
print("daily_sharpe", cr.mean() / cr.std(ddof=1) * np.sqrt(252))

peak = np.maximum.accumulate(e)
dd_pct = (peak - e) / peak * 100
dollars = peak - e
k = int(np.argmax(dollars))  # first occurrence
print("max_drawdown_pct", dd_pct.max())
print("max_drawdown_dollars", dollars.max())
print("engine_max_drawdown_pct", dd_pct[k])
print("snapshots_under_water", int(np.sum(e < peak)))

# drawdown periods: from the last time at the running peak to the first time back at or above it
longest, start, under = 0, t[0].date(), False
for i in range(1, len(e)):
    if e[i] >= peak[i - 1]:
        if under:
            longest = max(longest, (t[i].date() - start).days)
        start, under = t[i].date(), False
    else:
        under = True
if under:
    longest = max(longest, (t[-1].date() - start).days)
print("longest_days", longest)

# the summary of 2025-01-07 alone: returns inside the day, its records (snapshots at or above every earlier one)
day = e[3:7]
dr = np.diff(day) / day[:-1]
print("day2_return_mean", dr.mean())
print("day2_return_m2", np.sum((dr - dr.mean()) ** 2))
print("day2_downside", np.sum(np.minimum(dr, 0) ** 2))
