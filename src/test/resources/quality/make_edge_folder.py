#!/usr/bin/env python3
"""Writes the 'quality-edge' test folder: hand-made decisions for quality.md's corner cases.

    python3 make_edge_folder.py OUT_DIR   (copies fixtures/tiny's metrics file beside it, its two
                                   models renamed pct and unit; 'mute' has no snapshots)

Symbol X, three models. 'unit' states confidences on a 0-1 scale; 'pct' on 0-100 with a 100 (c = 1.0) and a
missing one; 'mute' never states a confidence. Prices: X at 100 then moving; a stamp with a +02:00 offset;
plans consistent and not; a last decision with no forward price.
"""
import os
import shutil
import sqlite3
import sys

out = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(out, exist_ok=True)
schema = sqlite3.connect(os.path.join(here, "..", "fixtures", "tiny", "decisions.db"))
ddl = [r[0] for r in schema.execute("SELECT sql FROM sqlite_master WHERE name IN ('decision_log') AND sql IS NOT NULL")]
schema.close()
shutil.copy(os.path.join(here, "..", "fixtures", "tiny", "metrics_timeseries.db"),
            os.path.join(out, "metrics_timeseries.db"))
metrics = sqlite3.connect(os.path.join(out, "metrics_timeseries.db"))
metrics.execute("UPDATE hourly_snapshots SET model_id = 'pct' WHERE model_id = 'claude-sonnet-3.5'")
metrics.execute("UPDATE hourly_snapshots SET model_id = 'unit' WHERE model_id = 'gpt-4o'")
metrics.commit()
metrics.execute("PRAGMA wal_checkpoint(TRUNCATE)")
metrics.close()
db = os.path.join(out, "decisions.db")
if os.path.exists(db):
    os.remove(db)
con = sqlite3.connect(db)
for s in ddl:
    con.execute(s)
# (model, decision, confidence, timestamp, price, entry, stop, target, executed)
rows = [
    ("pct", "buy", 80.0, "2025-01-06 10:00:00", 100.0, None, 95.0, 110.0, 1),    # target first (111 at 12:00)
    ("unit", "sell", 0.6, "2025-01-06 10:01:00", 100.0, 100.0, 104.0, 96.0, 1),  # sell: stop first (105 at 13:00)? target 96
    ("mute", "buy", None, "2025-01-06 10:02:00", 100.0, None, None, None, 0),    # no confidence, not executed
    ("pct", "hold", 50.0, "2025-01-06 11:00:00", 102.0, None, None, None, 0),
    ("unit", "buy", 1.0, "2025-01-06 11:00:00", 102.0, 102.0, 103.0, 110.0, 1),  # inconsistent plan (stop > entry)
    ("mute", "sell", None, "2025-01-06 11:03:00", 101.0, None, None, None, 0),
    ("pct", "buy", 100.0, "2025-01-06 12:00:00", 111.0, 111.0, 100.0, 130.0, 0),  # c = 1.0, R = 19/11
    ("unit", "sell", 0.3, "2025-01-06 12:00:30", 111.0, None, 120.0, 100.0, 1),   # c exactly 0.3
    ("mute", "sell", None, "2025-01-06 12:01:00", 110.0, None, None, None, 1),
    ("pct", "sell", 30.0, "2025-01-06 15:00:00+02:00", 105.0, None, 110.0, 90.0, 1),  # 13:00 UTC
    ("unit", "buy", 0.7, "2025-01-06 13:00:00", 105.0, None, 100.0, 115.0, 1),
    ("mute", "hold", None, "2025-01-06 13:02:00", 104.0, None, None, None, 0),
    ("pct", "buy", 70.0, "2025-01-06 14:00:00", 104.0, None, 100.0, 108.0, 1),
    ("unit", "sell", 0.7, "2025-01-06 14:00:00", 104.0, None, 108.0, 100.0, 1),
    ("mute", "buy", None, "2025-01-06 14:04:00", 103.0, None, None, None, 0),
    ("pct", "close", 70.0, "2025-01-06 15:00:00", 99.0, None, None, None, 1),
    ("unit", "buy", 0.55, "2025-01-06 15:30:00", 98.0, None, 90.0, 120.0, 1),     # no forward at 1h (last at 15:59)
    ("pct", "buy", None, "2025-01-06 15:59:00", 97.0, None, None, None, 1),       # pct's missing confidence
]
con.executemany("INSERT INTO decision_log (model_id, symbol, decision, reasoning, confidence, timestamp, "
                "current_price, entry_price, stop_loss, take_profit, executed) VALUES (?, 'X', ?, 'r', ?, ?, ?, ?, ?, "
                "?, ?)", [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows])
con.commit()
con.close()
