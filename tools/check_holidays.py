#!/usr/bin/env python3
"""Cross-checks termflow's official calendar against the `chinesecalendar` package, day by day.

Runs `termflow calendar --from 2004-01-01 --to 2026-12-31 --format csv` (the product's own output, not
the generated table) and compares every day's kind. Exits 1 on any mismatch.

usage: python3 tools/check_holidays.py PATH/TO/termflow
"""
import csv
import datetime
import io
import subprocess
import sys

from chinese_calendar import constants


def expected_kind(d):
    if d in constants.workdays:
        return "makeup-workday"
    if d in constants.holidays:
        return "holiday"
    return "weekend" if d.weekday() >= 5 else "workday"


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/termflow"
    out = subprocess.run([binary, "calendar", "--from", "2004-01-01", "--to", "2026-12-31", "--format", "csv"],
                         check=True, capture_output=True, text=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    day, last = datetime.date(2004, 1, 1), datetime.date(2026, 12, 31)
    passed = failed = 0
    by_date = {r["date"]: r for r in rows}
    while day <= last:
        row = by_date.get(day.isoformat())
        want = expected_kind(day)
        if row is None or row["kind"] != want:
            failed += 1
            if failed <= 20:
                print(f"mismatch {day}: termflow {row['kind'] if row else 'missing'}, chinesecalendar {want}")
        else:
            passed += 1
        day += datetime.timedelta(days=1)
    if len(rows) != passed + failed:
        print(f"termflow printed {len(rows)} rows for {passed + failed} days")
        failed += 1
    print(f"holiday table: {passed} days match, {failed} mismatch")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
