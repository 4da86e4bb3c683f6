#!/usr/bin/env python3
"""The pandas peer for bench/run.sh: the same four counts `termflow run` reports, computed the way an
analyst would with pandas, so the two can be timed on the same files and their counts compared.

  second-failure           (student, course) pairs with >= 2 failed retakes and no pass in any kind
  ineligible-registration  registrations not taken (no regular record), already passed, or — for a
                           non-practical course — without a failed make-up
  batch-limit              orders created with more than 3 courses
  stuck-order              orders created and neither paid nor released (all events are before --today)

A score < 60 or an empty score (absence) is a fail.

usage: peer_pandas.py STATE_DIR   (prints `rule count` lines, sorted)
"""
import os
import sys

import pandas as pd


def main() -> None:
    d = sys.argv[1]
    rec = pd.read_csv(os.path.join(d, "records.csv"), dtype={"student_id": str, "course_code": str, "score": float,
                                                             "practical": str, "kind": str})
    reg = pd.read_csv(os.path.join(d, "registrations.csv"), dtype={"student_id": str, "course_code": str})
    pay = pd.read_csv(os.path.join(d, "payments.csv"), dtype={"student_id": str, "order_id": str, "course_codes": str})

    rec["passed"] = rec["score"] >= 60
    rec["failed"] = ~rec["passed"]
    key = ["student_id", "course_code"]
    g = rec.groupby(key)
    passed_any = g["passed"].any()
    failed_retakes = rec[(rec["kind"] == "retake") & rec["failed"]].groupby(key).size()
    pairs = pd.DataFrame({"passed": passed_any})
    pairs["failed_retakes"] = failed_retakes.reindex(pairs.index, fill_value=0)
    second_failure = int(((pairs["failed_retakes"] >= 2) & ~pairs["passed"]).sum())

    taken = rec[rec["kind"] == "regular"].groupby(key).size().rename("regular")
    makeup_failed = rec[(rec["kind"] == "makeup") & rec["failed"]].groupby(key).size().rename("makeup_failed")
    practical = rec.drop_duplicates("course_code").set_index("course_code")["practical"].map(lambda v: str(v).lower() == "true")
    r = reg.join(taken, on=key).join(makeup_failed, on=key).join(passed_any.rename("passed"), on=key)
    r["practical"] = r["course_code"].map(practical).fillna(False).astype(bool)
    not_taken = r["regular"].isna()
    passed = r["passed"].fillna(False).astype(bool)
    no_makeup_fail = r["makeup_failed"].isna()
    ineligible = int((not_taken | (~not_taken & passed) | (~not_taken & ~passed & ~r["practical"] & no_makeup_fail)).sum())

    created = pay[pay["event"] == "created"]
    batch = int((created["course_codes"].str.count(";") + 1 > 3).sum())
    done = set(pay.loc[pay["event"].isin(["paid", "released"]), "order_id"])
    stuck = int((~created["order_id"].isin(done)).sum())

    for name, n in sorted({"second-failure": second_failure, "ineligible-registration": ineligible,
                           "batch-limit": batch, "stuck-order": stuck}.items()):
        print(name, n)


if __name__ == "__main__":
    main()
