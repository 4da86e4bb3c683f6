#!/usr/bin/env python3
"""Writes the .xlsx test fixtures (Tests/TermFlowTests/Fixtures/xlsx/) from examples/state, by two
independent writers, plus damaged workbooks. Tooling only: the product never runs Python.

  openpyxl/     students.xlsx (a merged banner row above the header), records.xlsx (an explanation sheet
                first, the data in sheet 成绩), registrations.xlsx and payments.xlsx (times as real
                date-time cells), numbers as numbers, true/false as booleans
  libreoffice/  the same four tables converted from CSV by LibreOffice (soffice --headless)
  corrupt/      truncated.xlsx, notzip.xlsx (a CSV renamed), old.xlsx (an .xls file renamed),
                noworkbook.xlsx (a zip without xl/workbook.xml)
  deflate/      raw DEFLATE streams by zlib, each NAME.bin with the NAME.txt it inflates to: stored (level
                0), fixed (a short input), dynamic (a records-like CSV, then a run of one byte)

usage: tools/gen_xlsx.py   (needs openpyxl==3.1.5 and LibreOffice; run from anywhere)
"""
import csv
import datetime
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Font

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
STATE = os.path.join(ROOT, "examples/state")
OUT = os.path.join(ROOT, "Tests/TermFlowTests/Fixtures/xlsx")
TABLES = ["students", "records", "registrations", "payments"]


def rows(name):
    raw = open(os.path.join(STATE, name + ".csv"), "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    return list(csv.reader(io.StringIO(text)))


def typed(header, value):
    if header in ("registered_at", "time") and value:
        return datetime.datetime.fromisoformat(value)
    if header in ("on_campus", "veteran", "practical") and value in ("true", "false"):
        return value == "true"
    if header in ("score", "credits", "amount") and value:
        f = float(value)
        return int(f) if f.is_integer() and header == "score" else f
    return value


def write_openpyxl(d):
    for name in TABLES:
        data = rows(name)
        wb = openpyxl.Workbook()
        ws = wb.active
        if name == "records":
            ws.title = "说明"
            ws["A1"] = "成绩数据见工作表“成绩”"
            ws = wb.create_sheet("成绩")
        else:
            ws.title = name
        if name == "students":
            ws.append(["2021级学生名单（教务处导出）"])
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(data[0]))
            ws["A1"].font = Font(bold=True)
        ws.append(data[0])
        for r in data[1:]:
            ws.append([typed(h, v) for h, v in zip(data[0], r)])
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, datetime.datetime):
                    c.number_format = "yyyy-mm-dd hh:mm:ss"
        wb.save(os.path.join(d, name + ".xlsx"))


def write_libreoffice(d):
    with tempfile.TemporaryDirectory() as tmp:
        for name in TABLES:
            path = os.path.join(tmp, name + ".csv")
            with open(path, "w", encoding="utf-8", newline="") as f:
                csv.writer(f).writerows(rows(name))
            subprocess.run(
                ["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", d, path],
                check=True, capture_output=True,
            )


def write_corrupt(d, good):
    data = open(good, "rb").read()
    open(os.path.join(d, "truncated.xlsx"), "wb").write(data[: len(data) // 2])
    shutil.copy(os.path.join(STATE, "students.csv"), os.path.join(d, "notzip.xlsx"))
    open(os.path.join(d, "old.xlsx"), "wb").write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    with zipfile.ZipFile(os.path.join(d, "noworkbook.xlsx"), "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")


def write_deflate(out):
    import random
    import zlib

    random.seed(7)
    text = "学号,课程代码,成绩\n" + "".join(
        f"2015{random.randint(0, 999):04d},C{random.randint(0, 50):03d},{random.randint(0, 100)}\n" for _ in range(3000)
    )
    cases = {
        "stored": (b"hello, stored block " * 3, 0),
        "fixed": (b"abcabcabcabcabcabc xyz", 9),
        "dynamic": (text.encode() + b"a" * 5000, 9),
    }
    for name, (data, level) in cases.items():
        c = zlib.compressobj(level, zlib.DEFLATED, -15)
        with open(os.path.join(out, name + ".bin"), "wb") as f:
            f.write(c.compress(data) + c.flush())
        with open(os.path.join(out, name + ".txt"), "wb") as f:
            f.write(data)


def main():
    for sub in ("openpyxl", "libreoffice", "corrupt", "deflate"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    write_openpyxl(os.path.join(OUT, "openpyxl"))
    write_libreoffice(os.path.join(OUT, "libreoffice"))
    write_corrupt(os.path.join(OUT, "corrupt"), os.path.join(OUT, "openpyxl", "students.xlsx"))
    write_deflate(os.path.join(OUT, "deflate"))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
