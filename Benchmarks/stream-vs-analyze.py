#!/usr/bin/env python3
"""How close `verbatim stream`'s online categories come to `verbatim analyze`'s, on labelled data.

Usage: python3 Benchmarks/stream-vs-analyze.py [path/to/verbatim]

For the sample dump (gold: corpora/samples/northwind-shop.labels.csv) and the labelled sets in
../shared/eval/categories, it runs `analyze --assignments` (auto categories) and `stream` on the
same comments, in the same order, and prints for each: the NMI of each against the gold labels,
the NMI between the two, how many categories each reports, and how many of the report's ten
largest category labels the two share. Comments without a category count as singletons.
"""
import csv, json, os, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from cluster_metrics import nmi

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release/verbatim")
eval_dir = os.path.join(os.path.dirname(root), "shared/eval/categories")


def sample():
    rows = list(csv.DictReader(open(os.path.join(root, "corpora/samples/northwind-shop.csv"), encoding="utf-8")))
    gold = [r["category"] for r in csv.DictReader(open(os.path.join(root, "corpora/samples/northwind-shop.labels.csv")))]
    return [r["text"] for r in rows], gold


def labelled(name):
    rows = list(csv.reader(open(os.path.join(eval_dir, name), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    rows = [r for r in rows if r[1] != "oos"]
    return [r[0] for r in rows], [r[1] for r in rows]


def categories(lines):
    """Category ids per record line of NDJSON output; uncategorized comments get unique ids."""
    out = []
    for i, line in enumerate(lines):
        category = json.loads(line).get("category")
        out.append(category["id"] if category else f"none-{i}")
    return out


def top_labels(report_path, limit=10):
    """The labels of the report's categories table, largest first."""
    rows = []
    for line in open(report_path, encoding="utf-8"):
        m = re.match(r"^\| \d+ \| (.+?) \| (\w+) \| (\d[\d,]*) \|", line)
        if m:
            rows.append((int(m.group(3).replace(",", "")), m.group(1)))
    return {label for _, label in sorted(rows, reverse=True)[:limit]}


def compare(name, texts, gold):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.txt")
        with open(src, "w", encoding="utf-8") as f:
            f.write("".join(t.replace("\n", " ") + "\n" for t in texts))
        analyze_report, stream_report = os.path.join(tmp, "a.md"), os.path.join(tmp, "s.md")
        assignments = os.path.join(tmp, "a.ndjson")
        subprocess.run([binary, "analyze", src, "-o", analyze_report, "--assignments", assignments], check=True)
        with open(src, "rb") as stdin:
            streamed = subprocess.run([binary, "stream", "--report", stream_report], stdin=stdin,
                                      capture_output=True, check=True).stdout.decode().splitlines()
        batch = categories(open(assignments))
        online = categories(streamed)
        found = lambda xs: len({x for x in xs if not str(x).startswith("none-")})
        shared = len(top_labels(analyze_report) & top_labels(stream_report))
    print(f"| {name} ({len(texts):,}) | {nmi(gold, batch):.3f} ({found(batch)}) | {nmi(gold, online):.3f} ({found(online)}) "
          f"| {nmi(batch, online):.3f} | {shared} of 10 |")


print("| set | analyze NMI (categories) | stream NMI (categories) | NMI analyze vs stream | top-10 labels shared |")
print("| --- | --- | --- | --- | --- |")
compare("sample dump", *sample())
for set_name in ["banking77_test.tsv", "clinc150_test.tsv"]:
    compare(set_name.split("_")[0], *labelled(set_name))
