#!/usr/bin/env python3
"""How well `termflow import` reads real notices: import -> check -> timeline over the corpus in
Tests/Corpus/notices/, each notice against its hand-checked facts.json (see that folder's README).

  bench/notice_score.py TERMFLOW [--corpus DIR] [--json OUT] [--verbose] [--only ID] [--floor]

--floor exits 1 when a total falls below the figure already reached (FLOOR below): CI runs it, so a
change to the importer that reads the corpus worse fails the build.

Per notice and in total:
  dates     dated items whose start and due (the date part) the draft's timeline has on one step
  +owner    of those, the ones whose step has the owner the notice names (where it names one)
  spurious  steps of the draft that match no dated item of the notice (an item dated by weeks only,
            where the notice does not print week 1, is matched by the days its weeks fall on)
  payments  payment windows the notice gives that the draft has as a `payment` with the same window;
            a payment the notice gives only a deadline or only a start for (`1215日前`, `9月2日以后`)
            has no window the language could write, and is counted when a step has that date; a
            payment the notice gives no day for is not counted; one the facts mark `misprinted` (a
            year that is not the term's) is counted apart, as refused, when the draft's TODO names it
  fees      fees by credit or course the notice prints (80元/学分, 每门20元) that the draft has as a
            `fee` (or as a TODO fee line where it found no window to put it on)
  week1     notices that print week 1 and whose unhinted draft has it right
  term      unhinted drafts whose term is the one the dated items happen in, left as a TODO, or
            another (a term the notice plans or finishes, or a guess the draft marks with a TODO)
  clean     drafts that parse and check with no error once week 1 is known (given with --week1)
  parses    unhinted drafts that parse (no syntax error)
The dates are measured on the draft imported with --term and --week1 from the facts (week 1, where
the notice does not print it, is a Monday of the term: only week-only items depend on it, and those
have no dates in the facts then). Import time per notice is the slowest of the runs; notices are
scored side by side, one per core, so it is only a rough figure (bench/ times import on its own).
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# The figures reached on this corpus; raise them as the importer improves, never lower them.
FLOOR = {"dates": 1287, "dates_owner": 1221, "owner": 736, "payments_ok": 130, "payments_refused": 1, "fees_ok": 18, "week1_ok": 36, "term_ok": 260, "parses": 340, "clean": 340}
MAX_SPURIOUS = 109


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def plausible_week1(term):
    """A Monday of the term when the notice does not print week 1."""
    m = re.fullmatch(r"(\d{4})-(\d{4})-([123])", term or "")
    if not m:
        return None
    y1, y2, n = int(m.group(1)), int(m.group(2)), m.group(3)
    d = date(y1, 9, 1) if n == "1" else date(y2, 2, 20) if n == "2" else date(y2, 7, 1)
    while d.weekday() != 0:
        d += timedelta(days=1)
    return d.isoformat()


UNITS = {"学分": "credit", "學分": "credit", "门": "course", "門": "course", "科": "course"}


def fee_of(text):
    """`80元/学分` -> ("80", "credit"); None for a fee the language has no unit for (2元/笔)."""
    m = re.search(r"(\d+(?:\.\d+)?)\s*元?\s*/\s*(学分|學分|门|門|科)", text) or None
    if m:
        return m.group(1), UNITS[m.group(2)]
    m = re.search(r"每\s*(学分|學分|门|門|科)\s*(\d+(?:\.\d+)?)\s*元", text)
    if m:
        return m.group(2), UNITS[m.group(1)]
    return None


def term_of_items(items):
    """The term the notice's middle dated item falls in, for a notice that names no term (a graduate
    school's schedule): autumn from August to January."""
    days = sorted(d[:10] for it in items for d in (it.get("start"), it.get("due")) if d)
    if not days:
        return None
    mid = days[len(days) // 2]
    y, m = int(mid[:4]), int(mid[5:7])
    return f"{y}-{y + 1}-1" if m >= 8 else f"{y - 1}-{y}-1" if m == 1 else f"{y - 1}-{y}-2"


def day(s):
    return s[:10] if s else None


def _simplified():
    """The importer's own table of traditional characters (CopiedText+Data.swift), so 學生 and 学生 are one
    owner here as they are to the reader."""
    src = open(os.path.join(ROOT, "Sources/TermFlow/Features/Import/CopiedText+Data.swift"), encoding="utf-8").read()
    pairs = re.sub(r"\s", "", src.split('pairs = """', 1)[1].split('"""', 1)[0])
    return str.maketrans(pairs[0::2], pairs[1::2])


SIMPLIFIED = _simplified()


def norm_owner(o):
    if not o:
        return None
    o = o.translate(SIMPLIFIED)
    o = re.sub(r"[（）()\s]", "", o)
    # One role, two words: 同学 are the students, 授课 and 任课 teachers teach the course, 老师 are 教师.
    for a, b in (("同学", "学生"), ("授课", "任课"), ("老师", "教师")):
        o = o.replace(a, b)
    for p in ("各", "相关"):
        if o.startswith(p) and len(o) > len(p):
            o = o[len(p):]
    return o


def owner_ok(fact, step):
    """The step's owner is the one the notice names: equal, or one holds the other (`东校园学生` and
    `学生`; `教务处、各学院` and `教务处`), never the placeholder 待定."""
    have = {norm_owner(step.get("owner")), norm_owner(step.get("ownerName"))} - {None, "待定"}
    if "student" in have:
        have.add("学生")
    # A payment's payers are the students it bills (its owner is the office that runs it): a notice
    # that names the students as the ones paying in the window names them.
    if step.get("kind") == "payment" and re.search(
        r"学生|同学|考生|本科生|研究生|在校生|老生|新生|学员|函授生", (fact or "").translate(SIMPLIFIED)
    ):
        return True
    # `各院、系` and `各院系` are one name written two ways.
    for want in re.split(r"[、，,/和及]", fact or "") + [(fact or "").replace("、", "")]:
        want = norm_owner(want)
        if not want:
            continue
        for h in have:
            # `非2017级的研究生` is every grade but 2017's: a name that opens with the grades left out
            # (`2017级的研究生`) is not it; a broader one (`研究生`) holds it, as with any other name.
            if want.startswith("非") and not h.startswith("非") and h.startswith(want[1:3]):
                continue
            if h == want or (len(h) >= 2 and h in want) or (len(want) >= 2 and want in h):
                return True
    return False


NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十")}
WEEKDAYS = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6, "末": 5}


def numeral(t):
    """`13`, `三`, `十三`, `二十`: a week's number."""
    if t.isdigit():
        return int(t)
    if all(c in NUMERALS for c in t) and t:
        if "十" in t:
            a, _, b = t.partition("十")
            return (NUMERALS[a] if a else 1) * 10 + (NUMERALS[b] if b else 0)
        return NUMERALS[t] if len(t) == 1 else None
    return None


def week_span(quote, w1):
    """The days a quote dated by weeks only names (`第9-11周内`, `第二周周六~第五周周日`, `第13周`), as
    (start, due) ISO days, with week 1 starting on w1; None when it names no week."""
    n = r"([0-9]+|[零一二三四五六七八九十]+)"
    wd = r"(?:周|星期)([一二三四五六日天末])"
    to = r"\s*[-—~至到]+\s*"
    m = re.search(rf"第{n}(?:{to}{n})?周(?:{wd})?(?:{to}(?:第)?{n}周(?:{wd})?)?", quote)
    if not m:
        return None
    a = numeral(m.group(1))
    b = numeral(m.group(2) or m.group(4) or m.group(1))
    if a is None or b is None:
        return None
    first = w1 + timedelta(weeks=a - 1, days=WEEKDAYS.get(m.group(3), 0))
    last = w1 + timedelta(weeks=b - 1, days=WEEKDAYS.get(m.group(5), 6) if m.group(5) else 6)
    if m.group(3) and not (m.group(2) or m.group(4)):
        last = first
    return (first.isoformat(), last.isoformat())


def key_of_fact(it):
    s, d = day(it.get("start")), day(it.get("due"))
    return (s, d)


def key_of_step(st):
    return (day(st.get("start")), day(st.get("due")))


def same_dates(fk, sk):
    fs, fd = fk
    ss, sd = sk
    if fd is None and fs is None:
        return False
    # A single-day event may be drafted with `on` (start = due) or as a due alone.
    if fs == fd and fd is not None:
        return sd == fd and ss in (None, fd)
    return fs == ss and fd == sd


def score_one(termflow, folder, verbose):
    facts = json.load(open(os.path.join(folder, "facts.json"), encoding="utf-8"))
    notice = os.path.join(folder, "notice.txt")
    res = {"id": os.path.basename(folder), "school": facts.get("school", "")}
    slow = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        plain = run([termflow, "import", notice])
        slow = max(slow, time.perf_counter() - t0)
        draft0 = os.path.join(tmp, "plain.flow")
        open(draft0, "w", encoding="utf-8").write(plain.stdout)
        p0 = run([termflow, "check", draft0])
        res["parses"] = plain.returncode in (0, 1) and "syntax." not in p0.stderr and plain.stdout != ""
        got_w1 = re.search(r"^\s*week 1 starts (\d{4}-\d{2}-\d{2})", plain.stdout, re.M)
        res["week1_stated"] = bool(facts.get("week1_stated"))
        res["week1_ok"] = bool(got_w1) and got_w1.group(1) == facts.get("week1")
        res["week1_got"] = got_w1.group(1) if got_w1 else None
        got_term = re.search(r"^term (\S+) \{", plain.stdout, re.M)
        res["term_ok"] = bool(got_term) and got_term.group(1) == facts.get("term")
        res["term_refused"] = not got_term or got_term.group(1).startswith("TODO")

        term = facts.get("term") or term_of_items(facts.get("items", []))
        w1 = facts.get("week1") or plausible_week1(term)
        args = [termflow, "import", notice]
        if term:
            args += ["--term", term]
        if w1:
            args += ["--week1", w1]
        t0 = time.perf_counter()
        hinted = run(args)
        slow = max(slow, time.perf_counter() - t0)
        draft = os.path.join(tmp, "draft.flow")
        open(draft, "w", encoding="utf-8").write(hinted.stdout)
        chk = run([termflow, "check", draft])
        res["clean"] = chk.returncode == 0 and hinted.stdout != ""
        res["check_errors"] = [l for l in chk.stderr.splitlines() if ": error:" in l][:5]
        tl = run([termflow, "timeline", draft, "--format", "json"])
        steps = []
        if tl.returncode == 0:
            try:
                steps = json.loads(tl.stdout).get("steps", [])
            except json.JSONDecodeError:
                steps = []
    res["import_ms"] = round(slow * 1000, 1)

    items = [it for it in facts.get("items", []) if it.get("start") or it.get("due")]
    used = set()
    matched = []
    for it in items:
        fk = key_of_fact(it)
        cands = [i for i, st in enumerate(steps) if i not in used and same_dates(fk, key_of_step(st))]
        # Prefer the step whose owner is right, then a step over a payment on the same days (the payment
        # is counted against the notice's payments), then the first in the notice's order.
        cands.sort(
            key=lambda i: (
                not owner_ok(it.get("owner"), steps[i]) if it.get("owner") else False,
                steps[i].get("kind") == "payment",
                i,
            )
        )
        if cands:
            used.add(cands[0])
            matched.append((it, steps[cands[0]]))
        else:
            matched.append((it, None))
    res["items"] = len(items)
    res["dates"] = sum(1 for _, st in matched if st)
    named = [(it, st) for it, st in matched if it.get("owner")]
    res["owned_items"] = len(named)
    res["owner"] = sum(1 for it, st in named if st and owner_ok(it["owner"], st))
    res["dates_owner"] = sum(1 for it, st in matched if st and (not it.get("owner") or owner_ok(it["owner"], st)))
    fees = [f for f in (fee_of(x) for x in facts.get("fees", [])) if f]
    res["fees"] = len(fees)
    res["fees_ok"] = sum(1 for n, u in fees if re.search(rf"fee {re.escape(n)}( \.\. \S+)? per {u}\b", hinted.stdout))
    # A payment the notice gives no day for (`每本书预收20元`) has no window to find.
    pays = [p for p in facts.get("payments", []) if p.get("start") or p.get("due")]
    pay_steps = [st for st in steps if st.get("kind") == "payment"]
    res["payments"] = len(pays)
    def paid(p):
        windowed = p.get("start") and p.get("due")
        return any(same_dates(key_of_fact(p), key_of_step(st)) for st in (pay_steps if windowed else steps))

    res["payments_ok"] = sum(1 for p in pays if paid(p))
    # A window the notice misprints (`misprinted`: a year that is not the term's) is read right when the
    # draft refuses it: a TODO that names the printed days, which the term cannot hold.
    refused = re.findall(r"# TODO: window (.+?): \S+ is outside the term", hinted.stdout)
    def named(p, text):
        days = [f"{y}-{int(m):02}-{int(d):02}" for y, m, d in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)]
        return days == [p.get("start"), p.get("due")]
    res["payments_refused"] = sum(
        1 for p in pays if p.get("misprinted") and not paid(p) and any(named(p, t) for t in refused)
    )
    # An item dated by weeks only, in a notice that does not print week 1, has no dates in the facts;
    # the step that reads its weeks (placed by the week 1 given above) is no spurious step.
    for it in facts.get("items", []):
        if it.get("start") or it.get("due") or not w1:
            continue
        span = week_span(it.get("quote", ""), date.fromisoformat(w1))
        for i, st in enumerate(steps):
            if i not in used and span and key_of_step(st) == span:
                used.add(i)
                break
    res["spurious"] = sum(
        1
        for i, st in enumerate(steps)
        if i not in used
        and not (st.get("kind") == "payment" and any(same_dates(key_of_fact(p), key_of_step(st)) for p in pays))
    )
    # Kept with the result, printed in the corpus's order however the notices were scheduled.
    res["lines"] = []
    if verbose:
        for it, st in matched:
            mark = "ok " if st and (not it.get("owner") or owner_ok(it["owner"], st)) else "own" if st else "-- "
            got = f"{st.get('start')}..{st.get('due')} {st.get('ownerName')}" if st else ""
            res["lines"].append(
                f"    {mark} {it.get('start')}..{it.get('due')} {it.get('owner')}  | {got}  «{it.get('quote', '')[:40]}»"
            )
        for i, st in enumerate(steps):
            if i not in used:
                res["lines"].append(
                    f"    +++ {st.get('kind')} {st.get('id')} {st.get('start')}..{st.get('due')} {st.get('ownerName')}"
                )
        for e in res["check_errors"]:
            res["lines"].append("    !!! " + e[:160])
    return res


def main():
    argv = sys.argv[1:]
    if not argv:
        print(__doc__)
        return 2
    termflow = os.path.abspath(argv[0])
    corpus = os.path.join(ROOT, "Tests", "Corpus", "notices")
    out_json, verbose, only, floor = None, False, None, False
    i = 1
    while i < len(argv):
        if argv[i] == "--corpus":
            corpus, i = argv[i + 1], i + 2
        elif argv[i] == "--json":
            out_json, i = argv[i + 1], i + 2
        elif argv[i] == "--floor":
            floor, i = True, i + 1
        elif argv[i] == "--verbose":
            verbose, i = True, i + 1
        elif argv[i] == "--only":
            only, i = argv[i + 1], i + 2
        else:
            print(f"unknown argument {argv[i]}", file=sys.stderr)
            return 2
    folders = sorted(
        os.path.join(corpus, d)
        for d in os.listdir(corpus)
        if os.path.isfile(os.path.join(corpus, d, "facts.json")) and (only is None or d.startswith(only))
    )
    rows = []
    print(f"{'notice':34} {'items':>5} {'dates':>5} {'+owner':>6} {'owner':>7} {'spur':>4} {'pay':>5} {'w1':>3} {'clean':>5} {'ms':>6}")
    # The notices are scored side by side, one per core: each is a few processes that share nothing.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        scored = list(pool.map(lambda f: score_one(termflow, f, verbose), folders))
    for r in scored:
        rows.append(r)
        for line in r.pop("lines"):
            print(line)
        w1 = ("ok" if r["week1_ok"] else "NO") if r["week1_stated"] else "-"
        print(
            f"{r['id'][:34]:34} {r['items']:5} {r['dates']:5} {r['dates_owner']:6} {r['owner']:3}/{r['owned_items']:<3} "
            f"{r['spurious']:4} {r['payments_ok']:2}/{r['payments']:<2} {w1:>3} {'yes' if r['clean'] else 'NO':>5} {r['import_ms']:6}"
        )
    tot = lambda k: sum(r[k] for r in rows)
    items = tot("items") or 1
    stated = [r for r in rows if r["week1_stated"]]
    summary = {
        "notices": len(rows),
        "schools": len({r["school"] for r in rows}),
        "items": tot("items"),
        "dates": tot("dates"),
        "dates_pct": round(100 * tot("dates") / items, 1),
        "dates_owner": tot("dates_owner"),
        "dates_owner_pct": round(100 * tot("dates_owner") / items, 1),
        "owned_items": tot("owned_items"),
        "owner": tot("owner"),
        "owner_pct": round(100 * tot("owner") / (tot("owned_items") or 1), 1),
        "spurious": tot("spurious"),
        "spurious_per_10": round(10 * tot("spurious") / items, 2),
        "payments": tot("payments"),
        "payments_ok": tot("payments_ok"),
        "payments_refused": tot("payments_refused"),
        "fees": tot("fees"),
        "fees_ok": tot("fees_ok"),
        "week1_stated": len(stated),
        "week1_ok": sum(1 for r in stated if r["week1_ok"]),
        "term_ok": sum(1 for r in rows if r.get("term_ok")),
        "term_refused": sum(1 for r in rows if r.get("term_refused")),
        "clean": sum(1 for r in rows if r["clean"]),
        "parses": sum(1 for r in rows if r["parses"]),
        "max_import_ms": max((r["import_ms"] for r in rows), default=0),
    }
    s = summary
    print(
        f"\n{s['notices']} notices from {s['schools']} schools, {s['items']} dated items\n"
        f"dates right            {s['dates']}/{s['items']} ({s['dates_pct']}%)\n"
        f"dates and owner right  {s['dates_owner']}/{s['items']} ({s['dates_owner_pct']}%)\n"
        f"owner where named      {s['owner']}/{s['owned_items']} ({s['owner_pct']}%)\n"
        f"spurious steps         {s['spurious']} ({s['spurious_per_10']} per 10 items)\n"
        f"payment windows        {s['payments_ok']}/{s['payments']}"
        + (f", and {s['payments_refused']} misprinted refused as a TODO naming it" if s["payments_refused"] else "")
        + "\n"
        f"fees                   {s['fees_ok']}/{s['fees']}\n"
        f"week 1 where printed   {s['week1_ok']}/{s['week1_stated']}\n"
        f"term (unhinted draft)  {s['term_ok']} right, {s['term_refused']} left as a TODO, "
        f"{s['notices'] - s['term_ok'] - s['term_refused']} other\n"
        f"drafts that parse      {s['parses']}/{s['notices']}\n"
        f"drafts that check clean (week 1 given) {s['clean']}/{s['notices']}\n"
        f"slowest import         {s['max_import_ms']} ms (whole process)"
    )
    if floor:
        low = [f"{k} {summary[k]} < {v}" for k, v in FLOOR.items() if summary[k] < v]
        if summary["spurious"] > MAX_SPURIOUS:
            low.append(f"spurious {summary['spurious']} > {MAX_SPURIOUS}")
        if low:
            print("below the figures already reached: " + "; ".join(low), file=sys.stderr)
            return 1
    if out_json:
        json.dump({"summary": summary, "notices": rows}, open(out_json, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
