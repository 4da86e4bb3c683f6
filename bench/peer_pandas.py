#!/usr/bin/env python3
"""The pandas peer for bench/run.sh: the same four counts `termflow run` reports, computed the way an
analyst would with pandas, so the two can be timed on the same files and their counts compared.

  second-failure           (student, course) pairs with >= 2 failed retakes and no pass in any kind
  ineligible-registration  registrations not taken (no regular record), already passed, or — for a
                           non-practical course — without a failed make-up
  batch-limit              orders created with more than 3 courses
  stuck-order              orders created and neither paid nor released (all events are before --today)

A score < 60 or an empty score (absence) is a fail.

usage: peer_pandas.py STATE_DIR [--zh]   (prints `rule count` lines, sorted)

--zh reads the same state as gen_state.py --layout zh writes it (GB18030, Chinese headers, the term in
two columns, 五级制 levels, 缺考, 正常考试/补考/重修, 是/否, 待支付/支付成功/已释放, courses joined with 、),
mapping it to the reference columns the way an analyst would, then counts the same way.
"""
import os
import sys

import pandas as pd


LEVELS = {"优秀": 95.0, "良好": 85.0, "中等": 75.0, "及格": 65.0, "不及格": 50.0}


def read_zh(d):
    """The registrar's files, renamed and mapped to the reference columns."""
    rec = pd.read_csv(os.path.join(d, "成绩.csv"), encoding="gb18030", dtype=str)
    rec = rec.rename(columns={"学号": "student_id", "课程代码": "course_code", "是否实践课": "practical", "考试性质": "kind", "成绩": "score"})
    rec["kind"] = rec["kind"].map({"正常考试": "regular", "补考": "makeup", "重修": "retake"})
    rec["practical"] = rec["practical"].map({"是": "true", "否": "false"})
    shown = rec["score"].fillna("")
    rec["score"] = pd.to_numeric(shown.map(lambda v: LEVELS.get(v, v)).replace({"缺考": None, "": None}), errors="coerce")
    reg = pd.read_csv(os.path.join(d, "重修报名.csv"), encoding="gb18030", dtype=str)
    reg = reg.rename(columns={"学号": "student_id", "课程代码": "course_code"})
    pay = pd.read_csv(os.path.join(d, "缴费流水.csv"), encoding="gb18030", dtype=str)
    pay = pay.rename(columns={"学号": "student_id", "订单号": "order_id", "交易状态": "event", "课程代码": "course_codes"})
    pay["event"] = pay["event"].map({"待支付": "created", "支付成功": "paid", "已释放": "released"})
    pay["course_codes"] = pay["course_codes"].str.replace("、", ";")
    return rec, reg, pay


def main() -> None:
    d = sys.argv[1]
    if "--zh" in sys.argv[2:]:
        rec, reg, pay = read_zh(d)
    else:
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
