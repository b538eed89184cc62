#!/usr/bin/env python3
"""Rows of ACLED sets whose result changed between two runs of tools/eval/figures.sh.

Usage: tools/eval/rowdiff.py OLD_OUT/rows NEW_OUT/rows FIELD
FIELD: fatalities | sub_event_type | distance | admin1_hit. Prints '+' for a row gained, '-' for one lost, then the
totals. Notes are not printed (they are third-party text): look a row up by its id in the CSV.
"""
import glob
import json
import os
import sys


def ok(row, field):
    if field == "fatalities":
        return row["gold_fatalities"] == (row["fatalities"] or 0)
    if field == "sub_event_type":
        return row["gold_sub_event_type"] == row["sub_event_type"]
    if field == "distance":
        return row.get("distance_km") is not None and row["distance_km"] <= 25
    if field == "admin1_hit":
        return bool(row.get("admin1_hit"))
    raise SystemExit(f"unknown field {field}")


def main():
    old, new, field = sys.argv[1:4]
    gained = lost = 0
    for path in sorted(glob.glob(os.path.join(old, "*.json"))):
        other = os.path.join(new, os.path.basename(path))
        if not os.path.exists(other):
            continue
        a = {r["id"]: r for r in json.load(open(path, encoding="utf-8"))["rows"]}
        b = {r["id"]: r for r in json.load(open(other, encoding="utf-8"))["rows"]}
        for key, before in a.items():
            after = b.get(key)
            if after is None or ok(before, field) == ok(after, field):
                continue
            won = ok(after, field)
            gained += won
            lost += not won
            gold = before.get("gold_" + field, "")
            print("+" if won else "-", key, "gold", gold, "old", before.get(field), "new", after.get(field))
    print("gained", gained, "lost", lost)


if __name__ == "__main__":
    main()
