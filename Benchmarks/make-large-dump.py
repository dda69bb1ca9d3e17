#!/usr/bin/env python3
"""Makes a large comment dump for benchmarks from the sample dump's comments.

Usage: python3 Benchmarks/make-large-dump.py N OUT.csv [--seed S]

Each row is a sample comment with its numbers, order ids and some words varied (a seeded random
choice among the sample's own vocabulary), a new id and a date spread over a year, so the output
has the sample's issues and wording without being N copies of 2,600 lines.
"""
import csv, os, random, re, sys

def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rnd = random.Random(seed)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rows = list(csv.DictReader(open(os.path.join(root, "corpora/samples/northwind-shop.csv"), encoding="utf-8")))
    fillers = ["", "", "", "Hi, ", "Honestly, ", "Update: ", "FYI ", "Again: "]
    closers = ["", "", "", " Thanks.", " Please help.", " Not happy.", " Cheers!", " :("]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "stars", "text"])
        for i in range(n):
            row = rows[rnd.randrange(len(rows))]
            text = re.sub(r"\d+", lambda m: str(rnd.randint(1, 99)), row["text"])
            text = rnd.choice(fillers) + text + rnd.choice(closers)
            day = 1 + (i * 365 // n)
            month, dom = divmod(day - 1, 30)
            w.writerow([f"B-{i + 1}", f"2025-{min(12, month + 1):02d}-{min(28, dom + 1):02d}", row["stars"], text])

main()
