#!/usr/bin/env python3
"""Keystroke latency of `termflow lsp` on a 1,000-line workflow (the issue's budget: < 50 ms).

usage: bench/lsp.py TERMFLOW [KEYSTROKES]

Writes a workflow of 1,000+ lines (a term, owners, ~120 dated steps with week-checked dates, rules),
opens it, then types KEYSTROKES characters one at a time into a step title (incremental didChange),
timing each from the change sent to its publishDiagnostics received; then as many hovers on a date.
Prints the line count, and the median, 95th percentile and worst latency of each.
"""
import json
import statistics
import subprocess
import sys
import time
import datetime

termflow = sys.argv[1]
keys = int(sys.argv[2]) if len(sys.argv) > 2 else 100

monday = datetime.date(2023, 9, 4)
lines = ['workflow bench "基准"', "", "term 2023-2024-1 {", "  week 1 starts 2023-09-04", "  weeks 20",
         "  holidays official", "}", "", "owner 教务处", "owner 开课学院", ""]
for i in range(120):
    d = monday + datetime.timedelta(days=i)
    week, wd = (d - monday).days // 7 + 1, d.isoweekday()
    name = "一二三四五六日"[wd - 1]
    lines += [f"step 步骤{i} {{", f'  title "第{i}项工作：报送《汇总表{i}》"', "  owner 教务处",
              f"  due {d.month}月{d.day}日（第{week}周星期{name}）", "  allow day off"]
    if i:
        lines.append(f"  after 步骤{i - 1}")
    lines += ["}", ""]
for i in range(12):
    lines += [f"rule r{i} {{", "  for student, course", f'  warn "预警{i}" when failed-retakes >= {i % 3 + 1} and not passed', "}", ""]
text = "\n".join(lines) + "\n"

p = subprocess.Popen([termflow, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def send(o):
    b = json.dumps(o, ensure_ascii=False).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b)
    p.stdin.flush()


def recv():
    h = b""
    while not h.endswith(b"\r\n\r\n"):
        h += p.stdout.read(1)
    n = int(h.split(b":")[1].split(b"\r")[0])
    return json.loads(p.stdout.read(n))


uri = "file:///bench/workflow.flow"
send({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"capabilities": {}}})
recv()
t0 = time.perf_counter()
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "termflow", "version": 1, "text": text}}})
opened = recv()
open_ms = (time.perf_counter() - t0) * 1000
errors = [d for d in opened["params"]["diagnostics"] if d["severity"] == 1]
assert not errors, errors[:3]

title_line = lines.index('  title "第60项工作：报送《汇总表60》"')
change, hover = [], []
for k in range(keys):
    col = len('  title "第60项工作') + k
    t = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": k + 2},
                     "contentChanges": [{"range": {"start": {"line": title_line, "character": col},
                                                   "end": {"line": title_line, "character": col}}, "text": "字"}]}})
    m = recv()
    assert m["method"] == "textDocument/publishDiagnostics"
    change.append((time.perf_counter() - t) * 1000)
date_line = title_line + 2
for k in range(keys):
    t = time.perf_counter()
    send({"jsonrpc": "2.0", "id": k + 1, "method": "textDocument/hover",
          "params": {"textDocument": {"uri": uri}, "position": {"line": date_line, "character": 8}}})
    r = recv()
    assert "第" in r["result"]["contents"]["value"], r
    hover.append((time.perf_counter() - t) * 1000)
send({"jsonrpc": "2.0", "id": 99999, "method": "shutdown"})
recv()
send({"jsonrpc": "2.0", "method": "exit"})
p.wait()


def report(label, xs):
    xs = sorted(xs)
    p95 = xs[int(len(xs) * 0.95) - 1]
    print(f"{label:<22} median {statistics.median(xs):6.1f} ms   p95 {p95:6.1f} ms   worst {xs[-1]:6.1f} ms")


print(f"workflow: {len(lines)} lines, {len(text.encode())} bytes; open + first diagnostics {open_ms:.1f} ms")
report(f"keystroke ({keys})", change)
report(f"hover ({keys})", hover)
