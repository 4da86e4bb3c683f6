#!/usr/bin/env python3
"""Writes examples/registrar/: a hand-made export in a registrar's own layout (正方-style), read by
examples/registrar/retake.flow through the layout in examples/registrar/school.flow.

Run from anywhere: python3 examples/make_registrar.py. Every file is GB18030 with Chinese headers, as
Excel on a Chinese Windows saves them. The records come as one file per college (成绩/*.csv), each with
the college's title on line 1 above its header (`header row 2` in school.flow); one of them names the
student column 学生学号 instead of 学号. The term is split into 学年 and 学期; scores mix
百分制 (with decimals: 59.5, 75.0), 五级制 (良好, 不及格) and 二级制 (合格, 不合格), and the markers
缺考, 缓考, 作弊 and 免修. Registrations use two time formats; payments use Chinese order states and
join the courses of an order with 、 (one quoted, with commas).

Who hits what (retake.flow):
  2023001 张伟   failed J101 (59.5), failed the make-up: eligible, paid
  2023002 王芳   J102 良好 (passed): registering again is ineligible
  2023003 李娜   X201: two failed retakes (不及格, 缺考): second-failure; a 缺考 record: absent-exam
  2023004 刘洋   X202 缓考 only: neither passed nor failed, no make-up yet: ineligible (not makeup-failed)
  2023005 陈静   X203 作弊 in the exam: failed; make-up 不合格: eligible; a 4-course order: batch-limit
  2023006 杨磊   J103 免修 (passed): registering is ineligible
  2023007 赵敏   order stuck in 待支付: stuck-order
"""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "registrar")

STUDENTS = """学号,姓名,学院,专业,年级,在校状态,是否退伍军人
2023001,张伟,机械与汽车工程学院,机械设计制造及其自动化,2022,在校,否
2023002,王芳,机械与汽车工程学院,车辆工程,2022,在校,否
2023003,李娜,信息科学与工程学院,计算机科学与技术,2022,在校,否
2023004,刘洋,信息科学与工程学院,软件工程,2022,在校,否
2023005,陈静,信息科学与工程学院,软件工程,2022,离校,否
2023006,杨磊,机械与汽车工程学院,机械设计制造及其自动化,2022,在校,是
2023007,赵敏,信息科学与工程学院,计算机科学与技术,2022,在校,否
"""

RECORDS_MECH = """机械与汽车工程学院 学生成绩（2023年9月18日导出）,,,,,,,,,,
学号,姓名,学年,学期,课程代码,课程名称,课程性质,是否实践课,学分,考试性质,成绩
2023001,张伟,2022-2023,2,J101,机械原理,专业必修课,否,3.0,正常考试,59.5
2023001,张伟,2022-2023,2,J101,机械原理,专业必修课,否,3.0,补考,45
2023001,张伟,2022-2023,2,J102,工程制图,专业必修课,否,2.0,正常考试,75.0
2023002,王芳,2022-2023,2,J102,工程制图,专业必修课,否,2.0,正常考试,良好
2023006,杨磊,2022-2023,2,J103,金工实习,实践课,是,1.0,正常考试,免修
2023006,杨磊,2022-2023,2,J101,机械原理,专业必修课,否,3.0,正常考试,88
"""

RECORDS_INFO = """信息科学与工程学院 学生成绩（2023年9月18日导出）,,,,,,,,,,
学生学号,姓名,学年,学期,课程代码,课程名称,课程性质,是否实践课,学分,考试性质,成绩
2023003,李娜,2021-2022,2,X201,数据结构,专业必修课,否,4.0,正常考试,不及格
2023003,李娜,2021-2022,2,X201,数据结构,专业必修课,否,4.0,补考,30
2023003,李娜,2021-2022,2,X201,数据结构,专业必修课,否,4.0,重修,不及格
2023003,李娜,2021-2022,2,X201,数据结构,专业必修课,否,4.0,重修,缺考
2023004,刘洋,2022-2023,2,X202,操作系统,专业必修课,否,3.0,正常考试,缓考
2023005,陈静,2022-2023,2,X203,大学英语,公共必修课,否,2.0,正常考试,作弊
2023005,陈静,2022-2023,2,X203,大学英语,公共必修课,否,2.0,补考,不合格
2023005,陈静,2022-2023,2,X204,体育,公共必修课,否,1.0,正常考试,合格
2023007,赵敏,2022-2023,2,X201,数据结构,专业必修课,否,4.0,正常考试,52
2023007,赵敏,2022-2023,2,X201,数据结构,专业必修课,否,4.0,补考,41
"""

REGISTRATIONS = """学号,课程代码,报名时间
2023001,J101,2023/9/12 8:05
2023002,J102,2023/9/12 9:30
2023003,X201,2023年9月13日 10:02
2023004,X202,2023年9月13日 14:40
2023005,X203,2023/9/14 16:20
2023006,J103,2023/9/15 11:11
2023007,X201,2023/9/18 9:00
"""

PAYMENTS = """交易时间,学号,订单号,交易状态,课程代码,金额
2023-09-12 08:30:00,2023001,DD2023091200001,待支付,J101,80.00
2023-09-12 08:32:10,2023001,DD2023091200001,支付成功,J101,80.00
2023-09-14 16:40:00,2023005,DD2023091400002,待支付,"X203,X204、J101;J102",320.00
2023-09-14 17:05:00,2023005,DD2023091400002,已释放,"X203,X204、J101;J102",320.00
2023-09-18 09:20:00,2023007,DD2023091800003,待支付,X201,80.00
"""


def main() -> None:
    os.makedirs(os.path.join(OUT, "成绩"), exist_ok=True)
    files = {
        "学生名单.csv": STUDENTS,
        "成绩/机械与汽车工程学院.csv": RECORDS_MECH,
        "成绩/信息科学与工程学院.csv": RECORDS_INFO,
        "重修报名.csv": REGISTRATIONS,
        "缴费流水.csv": PAYMENTS,
    }
    for name, text in files.items():
        with open(os.path.join(OUT, name), "w", encoding="gb18030", newline="") as f:
            f.write(text.replace("\n", "\r\n"))


if __name__ == "__main__":
    main()
