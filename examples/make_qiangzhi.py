#!/usr/bin/env python3
"""Writes examples/qiangzhi: the example term's state (examples/state) as a 强智-style registrar and a
unified payment platform export it: a students file with two status columns, one grades file per
college (a title on one of them only, the kind split over 考试性质 and 修读方式, a blank score with its
reason in 成绩标识), registrations with 申请时间, and the finance system's order list in GB18030 with a
title, money as ￥80.00 and a 合计 line. The run over it must find what the run over examples/state
finds (Tests/TermFlowTests/Rules/QiangzhiExampleTests.swift). Run from anywhere:
python3 examples/make_qiangzhi.py"""
import csv, io, os, sys

root = os.path.join(os.path.dirname(__file__), "..")
src = os.path.join(root, "examples/state")
out = os.path.join(root, "examples/qiangzhi")


def rows(name):
    raw = open(os.path.join(src, name), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    return list(csv.DictReader(io.StringIO(text)))


def write(name, header, data, title=None, tail=None, encoding="utf-8"):
    buf = io.StringIO()
    if title:
        buf.write(title + "\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(data)
    if tail:
        w.writerow(tail)
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "wb").write(buf.getvalue().encode(encoding))


yes = {"true": "是", "false": "否"}
students = rows("students.csv")
college = {s["student_id"]: s["college"] for s in students}
write(
    "学生信息.csv",
    ["学号", "姓名", "院系名称", "专业名称", "年级", "学籍状态", "是否在校", "是否退役士兵"],
    [[s["student_id"], s["name"], s["college"], s["major"], s["grade"], "在籍", yes[s["on_campus"]], yes[s["veteran"]]]
     for s in students],
)

records = rows("records.csv")
by_college = {}
for r in records:
    kind = {"regular": ("正常考试", "初修"), "makeup": ("补考", "初修"), "retake": ("正常考试", "重修")}[r["kind"]]
    score, flag = (r["score"], "") if r["score"] else ("", "缺考")
    by_college.setdefault(college[r["student_id"]], []).append(
        [r["term"], r["student_id"], r["course_code"], r["course_name"], r["course_type"],
         "通识教育" if r["course_code"].startswith("C1") else "专业教育", r["credits"], yes[r["practical"]],
         score, flag, kind[0], kind[1]]
    )
header = ["开课学期", "学号", "课程编号", "课程名称", "课程属性", "课程类别", "学分", "是否实践环节", "成绩", "成绩标识",
          "考试性质", "修读方式"]
for k, (name, data) in enumerate(sorted(by_college.items())):
    title = f"{name}2022-2023学年学生成绩（教务系统导出）" if k == 0 else None
    write(f"成绩/{name}.csv", header, data, title=title)

write(
    "重修报名.csv",
    ["学号", "重修课程", "申请时间"],
    [[r["student_id"], r["course_code"], r["registered_at"].replace("T", " ")[:16]] for r in rows("registrations.csv")],
)

orders = {}
for p in rows("payments.csv"):
    o = orders.setdefault(p["order_id"], {"学号": p["student_id"], "课程": p["course_codes"].replace(";", "、")})
    t = p["time"].replace("T", " ")
    if p["event"] == "created":
        o["下单时间"], o["订单金额"] = t, p["amount"]
    elif p["event"] in ("paid", "charged"):
        o["支付时间"], o["状态"] = t, "支付成功" if p["event"] == "paid" else "银行已扣款"
    elif p["event"] == "released":
        o["关闭时间"], o["状态"] = t, "已关闭"
total = 0.0
data = []
for oid in sorted(orders):
    o = orders[oid]
    total += float(o["订单金额"])
    data.append([oid, o["学号"], o["课程"], "￥" + o["订单金额"], o["下单时间"], o.get("支付时间", ""), o.get("关闭时间", ""),
                 o.get("状态", "待支付")])
write(
    "缴费订单.csv",
    ["订单编号", "学号", "缴费课程", "订单金额", "下单时间", "支付时间", "关闭时间", "支付状态"],
    data,
    title="重修费缴费订单明细（导出时间：2023-09-22 18:00）",
    tail=["合计", "", "", f"￥{total:,.2f}", "", "", "", ""],
    encoding="gb18030",
)
