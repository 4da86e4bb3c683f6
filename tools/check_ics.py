#!/usr/bin/env python3
"""Imports termflow's ICS files with the `icalendar` package (what Python calendar tools use) and checks
each VEVENT against `timeline --format json`: same steps, same first and last day.

usage: python3 tools/check_ics.py TERMFLOW WORKFLOW...
"""
import datetime
import json
import subprocess
import sys

import icalendar


def event_days(e):
    """An event's first and last day: an all-day DTEND is exclusive, and a timed one ending at 00:00
    ends the day before."""
    start, end = e.decoded("DTSTART"), e.decoded("DTEND")
    first = start.date() if isinstance(start, datetime.datetime) else start
    if isinstance(end, datetime.datetime):
        last = end.date() if (end.hour, end.minute) != (0, 0) else end.date() - datetime.timedelta(days=1)
    else:
        last = end - datetime.timedelta(days=1)
    return first, last


def main() -> int:
    termflow, files = sys.argv[1], sys.argv[2:]
    bad = 0
    for f in files:
        ics = subprocess.run([termflow, "timeline", f, "--format", "ics"], check=True, capture_output=True).stdout
        tl = json.loads(subprocess.run([termflow, "timeline", f, "--format", "json"], check=True, capture_output=True).stdout)
        cal = icalendar.Calendar.from_ical(ics)
        events = [c for c in cal.walk("VEVENT")]
        steps = [s for s in tl["steps"] if s["due"] or s["start"]]
        if len(events) != len(steps):
            print(f"{f}: {len(events)} events, {len(steps)} dated steps")
            bad += 1
        for e, s in zip(events, steps):
            last = (s["due"] or s["start"])[:10]
            first = (s["start"] or last)[:10]
            got_first, got_last = event_days(e)
            if (str(got_first), str(got_last)) != (first, last):
                print(f"{f}: {s['id']}: ics {got_first}..{got_last}, timeline {first}..{last}")
                bad += 1
        print(f"{f}: {len(events)} events import and match")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
