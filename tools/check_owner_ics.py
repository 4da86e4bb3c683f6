#!/usr/bin/env python3
"""Imports the per-office calendars of a term folder (`timeline DIR --by owner --format ics`) with the
`icalendar` package and checks them against the term's 周历 (`timeline DIR --by week --format csv`):
each office's calendar holds exactly its rows, on the same days.

usage: python3 tools/check_owner_ics.py TERMFLOW DIR
"""
import csv
import io
import os
import subprocess
import sys
import tempfile

import icalendar

from check_ics import event_days


def main() -> int:
    termflow, folder = sys.argv[1], sys.argv[2]
    rows = list(csv.DictReader(io.StringIO(subprocess.run(
        [termflow, "timeline", folder, "--by", "week", "--format", "csv"], check=True, capture_output=True, text=True
    ).stdout)))
    want = {}
    for r in rows:
        last = r["日期"].split(" .. ")[-1][:10]
        first = r["日期"].split(" .. ")[0][:10]
        want.setdefault(r["负责单位"], []).append((r["工作内容"], first, last))
    bad = 0
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([termflow, "timeline", folder, "--by", "owner", "--format", "ics", "--output", out],
                       check=True, capture_output=True)
        files = sorted(os.listdir(out))
        if len(files) != len(want):
            print(f"{len(files)} calendars for {len(want)} offices")
            bad += 1
        for name in files:
            cal = icalendar.Calendar.from_ical(open(os.path.join(out, name), "rb").read())
            office = str(cal.get("X-WR-CALNAME")).split(" ", 1)[1]
            got = []
            for e in cal.walk("VEVENT"):
                first, last = event_days(e)
                title = str(e.get("SUMMARY")).rsplit("（", 1)[0]
                got.append((title, first.isoformat(), last.isoformat()))
            if sorted(got) != sorted(want.get(office, [])):
                print(f"{name}: {sorted(got)} != {sorted(want.get(office, []))}")
                bad += 1
    print(f"{len(want)} office calendars checked against the 周历: {'ok' if not bad else f'{bad} differ'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
