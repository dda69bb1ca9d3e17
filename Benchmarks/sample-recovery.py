#!/usr/bin/env python3
"""How well `verbatim analyze` recovers the planted categories of the sample dump.

Usage: python3 Benchmarks/sample-recovery.py [path/to/verbatim] [extra analyze options...]
Prints NMI and ARI between the assignments and corpora/samples/northwind-shop.labels.csv
(uncategorized comments count as one "other" cluster), and the category sizes.
"""
import csv, json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from cluster_metrics import nmi, ari

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/release/verbatim")
extra = sys.argv[2:]
dump = os.path.join(root, "corpora/samples/northwind-shop.csv")
labels = os.path.join(root, "corpora/samples/northwind-shop.labels.csv")
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "a.ndjson")
    subprocess.run([binary, "analyze", dump, "--id-column", "id", "--date-column", "date",
                    "--score-column", "stars", "-o", os.path.join(tmp, "r.md"), "--assignments", out] + extra,
                   check=True)
    predicted = []
    for line in open(out):
        record = json.loads(line)
        category = record.get("category")
        predicted.append(category["label"] if category else "(other)")
gold = [row["category"] for row in csv.DictReader(open(labels))]
assert len(gold) == len(predicted), (len(gold), len(predicted))
print(f"categories found: {len(set(predicted))}   NMI {nmi(gold, predicted):.3f}   ARI {ari(gold, predicted):.3f}")
