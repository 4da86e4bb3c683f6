#!/usr/bin/env python3
"""Writes a CSV state folder as .xlsx workbooks (openpyxl, write-only), for bench/run.sh's xlsx
figure: numbers as numbers, the rest as text. usage: bench/xlsx_state.py CSV_DIR XLSX_DIR"""
import csv
import os
import sys

import openpyxl

src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
for name in ("students", "records", "registrations", "payments"):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(name)
    with open(os.path.join(src, name + ".csv"), encoding="utf-8-sig", newline="") as f:
        r = csv.reader(f)
        header = next(r)
        ws.append(header)
        numeric = {i for i, h in enumerate(header) if h in ("score", "credits", "amount")}
        for row in r:
            ws.append([float(v) if i in numeric and v else v for i, v in enumerate(row)])
    wb.save(os.path.join(dst, name + ".xlsx"))
