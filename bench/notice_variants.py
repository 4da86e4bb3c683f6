#!/usr/bin/env python3
"""How much the importer depends on how a site happens to print a notice: the corpus is copied with
one variation at a time that real sites introduce (full-width punctuation, `3 月 5 日`, `3月5号`,
`2019-03-04`, `2019.3.4`, `2019/3/4`, 至 for a dash, 星期 for 周, `第三周` or `3周` for `第3周`, dates without
their year, `1.` for `一、`, tabs for bars, no weekdays, paragraphs run into one line, a site's breadcrumb
and posting line around the text, CRLF), each copy is scored with notice_score.py, and the figures are printed beside the corpus as it is.

  bench/notice_variants.py TERMFLOW [--only KIND,KIND]

A variant that reads fewer dates or owners, or makes more spurious steps or a draft that does not parse,
names a wording the reader fits rather than reads. The facts are the same for every copy: the dates
and owners do not change with the printing (quotes, which the scorer only shows, may no longer match).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "Tests", "Corpus", "notices")
CN = "〇一二三四五六七八九"


def full_width(t):
    return t.replace(",", "，").replace(":", "：").replace(";", "；").replace("(", "（").replace(")", "）")


def half_width(t):
    return t.replace("，", ",").replace("：", ":").replace("；", ";").replace("（", "(").replace("）", ")")


def spaced(t):
    t = re.sub(r"(\d+)\s*([年月])", r"\1 \2 ", t)
    return re.sub(r"(\d+)\s*日", r"\1 日", t)


def hao(t):
    return re.sub(r"(月\s*\d{1,2}\s*)日", r"\1号", t)


def zhi(t):
    return re.sub(r"([日号])\s*[-—–~～]{1,3}\s*(\d)", r"\1至\2", t)


def tilde(t):
    return re.sub(r"(日)\s*(?:至|到|-|—|——|--)\s*(\d)", r"\1～\2", t)


def zhou(t):
    return t.replace("星期", "周")


def xingqi(t):
    return re.sub(r"周([一二三四五六日天])", r"星期\1", t)


def chinese_weeks(t):
    def numeral(m):
        n = int(m.group(1))
        if n < 10:
            w = CN[n]
        elif n < 20:
            w = "十" + (CN[n - 10] if n > 10 else "")
        else:
            w = CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
        return "第" + w + "周"

    return re.sub(r"第(\d{1,2})周", numeral, t)


def numeric(fmt):
    """`2019年3月4日` as a system prints it; a time that followed 日 keeps a space before it."""

    def convert(t):
        def one(m):
            y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
            return fmt(y, mo, d) + (" " if m.group(4) else "")

        return re.sub(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?=(\d)?)", one, t)

    return convert


def zero_padded(t):
    return re.sub(r"(?<!\d)(\d)([月日])", r"0\1\2", t)


def crlf(t):
    return t.replace("\n", "\r\n")


def without_years(t):
    return re.sub(r"\d{4}年(?=\d{1,2}月)", "", t)


def arabic_headings(t):
    """`1.` for `一、` and `(1)` for `（一）`, where the notice numbers nothing else with digits."""
    if re.search(r"^\s*\(?\d+[.、)）]", t, flags=re.M):
        return t
    cn = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
    t = re.sub(r"^([一二三四五六七八九])、", lambda m: cn[m.group(1)] + ".", t, flags=re.M)
    return re.sub(r"^（([一二三四五六七八九])）", lambda m: "(" + cn[m.group(1)] + ")", t, flags=re.M)


def tabs(t):
    """A table's rows with tabs between cells (a row copied whole: two bars and more)."""

    def row(line):
        if line.count("|") < 2:
            return line
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        return "\t".join(cells)

    return "\n".join(row(line) for line in t.split("\n"))


def weeks_without_di(t):
    return re.sub(r"第(\d{1,2})周", r"\1周", t)


def without_weekdays(t):
    return re.sub(r"[(（](?:周|星期)[一二三四五六日天][)）]", "", t)


def one_line(t):
    """A page whose paragraphs lost their breaks: each blank-line-free run of lines becomes one line."""
    return " ".join(line.strip() for line in t.split("\n") if line.strip()) + "\n"


def with_chrome(t, facts):
    """The page around the notice as a site prints it: a breadcrumb, a posting line, neighbours."""
    posted = facts.get("posted")
    top = ["首页 > 通知公告 > 正文"]
    if posted:
        top.append(f"发布时间：{posted}  浏览次数：128")
    bottom = ["上一篇：关于举办教学讲座的通知", "下一篇：关于公布考试安排的通知", "【关闭窗口】"]
    return "\n".join(top) + "\n" + t.rstrip("\n") + "\n" + "\n".join(bottom) + "\n"


VARIANTS = {
    "full-width": full_width,
    "half-width": half_width,
    "spaced": spaced,
    "hao": hao,
    "zhi": zhi,
    "tilde": tilde,
    "zhou": zhou,
    "xingqi": xingqi,
    "chinese-weeks": chinese_weeks,
    "iso": numeric(lambda y, m, d: f"{y}-{m:02d}-{d:02d}"),
    "dotted": numeric(lambda y, m, d: f"{y}.{m}.{d}"),
    "slashed": numeric(lambda y, m, d: f"{y}/{m}/{d}"),
    "zero-padded": zero_padded,
    "crlf": crlf,
    "no-years": without_years,
    "arabic-headings": arabic_headings,
    "tabs": tabs,
    "weeks-no-di": weeks_without_di,
    "no-weekdays": without_weekdays,
    "one-line": one_line,
    "chrome": with_chrome,
}


def copy_corpus(variant, out):
    for name in sorted(os.listdir(CORPUS)):
        src = os.path.join(CORPUS, name)
        if not os.path.isdir(src):
            continue
        os.makedirs(os.path.join(out, name))
        shutil.copy(os.path.join(src, "facts.json"), os.path.join(out, name, "facts.json"))
        with open(os.path.join(src, "notice.txt"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(src, "facts.json"), encoding="utf-8") as f:
            facts = json.load(f)
        changed = variant(text, facts) if variant is with_chrome else variant(text)
        with open(os.path.join(out, name, "notice.txt"), "w", encoding="utf-8", newline="") as f:
            f.write(changed)


def score(termflow, corpus, work):
    out = os.path.join(work, "score.json")
    subprocess.run(
        [sys.executable, os.path.join(HERE, "notice_score.py"), termflow, "--corpus", corpus, "--json", out],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with open(out, encoding="utf-8") as f:
        return json.load(f)["summary"]


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip())
        return 2
    termflow = os.path.abspath(argv[0])
    kinds = list(VARIANTS)
    if "--only" in argv:
        kinds = argv[argv.index("--only") + 1].split(",")
    with tempfile.TemporaryDirectory() as work:
        base = score(termflow, os.path.abspath(CORPUS), work)
        rows = [("as collected", base)]
        for kind in kinds:
            corpus = os.path.join(work, kind)
            copy_corpus(VARIANTS[kind], corpus)
            rows.append((kind, score(termflow, corpus, work)))
    print(f"{'variant':14} {'dates':>11} {'owners':>9} {'spurious':>8} {'payments':>8} {'parse':>7}")
    for name, t in rows:
        print(
            f"{name:14} {t['dates']:>5}/{t['items']:<5} {t['owner']:>4}/{t['owned_items']:<4} {t['spurious']:>8}"
            f" {t['payments_ok']:>4}/{t['payments']:<3} {t['parses']:>3}/{t['notices']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
