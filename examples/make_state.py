#!/usr/bin/env python3
"""Writes examples/state/: a hand-made term (czie-retake.flow, 2023-2024-1) whose rows each hit a rule.

Run from anywhere: python3 examples/make_state.py. The rows are written out here by hand; the script only
fixes the encodings a real export arrives in: students.csv in GB18030 (Excel on a Chinese Windows),
registrations.csv with a UTF-8 BOM, payments.csv with CRLF line ends, records.csv plain UTF-8 with a
quoted course name holding a comma and quotes.

Who hits what (czie-retake.flow; second-failure is fjut-2018-retake.flow's):
  2021001 张伟  eligible, paid                       2021012 马超  two failed retakes: second-failure
  2021002 王芳  never took C102: 补修 first            2021013 朱琳  passed at the third retake: no warning
  2021003 李娜  already passed C103                    2021006 杨磊  veteran: exempt, not cleared
  2021004 刘洋  no make-up yet                         2021005 陈静  practical course, no make-up needed
  2021007 赵敏  5-course order (batch-limit), released after 5 min (early-release), paid again 15 min
              later (early-repay)
  2021008 黄强  order stuck in 支付中 (stuck-order)      2021009 周杰  C101 paid twice (double-paid)
  2021010 吴丽  paid 60.00 for 80.00 (amount-mismatch)  2021011 孙涛  never paid (unpaid-cleared)
  C101: 10 paid registrations, a retake class; the other courses fewer, tutoring (retake-class).
"""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "state")

STUDENTS = """student_id,name,college,major,grade,on_campus,veteran
2021001,张伟,机械与汽车工程学院,机械设计制造及其自动化,2021,true,false
2021002,王芳,信息科学与工程学院,计算机科学与技术,2021,true,false
2021003,李娜,信息科学与工程学院,软件工程,2021,true,false
2021004,刘洋,土木工程学院,土木工程,2021,true,false
2021005,陈静,机械与汽车工程学院,车辆工程,2021,true,false
2021006,杨磊,管理学院,工商管理,2021,true,true
2021007,赵敏,人文学院,汉语言文学,2021,true,false
2021008,黄强,设计学院,视觉传达设计,2021,true,false
2021009,周杰,信息科学与工程学院,计算机科学与技术,2021,true,false
2021010,吴丽,管理学院,会计学,2021,false,false
2021011,孙涛,土木工程学院,工程管理,2021,true,false
2021012,马超,机械与汽车工程学院,机械电子工程,2021,true,false
2021013,朱琳,人文学院,英语,2021,true,false
2021014,胡斌,机械与汽车工程学院,机械设计制造及其自动化,2021,true,false
2021015,郭敏,信息科学与工程学院,通信工程,2021,true,false
2021016,何平,土木工程学院,土木工程,2021,true,false
2021017,高洁,管理学院,市场营销,2021,true,false
2021018,林峰,设计学院,产品设计,2021,true,false
2021019,罗琦,人文学院,汉语言文学,2021,false,false
2021020,梁宇,信息科学与工程学院,软件工程,2021,true,false
2021021,宋佳,机械与汽车工程学院,车辆工程,2021,true,false
"""

COURSES = {
    "C101": ("高等数学A", "公共必修课", "false", "5.0"),
    "C102": ("大学英语", "公共必修课", "false", "4.0"),
    "C103": ("C语言程序设计", "专业必修课", "false", "3.0"),
    "C104": ("线性代数", "专业必修课", "false", "3.0"),
    "C105": ("大学物理", "公共必修课", "false", "4.0"),
    "C106": ("概率论与数理统计", "专业必修课", "false", "3.0"),
    "C107": ('数据结构（含实验，"双语"）', "专业必修课", "false", "3.5"),
    "C201": ("金工实习", "实践课", "true", "2.0"),
}
T1, T2 = "2022-2023-1", "2022-2023-2"
C101_CLASS = ["2021001", "2021006", "2021009", "2021011", "2021014", "2021015", "2021016", "2021017", "2021018",
              "2021019", "2021020", "2021021"]


def quote(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


def records():
    rows = ["student_id,course_code,course_name,course_type,practical,credits,term,kind,score"]

    def r(sid, code, term, kind, score):
        name, ctype, practical, credits = COURSES[code]
        rows.append(",".join([sid, code, quote(name), ctype, practical, credits, term, kind, str(score)]))

    for sid in C101_CLASS:  # failed C101 and its make-up: eligible
        r(sid, "C101", T1, "regular", 42)
        r(sid, "C101", T1, "makeup", 51)
        r(sid, "C102", T1, "regular", 76)
    r("2021002", "C101", T1, "regular", 88)
    r("2021003", "C103", T1, "regular", 78)
    r("2021004", "C104", T2, "regular", 40)
    r("2021005", "C201", T2, "regular", 50)
    for code in ["C101", "C102", "C103", "C104", "C105"]:
        r("2021007", code, T1, "regular", 35)
        r("2021007", code, T1, "makeup", 40)
    r("2021008", "C105", T1, "regular", 30)
    r("2021008", "C105", T1, "makeup", "")  # absent: counts as a fail
    r("2021010", "C103", T1, "regular", 55)
    r("2021010", "C103", T1, "makeup", 48)
    r("2021012", "C106", T1, "regular", 40)
    r("2021012", "C106", T1, "makeup", 45)
    r("2021012", "C106", T2, "retake", 50)
    r("2021012", "C106", T2, "retake", "")
    r("2021013", "C106", T1, "regular", 40)
    r("2021013", "C106", T1, "makeup", 45)
    r("2021013", "C106", T2, "retake", 50)
    r("2021013", "C106", T2, "retake", 52)
    r("2021013", "C106", T2, "retake", 71)
    r("2021020", "C107", T2, "regular", 58)
    r("2021020", "C107", T2, "makeup", 59)
    return "\n".join(rows) + "\n"


def registrations():
    rows = ["student_id,course_code,registered_at"]
    for i, sid in enumerate(C101_CLASS):
        rows.append(f"{sid},C101,2023-09-12T09:{i:02d}:00")
    rows += ["2021002,C102,2023-09-12T10:00:00", "2021003,C103,2023-09-12T10:05:00", "2021004,C104,2023-09-13T08:30:00",
             "2021005,C201,2023-09-13T08:40:00"]
    rows += [f"2021007,{c},2023-09-14T09:00:00" for c in ["C101", "C102", "C103", "C104", "C105"]]
    rows += ["2021008,C105,2023-09-21T15:00:00", "2021010,C103,2023-09-15T11:00:00", "2021012,C106,2023-09-15T14:00:00",
             "2021020,C107,2023-09-15T15:00:00"]
    return "\n".join(rows) + "\n"


def payments():
    rows = ["time,student_id,order_id,event,course_codes,amount"]

    def p(t, sid, oid, event, codes, amount):
        rows.append(f"{t},{sid},{oid},{event},{codes},{amount}")

    p("2023-09-12T10:00:00", "2021001", "ZZJF0001", "created", "C101", "80.00")
    p("2023-09-12T10:02:00", "2021001", "ZZJF0001", "paid", "C101", "80.00")
    p("2023-09-14T10:00:00", "2021007", "ZZJF0002", "created", "C101;C102;C103;C104;C105", "400.00")
    p("2023-09-14T10:05:00", "2021007", "ZZJF0002", "released", "C101;C102;C103;C104;C105", "400.00")
    p("2023-09-14T10:20:00", "2021007", "ZZJF0003", "created", "C101;C102;C103", "240.00")
    p("2023-09-14T10:22:00", "2021007", "ZZJF0003", "paid", "C101;C102;C103", "240.00")
    p("2023-09-14T11:30:00", "2021007", "ZZJF0004", "created", "C104;C105", "160.00")
    p("2023-09-14T11:31:00", "2021007", "ZZJF0004", "paid", "C104;C105", "160.00")
    p("2023-09-13T09:00:00", "2021005", "ZZJF0005", "created", "C201", "80.00")
    p("2023-09-13T09:01:00", "2021005", "ZZJF0005", "paid", "C201", "80.00")
    p("2023-09-13T09:10:00", "2021009", "ZZJF0006", "created", "C101", "80.00")
    p("2023-09-13T09:11:00", "2021009", "ZZJF0006", "paid", "C101", "80.00")
    p("2023-09-13T15:40:00", "2021009", "ZZJF0007", "created", "C101", "80.00")
    p("2023-09-13T15:41:00", "2021009", "ZZJF0007", "paid", "C101", "80.00")
    p("2023-09-15T11:10:00", "2021010", "ZZJF0008", "created", "C103", "80.00")
    p("2023-09-15T11:12:00", "2021010", "ZZJF0008", "paid", "C103", "60.00")
    p("2023-09-15T14:10:00", "2021012", "ZZJF0009", "created", "C106", "80.00")
    p("2023-09-15T14:11:00", "2021012", "ZZJF0009", "paid", "C106", "80.00")
    for i, sid in enumerate(["2021014", "2021015", "2021016", "2021017", "2021018", "2021019", "2021020"]):
        p(f"2023-09-16T09:{5 * i:02d}:00", sid, f"ZZJF00{10 + i}", "created", "C101", "80.00")
        p(f"2023-09-16T09:{5 * i + 1:02d}:00", sid, f"ZZJF00{10 + i}", "paid", "C101", "80.00")
    p("2023-09-16T10:30:00", "2021020", "ZZJF0020", "created", "C107", "80.00")
    p("2023-09-16T10:31:00", "2021020", "ZZJF0020", "paid", "C107", "80.00")
    p("2023-09-22T16:30:00", "2021008", "ZZJF0021", "created", "C105", "80.00")
    # Charged by the bank on Friday at 16:41 but not yet shown as paid: pending sync for 30 minutes,
    # then a task for finance; not cleared at the close.
    p("2023-09-22T16:40:00", "2021011", "ZZJF0022", "created", "C101", "80.00")
    p("2023-09-22T16:41:00", "2021011", "ZZJF0022", "charged", "C101", "80.00")
    return "\r\n".join(rows) + "\r\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "students.csv"), "wb") as f:
        f.write(STUDENTS.encode("gb18030"))
    with open(os.path.join(OUT, "records.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(records())
    with open(os.path.join(OUT, "registrations.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + registrations().encode("utf-8"))
    with open(os.path.join(OUT, "payments.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(payments())


if __name__ == "__main__":
    main()
